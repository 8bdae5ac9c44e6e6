import Foundation
import DedustPhysics
import DedustSeparators

/// A unit whose grade-efficiency curve is *given* rather than computed — vendor data, a measured curve, or
/// a placeholder for equipment outside Dedust's models — with a fixed pressure drop and, optionally, a fixed
/// outlet temperature.
///
/// Curve forms (evaluated at each class's geometric mean size d):
/// - constant: η(d) = η₀ for every class;
/// - logistic cut-size curve (Lapple's form as fitted by Theodore & DePaola 1980; Hoffmann & Stein,
///   *Gas Cyclones and Swirl Tubes*, 2nd ed., eq. 5.1.2):
///
///       η(d) = 1 / (1 + (d₅₀ / d)^β)
///
///   valid for any d > 0; β ≈ 2 reproduces Lapple's cyclone curve. Worked example: d₅₀ = 5 µm, β = 2,
///   d = 10 µm → η = 1/(1 + 0.25) = 0.8;
/// - table: points (dᵢ, ηᵢ), interpolated linearly in ln d, held constant beyond the first and last point.
///
/// The model is exactly what it is told: it has no validity range of its own, and it reports its curve form
/// in `details` so reports can say the number was given, not predicted.
public struct SpecifiedSeparator: SeparatorModel, Equatable {
    /// How η(d) is given.
    public enum Curve: Sendable, Equatable {
        case constant(Double)
        case logistic(cutSize: Double, sharpness: Double)
        case table(sizes: [Double], efficiencies: [Double])
    }

    public var unitType: String { "specified" }
    public var modelName: String {
        switch curve {
        case .constant: return "constant"
        case .logistic: return "logistic"
        case .table: return "table"
        }
    }

    /// The given curve.
    public var curve: Curve
    /// Pressure drop (Pa), default 0.
    public var pressureDrop: Double
    /// Outlet temperature (K); nil keeps the inlet temperature.
    public var outletTemperature: Double?

    public init(curve: Curve, pressureDrop: Double = 0, outletTemperature: Double? = nil) {
        self.curve = curve
        self.pressureDrop = pressureDrop
        self.outletTemperature = outletTemperature
    }

    /// η at diameter `d` (m).
    public func efficiency(at d: Double) -> Double {
        switch curve {
        case let .constant(eta):
            return eta
        case let .logistic(d50, beta):
            return 1 / (1 + pow(d50 / d, beta))
        case let .table(sizes, etas):
            guard let first = sizes.first, let last = sizes.last else { return 0 }
            if d <= first { return etas[0] }
            if d >= last { return etas[etas.count - 1] }
            var i = 0
            while i + 1 < sizes.count && sizes[i + 1] < d { i += 1 }
            let t = log(d / sizes[i]) / log(sizes[i + 1] / sizes[i])
            return etas[i] + t * (etas[i + 1] - etas[i])
        }
    }

    public func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
        var details: [String: Double] = [:]
        if case let .logistic(d50, beta) = curve {
            details["cut_size_m"] = d50
            details["sharpness"] = beta
        }
        return SeparatorResult(model: modelName, gradeEfficiency: inlet.grid.means.map { efficiency(at: $0) },
                               pressureDrop: pressureDrop,
                               outletTemperature: outletTemperature ?? inlet.temperature,
                               details: details)
    }
}
