/// A headline number of a configuration, for tables and `dedust compare`.
public struct KPI: Sendable, Equatable {
    /// Stable key (as in JSON).
    public var key: String
    /// Label for tables.
    public var label: String
    /// Display unit.
    public var unit: String
    /// Value in the display unit.
    public var value: Double
    /// Whether a larger value is better (for the sign of deltas in words).
    public var higherIsBetter: Bool
}

extension ConfigurationResult {
    /// Every KPI compared by `dedust compare`, in display units.
    public func kpis(currency: String) -> [KPI] {
        [KPI(key: "overall_efficiency", label: "overall efficiency", unit: "%", value: overallEfficiency * 100,
             higherIsBetter: true),
         KPI(key: "outlet_mg_per_Nm3", label: "outlet concentration", unit: "mg/Nm3",
             value: outlet.normalConcentration * 1e6, higherIsBetter: false),
         KPI(key: "outlet_mg_per_m3", label: "outlet concentration (actual)", unit: "mg/m3",
             value: outlet.actualConcentration * 1e6, higherIsBetter: false),
         KPI(key: "outlet_temperature_C", label: "outlet temperature", unit: "degC",
             value: outlet.temperature - 273.15, higherIsBetter: false),
         KPI(key: "pressure_drop_Pa", label: "pressure drop", unit: "Pa", value: pressureDrop, higherIsBetter: false),
         KPI(key: "fan_power_kW", label: "fan power", unit: "kW", value: fanPower / 1000, higherIsBetter: false),
         KPI(key: "annual_energy_MWh", label: "annual fan energy", unit: "MWh", value: annualEnergy / 1000,
             higherIsBetter: false),
         KPI(key: "annual_cost", label: "annual energy cost", unit: currency, value: annualCost, higherIsBetter: false),
         KPI(key: "annual_co2_t", label: "annual CO2", unit: "t", value: annualCO2 / 1000, higherIsBetter: false),
         KPI(key: "collected_kg_per_h", label: "dust collected", unit: "kg/h",
             value: (inlet.dustMassFlow - outlet.dustMassFlow) * 3600, higherIsBetter: true),
         KPI(key: "limits_failed", label: "limits failed", unit: "", value: Double(limits.filter { !$0.ok }.count),
             higherIsBetter: false)]
    }
}
