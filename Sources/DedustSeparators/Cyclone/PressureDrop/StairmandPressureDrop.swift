import Foundation
import DedustPhysics

/// Cyclone pressure drop, Stairmand (1949), from an angular-momentum balance with wall friction:
///
///     Eu = 1 + 2q² [2(D − b)/D_x − 1] + 2 (4ab/(πD_x²))²
///     q  = { −√(D_x/(2(D − b))) + √( D_x/(2(D − b)) + 4 G A_R/(ab) ) } / (2 G A_R/(ab))
///
/// G = friction factor (`wallFriction`, 0.005), A_R = inner friction area (`CycloneGeometry.frictionArea`).
/// Source: physics.md §1.9 [M-M] (Stairmand C.J. (1949) Engineering 168:409; as given by Hoffmann & Stein).
/// Clean gas. Validity: conventional tangential cyclones.
///
/// Example: Stairmand HE: Eu = 5.232 (§1.9 table 5.23); Stairmand HT 3.149.
public struct StairmandPressureDrop: CyclonePressureDropModel, Equatable {
    /// Friction factor G (default 0.005).
    public var wallFriction: Double

    public init(wallFriction: Double = 0.005) { self.wallFriction = wallFriction }

    public var name: String { "stairmand" }

    public func eulerNumber(of g: CycloneGeometry) -> Double {
        let ab = g.inletArea, dx = g.vortexFinderDiameter, d = g.diameter, b = g.inletWidth
        let c = dx / (2 * (d - b))
        let e = wallFriction * g.frictionArea / ab
        let q = e > 0 ? (-c.squareRoot() + (c + 4 * e).squareRoot()) / (2 * e) : 1 / c.squareRoot()
        let k = 4 * ab / (Double.pi * dx * dx)
        return 1 + 2 * q * q * (2 * (d - b) / dx - 1) + 2 * k * k
    }

    public func pressureDrop(of geometry: CycloneGeometry, at point: CycloneOperatingPoint) throws -> Double {
        let vIn = point.volumetricFlow / geometry.inletArea
        return eulerNumber(of: geometry) * 0.5 * point.gas.density * vIn * vIn
    }
}

extension StairmandPressureDrop: RegisteredCyclonePressureDropModel {
    public static let descriptor = ModelDescriptor(
        name: "stairmand", summary: "angular-momentum balance with wall friction (Euler number from q and A_R)",
        reference: "Stairmand, C. J., Pressure drop in cyclone separators, Engineering 168 (1949) 409–412; "
            + "Hoffmann & Stein (2008) §7.3",
        parameters: [CycloneParameters.wallFriction.descriptor])

    public init(parameters p: ParameterValues) throws { self.init(wallFriction: p[CycloneParameters.wallFriction]) }
}
