import DedustPhysics
/// Cyclone pressure drop, Casal & Martinez-Benet (1983):
///
///     ΔP = Eu · ½ ρ v_in²,      Eu = 11.3 (ab/D_x²)² + 3.33
///
/// Source: physics.md §1.9 [M-H] (Casal J., Martinez-Benet J.M., Chem. Eng. 90 (1983) 99). Clean gas, no
/// loading effect. Validity: conventional tangential cyclones, v_in ≈ 10–30 m/s.
///
/// Example: Stairmand HE (ab/D_x² = 0.4): Eu = 5.138; Lapple/Swift GP/Stairmand HT (1/2): 6.155 (§1.9 table).
public struct CasalMartinezBenetPressureDrop: CyclonePressureDropModel, Equatable {
    public init() {}

    public var name: String { "casal_martinez_benet" }

    /// Eu = 11.3 (ab/D_x²)² + 3.33.
    public func eulerNumber(of g: CycloneGeometry) -> Double {
        let k = g.inletArea / (g.vortexFinderDiameter * g.vortexFinderDiameter)
        return 11.3 * k * k + 3.33
    }

    public func pressureDrop(of geometry: CycloneGeometry, at point: CycloneOperatingPoint) throws -> Double {
        let vIn = point.volumetricFlow / geometry.inletArea
        return eulerNumber(of: geometry) * 0.5 * point.gas.density * vIn * vIn
    }
}

extension CasalMartinezBenetPressureDrop: RegisteredCyclonePressureDropModel {
    public static let descriptor = ModelDescriptor(
        name: "casal_martinez_benet", summary: "ΔP = Eu ½ρv_in², Eu = 11.3 (ab/D_x²)² + 3.33",
        reference: "Casal, J. & Martinez-Benet, J. M., A better way to calculate cyclone pressure drop, "
            + "Chem. Eng. 90(2) (1983) 99–100")

    public init(parameters: ParameterValues) throws { self.init() }
}
