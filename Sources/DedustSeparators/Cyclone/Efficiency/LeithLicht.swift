import Foundation
import DedustPhysics

/// Leith & Licht (1972) cyclone model ("leith_licht"), physics.md §1.6 [M-H]:
///
///     η(d) = 1 − exp{ −2 [ G τ Q (n + 1) / D³ ]^(1/(2n + 2)) },   τ = ρ_p d² C_c / (18 μ)
///     n    = 1 − (1 − 0.67 D^0.14) (T/283)^0.3                     (Alexander vortex exponent, D in m, T in K)
///     G    = 8 K_c / (K_a² K_b²),  K_a = a/D, K_b = b/D,  K_c = (2 V_s + V_nl) / (2 D³)
///     V_s  = (π/4)(S − a/2)(D² − D_x²)
///     ℓ    = 2.3 D_x (D²/(ab))^(1/3)   (natural vortex length; ℓ = H − S if longer)
///     V_nl = (π/4)D²(h − S) + (π/4)D² ((ℓ + S − h)/3)(1 + d_c/D + d_c²/D²) − (π/4) D_x² ℓ,
///     d_c  = D − (D − B)(S + ℓ − h)/(H − h)                          (vortex ends in the cone)
///     V_nl = (π/4)(D² − D_x²) ℓ                                       (vortex ends in the barrel, S + ℓ ≤ h)
///
/// Source: Leith D., Licht W. (1972) AIChE Symp. Ser. 68(126):196; G as tabulated by Licht (1980). The G
/// definition reproduces the published G of the six standard geometries (physics.md §1.1, §8 C1). C_c is the
/// Cunningham slip correction (`slip`, Davies constants by default; nil for C_c = 1 as in the §8 D1 table).
/// No loading limit. Validity: dilute (clean-gas) conditions, tangential-inlet cyclones with the vortex ending in
/// the cone or at the dust outlet; n from Alexander's correlation (fitted for D ≈ 0.1–3 m, T ≈ 280–900 K).
/// Known behaviour: a very flat curve (over-predicts fines, under-predicts coarse dust).
///
/// Example (§8 D1, C_c = 1): Stairmand HE, D = 1 m, v_in = 15 m/s, 293.15 K, μ = 1.81e-5, ρ_p = 2000:
/// G = 551.22, n = 0.6665, η(1, 2, 3, 5, 10 µm) = 0.3798, 0.5152, 0.6029, 0.7149, 0.8507.
public struct LeithLicht: CycloneEfficiencyModel, Equatable {
    /// Slip correction (nil: C_c = 1).
    public var slip: CunninghamSlip?
    /// Vortex exponent n (nil: Alexander's correlation at the gas temperature).
    public var vortexExponent: Double?

    public init(slip: CunninghamSlip? = .davies, vortexExponent: Double? = nil) {
        self.slip = slip
        self.vortexExponent = vortexExponent
    }

    public var name: String { "leith_licht" }

    /// Alexander's vortex exponent n = 1 − (1 − 0.67 D^0.14)(T/283)^0.3 (D in m, T in K).
    public static func alexanderExponent(diameter: Double, temperature: Double) -> Double {
        1 - (1 - 0.67 * pow(diameter, 0.14)) * pow(temperature / 283, 0.3)
    }

    /// The Leith–Licht geometry factor G.
    public static func geometryFactor(_ g: CycloneGeometry) -> Double {
        let d = g.diameter, dx = g.vortexFinderDiameter, s = g.vortexFinderLength, h = g.cylinderHeight
        let a = g.inletHeight, b = g.inletWidth
        let quarterPi = Double.pi / 4
        let vs = quarterPi * (s - a / 2) * (d * d - dx * dx)
        var l = NaturalVortexLength.alexander(g)
        let vnl: Double
        if s + l <= h {
            vnl = quarterPi * (d * d - dx * dx) * l
        } else {
            let dc: Double
            if l < g.totalHeight - s {
                dc = d - (d - g.dustOutletDiameter) * (s + l - h) / (g.totalHeight - h)
            } else {
                l = g.totalHeight - s
                dc = g.dustOutletDiameter
            }
            if s < h {
                vnl = quarterPi * d * d * (h - s) + quarterPi * d * d * ((l + s - h) / 3) * (1 + dc / d + dc * dc / (d * d))
                    - quarterPi * dx * dx * l
            } else {
                // vortex finder reaching into the cone: volume of the cone frustum from S to S + ℓ
                let ds = d - (d - g.dustOutletDiameter) * (s - h) / (g.totalHeight - h)
                vnl = quarterPi * (l / 3) * (ds * ds + ds * dc + dc * dc) - quarterPi * dx * dx * l
            }
        }
        let kc = (2 * vs + vnl) / (2 * d * d * d)
        let ka = a / d, kb = b / d
        return 8 * kc / (ka * ka * kb * kb)
    }

    public func efficiency(of geometry: CycloneGeometry, at point: CycloneOperatingPoint) throws -> CycloneEfficiency {
        try point.validate(for: geometry)
        let d = geometry.diameter
        let n = vortexExponent ?? Self.alexanderExponent(diameter: d, temperature: point.gas.temperature)
        guard n > -1, n < 1 else { throw CycloneError.invalidParameter("vortex exponent n must lie in (−1, 1), got \(n)") }
        let gf = Self.geometryFactor(geometry)
        let lambda = point.gas.meanFreePath
        let c = gf * point.volumetricFlow * (n + 1) / (d * d * d)
        let expo = 1 / (2 * n + 2)
        func eta(_ x: Double) -> Double {
            let cc = slip?.correction(diameter: x, meanFreePath: lambda) ?? 1
            let tau = point.particleDensity * x * x * cc / (18 * point.gas.viscosity)
            return 1 - exp(-2 * pow(c * tau, expo))
        }
        // 50 % size by bisection on x (η is monotonic in x).
        var lo = 1e-9, hi = 1e-2
        for _ in 0..<200 {
            let mid = (lo * hi).squareRoot()
            if eta(mid) < 0.5 { lo = mid } else { hi = mid }
        }
        let x50 = (lo * hi).squareRoot()
        return CycloneEfficiency(gradeEfficiency: point.classDiameters.map(eta), cutSize: x50,
                                 details: ["cut_size_m": x50, "leith_licht_G": gf, "vortex_exponent": n])
    }
}

extension LeithLicht: RegisteredCycloneEfficiencyModel {
    public static let slipParameter = Parameter<Bool>.flag("slip_correction", default: true, doc: "Cunningham slip correction")

    public static let descriptor = ModelDescriptor(
        name: "leith_licht",
        summary: "Leith–Licht time-of-flight model",
        reference: "Leith & Licht (1972), The collection efficiency of cyclone type particle collectors — a new "
            + "theoretical approach, AIChE Symp. Ser. 68(126) 196–206",
        parameters: [slipParameter.descriptor])
    public static let defaultPressureDropModel = "shepherd_lapple"

    public init(parameters p: ParameterValues) throws {
        self.init(slip: p[Self.slipParameter] ? .davies : nil)
    }
}
