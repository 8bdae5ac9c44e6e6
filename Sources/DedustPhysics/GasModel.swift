/// Anything that can give the gas state at a temperature and pressure: a mixture with a viscosity law,
/// a single gas, or a gas with measured properties.
///
/// Separator models that change the gas temperature (settling coolers, coolers) re-evaluate the state
/// segment by segment through this protocol.
public protocol GasModel: Sendable {
    /// Molar mass M (kg/mol).
    var molarMass: Double { get }
    /// The state at absolute temperature `temperature` (K) and absolute pressure `pressure` (Pa).
    func state(temperature: Double, pressure: Double) -> GasState
    /// Where the property model is used outside its validity at the given states (T in K, P in Pa), as
    /// sentences: laws extrapolated beyond their fitted range, gas below its water dew point. Empty by default.
    func validityWarnings(at states: [(temperature: Double, pressure: Double)]) -> [String]
}

extension GasModel {
    public func validityWarnings(at states: [(temperature: Double, pressure: Double)]) -> [String] { [] }
}

extension GasModel {
    /// Density at normal conditions (0 °C, 101.325 kPa), kg/Nm³.
    public var normalDensity: Double {
        PhysicalConstants.normalPressure * molarMass / (PhysicalConstants.gasConstant * PhysicalConstants.normalTemperature)
    }

    /// Converts a normal volumetric flow (Nm³/s at 0 °C, 101.325 kPa) to actual m³/s at `temperature`, `pressure`
    /// (ideal gas): Q = Q_N (T / T_N)(P_N / P).
    public func actualFlow(fromNormal normalFlow: Double, temperature: Double, pressure: Double) -> Double {
        normalFlow * (temperature / PhysicalConstants.normalTemperature) * (PhysicalConstants.normalPressure / pressure)
    }

    /// Converts an actual volumetric flow (m³/s at `temperature`, `pressure`) to Nm³/s.
    public func normalFlow(fromActual actualFlow: Double, temperature: Double, pressure: Double) -> Double {
        actualFlow * (PhysicalConstants.normalTemperature / temperature) * (pressure / PhysicalConstants.normalPressure)
    }
}

/// A single ideal gas whose viscosity follows Sutherland's law
///
///     μ(T) = μ₀ (T/T₀)^{3/2} (T₀ + S)/(T + S)
///
/// (Sutherland 1893; constants for air from White, *Viscous Fluid Flow*: μ₀ = 1.716e-5 Pa·s at
/// T₀ = 273.15 K, S = 110.4 K). Air at 20 °C: μ = 1.813e-5 Pa·s.
public struct SutherlandGas: GasModel, Equatable {
    public var molarMass: Double
    public var referenceViscosity: Double
    public var referenceTemperature: Double
    public var sutherlandConstant: Double

    public init(molarMass: Double, referenceViscosity: Double, referenceTemperature: Double, sutherlandConstant: Double) {
        self.molarMass = molarMass
        self.referenceViscosity = referenceViscosity
        self.referenceTemperature = referenceTemperature
        self.sutherlandConstant = sutherlandConstant
    }

    /// Dry air, M = 28.965 g/mol, White's Sutherland constants.
    public static let air = SutherlandGas(molarMass: 0.028_965, referenceViscosity: 1.716e-5,
                                          referenceTemperature: 273.15, sutherlandConstant: 110.4)

    public func viscosity(at temperature: Double) -> Double {
        let t0 = referenceTemperature, s = sutherlandConstant
        return referenceViscosity * Double.pow15(temperature / t0) * (t0 + s) / (temperature + s)
    }

    public func state(temperature: Double, pressure: Double) -> GasState {
        GasState(temperature: temperature, pressure: pressure, molarMass: molarMass,
                 viscosity: viscosity(at: temperature))
    }
}

/// A gas with fixed, measured density (at a reference state) and viscosity, overriding computed ones.
/// Density scales as an ideal gas away from the reference state; viscosity is held constant.
public struct MeasuredGas: GasModel, Equatable {
    public var molarMass: Double
    public var viscosity: Double

    public init(molarMass: Double, viscosity: Double) {
        self.molarMass = molarMass
        self.viscosity = viscosity
    }

    public func state(temperature: Double, pressure: Double) -> GasState {
        GasState(temperature: temperature, pressure: pressure, molarMass: molarMass, viscosity: viscosity)
    }
}

extension Double {
    /// x^{3/2}.
    @inlinable static func pow15(_ x: Double) -> Double { x * x.squareRoot() }
}
