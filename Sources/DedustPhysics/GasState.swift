/// The thermodynamic and transport state of a gas at one temperature and pressure (SI).
///
/// Everything a particle needs from the gas: density for the buoyancy and the particle Reynolds number,
/// viscosity for drag, and the mean free path for the slip correction.
///
///     let air = GasState(temperature: 293.15, pressure: 101_325, molarMass: 0.028_96, viscosity: 1.81e-5)
///     air.density        // 1.2041 kg/m³ (ideal gas)
///     air.meanFreePath   // 6.6e-8 m
public struct GasState: Sendable, Equatable {
    /// Absolute temperature T (K).
    public var temperature: Double
    /// Absolute pressure P (Pa).
    public var pressure: Double
    /// Density ρ (kg/m³).
    public var density: Double
    /// Dynamic viscosity μ (Pa·s).
    public var viscosity: Double
    /// Molar mass M (kg/mol).
    public var molarMass: Double

    /// A state with every property given (e.g. measured density and viscosity).
    public init(temperature: Double, pressure: Double, density: Double, viscosity: Double, molarMass: Double) {
        self.temperature = temperature
        self.pressure = pressure
        self.density = density
        self.viscosity = viscosity
        self.molarMass = molarMass
    }

    /// An ideal-gas state: ρ = P M / (R T).
    public init(temperature: Double, pressure: Double, molarMass: Double, viscosity: Double) {
        self.init(temperature: temperature, pressure: pressure,
                  density: pressure * molarMass / (PhysicalConstants.gasConstant * temperature),
                  viscosity: viscosity, molarMass: molarMass)
    }

    /// Kinematic viscosity ν = μ/ρ (m²/s).
    public var kinematicViscosity: Double { viscosity / density }

    /// Mean free path of the gas molecules (m), from kinetic theory:
    ///
    ///     λ = μ / (0.499 P √(8 M / (π R T)))
    ///
    /// i.e. λ = μ / (0.499 ρ c̄) with the ideal-gas density and the mean molecular speed c̄ = √(8RT/(πM))
    /// (Hinds, *Aerosol Technology*, 2nd ed., eq. 2.26; physics.md §4.1). The ideal-gas density is used even
    /// when ``density`` was measured, because λ is a property of the molecules. Air at 20 °C: λ ≈ 0.066 µm;
    /// carbide gas (case A) at 600 °C: λ ≈ 0.243 µm.
    public var meanFreePath: Double {
        // 0.499 ρ c̄ with the ideal-gas ρ = P M/(R T) and the mean molecular speed c̄ = √(8 R T/(π M)).
        let inverseSpeedScale = (8 * molarMass / (Double.pi * PhysicalConstants.gasConstant * temperature)).squareRoot()
        return viscosity / (0.499 * pressure * inverseSpeedScale)
    }
}
