import DedustPhysics

/// Gases the tests share, so that "air at 20 °C" means one thing.
public enum StandardGas {
    /// Air at 20 °C and 101.325 kPa from the engine's own property law (Sutherland): ρ = 1.2045 kg/m³,
    /// μ = 1.8205e-5 Pa·s.
    public static let air20 = SutherlandGas.air.state(temperature: 293.15, pressure: 101_325)

    /// The rounded air of the textbook hand calculations (ρ = 1.2 kg/m³, μ = 1.81e-5 Pa·s, 20 °C, 1 atm) that the
    /// regression values of docs/physics.md §1.10 and §8 are computed with.
    public static let textbookAir = GasState(temperature: 293.15, pressure: 101_325, density: 1.2, viscosity: 1.81e-5,
                                             molarMass: 0.02896)
}

/// |a − b| ≤ max(relative · max(|a|, |b|), absolute).
///
///     isClose(1.0, 1.0 + 1e-13)                      // true (default relative 1e-12)
///     isClose(0.600, 0.6004, relative: 1e-3)         // true
public func isClose(_ a: Double, _ b: Double, relative: Double = 1e-12, absolute: Double = 0) -> Bool {
    abs(a - b) <= max(relative * max(abs(a), abs(b)), absolute)
}

/// Whether `value` rounds to `printed` at the number of decimals `printed` shows ("6.40" → ± 0.005; with an
/// exponent, at the mantissa's decimals: "3.48e-4" → ± 0.005e-4).
///
///     agreesWithPrinted(6.3998, "6.40")              // true
///     agreesWithPrinted(3.4837e-4, "3.48e-4")        // true
public func agreesWithPrinted(_ value: Double, _ printed: String) -> Bool {
    guard let x = Double(printed) else { return false }
    let parts = printed.lowercased().split(separator: "e")
    let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
    let decimals = parts[0].split(separator: ".").dropFirst().first?.count ?? 0
    return abs(value - x) <= 0.5 * pow10(exponent - decimals) * (1 + 1e-9)
}

private func pow10(_ n: Int) -> Double {
    var r = 1.0
    for _ in 0..<abs(n) { r *= 10 }
    return n < 0 ? 1 / r : r
}
