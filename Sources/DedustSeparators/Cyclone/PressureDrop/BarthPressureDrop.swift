import Foundation
import DedustPhysics

/// Cyclone pressure drop, Barth/Meißner as coded in SPOT (`funCyclone.R`, Breiderhoff et al. 2013),
/// physics.md §1.3 [V:S2]:
///
///     F = ab/(π R_x²),  λ = λ_g (1 + 2√c_o),  α = 1 − (0.54 − 0.153/F)(b/R)^(1/3)   (Meißner, default)
///     U = v_θi/v_x = 1 / (F α R_x/R_in + λ H/R_x),   v_x = Q/(π R_x²)
///     ΔP = ½ ρ v_x² (ξ_body + ξ_x),  ξ_body = U² (R_x/R) / (1 − λ (H/R_x) U),  ξ_x = 2 + 3 U^(4/3) + U²
///
/// Loading enters through λ (lowers ΔP). Validity: tangential slot-inlet cyclones; ξ_body diverges when
/// λ(H/R_x)U → 1 (very long, rough cyclones), which is reported as an error.
///
/// Example (physics.md §8 D2, SPOT default cyclone D = 1.26 m, Q = 1.3889 m³/s, ρ = 1.2 kg/m³,
/// c_o = 0.041667, λ_g = 0.005): α = 0.75213, U = 2.92442, v_x = 10.0249 m/s, ΔP = 1620.5 Pa.
public struct BarthPressureDrop: CyclonePressureDropModel, Equatable {
    /// λ_g: clean-gas wall friction (default 0.005).
    public var wallFriction: Double
    /// α formula (default Meißner, as in SPOT).
    public var constriction: InletConstriction

    public init(wallFriction: Double = 0.005, constriction: InletConstriction = .meissner) {
        self.wallFriction = wallFriction
        self.constriction = constriction
    }

    public var name: String { "barth" }

    public func pressureDrop(of g: CycloneGeometry, at p: CycloneOperatingPoint) throws -> Double {
        let rx = g.vortexFinderRadius
        let areaRatio = g.inletArea / (Double.pi * rx * rx)
        let lambda = wallFriction * (1 + 2 * p.loading.squareRoot())
        let alpha = constriction.coefficient(for: g, loading: p.loading)
        let u = 1 / (areaRatio * alpha * rx / g.inletCentreRadius + lambda * g.totalHeight / rx)
        let denominator = 1 - lambda * (g.totalHeight / rx) * u
        guard denominator > 0 else {
            throw CycloneError.invalidInput("Barth pressure drop undefined: λ(H/R_x)U = \(1 - denominator) ≥ 1 (friction too high for this geometry)")
        }
        let xiBody = u * u * (rx / g.radius) / denominator
        let xiX = 2 + 3 * pow(u, 4.0 / 3.0) + u * u
        let vx = p.volumetricFlow / (Double.pi * rx * rx)
        return 0.5 * p.gas.density * vx * vx * (xiBody + xiX)
    }
}

extension BarthPressureDrop: RegisteredCyclonePressureDropModel {
    public static let constrictionParameter = CycloneParameters.constriction(default: .meissner)

    public static let descriptor = ModelDescriptor(
        name: "barth", summary: "body and vortex-finder losses, Barth/Meißner as coded in SPOT",
        reference: "Barth, W., Brennst.-Wärme-Kraft 8 (1956) 1–9; Meißner, P. & Löffler, F., Chem.-Ing.-Tech. 50 "
            + "(1978) 471; as coded in SPOT (Breiderhoff et al. 2013, funCyclone.R)",
        parameters: [CycloneParameters.wallFriction.descriptor, constrictionParameter.descriptor])

    public init(parameters p: ParameterValues) throws {
        self.init(wallFriction: p[CycloneParameters.wallFriction], constriction: p[Self.constrictionParameter] ?? .meissner)
    }
}
