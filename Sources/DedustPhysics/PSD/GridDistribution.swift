import Foundation

/// Mass fractions given per class of a ``SizeGrid`` (scenario `class_fractions`), read as uniform in ln d
/// within each class: F is piecewise linear in ln d through the cumulative sums at the class edges.
///
/// So `discretize(onto: grid)` on its own grid returns the fractions (normalised) back, and
/// d₃₂ = 1 / Σ_i f_i (1/e_i − 1/e_{i+1}) / ln(e_{i+1}/e_i) exactly.
///
/// Example: grid edges 1, 10, 100 µm, fractions 0.5, 0.5 → F(√10 µm) = 0.25, d₅₀ = 10 µm,
/// d₃₂ = ln 10 / (0.5 · (0.9 + 0.09) · 10⁶ m⁻¹) = 4.6517 µm.
public struct GridDistribution: ParticleSizeDistribution, Equatable {
    public let grid: SizeGrid
    /// Class mass fractions (sum 1).
    public let fractions: [Double]
    private let cumulative: [Double]

    /// - Parameters:
    ///   - normalize: rescale fractions to sum 1; when false the sum must be 1 ± 1e-6 (then rescaled exactly).
    /// - Throws: ``PSDError`` for a count mismatch, a fraction outside [0, 1] (row = class index) or a bad sum.
    public init(grid: SizeGrid, fractions: [Double], normalize: Bool = false) throws(PSDError) {
        guard fractions.count == grid.count else {
            throw .countMismatch(sizes: grid.count, fractions: fractions.count)
        }
        for (i, f) in fractions.enumerated() where !(f >= 0) || !f.isFinite || (!normalize && f > 1) {
            throw .fractionOutOfRange(row: i, fraction: f)
        }
        let sum = fractions.reduce(0, +)
        guard sum > 0 else { throw .fractionsDoNotSumToOne(sum: sum) }
        if !normalize, abs(sum - 1) > 1e-6 { throw .fractionsDoNotSumToOne(sum: sum) }
        self.grid = grid
        self.fractions = fractions.map { $0 / sum }
        var c = [0.0]
        for f in self.fractions { c.append(min(1, c[c.count - 1] + f)) }
        c[c.count - 1] = 1
        cumulative = c
    }

    public func cumulativeUndersize(_ d: Double) -> Double {
        guard d > grid.edges[0] else { return 0 }
        guard let i = grid.classIndex(of: d) else { return 1 }
        let lo = grid.edges[i], hi = grid.edges[i + 1]
        return cumulative[i] + (cumulative[i + 1] - cumulative[i]) * log(d / lo) / log(hi / lo)
    }

    public var sauterDiameter: Double {
        var integral = 0.0
        for i in 0..<grid.count where fractions[i] > 0 {
            let lo = grid.edges[i], hi = grid.edges[i + 1]
            integral += fractions[i] * (1 / lo - 1 / hi) / log(hi / lo)
        }
        return 1 / integral
    }
}
