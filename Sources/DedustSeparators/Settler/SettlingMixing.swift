import Foundation

/// How the gas mixes vertically in a settling chamber — the three settler models (physics.md §3.1–§3.3).
///
/// With N = v_t k_A L W / Q per tray (the "laminar efficiency number"; N = Σ_k N_k over cooling segments):
///
///     laminar     η = min(1, N)                 plug flow, no vertical mixing           [Tan 2014, eqs. 6.10–6.16]
///     mixed       η = 1 − exp(−N)               complete vertical mixing in each section [Tan 2014 §6; Hinds]
///     dispersion  η = 1 − P(N, Pe)              finite vertical eddy diffusivity ε_y, Pe = v_t H_c/ε_y
///                                               (``VerticalDispersionColumn``), between the two
///
/// Validity: plug horizontal flow (dead zones and short-circuiting through k_A), uniform inlet concentration,
/// no re-entrainment (see the settler's velocity warning).
///
/// Example: N = 0.5 → laminar 0.5, mixed 0.3935; N = 2 → 1 and 0.8647.
public enum SettlingMixing: String, Sendable, CaseIterable {
    case laminar
    case mixed
    case dispersion

    /// Plug-flow efficiency min(1, N).
    public static func laminarEfficiency(settlingNumber n: Double) -> Double { min(1, max(0, n)) }

    /// Well-mixed efficiency 1 − exp(−N).
    public static func mixedEfficiency(settlingNumber n: Double) -> Double { -expm1(-max(0, n)) }
}
