import Foundation

/// Rank (Spearman) correlation between study inputs by a Gaussian copula (Iman & Conover 1982, Commun.
/// Statist. Simul. Comput. 11:311 use the same idea for Latin hypercubes): independent uniforms u are
/// mapped to normals, mixed by the Cholesky factor of a Pearson correlation matrix, and mapped back:
///
///     z = Φ⁻¹(u),   y = L z  with  L Lᵀ = R,   v = Φ(y)
///     R_ij = 2 sin(π ρ_ij / 6)
///
/// For a bivariate normal with Pearson correlation r the Spearman correlation is (6/π) arcsin(r/2)
/// (Pearson 1907, Drapers' Company Research Memoirs, Biometric Series IV; Kendall & Gibbons, Rank
/// Correlation Methods, 5th ed. 1990, §9.5), so R above gives each pair exactly the rank correlation ρ_ij
/// asked for, whatever the marginal distributions the study then applies to v (ranks are invariant under
/// the increasing quantile functions). L is computed by LAPACK's dpotrf.
///
/// The matrix must be square, symmetric, with unit diagonal and |ρ| ≤ 1 off it, and R must be positive
/// definite (rank correlations that contradict each other, or ±1, are not); each error says which entry
/// or which leading block fails. Outputs are clamped into (0, 1) (a y beyond ±8.3 would round Φ(y) to 1).
///
/// Example: ρ_s = 0.5 between two inputs gives R₁₂ = 2 sin(π/12) = 0.5176380902, and 4096 scrambled Sobol'
/// points then have a sample Spearman correlation within 0.02 of 0.5 (`SamplingCopulaTests.spearmanOfSobol`).
public struct GaussianCopula: Sendable {
    /// Number of correlated inputs.
    public let dimensions: Int
    /// The Pearson correlation matrix R of the normal scores.
    public let pearsonCorrelation: Matrix
    /// Its lower Cholesky factor, row-major: `cholesky[i * n + j]`, j ≤ i.
    let cholesky: [Double]

    /// Symmetry tolerance between ρ_ij and ρ_ji, and on the unit diagonal.
    public static let tolerance = 1e-12
    /// The smallest conditional variance L_kk² of a normal score given the ones before it.
    public static let singularPivot = 1e-10

    public init(rankCorrelation rho: [[Double]]) throws(DistributionError) {
        let n = rho.count
        guard n >= 1 else { throw DistributionError("rank correlation: the matrix is empty") }
        for (i, row) in rho.enumerated() where row.count != n {
            throw DistributionError("rank correlation: row \(i + 1) has \(row.count) entries, the matrix needs "
                                    + "\(n) (it must be square)")
        }
        for i in 0..<n {
            for j in 0..<n where !rho[i][j].isFinite {
                throw DistributionError("rank correlation: entry (\(i + 1), \(j + 1)) is \(rho[i][j]); give a number")
            }
            guard abs(rho[i][i] - 1) <= Self.tolerance else {
                throw DistributionError("rank correlation: diagonal entry (\(i + 1), \(i + 1)) is \(rho[i][i]); "
                                        + "an input's correlation with itself is 1")
            }
            for j in 0..<i {
                guard abs(rho[i][j] - rho[j][i]) <= Self.tolerance else {
                    throw DistributionError("rank correlation: entry (\(i + 1), \(j + 1)) = \(rho[i][j]) differs "
                                            + "from (\(j + 1), \(i + 1)) = \(rho[j][i]); the matrix must be symmetric")
                }
                guard abs(rho[i][j]) <= 1 else {
                    throw DistributionError("rank correlation: entry (\(i + 1), \(j + 1)) is \(rho[i][j]); a "
                                            + "correlation lies between −1 and 1")
                }
            }
        }
        var r = Matrix(rows: n, columns: n)
        for i in 0..<n {
            for j in 0..<n { r[i, j] = i == j ? 1 : 2 * sin(Double.pi * rho[i][j] / 6) }
        }
        let factor: Matrix
        do {
            switch try LAPACK.choleskyLower(r) {
            case .success(let l): factor = l
            case .failure(let e):
                let which = e.order == 1 ? "input 1" : "inputs 1…\(e.order)"
                throw DistributionError("rank correlation: the matrix is not positive definite — the correlations "
                                        + "among \(which) contradict each other (leading \(e.order)×\(e.order) "
                                        + "block of the normal-score matrix 2 sin(πρ/6) is singular or "
                                        + "indefinite); weaken them, and use |ρ| < 1")
            }
        } catch let e as DistributionError {
            throw e
        } catch {
            throw DistributionError("rank correlation: \(error)")
        }
        // dpotrf accepts any positive pivot; a conditional variance L_kk² below 10⁻¹⁰ means an input is (to
        // rounding) a fixed function of the ones before it, e.g. ρ = ±1, which 2 sin(π/6) turns into 1 − 1e−16.
        if let k = (0..<n).first(where: { factor[$0, $0] * factor[$0, $0] < Self.singularPivot }) {
            throw DistributionError("rank correlation: the matrix is not positive definite — the correlations "
                                    + "among inputs 1…\(k + 1) make input \(k + 1) a fixed function of the others "
                                    + "(singular); weaken them, and use |ρ| < 1")
        }
        dimensions = n
        pearsonCorrelation = r
        var l = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0...i { l[i * n + j] = factor[i, j] } }
        cholesky = l
    }

    /// Correlated uniforms v (each in (0, 1)) from independent uniforms u (each in (0, 1)), u.count ==
    /// ``dimensions``.
    public func correlate(_ u: [Double]) -> [Double] {
        precondition(u.count == dimensions, "copula of \(dimensions) inputs given \(u.count) uniforms")
        let n = dimensions
        let z = u.map(NormalDistribution.quantile)
        var v = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var y = 0.0
            for j in 0...i { y += cholesky[i * n + j] * z[j] }
            let p = y > 0 ? 1 - NormalDistribution.complementaryCDF(y) : NormalDistribution.cdf(y)
            v[i] = Swift.min(1.0.nextDown, Swift.max(Double.leastNormalMagnitude, p))
        }
        return v
    }
}
