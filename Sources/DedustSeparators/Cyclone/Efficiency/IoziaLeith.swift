import Foundation
import DedustPhysics

/// Iozia & Leith (1989, 1990) cyclone model ("iozia_leith"), physics.md §1.8 [M-M — widely reproduced forms]:
///
///     v_θmax = 6.1 v_in (ab/D²)^0.61 (D_x/D)^(−0.74) (H/D)^(−0.33)
///     d_c    = 0.47 D (ab/D²)^(−0.25) (D_x/D)^1.4                               (core diameter)
///     z_c    = (H − S) − (H − h)[(d_c/B) − 1]/[(D/B) − 1]   if d_c > B, else H − S (core length)
///     d50    = √( 9 μ Q / (π ρ_p z_c v_θmax²) )
///     η(d)   = 1 / (1 + (d50/d)^β),
///     β      = 0.62 − 0.87 ln(d50[cm]) + 5.21 ln(ab/D²) + 1.05 [ln(ab/D²)]²
///
/// Sources: Iozia D.L., Leith D. (1989) Aerosol Sci. Technol. 10:491; (1990) 12:598. Validity: fitted on small
/// cyclones (D of order 0.1–0.3 m, `fittedDiameterRange`); extrapolated to plant scale β falls below 1, which is
/// not physical, so β is clamped to `minimumSlope` (default 2) with a warning. No loading limit.
///
/// Example (physics.md §1.10, Stairmand HE, air μ = 1.81e-5 Pa·s, ρ_p = 2000 kg/m³):
/// D = 0.305 m, v_in = 15 m/s: v_θmax = 23.74 m/s, d_c = 0.0966 m, z_c = 1.0675 m, d50 = 2.452 µm, β = 1.42
/// (clamped to 2); D = 1 m: d_c = 0.317 m, z_c = 3.500 m, d50 = 4.440 µm, β = 0.91.
public struct IoziaLeith: CycloneEfficiencyModel, Equatable {
    /// Smallest β used (nil: no clamping).
    public var minimumSlope: Double?
    /// Diameters (m) of the cyclones the correlation was fitted on; outside it a warning is given.
    public var fittedDiameterRange: ClosedRange<Double>

    public init(minimumSlope: Double? = 2, fittedDiameterRange: ClosedRange<Double> = 0.1...0.3) {
        self.minimumSlope = minimumSlope
        self.fittedDiameterRange = fittedDiameterRange
    }

    public var name: String { "iozia_leith" }

    /// The correlation's intermediate values (m/s, m, m, m, –).
    public func core(of g: CycloneGeometry, at p: CycloneOperatingPoint)
        -> (maxVelocity: Double, coreDiameter: Double, coreLength: Double, cutSize: Double, slope: Double)
    {
        let d = g.diameter
        let k = g.inletArea / (d * d)
        let vIn = p.volumetricFlow / g.inletArea
        let vmax = 6.1 * vIn * pow(k, 0.61) * pow(g.vortexFinderDiameter / d, -0.74) * pow(g.totalHeight / d, -0.33)
        let dc = 0.47 * d * pow(k, -0.25) * pow(g.vortexFinderDiameter / d, 1.4)
        let b = g.dustOutletDiameter
        let zc = dc > b
            ? (g.totalHeight - g.vortexFinderLength) - (g.totalHeight - g.cylinderHeight) * (dc / b - 1) / (d / b - 1)
            : g.totalHeight - g.vortexFinderLength
        let d50 = (9 * p.gas.viscosity * p.volumetricFlow / (Double.pi * p.particleDensity * zc * vmax * vmax)).squareRoot()
        let lk = log(k)
        let beta = 0.62 - 0.87 * log(d50 * 100) + 5.21 * lk + 1.05 * lk * lk
        return (vmax, dc, zc, d50, beta)
    }

    public func efficiency(of geometry: CycloneGeometry, at point: CycloneOperatingPoint) throws -> CycloneEfficiency {
        try point.validate(for: geometry)
        let c = core(of: geometry, at: point)
        guard c.coreLength > 0 else {
            throw CycloneError.invalidGeometry(["Iozia–Leith core length z_c = \(c.coreLength) m ≤ 0 (core diameter \(c.coreDiameter) m too large for this cone)"])
        }
        var warnings: [String] = []
        var beta = c.slope
        if let m = minimumSlope, beta < m {
            warnings.append(String(format: "Iozia–Leith slope β = %.3g is below %.3g (extrapolated correlation); clamped to %.3g",
                                   beta, m, m))
            beta = m
        }
        if !fittedDiameterRange.contains(geometry.diameter) {
            warnings.append(String(format: "Iozia–Leith was fitted on cyclones of %g–%g m diameter; D = %.3g m is extrapolated",
                                   fittedDiameterRange.lowerBound, fittedDiameterRange.upperBound, geometry.diameter))
        }
        let eta = point.classDiameters.map { x in 1 / (1 + pow(c.cutSize / x, beta)) }
        return CycloneEfficiency(gradeEfficiency: eta, cutSize: c.cutSize,
                                 details: ["cut_size_m": c.cutSize, "max_tangential_velocity_m_per_s": c.maxVelocity,
                                           "core_diameter_m": c.coreDiameter, "core_length_m": c.coreLength,
                                           "iozia_leith_beta_raw": c.slope, "grade_curve_slope": beta],
                                 warnings: warnings)
    }
}

extension IoziaLeith: RegisteredCycloneEfficiencyModel {
    public static let minimumSlopeParameter = Parameter<Double>.number("minimum_slope", default: 2, doc: "lower clamp of the slope β")

    public static let descriptor = ModelDescriptor(
        name: "iozia_leith",
        summary: "Iozia–Leith logistic model",
        reference: "Iozia & Leith (1990), The logistic function and cyclone fractional efficiency, "
            + "Aerosol Sci. Technol. 12(3) 598–606",
        parameters: [minimumSlopeParameter.descriptor])
    public static let defaultPressureDropModel = "shepherd_lapple"

    public init(parameters p: ParameterValues) throws {
        self.init(minimumSlope: p[Self.minimumSlopeParameter])
    }
}
