import Foundation
import Testing
@testable import DedustNumerics

/// Runs a model through a Saltelli design and returns its indices.
func saltelli(inputs k: Int, base n: Int, method: SamplingMethod = .sobol, seed: UInt64, bootstrap: Int = 500,
              _ model: ([Double]) -> Double) throws -> SobolIndices {
    let sampler = try UnitCubeSampler(method: method, dimensions: 2 * k, count: n, seed: seed)
    var fA = [Double](repeating: 0, count: n), fB = fA
    var fAB = [[Double]](repeating: fA, count: k)
    for e in 0..<SaltelliDesign.evaluationCount(base: n, inputs: k) {
        let y = model(SaltelliDesign.point(evaluation: e, inputs: k, sampler: sampler))
        let j = e / (k + 2), kind = e % (k + 2)
        switch kind {
        case 0: fA[j] = y
        case 1: fB[j] = y
        default: fAB[kind - 2][j] = y
        }
    }
    return SaltelliDesign.indices(fA: fA, fB: fB, fAB: fAB, bootstrap: bootstrap, seed: seed &+ 1)
}

@Suite struct StatisticsSobolTests {
    @Test func designLayout() throws {
        #expect(SaltelliDesign.evaluationCount(base: 100, inputs: 3) == 500)
        let s = try UnitCubeSampler(method: .sobol, dimensions: 4, count: 8, seed: 1)
        let p = s.point(5)
        #expect(SaltelliDesign.point(evaluation: 5 * 4 + 0, inputs: 2, sampler: s) == [p[0], p[1]])
        #expect(SaltelliDesign.point(evaluation: 5 * 4 + 1, inputs: 2, sampler: s) == [p[2], p[3]])
        #expect(SaltelliDesign.point(evaluation: 5 * 4 + 2, inputs: 2, sampler: s) == [p[2], p[1]])
        #expect(SaltelliDesign.point(evaluation: 5 * 4 + 3, inputs: 2, sampler: s) == [p[0], p[3]])
    }

    /// Ishigami function f = sin x₁ + a sin² x₂ + b x₃⁴ sin x₁ on [−π, π]³ (Ishigami & Homma 1990), a = 7,
    /// b = 0.1. Analytic variances (Saltelli et al., Global Sensitivity Analysis: The Primer, 2008, §4.9;
    /// Sobol' & Levitan 1999): V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½, V₁ = ½(1 + bπ⁴/5)², V₂ = a²/8, V₃ = 0,
    /// V₁₃ = 8b²π⁸/225; S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437).
    @Test func ishigami() throws {
        let a = 7.0, b = 0.1, pi = Double.pi
        let v = a * a / 8 + b * pow(pi, 4) / 5 + b * b * pow(pi, 8) / 18 + 0.5
        let v1 = 0.5 * pow(1 + b * pow(pi, 4) / 5, 2), v2 = a * a / 8, v13 = 8 * b * b * pow(pi, 8) / 225
        let first = [v1 / v, v2 / v, 0], total = [(v1 + v13) / v, v2 / v, v13 / v]
        #expect(abs(first[0] - 0.3139) < 1e-4 && abs(first[1] - 0.4424) < 1e-4)
        #expect(abs(total[0] - 0.5576) < 1e-4 && abs(total[2] - 0.2437) < 1e-4)
        let indices = try saltelli(inputs: 3, base: 4096, seed: 2024) { u in
            let x = u.map { -pi + 2 * pi * $0 }
            return sin(x[0]) + a * pow(sin(x[1]), 2) + b * pow(x[2], 4) * sin(x[0])
        }
        #expect(close(indices.outputVariance, v, 0.02))
        for i in 0..<3 {
            #expect(indices.first[i].covers(first[i]), "S\(i + 1) = \(indices.first[i]) vs \(first[i])")
            #expect(indices.total[i].covers(total[i]), "ST\(i + 1) = \(indices.total[i]) vs \(total[i])")
            #expect(abs(indices.first[i].value - first[i]) < 0.03 && abs(indices.total[i].value - total[i]) < 0.03)
            #expect(indices.first[i].upper - indices.first[i].lower < 0.1)
        }
        #expect(indices.note == nil)
    }

    /// y = Σ cᵢ xᵢ with independent U(0, 1) inputs: Sᵢ = STᵢ = cᵢ²/Σ c_j² (no interactions), here
    /// c = (1, 2, 0, 0.5): S = (4/21, 16/21, 0, 1/21).
    @Test func linearModel() throws {
        let c = [1.0, 2, 0, 0.5]
        let sumSquares = c.reduce(0) { $0 + $1 * $1 }
        let indices = try saltelli(inputs: 4, base: 2048, seed: 9) { x in zip(c, x).reduce(0) { $0 + $1.0 * $1.1 } }
        for i in 0..<4 {
            let exact = c[i] * c[i] / sumSquares
            #expect(indices.first[i].covers(exact), "S\(i + 1) = \(indices.first[i]) vs \(exact)")
            #expect(indices.total[i].covers(exact), "ST\(i + 1) = \(indices.total[i]) vs \(exact)")
        }
        #expect(indices.first[2].value == 0 && indices.total[2].value == 0)  // x₃ does not enter at all
        // The doc-comment example of SobolIndices: Y = X₁ + 2X₂ → (0.2, 0.8)
        let two = try saltelli(inputs: 2, base: 1024, seed: 3) { x in x[0] + 2 * x[1] }
        #expect(abs(two.first[0].value - 0.2) < 0.02 && abs(two.first[1].value - 0.8) < 0.02)
        #expect(abs(two.total[0].value - 0.2) < 0.02 && abs(two.total[1].value - 0.8) < 0.02)
    }

    @Test func constantOutputSaysSo() throws {
        let indices = try saltelli(inputs: 2, base: 64, seed: 1) { _ in 42 }
        #expect(indices.first.allSatisfy { $0 == .exact(0, level: 0.95) })
        #expect(indices.total.allSatisfy { $0 == .exact(0, level: 0.95) })
        #expect(indices.note?.contains("constant") == true)
        #expect(indices.outputVariance == 0)
    }

    /// The same seed gives bit-identical indices; the bootstrap does not depend on evaluation order.
    @Test func reproducible() throws {
        let f: ([Double]) -> Double = { x in x[0] * x[1] + x[2] }
        let a = try saltelli(inputs: 3, base: 256, seed: 5, bootstrap: 100, f)
        let b = try saltelli(inputs: 3, base: 256, seed: 5, bootstrap: 100, f)
        #expect(a == b)
        #expect(a.first.map(\.lower.bitPattern) == b.first.map(\.lower.bitPattern))
    }
}
