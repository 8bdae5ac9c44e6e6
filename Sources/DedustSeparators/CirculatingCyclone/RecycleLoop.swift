/// The internal loop of the circulating cyclone (physics.md §1.12 item 2; case-carbide-furnace.md): per pass the
/// primary zone sends a fraction η₁ of the particles into the wall layer and bypass, the cone keeps η₂ of those,
/// and the rest (1 − η₂) returns up the axis into the primary zone. Summing the geometric series,
///
///     η = η₁η₂ Σ_k [η₁(1 − η₂)]^k = η₁η₂ / (1 − η₁(1 − η₂))
///
/// applied per size class. Checks: η₂ = 1 ⇒ η = η₁; η₁ = 1 (and η₂ > 0) ⇒ η = 1; η₁ = 1 and η₂ = 0 has no steady
/// state (dust accumulates) and returns 0 (nothing is collected).
/// It is not a formula for stages in series (those multiply penetrations).
///
/// Example (physics.md §1.12 [C]): (0.8, 0.6) → 0.70588; (0.9, 0.5) → 0.81818; (0.5, 0.9) → 0.47368;
/// (0.95, 0.3) → 0.85075.
public enum RecycleLoop {
    /// Overall collection η for primary-zone efficiency `primary` (η₁) and cone efficiency `secondary` (η₂).
    public static func efficiency(primary e1: Double, secondary e2: Double) -> Double {
        let denominator = 1 - e1 * (1 - e2)
        guard denominator > 0 else { return 0 }
        return e1 * e2 / denominator
    }

    /// Wall-layer (cone feed) flow of a class per unit fresh feed: W = η₁ / (1 − η₁(1 − η₂)).
    public static func coneFeedRatio(primary e1: Double, secondary e2: Double) -> Double {
        let denominator = 1 - e1 * (1 - e2)
        guard denominator > 0 else { return 0 }
        return e1 / denominator
    }
}
