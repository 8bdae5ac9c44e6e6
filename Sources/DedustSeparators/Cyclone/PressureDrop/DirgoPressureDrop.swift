import Foundation
import DedustPhysics

/// Cyclone pressure drop, Dirgo (1988):
///
///     ΔP = Eu · ½ ρ v_in²,      Eu = 20 (ab/D_x²) [ (S/D) / ((H/D)(h/D)(B/D)) ]^(1/3)
///
/// Source: physics.md §1.9 [M-M] (Dirgo J.A., PhD thesis, Harvard 1988; as quoted by Hoffmann & Stein).
/// Clean gas. Validity: conventional tangential cyclones of roughly standard proportions.
///
/// Example: Stairmand HE: Eu = 4.846 (§1.9 table 4.85); Swift HE 7.066; Lapple 6.786.
public struct DirgoPressureDrop: CyclonePressureDropModel, Equatable {
    public init() {}

    public var name: String { "dirgo" }

    public func eulerNumber(of g: CycloneGeometry) -> Double {
        let d = g.diameter
        let k = g.inletArea / (g.vortexFinderDiameter * g.vortexFinderDiameter)
        return 20 * k * cbrt((g.vortexFinderLength / d)
            / ((g.totalHeight / d) * (g.cylinderHeight / d) * (g.dustOutletDiameter / d)))
    }

    public func pressureDrop(of geometry: CycloneGeometry, at point: CycloneOperatingPoint) throws -> Double {
        let vIn = point.volumetricFlow / geometry.inletArea
        return eulerNumber(of: geometry) * 0.5 * point.gas.density * vIn * vIn
    }
}

extension DirgoPressureDrop: RegisteredCyclonePressureDropModel {
    public static let descriptor = ModelDescriptor(
        name: "dirgo", summary: "ΔP = Eu ½ρv_in², Eu = 20 (ab/D_x²) [(S/D)/((H/D)(h/D)(B/D))]^(1/3)",
        reference: "Dirgo, J. A., Relationships between cyclone dimensions and performance, Sc.D. thesis, "
            + "Harvard University (1988); Hoffmann & Stein (2008) §7.2")

    public init(parameters: ParameterValues) throws { self.init() }
}
