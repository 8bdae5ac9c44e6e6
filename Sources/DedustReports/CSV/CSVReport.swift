import DedustPhysics
import DedustScenario
import DedustTrajectories

/// The tidy tables of `dedust run --format csv` (one observation per row, units in the column names):
///
/// | file suffix | one row per |
/// |---|---|
/// | `-configurations.csv` | configuration (overall KPIs) |
/// | `-units.csv` | configuration × unit (KPIs of the unit) |
/// | `-limits.csv` | configuration × limit check |
/// | `-curves.csv` | configuration × unit × size class (grade efficiency with its confidence bounds) |
/// | `-psd.csv` | configuration × point (`inlet`, `outlet`) × size class (mass fraction) |
/// | `-model-spread.csv` | configuration × spread unit × model (only when the scenario asks for a spread) |
///
/// Concentrations: `_mg_per_Nm3` at 0 °C and 101.325 kPa, `_mg_per_m3` actual at the local T and P.
public struct CSVReport: Sendable {
    public var spread: ModelSpreadResult?

    public init(spread: ModelSpreadResult? = nil) { self.spread = spread }

    /// The tables as (file suffix, table), in the order above.
    public func tables(_ r: ScenarioResult) -> [(suffix: String, table: CSVTable)] {
        var out = [("-configurations.csv", configurations(r)), ("-units.csv", units(r)), ("-limits.csv", limits(r)),
                   ("-curves.csv", curves(r)), ("-psd.csv", psd(r))]
        if let spread, !spread.units.isEmpty { out.append(("-model-spread.csv", spreadTable(spread))) }
        return out
    }

    private typealias N = CSVTable

    func configurations(_ r: ScenarioResult) -> CSVTable {
        var t = CSVTable(header: ["configuration", "baseline", "overall_efficiency", "inlet_mg_per_Nm3", "outlet_mg_per_Nm3",
                                  "outlet_mg_per_m3", "outlet_temperature_C", "pressure_drop_Pa", "fan_power_kW",
                                  "annual_energy_MWh", "annual_cost", "currency", "annual_co2_t", "limits_checked",
                                  "limits_failed", "mass_closure_error"])
        for c in r.configurations {
            t.add([c.name, c.name == r.baseline ? "true" : "false", N.number(c.overallEfficiency),
                   N.number(c.inlet.normalConcentration * 1e6), N.number(c.outlet.normalConcentration * 1e6),
                   N.number(c.outlet.actualConcentration * 1e6), N.number(c.outlet.temperature - 273.15),
                   N.number(c.pressureDrop), N.number(c.fanPower / 1000), N.number(c.annualEnergy / 1000),
                   N.number(c.annualCost), r.currency, N.number(c.annualCO2 / 1000), String(c.limits.count),
                   String(c.limits.filter { !$0.ok }.count), N.number(c.closureError)])
        }
        return t
    }

    func units(_ r: ScenarioResult) -> CSVTable {
        let tallies = TrajectoryTally.reportedTallies
        var t = CSVTable(header: ["configuration", "unit", "equipment", "type", "model", "efficiency", "inlet_mg_per_Nm3",
                                  "outlet_mg_per_Nm3", "inlet_mg_per_m3", "outlet_mg_per_m3", "pressure_drop_Pa",
                                  "temperature_in_C", "temperature_out_C", "flow_in_m3_per_h", "collected_kg_per_h",
                                  "cut_size_um", "inlet_velocity_m_per_s", "cleaning_interval_h"]
                                  + tallies.map(\.key) + ["warnings"])
        for c in r.configurations {
            for u in c.units {
                t.add([c.name, u.id, u.equipment, u.type, u.model, N.number(u.efficiency),
                       N.number(u.inlet.normalConcentration * 1e6), N.number(u.outlet.normalConcentration * 1e6),
                       N.number(u.inlet.actualConcentration * 1e6), N.number(u.outlet.actualConcentration * 1e6),
                       N.number(u.pressureDrop), N.number(u.inlet.temperature - 273.15), N.number(u.outlet.temperature - 273.15),
                       N.number(u.inlet.actualFlow * 3600), N.number(u.collectedMassFlow * 3600),
                       N.number(u.details["cut_size_m"].map { $0 * 1e6 }), N.number(u.details["inlet_velocity_m_per_s"]),
                       N.number(u.cleaningInterval.map { $0 / 3600 })]
                       + tallies.map { d in u.statistics?[d].map { String($0) } ?? "" }
                       + [u.warnings.joined(separator: " | ")])
            }
        }
        return t
    }

    func limits(_ r: ScenarioResult) -> CSVTable {
        var t = CSVTable(header: ["configuration", "limit", "at", "value", "limit_value", "unit", "margin", "ok"])
        for c in r.configurations {
            for l in c.limits {
                t.add([c.name, l.name, l.at, N.number(l.value), N.number(l.limit), l.unit, N.number(l.margin),
                       l.ok ? "true" : "false"])
            }
        }
        return t
    }

    func curves(_ r: ScenarioResult) -> CSVTable {
        var t = CSVTable(header: ["configuration", "unit", "model", "class", "d_low_um", "d_high_um", "d_mean_um", "eta",
                                  "ci_low", "ci_high"])
        let e = r.grid.edges, m = r.grid.means
        for c in r.configurations {
            for u in c.units {
                for i in 0..<r.grid.count {
                    t.add([c.name, u.id, u.model, String(i), N.number(e[i] * 1e6), N.number(e[i + 1] * 1e6),
                           N.number(m[i] * 1e6), N.number(u.gradeEfficiency[safe: i]),
                           N.number(u.confidenceLow?[safe: i]), N.number(u.confidenceHigh?[safe: i])])
                }
            }
        }
        return t
    }

    func psd(_ r: ScenarioResult) -> CSVTable {
        var t = CSVTable(header: ["configuration", "point", "class", "d_low_um", "d_high_um", "mass_fraction"])
        let e = r.grid.edges
        for c in r.configurations {
            for (point, f) in [("inlet", c.inletPSD), ("outlet", c.outletPSD)] {
                for i in 0..<r.grid.count {
                    t.add([c.name, point, String(i), N.number(e[i] * 1e6), N.number(e[i + 1] * 1e6), N.number(f[safe: i])])
                }
            }
        }
        return t
    }

    func spreadTable(_ s: ModelSpreadResult) -> CSVTable {
        var t = CSVTable(header: ["configuration", "unit", "model", "kind", "configured", "pressure_drop_model", "cut_size_um",
                                  "efficiency", "inlet_mg_per_Nm3", "outlet_mg_per_Nm3", "outlet_mg_per_m3",
                                  "pressure_drop_Pa", "wall_time_s"])
        for u in s.units {
            for e in u.entries {
                t.add([u.configuration, u.unitID, e.model, e.kind.rawValue, e.configured ? "true" : "false",
                       e.pressureDropModel, N.number(e.cutSize.map { $0 * 1e6 }), N.number(e.efficiency),
                       N.number(u.inletNormalConcentration * 1e6), N.number(e.outletNormalConcentration * 1e6),
                       N.number(e.outletActualConcentration * 1e6), N.number(e.pressureDrop), N.number(e.wallTime)])
            }
        }
        return t
    }
}

extension Array where Element == Double {
    /// The element at `i`, or nil outside the array.
    subscript(safe i: Int) -> Double? { indices.contains(i) ? self[i] : nil }
}
