import DedustPhysics
/// Cyclone pressure drop, Shepherd & Lapple (1939):
///
///     ΔP = Eu · ½ ρ v_in²,      Eu = N_H = K a b / D_x²
///
/// K = 16 for a plain tangential inlet, 7.5 with an inlet neutral vane. Source: physics.md §1.9 [M-H]
/// (Shepherd & Lapple, Ind. Eng. Chem. 31 (1939) 972). Clean gas; no loading effect (loading lowers the real ΔP,
/// so this is an upper bound at high loading). Validity: conventional tangential cyclones, v_in ≈ 10–30 m/s.
///
/// Example: Stairmand HE (ab/D_x² = 0.4): N_H = 6.40; D = 1 m, v_in = 15 m/s, ρ = 1.2 kg/m³ → ΔP = 864 Pa.
/// N_H of the standard geometries (physics.md §8 C1): 6.40, 9.24, 8.00, 8.00, 8.00, 7.96.
public struct ShepherdLapplePressureDrop: CyclonePressureDropModel, Equatable {
    /// K: 16 for a plain tangential inlet (default), 7.5 with an inlet vane.
    public var k: Double

    public init(k: Double = 16) { self.k = k }

    public var name: String { "shepherd_lapple" }

    /// N_H = K ab/D_x².
    public func eulerNumber(of geometry: CycloneGeometry) -> Double {
        k * geometry.inletArea / (geometry.vortexFinderDiameter * geometry.vortexFinderDiameter)
    }

    public func pressureDrop(of geometry: CycloneGeometry, at point: CycloneOperatingPoint) throws -> Double {
        let vIn = point.volumetricFlow / geometry.inletArea
        return eulerNumber(of: geometry) * 0.5 * point.gas.density * vIn * vIn
    }
}

extension ShepherdLapplePressureDrop: RegisteredCyclonePressureDropModel {
    public static let kParameter = Parameter<Double>.number("shepherd_lapple_K", default: 16, doc: "Shepherd–Lapple K (7.5 with an inlet vane)")

    public static let descriptor = ModelDescriptor(
        name: "shepherd_lapple", summary: "ΔP = Eu ½ρv_in², Eu = K a b / D_x²",
        reference: "Shepherd, C. B. & Lapple, C. E., Flow pattern and pressure drop in cyclone dust collectors, "
            + "Ind. Eng. Chem. 31 (1939) 972–984",
        parameters: [kParameter.descriptor])

    public init(parameters p: ParameterValues) throws { self.init(k: p[Self.kParameter]) }
}
