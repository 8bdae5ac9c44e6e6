import Foundation

/// Heat loss of a gas stream through a wall (with a fouling layer) to surroundings at a fixed temperature,
/// evaluated in segments along the flow.
///
/// Overall coefficient with a fouling resistance in series (e.g. Incropera & DeWitt, *Fundamentals of Heat and
/// Mass Transfer*, §11.2):
///
///     1/U_eff = 1/U + R_f
///
/// Within a segment of area ΔA the heat-capacity rate C = ṁ_gas c_p(T̄) + ṁ_dust c_dust is held constant, which
/// gives the exact exponential approach to the ambient temperature and the log-mean driving force:
///
///     T_out = T_amb + (T_in − T_amb) exp(−U_eff ΔA / C)
///     Q̇     = C (T_in − T_out) = U_eff ΔA ΔT_lm,   ΔT_lm = (ΔT_in − ΔT_out) / ln(ΔT_in/ΔT_out)
///
/// c_p is evaluated at the segment's mean temperature (one fixed-point pass from the inlet value), so the
/// march converges to ∫ ṁ c_p dT as the segment count grows.
/// Validity: U and R_f are the user's (typical refractory-lined settling chamber: U ≈ 2–10 W/(m²·K); bare steel
/// with natural convection and radiation outside at 300–600 °C: 10–30 W/(m²·K); dust/tar deposits
/// R_f ≈ 0.01–0.2 m²·K/W). Radiation inside the gas is not modelled separately — it is part of U.
///
/// Example: A = 100 m², U = 10 W/(m²·K), R_f = 0.05 m²·K/W (U_eff = 6.667), C = 5000 W/K, T_in = 873.15 K,
/// T_amb = 303.15 K, one segment → T_out = 303.15 + 570 e^{−0.1333} = 802.00 K, Q̇ = 355.8 kW.
public struct WallHeatTransfer: Sendable, Equatable {
    /// Heat-transfer (wall) area A (m²).
    public var area: Double
    /// Clean overall heat-transfer coefficient U, gas to ambient (W/(m²·K)).
    public var overallCoefficient: Double
    /// Fouling resistance R_f of wall deposits (m²·K/W); 0 for a clean wall.
    public var foulingResistance: Double
    /// Ambient (sink) temperature (K).
    public var ambientTemperature: Double

    public init(area: Double, overallCoefficient: Double, foulingResistance: Double = 0,
                ambientTemperature: Double = 303.15) {
        self.area = area
        self.overallCoefficient = overallCoefficient
        self.foulingResistance = foulingResistance
        self.ambientTemperature = ambientTemperature
    }

    /// U_eff = 1/(1/U + R_f) (W/(m²·K)).
    public var effectiveCoefficient: Double { 1 / (1 / overallCoefficient + foulingResistance) }

    /// UA_eff (W/K).
    public var conductance: Double { effectiveCoefficient * area }

    func validate(unit: String) throws {
        try SeparatorParameterError.requireNonNegative("heat_transfer.area", area, unit: unit, what: "an area ≥ 0 in m²")
        try SeparatorParameterError.requirePositive("heat_transfer.U", overallCoefficient, unit: unit,
                                                    what: "a positive coefficient in W/(m²·K)")
        try SeparatorParameterError.requireNonNegative("heat_transfer.fouling", foulingResistance, unit: unit,
                                                       what: "a fouling resistance ≥ 0 in m²·K/W")
        try SeparatorParameterError.requirePositive("heat_transfer.ambient", ambientTemperature, unit: unit,
                                                    what: "a positive absolute temperature in K")
    }
}

/// One segment of a cooling march: temperatures (K), heat removed (W) and the heat-capacity rate used (W/K).
public struct CoolingSegment: Sendable, Equatable {
    public var inletTemperature: Double
    public var outletTemperature: Double
    /// Temperature at which the segment's properties are evaluated: the log-mean gas temperature
    /// T_amb + ΔT_lm (the area-averaged gas temperature of the exponential profile).
    public var meanTemperature: Double
    public var heatRemoved: Double
    public var heatCapacityRate: Double
    /// U_eff ΔA (W/K).
    public var conductance: Double
}

/// Marches a gas stream through `segments` equal pieces of the wall `wall` (see ``WallHeatTransfer``).
///
/// - Parameters:
///   - gasMassFlow: ṁ_gas (kg/s); `dustMassFlow`·`dustSpecificHeat` adds the dust's heat capacity.
///   - heatCapacity: c_p(T) of the gas; `molarMass` its molar mass (kg/mol).
/// - Returns: one ``CoolingSegment`` per segment, in flow order. Without a wall (nil) every segment is
///   isothermal at the inlet temperature.
func coolingMarch(inletTemperature: Double, wall: WallHeatTransfer?, segments: Int, gasMassFlow: Double,
                  dustMassFlow: Double, dustSpecificHeat: Double, heatCapacity: GasHeatCapacity,
                  molarMass: Double) -> [CoolingSegment] {
    var t = inletTemperature
    var out: [CoolingSegment] = []
    out.reserveCapacity(segments)
    for _ in 0..<segments {
        guard let wall, wall.area > 0 else {
            out.append(CoolingSegment(inletTemperature: t, outletTemperature: t, meanTemperature: t, heatRemoved: 0,
                                      heatCapacityRate: 0, conductance: 0))
            continue
        }
        let ua = wall.conductance / Double(segments)
        let tAmb = wall.ambientTemperature
        func rate(_ temperature: Double) -> Double {
            gasMassFlow * heatCapacity.specificHeat(temperature: temperature, molarMass: molarMass)
                + dustMassFlow * dustSpecificHeat
        }
        var c = rate(t)
        var tOut = tAmb + (t - tAmb) * exp(-ua / c)
        c = rate(0.5 * (t + tOut))
        tOut = tAmb + (t - tAmb) * exp(-ua / c)
        let dIn = t - tAmb, dOut = tOut - tAmb
        let lmtd = abs(dIn - dOut) < 1e-12 * max(abs(dIn), 1) ? dIn : (dIn - dOut) / log(dIn / dOut)
        out.append(CoolingSegment(inletTemperature: t, outletTemperature: tOut, meanTemperature: tAmb + lmtd,
                                  heatRemoved: c * (t - tOut), heatCapacityRate: c, conductance: ua))
        t = tOut
    }
    return out
}
