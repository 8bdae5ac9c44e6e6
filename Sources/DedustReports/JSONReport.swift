import DedustPhysics
import DedustScenario

/// The machine interface of `dedust run --format json` (contract: `docs/json-output.md`).
///
/// Keys are written in a fixed order and numbers in Swift's shortest round-trip form, so equal results give
/// byte-identical documents. Concentrations are mg/Nm³ (normal, 0 °C and 101.325 kPa) or mg/m³ (actual, at
/// the node's T and P); temperatures °C; pressure drops Pa; powers kW; sizes µm.
public struct JSONReport: Sendable {
    /// Version of the JSON contract (bumped on any key change).
    public static let contractVersion = "1.1"

    /// Tool version written under `version`.
    public var toolVersion: String
    /// Leave out `wall_time_s` (the one field that varies from run to run), e.g. to compare runs byte for byte.
    public var omitTimings: Bool

    public init(toolVersion: String, omitTimings: Bool = false) {
        self.toolVersion = toolVersion
        self.omitTimings = omitTimings
    }

    /// The document for `result`.
    public func document(_ result: ScenarioResult) -> JSONValue {
        let edgesUm = JSONValue.array(result.grid.edges.map { .number($0 * 1e6) })
        return .object([
            ("scenario", .string(result.scenario)),
            ("seed", .unsigned(result.seed)),
            ("version", .string(toolVersion)),
            ("json_contract", .string(Self.contractVersion)),
            ("baseline", .string(result.baseline)),
            ("size_classes_um", edgesUm),
            ("configurations", .array(result.configurations.map { configuration($0, edgesUm: edgesUm, currency: result.currency) })),
        ])
    }

    /// The serialised document with a trailing newline.
    public func render(_ result: ScenarioResult) -> String {
        document(result).serialized() + "\n"
    }

    private func configuration(_ c: ConfigurationResult, edgesUm: JSONValue, currency: String) -> JSONValue {
        .object([
            ("name", .string(c.name)),
            ("overall_efficiency", .finite(c.overallEfficiency)),
            ("inlet", node(c.inlet)),
            ("outlet", node(c.outlet)),
            ("pressure_drop_Pa", .finite(c.pressureDrop)),
            ("fan_power_kW", .finite(c.fanPower / 1000)),
            ("annual_energy_MWh", .finite(c.annualEnergy / 1000)),
            ("annual_cost", .finite(c.annualCost)),
            ("currency", .string(currency)),
            ("annual_co2_t", .finite(c.annualCO2 / 1000)),
            ("limits", .array(c.limits.map { l in
                .object([("name", .string(l.name)), ("at", .string(l.at)), ("value", .finite(l.value)),
                         ("limit", .finite(l.limit)), ("unit", .string(l.unit)), ("margin", .finite(l.margin)),
                         ("ok", .bool(l.ok))])
            })),
            ("outlet_psd", .object([("edges_um", edgesUm), ("mass_fraction", .array(c.outletPSD.map { .finite($0) }))])),
            ("units", .array(c.units.map { unit($0, edgesUm: edgesUm) })),
            ("solver", .object([("iterations", .int(c.iterations)), ("mass_closure_error", .finite(c.closureError))])),
        ])
    }

    private func node(_ n: NodeConditions) -> JSONValue {
        .object([
            ("concentration_mg_per_Nm3", .finite(n.normalConcentration * 1e6)),
            ("concentration_mg_per_m3", .finite(n.actualConcentration * 1e6)),
            ("temperature_C", .finite(n.temperature - PhysicalConstants.celsiusOffset)),
            ("pressure_kPa", .finite(n.pressure / 1000)),
            ("flow_Nm3_per_h", .finite(n.normalFlow * 3600)),
            ("flow_m3_per_h", .finite(n.actualFlow * 3600)),
            ("dust_kg_per_h", .finite(n.dustMassFlow * 3600)),
        ])
    }

    private func unit(_ u: UnitReport, edgesUm: JSONValue) -> JSONValue {
        var grade: [(String, JSONValue)] = [("edges_um", edgesUm), ("eta", .array(u.gradeEfficiency.map { .finite($0) }))]
        grade.append(("ci_low", u.confidenceLow.map { .array($0.map { .finite($0) }) } ?? .null))
        grade.append(("ci_high", u.confidenceHigh.map { .array($0.map { .finite($0) }) } ?? .null))
        var pairs: [(String, JSONValue)] = [
            ("id", .string(u.id)),
            ("equipment", .string(u.equipment)),
            ("type", .string(u.type)),
            ("model", .string(u.model)),
            ("efficiency", .finite(u.efficiency)),
            ("inlet_mg_per_Nm3", .finite(u.inlet.normalConcentration * 1e6)),
            ("outlet_mg_per_Nm3", .finite(u.outlet.normalConcentration * 1e6)),
            ("inlet_mg_per_m3", .finite(u.inlet.actualConcentration * 1e6)),
            ("outlet_mg_per_m3", .finite(u.outlet.actualConcentration * 1e6)),
            ("pressure_drop_Pa", .finite(u.pressureDrop)),
            ("temperature_in_C", .finite(u.inlet.temperature - PhysicalConstants.celsiusOffset)),
            ("temperature_out_C", .finite(u.outlet.temperature - PhysicalConstants.celsiusOffset)),
            ("flow_in_m3_per_h", .finite(u.inlet.actualFlow * 3600)),
            ("collected_kg_per_h", .finite(u.collectedMassFlow * 3600)),
            ("cleaning_interval_h", u.cleaningInterval.map { .finite($0 / 3600) } ?? .null),
            ("warnings", .array(u.warnings.map { .string($0) })),
            ("details", .object(u.details.keys.sorted().map { ($0, .finite(u.details[$0])) })),
            ("grade_efficiency", .object(grade)),
        ]
        if let s = u.statistics {
            var stats: [(String, JSONValue)] = s.counts.map { ($0.tally.key, .int($0.value)) }
            if !omitTimings { stats.append(("wall_time_s", .finite(s.wallTime))) }
            pairs.append(("statistics", .object(stats)))
        }
        return .object(pairs)
    }
}
