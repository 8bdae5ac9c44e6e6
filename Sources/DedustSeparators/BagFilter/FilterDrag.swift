import Foundation

/// Filter-drag coefficients of the fabric (K₁) and the dust cake (K₂) (physics.md §6.1):
///
///     ΔP = K₁ v + K₂ w v        v = Q/A_cloth (m/s), w = areal dust mass (kg/m²)
///     K₁ = 24590 / P_F           [Pa·s/m], P_F = Frazier permeability (cfm/ft² at 0.5 in. w.g.; S10)
///     K₂ = 180 μ (1 − ε) / (ρ_p x_s² ε³)   [s⁻¹]  Kozeny–Carman with the Sauter diameter x_s and cake porosity ε
///
/// Both are viscous resistances, ∝ μ(T): a value measured at viscosity μ_ref is scaled by μ(T)/μ_ref. The
/// Frazier test is run with room air (μ_ref = 1.81e-5 Pa·s); Kozeny–Carman uses μ(T) directly.
/// Validity: Kozeny–Carman for incompressible cakes of near-spherical particles, ε ≈ 0.4–0.9; real cakes of fine
/// fume are compressible and K₂ from tables (6e3–4.7e5 s⁻¹, S11) is preferred when known.
///
/// Example: μ = 2.69e-5 Pa·s (260 °C gas), ε = 0.8, x_s = 2 µm, ρ_p = 2200 → K₂ = 2.15e5 s⁻¹ (ε = 0.85: 1.34e5;
/// x_s = 5 µm: 3.44e4); P_F = 20 cfm/ft² → K₁ = 1230 Pa·s/m at 20 °C.
public enum FilterDrag {
    /// Viscosity of room air at 20 °C, the Frazier-test reference (Pa·s).
    public static let roomAirViscosity = 1.813e-5

    /// K₁ (Pa·s/m) from a Frazier permeability (cfm/ft²), at room-air viscosity.
    public static func clothDrag(frazierPermeability pf: Double) -> Double { 24_590 / pf }

    /// Kozeny–Carman K₂ (s⁻¹).
    public static func kozenyCarman(viscosity mu: Double, porosity eps: Double, sauterDiameter x: Double,
                                    particleDensity rho: Double) -> Double {
        180 * mu * (1 - eps) / (rho * x * x * eps * eps * eps)
    }

    /// Observed dust-cake resistance coefficients of industrial cloth filters, Wang et al. (2004) *Air Pollution
    /// Control Engineering* ch. 2, Table 2 ("observed" column, from operating cloth-type air filters; solids of
    /// 2 g/cm³ at 70 °F, 1 atm): particle size (µm) → K₂ in in. H₂O/[(lb/ft²)(ft/min)] = 10 043 s⁻¹.
    ///
    /// | x (µm) | 0.1 | 1 | 10 | 100 |
    /// |---|---|---|---|---|
    /// | K₂ (in. H₂O/[(lb/ft²)(ft/min)]) | 715 | 180 | 12 | 0.2 |
    ///
    /// The same table's Kozeny–Carman column (with its porosities 0.25–0.70) is off by 0.04–60× (41 200 at
    /// 0.1 µm, 2.32 at 10 µm): fine-dust cakes are far more open than a packing of spheres.
    public static let observedCakeDrag: [(size: Double, k2: Double)] = [
        (0.1e-6, 715), (1e-6, 180), (10e-6, 12), (100e-6, 0.2),
    ].map { ($0.0, $0.1 * inchWaterPerPoundFootMinute) }

    /// 1 in. H₂O/[(lb/ft²)(ft/min)] in s⁻¹: 249.089 Pa / (4.88243 kg/m² · 0.00508 m/s) = 10 043 s⁻¹.
    public static let inchWaterPerPoundFootMinute = 249.088_9 / (4.882_428 * 0.005_08)
    /// Particle density (kg/m³) and gas viscosity (Pa·s, air at 21.1 °C) of ``observedCakeDrag``.
    public static let observedDensity = 2000.0
    public static let observedViscosity = 1.82e-5

    /// K₂ (s⁻¹) from ``observedCakeDrag`` at the Sauter diameter `x` (m): interpolated linearly in (ln x, ln K₂),
    /// extrapolated with the end segments' slopes outside 0.1–100 µm (the caller warns there), and carried to the
    /// dust and the gas as a viscous cake resistance per unit mass, K₂ ∝ μ/ρ_p (Kozeny–Carman's dependence at a
    /// given cake structure): K₂ = K₂,table(x) · (2000 kg/m³/ρ_p) · (μ/1.82e-5 Pa·s).
    ///
    /// Example: x = 1 µm, ρ_p = 2000, μ = 1.82e-5 → 180 × 10 043 = 1.81e6 s⁻¹; x = 3 µm → 1.81e6 · 3^(−1.176) =
    /// 4.97e5 s⁻¹ (log slope between 1 and 10 µm: log₁₀(180/12) = 1.176 per decade).
    public static func observedCorrelation(viscosity mu: Double, sauterDiameter x: Double,
                                           particleDensity rho: Double) -> Double {
        let t = observedCakeDrag
        let k = t.count - 1
        let i = x <= t[1].size ? 0 : (x >= t[k - 1].size ? k - 1 : (1..<k).first { x < t[$0 + 1].size } ?? k - 1)
        let s = log(x / t[i].size) / log(t[i + 1].size / t[i].size)
        let k2 = exp(log(t[i].k2) + s * (log(t[i + 1].k2) - log(t[i].k2)))
        return k2 * (observedDensity / rho) * (mu / observedViscosity)
    }

    /// Sizes (m) over which ``observedCakeDrag`` was measured.
    public static var observedSizes: ClosedRange<Double> { observedCakeDrag[0].size...observedCakeDrag[observedCakeDrag.count - 1].size }
}

/// How the bag filter obtains K₁.
public enum ClothDrag: Sendable, Equatable {
    /// K₁ (Pa·s/m) measured at viscosity `referenceViscosity` (Pa·s).
    case given(Double, referenceViscosity: Double = FilterDrag.roomAirViscosity)
    /// From the Frazier permeability (cfm/ft²).
    case frazier(permeability: Double)
}

/// How the bag filter obtains K₂.
public enum CakeDrag: Sendable, Equatable {
    /// K₂ (s⁻¹) measured at viscosity `referenceViscosity` (Pa·s); nil: already at the operating viscosity.
    case given(Double, referenceViscosity: Double? = nil)
    /// Kozeny–Carman from the inlet dust's Sauter diameter and a cake porosity ε.
    case kozenyCarman(porosity: Double = 0.8)
    /// The observed resistances of industrial cakes (``FilterDrag/observedCorrelation(viscosity:sauterDiameter:particleDensity:)``)
    /// at the inlet dust's Sauter diameter — the default, valid for 0.1–100 µm.
    case observed
}

/// How the bag filter obtains its pressure drop just after cleaning, ΔP(0) = K_e v (the "effective residual drag"
/// of the conditioned cloth, physics.md §6.1: ΔP(t) = K_e v + K₂ c v² t).
///
/// A pulse-jet cloth that has been in service carries a residual cake the pulses do not remove; its drag is a
/// property of the conditioned cloth, measured as the pressure drop right after cleaning, and it does not scale
/// with the K₂ of whatever dust arrives now. physics.md §6.1 gives K_e ≈ 5–20 × the new cloth's K₁ [M-M]; the
/// default is the middle, 10 K₁ (P_F = 20 cfm/ft² → 12 300 Pa·s/m at room air; 205 Pa at 1 m/min, 20 °C).
/// Calibrate it to a measured ΔP after cleaning when there is one.
public enum ResidualDrag: Sendable, Equatable {
    /// K_e = `multiple` × K₁ (default 10).
    case clothMultiple(Double = 10)
    /// K_e (Pa·s/m) measured at viscosity `referenceViscosity` (Pa·s; default room air).
    case given(Double, referenceViscosity: Double = FilterDrag.roomAirViscosity)
    /// The residual cake as an areal dust mass w_R (kg/m²) of the arriving dust: K_e = K₁ + K₂ w_R. This ties the
    /// residual ΔP to the current dust's K₂, so a finer dust (after pre-cleaning) raises it; use it only with a
    /// w_R measured for this dust.
    case residualDustLoad(Double)
}
