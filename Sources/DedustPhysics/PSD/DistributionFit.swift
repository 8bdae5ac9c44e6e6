import Foundation
import DedustNumerics

/// A distribution fitted to a cumulative table, with the quality of the fit.
///
/// Quality is measured in F itself at the rows used (0 < F < 1), not in the linearised coordinates:
/// R² = 1 − Σ(F_k − F̂_k)² / Σ(F_k − F̄)², RMS residual √(Σ(F_k − F̂_k)²/N), and the largest |F_k − F̂_k|.
public struct DistributionFit<Distribution: ParticleSizeDistribution & Equatable>: Sendable, Equatable {
    public let distribution: Distribution
    public let rSquared: Double
    public let rmsResidual: Double
    public let maxAbsoluteResidual: Double
    /// Number of table rows used (those with 0 < F < 1).
    public let pointsUsed: Int
}

/// Least-squares fits of RRSB and log-normal distributions to a cumulative table, by linear least squares
/// (LAPACK `dgels` through ``LAPACK/leastSquares(_:_:)``) in the coordinates where each law is a straight line:
///
/// - RRSB:        ln(−ln(1 − F)) = n ln d − n ln d₆₃          (the RRSB net of DIN 66145)
/// - log-normal:  Φ⁻¹(F) = (ln d − ln d₅₀) / ln σ_g          (log-probability paper)
///
/// Only rows with 0 < F < 1 can be transformed; stated tails (F = 0, F = 1) are therefore ignored.
/// The linearised fit weights the rows unequally in F (the extremes count more); the reported quality is
/// in F.
///
/// Example (carbide dust table, physics.md §7.5): RRSB d₆₃ = 34.53 µm, n = 0.9034, R² = 0.950;
/// log-normal d₅₀ = 18.97 µm, σ_g = 4.667, R² = 0.989 (NumPy `polyfit` on the same coordinates agrees) —
/// neither fits the 5–20 µm shape well, so keep the table (physics.md §7.5).
public enum DistributionFitting {
    /// RRSB fit to the rows of `table` with 0 < F < 1.
    public static func rosinRammler(to table: CumulativeTable) throws -> DistributionFit<RosinRammler> {
        let (x, f) = usableRows(table)
        let y = f.map { log(-log1p(-$0)) }
        let (slope, intercept) = try line(x: x, y: y)
        let n = slope
        let distribution = try RosinRammler(d63: exp(-intercept / n), n: n)
        return quality(distribution, sizes: x.map { exp($0) }, fractions: f)
    }

    /// Log-normal fit to the rows of `table` with 0 < F < 1.
    public static func logNormal(to table: CumulativeTable) throws -> DistributionFit<LogNormalDistribution> {
        let (x, f) = usableRows(table)
        let z = f.map { PSDNumerics.inverseNormalCDF($0) }
        let (slope, intercept) = try line(x: x, y: z)
        guard slope > 0 else {
            throw PSDError.invalidParameter(name: "fitted 1/ln σ_g", value: slope, expected: "a positive slope")
        }
        let distribution = try LogNormalDistribution(median: exp(-intercept / slope),
                                                     geometricStandardDeviation: exp(1 / slope))
        return quality(distribution, sizes: x.map { exp($0) }, fractions: f)
    }

    /// (ln d, F) of the rows with 0 < F < 1.
    private static func usableRows(_ table: CumulativeTable) -> ([Double], [Double]) {
        var x: [Double] = [], f: [Double] = []
        for (d, value) in zip(table.sizes, table.fractions) where value > 0 && value < 1 {
            x.append(log(d))
            f.append(value)
        }
        return (x, f)
    }

    /// Least-squares line y = a x + b through the points, by LAPACK.
    private static func line(x: [Double], y: [Double]) throws -> (Double, Double) {
        guard x.count >= 2 else { throw PSDError.notEnoughPointsToFit(x.count) }
        // Centre x so the 2-column system is well conditioned (ln d ≈ −11 for micrometre sizes).
        let mean = x.reduce(0, +) / Double(x.count)
        let a = Matrix(rows: x.count, columns: 2, rowMajor: x.flatMap { [$0 - mean, 1] })
        let solution = try LAPACK.leastSquares(a, y).solution
        return (solution[0], solution[1] - solution[0] * mean)
    }

    private static func quality<D>(_ distribution: D, sizes: [Double], fractions: [Double]) -> DistributionFit<D> {
        let n = Double(fractions.count)
        let mean = fractions.reduce(0, +) / n
        var ssRes = 0.0, ssTot = 0.0, maxRes = 0.0
        for (d, f) in zip(sizes, fractions) {
            let r = f - distribution.cumulativeUndersize(d)
            ssRes += r * r
            ssTot += (f - mean) * (f - mean)
            maxRes = max(maxRes, abs(r))
        }
        return DistributionFit(distribution: distribution, rSquared: ssTot > 0 ? 1 - ssRes / ssTot : 1,
                               rmsResidual: (ssRes / n).squareRoot(), maxAbsoluteResidual: maxRes,
                               pointsUsed: fractions.count)
    }
}
