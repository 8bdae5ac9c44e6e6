import Foundation
import Testing
@testable import DedustNumerics

@Suite struct SamplingCopulaTests {
    @Test func spearmanOfSobol() throws {
        let target: [[Double]] = [[1, 0.5, -0.3], [0.5, 1, 0.2], [-0.3, 0.2, 1]]
        let copula = try GaussianCopula(rankCorrelation: target)
        #expect(close(copula.pearsonCorrelation[0, 1], 2 * sin(Double.pi / 12), 1e-15))
        #expect(close(copula.pearsonCorrelation[0, 1], 0.5176380902050415, 1e-14))
        let s = try SobolSequence(dimensions: 3, scrambleSeed: 2026)
        let v = (0..<4096).map { copula.correlate(s.point(UInt64($0))) }
        for row in v { #expect(row.allSatisfy { $0 > 0 && $0 < 1 }) }
        for i in 0..<3 {
            for j in 0..<i {
                let r = SampleStatistics.rankCorrelation(v.map { $0[i] }, v.map { $0[j] }).value
                #expect(abs(r - target[i][j]) < 0.02, "ρ(\(i), \(j)) = \(r), target \(target[i][j])")
            }
        }
        // Marginals stay uniform: mean ½ and variance 1/12 per coordinate.
        for i in 0..<3 {
            let x = v.map { $0[i] }
            let m = x.reduce(0, +) / 4096
            #expect(abs(m - 0.5) < 0.005)
            #expect(abs(x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / 4096 - 1.0 / 12) < 0.002)
        }
    }

    /// The identity matrix leaves the uniforms unchanged (up to Φ(Φ⁻¹(u)) rounding).
    @Test func identityIsIndependence() throws {
        let c = try GaussianCopula(rankCorrelation: [[1, 0], [0, 1]])
        let v = c.correlate([0.1, 0.9])
        #expect(close(v[0], 0.1, 1e-14) && close(v[1], 0.9, 1e-14))
        let extreme = try GaussianCopula(rankCorrelation: [[1, 0.99], [0.99, 1]]).correlate([Double(1).nextDown, Double(1).nextDown])
        #expect(extreme.allSatisfy { $0 > 0 && $0 < 1 })
    }

    /// The dpotrf wrapper's example: [[4, 2], [2, 3]] = L Lᵀ with L = [[2, 0], [1, √2]]; an indefinite
    /// matrix reports the order of its first non-positive leading minor.
    @Test func choleskyFactor() throws {
        let l = try LAPACK.choleskyLower(Matrix([[4, 2], [2, 3]])).get()
        #expect(l == Matrix([[2, 0], [1, 2.0.squareRoot()]]))
        switch try LAPACK.choleskyLower(Matrix([[1, 2], [2, 1]])) {
        case .success: Issue.record("indefinite matrix factorised")
        case .failure(let e): #expect(e.order == 2)
        }
    }

    @Test func badMatricesThrow() {
        let cases: [([[Double]], String)] = [
            ([[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]], "not positive definite — the correlations among inputs 1…3"),
            ([[1, 1], [1, 1]], "not positive definite"),
            ([[1, 0.5], [0.4, 1]], "entry (2, 1) = 0.4 differs from (1, 2) = 0.5; the matrix must be symmetric"),
            ([[1, 1.5], [1.5, 1]], "entry (2, 1) is 1.5; a correlation lies between −1 and 1"),
            ([[0.9, 0], [0, 1]], "diagonal entry (1, 1) is 0.9"),
            ([[1, 0], [0]], "row 2 has 1 entries"),
            ([], "the matrix is empty"),
        ]
        for (m, message) in cases {
            do {
                _ = try GaussianCopula(rankCorrelation: m)
                Issue.record("\(m) accepted")
            } catch {
                #expect(error.message.contains(message), "\(error.message)")
            }
        }
    }
}
