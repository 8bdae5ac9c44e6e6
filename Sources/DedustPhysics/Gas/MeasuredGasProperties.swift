/// A gas model whose viscosity and/or density are replaced by measured values (design.md: "measured
/// properties override computed ones").
///
/// A measurement is made at one state (`temperature`, `pressure`); away from it:
/// - viscosity follows the base model's temperature dependence, μ(T) = μ_meas · μ_base(T)/μ_base(T_meas)
///   (or is held constant with ``ViscosityScaling/constant``);
/// - density follows the ideal-gas law, ρ(T, P) = ρ_meas (P/P_meas)(T_meas/T). This is the same as an
///   effective molar mass M_eff = ρ_meas R T_meas / P_meas, which is used for ``molarMass``, the normal
///   density and the mean free path, so all three agree with the measured density.
///
/// Example: case-A gas with a measured 3.8e-5 Pa·s at 600 °C gives 3.8e-5 · μ_A(533 K)/μ_A(873 K) ≈ 2.73e-5 Pa·s
/// at 260 °C.
public struct GasWithMeasuredProperties: GasModel {
    /// How a measured viscosity is carried to other temperatures.
    public enum ViscosityScaling: Sendable, Equatable {
        /// μ(T) = μ_meas · μ_base(T)/μ_base(T_meas).
        case followsBase
        /// μ(T) = μ_meas at every temperature.
        case constant
    }

    public let base: any GasModel
    public let measuredViscosity: Double?
    public let measuredDensity: Double?
    public let temperature: Double
    public let pressure: Double
    public let viscosityScaling: ViscosityScaling
    public let molarMass: Double

    public init(base: any GasModel, viscosity: Double?, density: Double?, temperature: Double, pressure: Double,
                viscosityScaling: ViscosityScaling = .followsBase) {
        self.base = base
        self.measuredViscosity = viscosity
        self.measuredDensity = density
        self.temperature = temperature
        self.pressure = pressure
        self.viscosityScaling = viscosityScaling
        if let density {
            molarMass = density * PhysicalConstants.gasConstant * temperature / pressure
        } else {
            molarMass = base.molarMass
        }
    }

    public func state(temperature t: Double, pressure p: Double) -> GasState {
        let computed = base.state(temperature: t, pressure: p)
        var mu = computed.viscosity
        if let measuredViscosity {
            switch viscosityScaling {
            case .constant:
                mu = measuredViscosity
            case .followsBase:
                mu = measuredViscosity * computed.viscosity / base.state(temperature: temperature, pressure: pressure).viscosity
            }
        }
        return GasState(temperature: t, pressure: p, molarMass: molarMass, viscosity: mu)
    }

    /// The base model's warnings (its water content and, unless the viscosity is held constant, its
    /// temperature dependence are still used).
    public func validityWarnings(at states: [(temperature: Double, pressure: Double)]) -> [String] {
        let warnings = base.validityWarnings(at: states)
        guard measuredViscosity != nil, viscosityScaling == .constant else { return warnings }
        return warnings.filter { !$0.contains("viscosity laws") }
    }
}

extension GasModel {
    /// This gas with measured viscosity and/or density (at `temperature` K, `pressure` Pa) overriding the
    /// computed ones; `nil` keeps the computed property. See ``GasWithMeasuredProperties``.
    public func withMeasured(viscosity: Double? = nil, density: Double? = nil, temperature: Double,
                             pressure: Double = PhysicalConstants.normalPressure,
                             viscosityScaling: GasWithMeasuredProperties.ViscosityScaling = .followsBase)
        -> GasWithMeasuredProperties {
        GasWithMeasuredProperties(base: self, viscosity: viscosity, density: density, temperature: temperature,
                                  pressure: pressure, viscosityScaling: viscosityScaling)
    }

    /// Density at the normal state `normalState` (kg/Nm³): ρ_N = P_N M / (R T_N).
    public func normalDensity(normalState: NormalState) -> Double {
        normalState.pressure * molarMass / (PhysicalConstants.gasConstant * normalState.temperature)
    }
}
