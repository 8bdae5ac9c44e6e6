import Foundation
import Testing
@testable import DedustPhysics

@Suite("Size grid")
struct SizeGridTests {
    @Test("log-spaced grid: exact ends, constant ratio, geometric means")
    func logSpaced() throws {
        let grid = try SizeGrid.logSpaced(from: 0.3e-6, to: 500e-6, classes: 48)
        #expect(grid.count == 48)
        #expect(grid.edges.count == 49)
        #expect(grid.edges[0] == 0.3e-6)
        #expect(grid.edges[48] == 500e-6)
        let ratio = pow(500 / 0.3, 1.0 / 48)
        for i in 0..<48 {
            #expect(abs(grid.edges[i + 1] / grid.edges[i] / ratio - 1) < 1e-13)
            #expect(abs(grid.means[i] - (grid.edges[i] * grid.edges[i + 1]).squareRoot()) <= 1e-15 * grid.means[i])
            #expect(grid.means[i] > grid.edges[i] && grid.means[i] < grid.edges[i + 1])
        }
        // the doc example: first mean 0.3 µm × (500/0.3)^(1/96) ≈ 0.324 µm
        #expect(abs(grid.means[0] - 0.3e-6 * pow(500 / 0.3, 1.0 / 96)) < 1e-18)
        #expect(abs(grid.means[0] - 0.3241e-6) < 0.0001e-6)
        // one decade in 10 classes: edges at 10^(k/10)
        let decade = try SizeGrid.logSpaced(from: 1e-6, to: 1e-5, classes: 10)
        for k in 0...10 { #expect(abs(decade.edges[k] / (1e-6 * pow(10, Double(k) / 10)) - 1) < 1e-14) }
        let single = try SizeGrid.logSpaced(from: 1e-6, to: 4e-6, classes: 1)
        #expect(single.means == [2e-6])
    }

    @Test("explicit edges and class lookup (lower edge inclusive, upper exclusive)")
    func explicitEdges() throws {
        let grid = try SizeGrid(edges: [1e-6, 2e-6, 5e-6, 10e-6])
        #expect(grid.count == 3)
        #expect(abs(grid.means[1] - 10e-12.squareRoot()) < 1e-20)
        #expect(grid.classIndex(of: 1e-6) == 0)
        #expect(grid.classIndex(of: 1.999e-6) == 0)
        #expect(grid.classIndex(of: 2e-6) == 1)
        #expect(grid.classIndex(of: 9.99e-6) == 2)
        #expect(grid.classIndex(of: 10e-6) == nil)
        #expect(grid.classIndex(of: 0.5e-6) == nil)
        #expect(grid.classIndex(of: .nan) == nil)
    }

    @Test("invalid grids are errors that say what is wrong")
    func errors() {
        #expect(throws: SizeGrid.Failure.tooFewEdges(1)) { try SizeGrid(edges: [1e-6]) }
        #expect(throws: SizeGrid.Failure.nonPositiveEdge(index: 0, value: 0)) { try SizeGrid(edges: [0, 1e-6]) }
        #expect(throws: SizeGrid.Failure.self) { try SizeGrid(edges: [1e-6, .infinity]) }
        #expect(throws: SizeGrid.Failure.notIncreasing(index: 2)) { try SizeGrid(edges: [1e-6, 2e-6, 2e-6]) }
        #expect(throws: SizeGrid.Failure.invalidClassCount(0)) { try SizeGrid.logSpaced(from: 1e-6, to: 1e-5, classes: 0) }
        #expect(throws: SizeGrid.Failure.invalidRange(from: 1e-5, to: 1e-6)) {
            try SizeGrid.logSpaced(from: 1e-5, to: 1e-6, classes: 4)
        }
        #expect(throws: SizeGrid.Failure.self) { try SizeGrid.logSpaced(from: 0, to: 1e-6, classes: 4) }
        #expect(SizeGrid.Failure.notIncreasing(index: 2).description == "size-grid edges must increase strictly; edge 2 does not")
        #expect(SizeGrid.Failure.nonPositiveEdge(index: 0, value: 0).description.contains("edge 0 is 0.0 m"))
    }
}
