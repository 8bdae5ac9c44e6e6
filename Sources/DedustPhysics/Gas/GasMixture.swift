/// An ideal-gas mixture of ``GasSpecies`` given by mole fractions.
///
/// - Molar mass M = Σ x_i M_i.
/// - Density ρ = P M / (R T) (ideal gas; furnace gas near 1 atm and ≥ 20 °C deviates < 0.1 %).
/// - Viscosity: each species from its ``GasSpecies/viscosityLaw``, mixed by ``WilkeMixing`` (physics.md §7.2).
/// - Mean free path and slip: through ``GasState/meanFreePath``.
///
/// Example (physics.md §7.1 case A, 600 °C, 1 atm): M = 26.27 g/mol, ρ_N = 1.1721 kg/Nm³,
/// ρ = 0.3667 kg/m³, μ = 3.737e-5 Pa·s (table §7.3: 3.728e-5; the difference is the CO law, see
/// ``GasSpecies``), λ = 0.243 µm.
///
///     let gas = try GasMixture(moleFractions: [.CO: 0.72, .H2: 0.09, .CH4: 0.005, .CO2: 0.04, .N2: 0.14, .O2: 0.005])
///     gas.state(temperature: 873.15, pressure: 101_325).density   // 0.3667
public struct GasMixture: GasModel, Equatable {
    /// Allowed deviation of Σx from 1 when `normalize` is false.
    public static let sumTolerance = 1e-6

    /// Species with positive fraction, in ``GasSpecies/allCases`` order, with their mole fractions (summing to 1).
    public let components: [(species: GasSpecies, moleFraction: Double)]
    public let molarMass: Double

    private let fractions: [Double]
    private let laws: [ViscosityLaw]
    private let molarMasses: [Double]

    /// A mixture from mole fractions.
    ///
    /// - Parameters:
    ///   - moleFractions: x_i ≥ 0 per species; species with x = 0 may be listed or left out.
    ///   - normalize: rescale the fractions to sum 1. When false, Σx must be 1 ± 1e-6 (the fractions are then
    ///     still divided by their sum, which changes nothing beyond that tolerance).
    /// - Throws: ``GasCompositionError`` for an empty composition, a negative or non-finite fraction, a sum
    ///   off 1 (the message shows the sum), or all fractions zero.
    public init(moleFractions: [GasSpecies: Double], normalize: Bool = false) throws(GasCompositionError) {
        guard !moleFractions.isEmpty else { throw .empty }
        for species in GasSpecies.allCases {
            if let x = moleFractions[species], !(x >= 0) || !x.isFinite {
                throw .invalidFraction(species: species, value: x)
            }
        }
        let present = GasSpecies.allCases.compactMap { s -> (GasSpecies, Double)? in
            guard let x = moleFractions[s], x > 0 else { return nil }
            return (s, x)
        }
        let sum = present.reduce(0) { $0 + $1.1 }
        guard sum > 0 else { throw .allZero }
        if !normalize, abs(sum - 1) > Self.sumTolerance { throw .sumNotOne(sum: sum) }
        components = present.map { (species: $0.0, moleFraction: $0.1 / sum) }
        fractions = components.map(\.moleFraction)
        laws = components.map(\.species.viscosityLaw)
        molarMasses = components.map(\.species.molarMass)
        molarMass = zip(fractions, molarMasses).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// A single species (x = 1).
    public init(_ species: GasSpecies) {
        // A one-species composition summing to exactly 1 cannot fail.
        components = [(species: species, moleFraction: 1)]
        fractions = [1]
        laws = [species.viscosityLaw]
        molarMasses = [species.molarMass]
        molarMass = species.molarMass
    }

    /// Dry air as a pseudo-pure species.
    public static let air = GasMixture(.air)

    /// Mole fraction of `species` (0 if absent).
    public func moleFraction(of species: GasSpecies) -> Double {
        components.first { $0.species == species }?.moleFraction ?? 0
    }

    /// Mixture viscosity (Pa·s) at `temperature` (K), Wilke's rule.
    public func viscosity(at temperature: Double) -> Double {
        if laws.count == 1 { return laws[0].viscosity(at: temperature) }
        return WilkeMixing.viscosity(moleFractions: fractions,
                                     viscosities: laws.map { $0.viscosity(at: temperature) },
                                     molarMasses: molarMasses)
    }

    public func state(temperature: Double, pressure: Double) -> GasState {
        GasState(temperature: temperature, pressure: pressure, molarMass: molarMass,
                 viscosity: viscosity(at: temperature))
    }

    /// Warnings for the states `states` (T in K, P in Pa), at most one of each kind (the worst state):
    /// - a temperature outside ``GasSpecies/fittedTemperatures`` (293–1273 K), where the species viscosity laws
    ///   are extrapolations;
    /// - a temperature below the water dew point (``WaterDewPoint``) when the gas carries H₂O: water condenses.
    ///
    /// Example: 12 % H₂O, 88 % N₂ at 200 K and 101.325 kPa → both warnings (dew point 49.7 °C).
    public func validityWarnings(at states: [(temperature: Double, pressure: Double)]) -> [String] {
        var warnings: [String] = []
        let range = GasSpecies.fittedTemperatures
        let outside = states.map(\.temperature).filter { !range.contains($0) }
        func distance(_ t: Double) -> Double { max(range.lowerBound - t, t - range.upperBound) }
        if let worst = outside.max(by: { distance($0) < distance($1) }) {
            warnings.append(String(format: "gas at %.1f °C: the viscosity laws of %@ are fitted over %.0f–%.0f °C "
                                   + "(%.0f–%.0f K) and are extrapolated here", worst - 273.15,
                                   components.map(\.species.formula).joined(separator: ", "), range.lowerBound - 273.15,
                                   range.upperBound - 273.15, range.lowerBound, range.upperBound))
        }
        let water = moleFraction(of: .H2O)
        let wet = states.compactMap { s -> (t: Double, p: Double, dew: Double)? in
            guard let dew = WaterDewPoint.dewPoint(waterFraction: water, pressure: s.pressure), s.temperature < dew
            else { return nil }
            return (s.temperature, s.pressure, dew)
        }
        if let worst = wet.min(by: { $0.t - $0.dew < $1.t - $1.dew }) {
            warnings.append(String(format: "gas at %.1f °C is below its water dew point %.1f °C (%.3g %% H₂O at "
                                   + "%.1f kPa): water condenses (in a bag filter it wets and blinds the bags)",
                                   worst.t - 273.15, worst.dew - 273.15, water * 100, worst.p / 1000))
        }
        return warnings
    }

    public static func == (lhs: GasMixture, rhs: GasMixture) -> Bool {
        lhs.fractions == rhs.fractions && lhs.components.map(\.species) == rhs.components.map(\.species)
    }
}
