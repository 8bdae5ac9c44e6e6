/// Why a gas composition is not valid.
public enum GasCompositionError: Error, Equatable, CustomStringConvertible, Sendable {
    /// No species given.
    case empty
    /// A mole fraction is negative or not a finite number.
    case invalidFraction(species: GasSpecies, value: Double)
    /// The mole fractions do not sum to 1 within ``GasMixture/sumTolerance`` (and `normalize` was not asked for).
    case sumNotOne(sum: Double)
    /// Every fraction is zero, so the mixture cannot be normalised.
    case allZero

    public var description: String {
        switch self {
        case .empty:
            return "the gas composition is empty; give mole fractions, e.g. {CO: 0.72, H2: 0.09, N2: 0.19} or {air: 1}"
        case let .invalidFraction(species, value):
            return "mole fraction of \(species.rawValue) is \(value); mole fractions must be finite and ≥ 0"
        case let .sumNotOne(sum):
            return "mole fractions sum to \(Units.formatNumber(sum, significantDigits: 10)), expected 1 (± 1e-6); fix them or set normalize to rescale"
        case .allZero:
            return "every mole fraction is 0; at least one species must be present"
        }
    }
}
