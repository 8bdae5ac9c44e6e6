import Foundation
import DedustPhysics

/// A gas cooler: sets the outlet temperature directly, or computes it from a wall heat-transfer (UA) model with
/// fouling; reports the heat removed and the pressure drop; separates no dust unless a deposition model is given.
///
///     given:  T_out as stated;  Q̇ = ṁ_gas ∫_{T_out}^{T_in} c_p dT + ṁ_dust c_dust (T_in − T_out)
///     UA:     ``WallHeatTransfer`` marched in `segments` (exponential approach to ambient, c_p(T) per segment)
///     ΔP:     ``CoolerPressureDrop``
///     η(x):   0, or a ``CoolerDeposition`` model
///     Q_out = Q_in T_out/T_in (ideal gas, pressure drop neglected in the density)
///
/// Validity: single-phase gas (no condensation — give `minimumTemperature` as the dew point to be warned);
/// the gas heat capacity from ``GasHeatCapacity``.
///
/// Example: 3.6 m³/s of carbide gas (ρ = 0.3667 kg/m³ at 600 °C, ṁ = 1.320 kg/s), no dust, cooled to 250 °C with
/// the diatomic c_p (M = 26.27 g/mol): ∫c_p dT = 413.6 kJ/kg (mean 1182 J/(kg·K)), Q̇ = 546 kW; Q_out = 2.157 m³/s.
public struct GasCooler: SeparatorModel {
    public enum Duty: Sendable, Equatable {
        case outletTemperature(Double)
        case heatTransfer(WallHeatTransfer, segments: Int = 20)
    }

    public var duty: Duty
    public var pressureDropModel: CoolerPressureDrop
    public var deposition: CoolerDeposition
    public var gasHeatCapacity: GasHeatCapacity
    /// Dust specific heat (J/(kg·K)); CaO/MgO ≈ 750–950.
    public var dustSpecificHeat: Double
    /// Lowest acceptable outlet temperature (K), e.g. the tar/water dew point; nil: not checked.
    public var minimumTemperature: Double?

    public init(duty: Duty, pressureDrop: CoolerPressureDrop, deposition: CoolerDeposition = .none,
                gasHeatCapacity: GasHeatCapacity = .diatomic(), dustSpecificHeat: Double = DustSpecificHeat.typical,
                minimumTemperature: Double? = nil) {
        self.duty = duty
        self.pressureDropModel = pressureDrop
        self.deposition = deposition
        self.gasHeatCapacity = gasHeatCapacity
        self.dustSpecificHeat = dustSpecificHeat
        self.minimumTemperature = minimumTemperature
    }

    public var unitType: String { "cooler" }
    public var modelName: String {
        switch duty {
        case .outletTemperature: return "outlet_temperature"
        case .heatTransfer: return "heat_transfer"
        }
    }

    private static let unit = "cooler"

    public func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
        let u = Self.unit
        try validateInlet(inlet, unit: u)
        try gasHeatCapacity.validate(unit: u)
        try SeparatorParameterError.requireNonNegative("dust_specific_heat", dustSpecificHeat, unit: u)
        try pressureDropModel.validate(unit: u)
        try deposition.validate(unit: u)
        let tIn = inlet.temperature
        let inletState = inlet.gasState
        let gasMass = inlet.volumetricFlow * inletState.density
        let dustMass = inlet.dustMassFlow
        let molar = inlet.gas.molarMass
        var warnings: [String] = []
        var details: [String: Double] = [:]
        let tOut: Double
        let heat: Double
        switch duty {
        case let .outletTemperature(t):
            try SeparatorParameterError.requirePositive("outlet_temperature", t, unit: u, what: "an absolute temperature in K")
            tOut = t
            heat = gasMass * Self.integratedHeatCapacity(gasHeatCapacity, from: tOut, to: tIn, molarMass: molar)
                + dustMass * dustSpecificHeat * (tIn - tOut)
            if t > tIn {
                warnings.append(String(format: "cooler: outlet temperature %.0f °C is above the inlet %.0f °C; the unit "
                                       + "heats the gas", t - 273.15, tIn - 273.15))
            }
        case let .heatTransfer(wall, segments):
            try wall.validate(unit: u)
            guard segments >= 1 else {
                throw SeparatorParameterError("segments", Double(segments), expected: "an integer ≥ 1", unit: u)
            }
            let march = coolingMarch(inletTemperature: tIn, wall: wall, segments: segments, gasMassFlow: gasMass,
                                     dustMassFlow: dustMass, dustSpecificHeat: dustSpecificHeat,
                                     heatCapacity: gasHeatCapacity, molarMass: molar)
            tOut = march.last?.outletTemperature ?? tIn
            heat = march.reduce(0) { $0 + $1.heatRemoved }
            details["effective_heat_transfer_coefficient_W_per_m2_K"] = wall.effectiveCoefficient
            details["conductance_W_per_K"] = wall.conductance
        }
        if let tMin = minimumTemperature, tOut < tMin {
            warnings.append(String(format: "cooler: outlet %.0f °C is below the minimum %.0f °C (dew point): "
                                   + "tar/water condense on the dust and the walls", tOut - 273.15, tMin - 273.15))
        }
        let qOut = inlet.volumetricFlow * tOut / tIn
        let meanT = 0.5 * (tIn + tOut)
        let meanState = inlet.gas.state(temperature: meanT, pressure: inlet.pressure)
        let qMean = inlet.volumetricFlow * meanT / tIn
        let dp = pressureDropModel.value(meanFlow: qMean, meanDensity: meanState.density)
        let eta = deposition.efficiency(grid: inlet.grid, particleDensity: inlet.particleDensity, gas: meanState,
                                        flow: qMean)
        details["heat_removed_W"] = heat
        details["outlet_volumetric_flow_m3_per_s"] = qOut
        return SeparatorResult(model: modelName, gradeEfficiency: eta, pressureDrop: dp, outletTemperature: tOut,
                               warnings: warnings, details: details)
    }

    /// ∫_{a}^{b} c_p dT (J/kg) by composite Simpson's rule (64 intervals; c_p is smooth).
    static func integratedHeatCapacity(_ cp: GasHeatCapacity, from a: Double, to b: Double, molarMass: Double) -> Double {
        let n = 64
        let h = (b - a) / Double(n)
        var s = 0.0
        for k in 0...n {
            let w = (k == 0 || k == n) ? 1.0 : (k % 2 == 1 ? 4.0 : 2.0)
            s += w * cp.specificHeat(temperature: a + Double(k) * h, molarMass: molarMass)
        }
        return s * h / 3
    }
}

/// Cooler pressure drop.
///
///     .fixed(ΔP)                     as given (Pa), e.g. from the vendor
///     .lossCoefficient(ζ, area)      ΔP = ζ ½ ρ̄ (Q̄/A)²  at the mean temperature (ζ on the velocity in flow area A)
///
/// Example: ζ = 4, A = 0.25 m², Q̄ = 2.9 m³/s, ρ̄ = 0.45 kg/m³ → ΔP = 4 · ½ · 0.45 · 11.6² = 121 Pa.
public enum CoolerPressureDrop: Sendable, Equatable {
    case fixed(Double)
    case lossCoefficient(Double, flowArea: Double)

    func value(meanFlow: Double, meanDensity: Double) -> Double {
        switch self {
        case let .fixed(dp): return dp
        case let .lossCoefficient(zeta, area):
            let v = meanFlow / area
            return zeta * 0.5 * meanDensity * v * v
        }
    }

    func validate(unit: String) throws {
        switch self {
        case let .fixed(dp): try SeparatorParameterError.requireNonNegative("pressure_drop", dp, unit: unit, what: "a ΔP ≥ 0 in Pa")
        case let .lossCoefficient(zeta, area):
            try SeparatorParameterError.requireNonNegative("loss_coefficient", zeta, unit: unit)
            try SeparatorParameterError.requirePositive("flow_area", area, unit: unit, what: "an area in m²")
        }
    }
}

/// Dust deposited in a cooler.
///
///     .none                 η = 0 (the default: a cooler is not a separator)
///     .fixedFraction(f)     η = f in every class
///     .settling(area)       gravity settling on horizontal area A in well-mixed flow: η = 1 − exp(−v_t A/Q̄)
///                           (physics.md §3.2) with v_t at the mean gas state
///
/// Example: `.settling(area: 20)`, Q̄ = 2.9 m³/s, a size with v_t = 0.09 m/s → η = 1 − e^{−0.6207} = 0.462.
public enum CoolerDeposition: Sendable, Equatable {
    case none
    case fixedFraction(Double)
    case settling(area: Double)

    func efficiency(grid: SizeGrid, particleDensity: Double, gas: GasState, flow: Double) -> [Double] {
        switch self {
        case .none: return [Double](repeating: 0, count: grid.count)
        case let .fixedFraction(f): return [Double](repeating: f, count: grid.count)
        case let .settling(area):
            let dyn = ParticleDynamics(particleDensity: particleDensity)
            return grid.means.map { SettlingMixing.mixedEfficiency(settlingNumber:
                dyn.terminalVelocity(diameter: $0, gas: gas) * area / flow) }
        }
    }

    func validate(unit: String) throws {
        switch self {
        case .none: return
        case let .fixedFraction(f): try SeparatorParameterError.requireRange("deposition_fraction", f, 0...1, unit: unit)
        case let .settling(a): try SeparatorParameterError.requireNonNegative("deposition_area", a, unit: unit)
        }
    }
}
