import Foundation
import DedustPhysics

/// Labyrinth baffles: the gas turns `turns` times through an angle θ in channels of width W_c; at each turn
/// particles drift across the channel by inertia (physics.md §3.5, derived there):
///
///     Stk_t = τ U / W_c,   τ = ρ_p C_c x² / (18 μ)   (U = Q/(W_c h_c), h_c = channel span)
///     laminar  η_turn = min(1, Stk_t θ)        mixed  η_turn = 1 − exp(−Stk_t θ)
///     P = Π_turns (1 − η_turn) = (1 − η_turn)^turns,   η = 1 − P
///     ΔP = turns · ζ_turn · ½ ρ U²
///
/// The drift distance in one turn is τ U θ (centrifugal drift τU²/r over the arc length rθ). ζ_turn is a
/// parameter: a sharp 180° turn in a rectangular channel has ζ ≈ 2 (Idelchik, diagrams 6-26/6-28, order of
/// magnitude) — default 2 for θ = π; a 90° sharp elbow ≈ 1.2.
/// Validity: Stokes drift (Re_p ≲ 1 for the drift velocity), one turn's drift no larger than the channel
/// (laminar form clipped at 1); dust that reaches the outer wall is taken as captured (no bounce or scour,
/// which real labyrinths suffer at > 5–8 m/s).
///
/// Example: W_c = 0.5 m, h_c = 4 m, Q = 3.6 m³/s (U = 1.8 m/s), θ = π, 600 °C carbide gas, 20 µm, ρ_p = 2200:
/// τ = 1.35e-3 s (C_c = 1.031), Stk_t θ = 0.0153, mixed η_turn = 1.5 %, 4 turns → 5.9 %.
public struct LabyrinthBaffle: SeparatorModel {
    public var turns: Int
    /// Turn angle θ (rad).
    public var turnAngle: Double
    public var channelWidth: Double
    /// Channel span perpendicular to the plane of the turn (m).
    public var channelHeight: Double
    /// Laminar (no cross-channel mixing) or mixed; `.dispersion` is not defined here and is treated as mixed.
    public var mixing: SettlingMixing
    /// Loss coefficient per turn on ½ρU².
    public var lossCoefficientPerTurn: Double

    public init(turns: Int, turnAngle: Double = .pi, channelWidth: Double, channelHeight: Double,
                mixing: SettlingMixing = .mixed, lossCoefficientPerTurn: Double = 2) {
        self.turns = turns
        self.turnAngle = turnAngle
        self.channelWidth = channelWidth
        self.channelHeight = channelHeight
        self.mixing = mixing
        self.lossCoefficientPerTurn = lossCoefficientPerTurn
    }

    public var unitType: String { "baffle" }
    public var modelName: String { "labyrinth" }

    public func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
        let u = "baffle"
        guard turns >= 1 else { throw SeparatorParameterError("turns", Double(turns), expected: "an integer ≥ 1", unit: u) }
        try SeparatorParameterError.requireRange("turn_angle", turnAngle, 1e-6...(2 * .pi), unit: u)
        try SeparatorParameterError.requirePositive("channel_width", channelWidth, unit: u, what: "a positive width in m")
        try SeparatorParameterError.requirePositive("channel_height", channelHeight, unit: u,
                                                    what: "a positive span in m")
        try SeparatorParameterError.requireNonNegative("loss_coefficient_per_turn", lossCoefficientPerTurn, unit: u)
        try validateInlet(inlet, unit: u)
        let gas = inlet.gasState
        let velocity = inlet.volumetricFlow / (channelWidth * channelHeight)
        let dyn = ParticleDynamics(particleDensity: inlet.particleDensity)
        let eta = inlet.grid.means.map { x -> Double in
            let n = dyn.relaxationTime(diameter: x, gas: gas) * velocity / channelWidth * turnAngle
            let perTurn = mixing == .laminar ? SettlingMixing.laminarEfficiency(settlingNumber: n)
                                             : SettlingMixing.mixedEfficiency(settlingNumber: n)
            return 1 - pow(1 - perTurn, Double(turns))
        }
        var warnings: [String] = []
        if velocity > 8 {
            warnings.append(String(format: "labyrinth channel velocity %.1f m/s: caught dust is likely scoured off "
                                   + "the walls above ≈ 5–8 m/s", velocity))
        }
        var details = ["channel_velocity_m_per_s": velocity, "turns": Double(turns)]
        if let x50 = GradeCurve.cutSize(grid: inlet.grid, efficiency: eta) { details["cut_size_m"] = x50 }
        return SeparatorResult(model: modelName, gradeEfficiency: eta,
                               pressureDrop: Double(turns) * lossCoefficientPerTurn * 0.5 * gas.density * velocity * velocity,
                               outletTemperature: inlet.temperature, warnings: warnings, details: details)
    }
}
