import Foundation

/// The particle-size classes on which every size-dependent quantity is carried (SI: metres).
///
/// Class `i` spans `edges[i]..<edges[i+1]`; its representative size is the geometric mean
/// `√(edges[i]·edges[i+1])`, which is the natural centre on a log-size axis.
///
///     let grid = try SizeGrid.logSpaced(from: 0.3e-6, to: 500e-6, classes: 48)
///     grid.count        // 48
///     grid.means[0]     // 0.3 µm × (500/0.3)^(1/96) ≈ 0.324 µm
public struct SizeGrid: Sendable, Equatable {
    /// Class edges, strictly increasing and positive (m). `count + 1` values.
    public let edges: [Double]
    /// Geometric class means (m).
    public let means: [Double]

    /// Why a grid is not valid.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case tooFewEdges(Int)
        case nonPositiveEdge(index: Int, value: Double)
        case notIncreasing(index: Int)
        case invalidRange(from: Double, to: Double)
        case invalidClassCount(Int)

        public var description: String {
            switch self {
            case let .tooFewEdges(n): return "a size grid needs at least 2 edges, got \(n)"
            case let .nonPositiveEdge(i, v): return "size-grid edge \(i) is \(v) m; sizes must be positive"
            case let .notIncreasing(i): return "size-grid edges must increase strictly; edge \(i) does not"
            case let .invalidRange(a, b): return "size-grid range from \(a) m to \(b) m is empty or not positive"
            case let .invalidClassCount(n): return "size-grid class count must be ≥ 1, got \(n)"
            }
        }
    }

    /// A grid from explicit edges (m).
    public init(edges: [Double]) throws {
        guard edges.count >= 2 else { throw Failure.tooFewEdges(edges.count) }
        for (i, e) in edges.enumerated() where !(e > 0) || !e.isFinite {
            throw Failure.nonPositiveEdge(index: i, value: e)
        }
        for i in 1..<edges.count where !(edges[i] > edges[i - 1]) { throw Failure.notIncreasing(index: i) }
        self.edges = edges
        self.means = (0..<(edges.count - 1)).map { (edges[$0] * edges[$0 + 1]).squareRoot() }
    }

    /// `classes` log-spaced classes from `from` to `to` (m).
    public static func logSpaced(from lower: Double, to upper: Double, classes: Int) throws -> SizeGrid {
        guard classes >= 1 else { throw Failure.invalidClassCount(classes) }
        guard lower > 0, upper > lower, lower.isFinite, upper.isFinite else {
            throw Failure.invalidRange(from: lower, to: upper)
        }
        let ratio = log(upper / lower)
        var edges = (0...classes).map { lower * exp(ratio * Double($0) / Double(classes)) }
        edges[0] = lower
        edges[classes] = upper
        return try SizeGrid(edges: edges)
    }

    /// Number of classes.
    public var count: Int { means.count }

    /// Index of the class containing `diameter`, or nil outside the grid.
    public func classIndex(of diameter: Double) -> Int? {
        guard diameter >= edges[0], diameter < edges[edges.count - 1] else { return nil }
        return edges.intervalIndex(containing: diameter)
    }
}
