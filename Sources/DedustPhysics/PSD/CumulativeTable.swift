import Foundation

/// A measured cumulative-undersize table F(d_k), interpolated in ln d.
///
/// Interpolation (``Interpolation``):
/// - `.monotoneCubic` (default): PCHIP in ln d (``MonotoneCubic``: Fritsch–Carlson monotone, SciPy's
///   `PchipInterpolator`) — smooth and never overshoots, so F stays within its two neighbouring rows;
/// - `.logLinear`: straight lines in ln d (what physics.md §7.5 used; x_med = 15.87 µm for the carbide table).
///
/// Validity: any measured table; the interpolant is only as good as the table's resolution.
///
/// Tails. The table must reach F = 0 and F = 1. If it does not, say where: `below` is a size (smaller than
/// the first row) where F = 0, `above` a size (larger than the last row) where F = 1; these become rows of
/// the table. There is no silent extrapolation: outside the (tail-extended) table F is exactly 0 or 1.
///
/// Validation: sizes positive and strictly increasing; fractions in [0, 1] and non-decreasing; first F = 0
/// and last F = 1 unless a tail is stated. Each error names the row (see ``PSDError``).
///
/// Example: the carbide dust of physics.md §7.5 (the article's rows with assumed 0.3, 1, 100 and 300 µm rows):
///
///     let dust = try CumulativeTable(
///         sizes: [0.3, 1, 3, 5, 10, 20, 50, 100, 300].map { $0 * 1e-6 },
///         fractions: [0, 0.03, 0.10, 0.165, 0.40, 0.55, 0.72, 0.85, 1.0])
///     dust.cumulativeUndersize(15e-6)     // 0.49265 (PCHIP; SciPy 1.17.1 PchipInterpolator in ln d agrees)
///     dust.massMedianDiameter             // 15.554 µm (PCHIP); 15.874 µm log-linear (physics.md: ≈ 15.9)
///     dust.sauterDiameter                 // 6.2794 µm (PCHIP); 5.8596 µm log-linear
public struct CumulativeTable: ParticleSizeDistribution, Equatable {
    public enum Interpolation: String, Sendable, CaseIterable {
        case monotoneCubic = "monotone_cubic"
        case logLinear = "log_linear"
    }

    /// Table sizes (m) including stated tails.
    public let sizes: [Double]
    /// Cumulative undersize at ``sizes``, from 0 to 1.
    public let fractions: [Double]
    public let interpolation: Interpolation
    private let curve: MonotoneCubic

    /// - Parameters:
    ///   - sizes: d_k (m), strictly increasing.
    ///   - fractions: F(d_k) in [0, 1], non-decreasing.
    ///   - below: size where F = 0, if the first fraction is not 0.
    ///   - above: size where F = 1, if the last fraction is not 1.
    public init(sizes: [Double], fractions: [Double], below: Double? = nil, above: Double? = nil,
                interpolation: Interpolation = .monotoneCubic) throws(PSDError) {
        guard sizes.count == fractions.count else {
            throw .countMismatch(sizes: sizes.count, fractions: fractions.count)
        }
        for (row, d) in sizes.enumerated() where !(d > 0) || !d.isFinite {
            throw .nonPositiveSize(row: row, size: d)
        }
        for row in sizes.indices.dropFirst() where !(sizes[row] > sizes[row - 1]) {
            throw .sizesNotIncreasing(row: row, size: sizes[row], previous: sizes[row - 1])
        }
        for (row, f) in fractions.enumerated() where !(f >= 0 && f <= 1) {
            throw .fractionOutOfRange(row: row, fraction: f)
        }
        for row in fractions.indices.dropFirst() where fractions[row] < fractions[row - 1] {
            throw .notMonotone(row: row, fraction: fractions[row], previous: fractions[row - 1])
        }
        var d = sizes, f = fractions
        if let below {
            guard let first = sizes.first else { throw .tooFewRows(0) }
            guard below > 0, below < first else {
                throw .invalidTail("the `below` tail size \(below) m must be positive and smaller than the first "
                                   + "row's size \(first) m")
            }
            d.insert(below, at: 0)
            f.insert(0, at: 0)
        }
        if let above {
            guard let last = sizes.last else { throw .tooFewRows(0) }
            guard above > last, above.isFinite else {
                throw .invalidTail("the `above` tail size \(above) m must be larger than the last row's size \(last) m")
            }
            d.append(above)
            f.append(1)
        }
        guard d.count >= 2 else { throw .tooFewRows(d.count) }
        if f[0] != 0 { throw .doesNotStartAtZero(row: 0, size: d[0], fraction: f[0]) }
        if f[f.count - 1] != 1 {
            throw .doesNotReachOne(row: sizes.count - 1, size: d[d.count - 1], fraction: f[f.count - 1])
        }
        self.sizes = d
        self.fractions = f
        self.interpolation = interpolation
        self.curve = MonotoneCubic(x: d.map { log($0) }, y: f)
    }

    public func cumulativeUndersize(_ d: Double) -> Double {
        guard d > sizes[0] else { return 0 }
        guard d < sizes[sizes.count - 1] else { return 1 }
        let u = log(d)
        switch interpolation {
        case .monotoneCubic:
            return min(1, max(0, curve.value(at: u)))
        case .logLinear:
            let lo = sizes.intervalIndex(containing: d)
            let u0 = curve.x[lo], u1 = curve.x[lo + 1]
            return fractions[lo] + (fractions[lo + 1] - fractions[lo]) * (u - u0) / (u1 - u0)
        }
    }

    /// d₃₂ = 1/∫(1/d) dF, integrated exactly for log-linear and by 8-point Gauss–Legendre per table interval
    /// for PCHIP (the integrand F′(u) e^(−u) is smooth on each interval; error < 1e-12 relative).
    public var sauterDiameter: Double {
        var integral = 0.0
        for k in 0..<(sizes.count - 1) {
            let u0 = curve.x[k], u1 = curve.x[k + 1]
            let df = fractions[k + 1] - fractions[k]
            guard df > 0 else { continue }
            switch interpolation {
            case .logLinear:
                // F linear in u: ∫ (df/Δu) e^(−u) du
                integral += df / (u1 - u0) * (exp(-u0) - exp(-u1))
            case .monotoneCubic:
                // ∫ (1/d) dF = ∫ F′(u) e^(−u) du; F′ from a centred difference of the cubic is avoided by
                // integrating by parts on the interval: [F e^(−u)] + ∫ F e^(−u) du.
                let boundary = fractions[k + 1] * exp(-u1) - fractions[k] * exp(-u0)
                var inner = 0.0
                let half = 0.5 * (u1 - u0), mid = 0.5 * (u1 + u0)
                for (node, weight) in GaussLegendre.eightPoint {
                    let u = mid + half * node
                    inner += weight * curve.value(at: u) * exp(-u)
                }
                integral += boundary + half * inner
            }
        }
        return 1 / integral
    }

    public func diameter(atCumulative fraction: Double) -> Double {
        guard fraction > 0 else { return sizes[0] }
        guard fraction < 1 else { return sizes[sizes.count - 1] }
        return PSDNumerics.quantile(of: self, fraction)
    }
}

/// Gauss–Legendre nodes and weights on [−1, 1] (Abramowitz & Stegun Table 25.4).
enum GaussLegendre {
    static let eightPoint: [(Double, Double)] = [
        (-0.960_289_856_497_536_3, 0.101_228_536_290_376_3), (-0.796_666_477_413_626_7, 0.222_381_034_453_374_5),
        (-0.525_532_409_916_329_0, 0.313_706_645_877_887_3), (-0.183_434_642_495_649_8, 0.362_683_783_378_362_0),
        (0.183_434_642_495_649_8, 0.362_683_783_378_362_0), (0.525_532_409_916_329_0, 0.313_706_645_877_887_3),
        (0.796_666_477_413_626_7, 0.222_381_034_453_374_5), (0.960_289_856_497_536_3, 0.101_228_536_290_376_3),
    ]
}
