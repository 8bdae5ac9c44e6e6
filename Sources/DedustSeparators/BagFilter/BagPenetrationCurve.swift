import Foundation

/// Penetration P(x) = 1 − η(x) of a caked fabric filter per particle size.
///
/// `.default` — caked fabric collects > 99.9 % of every size except near the most penetrating size (0.1–0.5 µm),
/// where diffusion and interception are both weak (physics.md §6.2 [M-H]; Hinds §9.6 for the mechanism):
///
///     P(x) = P_floor + P_peak exp(−(ln(x/x_mpps))² / (2 σ²))
///
/// defaults x_mpps = 0.3 µm, P_peak = 2e-3, σ = 1.0 (in ln x), P_floor = 1e-4 (size-independent leakage through
/// seams, pinholes and the cleaning puff; the physics note's P₀ ≈ 1e-4–1e-3). These are judgement values [M-L]:
/// with them 1 µm passes at 1.07e-3, 3 µm at 2.4e-4, 10 µm at 1.04e-4 — typical needle-felt emissions of
/// 10–20 mg/Nm³ at a few g/Nm³ inlet. Calibrate P_floor to a measured emission.
///
/// `.user` — a table of (diameter m, penetration) points, interpolated linearly in (ln x, ln P) and held
/// constant beyond its ends.
///
/// Example: `.default` at x = 0.3 µm → P = 2.1e-3 (η = 99.79 %); at 10 µm → 1.0e-4 (η = 99.99 %).
public enum BagPenetrationCurve: Sendable, Equatable {
    case parametric(mostPenetratingSize: Double, peakPenetration: Double, width: Double, floor: Double)
    case user([BagPenetrationPoint])

    /// The default curve described above.
    public static let `default` = BagPenetrationCurve.parametric(mostPenetratingSize: 0.3e-6, peakPenetration: 2e-3,
                                                                 width: 1.0, floor: 1e-4)

    /// Penetration at diameter `x` (m).
    public func penetration(diameter x: Double) -> Double {
        switch self {
        case let .parametric(xm, peak, width, floor):
            let z = log(x / xm) / width
            return min(1, floor + peak * exp(-0.5 * z * z))
        case let .user(points):
            guard let first = points.first, let last = points.last else { return 0 }
            if x <= first.diameter { return first.penetration }
            if x >= last.diameter { return last.penetration }
            for k in 1..<points.count where x <= points[k].diameter {
                let a = points[k - 1], b = points[k]
                let s = log(x / a.diameter) / log(b.diameter / a.diameter)
                if a.penetration <= 0 || b.penetration <= 0 {
                    return a.penetration + s * (b.penetration - a.penetration)
                }
                return exp(log(a.penetration) + s * (log(b.penetration) - log(a.penetration)))
            }
            return last.penetration
        }
    }

    func validate(unit: String) throws {
        switch self {
        case let .parametric(xm, peak, width, floor):
            try SeparatorParameterError.requirePositive("most_penetrating_size", xm, unit: unit, what: "a size in m")
            try SeparatorParameterError.requireRange("peak_penetration", peak, 0...1, unit: unit)
            try SeparatorParameterError.requirePositive("penetration_width", width, unit: unit,
                                                        what: "a positive width in ln(size)")
            try SeparatorParameterError.requireRange("penetration_floor", floor, 0...1, unit: unit)
        case let .user(points):
            guard !points.isEmpty else {
                throw SeparatorParameterError(message: "bag_filter penetration curve has no points")
            }
            for (k, p) in points.enumerated() {
                try SeparatorParameterError.requirePositive("penetration[\(k)].diameter", p.diameter, unit: unit,
                                                            what: "a positive size in m")
                try SeparatorParameterError.requireRange("penetration[\(k)].penetration", p.penetration, 0...1,
                                                         unit: unit)
                if k > 0, !(p.diameter > points[k - 1].diameter) {
                    throw SeparatorParameterError("penetration[\(k)].diameter", p.diameter,
                                                  expected: "sizes increasing along the table", unit: unit)
                }
            }
        }
    }
}

/// One point of a user penetration curve.
public struct BagPenetrationPoint: Sendable, Equatable {
    public var diameter: Double
    public var penetration: Double
    public init(diameter: Double, penetration: Double) {
        self.diameter = diameter
        self.penetration = penetration
    }
}
