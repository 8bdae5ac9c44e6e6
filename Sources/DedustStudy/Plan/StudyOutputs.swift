import DedustScenario
import DedustSeparators

/// One number a study records for a configuration in every evaluation.
public struct StudyOutput: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// A train KPI (``ConfigurationResult/kpis(currency:)``).
        case kpi
        /// A unit's inlet, outlet, pressure drop, efficiency or bag-filter cleaning interval.
        case unit
        /// The value a limit is checked on, and whether it is met (1/0); and all limits together.
        case limitValue = "limit_value"
        case limitMet = "limit_met"
        case allLimitsMet = "all_limits_met"
        /// The largest Monte Carlo half-width of a trajectory unit's overall efficiency (percentage points): the
        /// trajectory engine's own error, which the study keeps apart from the input uncertainty.
        case monteCarloBound = "monte_carlo_bound"
    }

    /// Stable key: `outlet_mg_per_Nm3`, `unit.bag_filter.inlet_mg_per_Nm3`, `limit.stack ≤ 20 mg/Nm³`.
    public var key: String
    public var label: String
    public var unit: String
    public var kind: Kind
    /// Whether a smaller value is better (for comparisons and "P(A better than B)").
    public var lowerIsBetter: Bool
    /// For limits: the limit in `unit`, and whether it is a maximum.
    public var limit: Double?
    public var isMaximum: Bool?
}

/// The outputs of each configuration (fixed by the nominal run's topology), and how to read them off a result.
public struct StudyOutputs: Sendable {
    /// Per configuration, in study order.
    public let configurations: [String]
    public let outputs: [[StudyOutput]]

    /// The outputs of `results` (a run of the study's nominal scenario, one result per configuration).
    public init(_ results: [ConfigurationResult], currency: String) {
        configurations = results.map(\.name)
        outputs = results.map { Self.describe($0, currency: currency) }
    }

    public init(configurations: [String], outputs: [[StudyOutput]]) {
        self.configurations = configurations
        self.outputs = outputs
    }

    static func describe(_ r: ConfigurationResult, currency: String) -> [StudyOutput] {
        var out = r.kpis(currency: currency).map {
            StudyOutput(key: $0.key, label: $0.label, unit: $0.unit, kind: .kpi, lowerIsBetter: !$0.higherIsBetter)
        }
        for u in r.units {
            let p = "unit.\(u.id)."
            func add(_ key: String, _ label: String, _ unit: String, lower: Bool = true) {
                out.append(StudyOutput(key: p + key, label: "\(u.id) \(label)", unit: unit, kind: .unit, lowerIsBetter: lower))
            }
            add("inlet_mg_per_Nm3", "inlet", "mg/Nm3")
            add("inlet_mg_per_m3", "inlet (actual)", "mg/m3")
            add("inlet_temperature_C", "inlet temperature", "degC")
            add("outlet_mg_per_Nm3", "outlet", "mg/Nm3")
            add("outlet_mg_per_m3", "outlet (actual)", "mg/m3")
            add("outlet_temperature_C", "outlet temperature", "degC")
            add("pressure_drop_Pa", "pressure drop", "Pa")
            add("efficiency_pct", "efficiency", "%", lower: false)
            if u.cleaningInterval != nil { add("cleaning_interval_min", "cleaning interval", "min", lower: false) }
            if u.statistics != nil, u.confidenceLow != nil {
                out.append(StudyOutput(key: p + "monte_carlo_half_width_pct", label: "\(u.id) Monte Carlo ± (efficiency)",
                                       unit: "%", kind: .monteCarloBound, lowerIsBetter: true))
            }
        }
        for check in r.limits {
            out.append(StudyOutput(key: "limit.\(check.name)", label: check.name, unit: check.unit, kind: .limitValue,
                                   lowerIsBetter: check.isMaximum, limit: check.limit, isMaximum: check.isMaximum))
            out.append(StudyOutput(key: "met.\(check.name)", label: "\(check.name) met", unit: "", kind: .limitMet,
                                   lowerIsBetter: false))
        }
        out.append(StudyOutput(key: "met.all", label: "all limits met", unit: "", kind: .allLimitsMet, lowerIsBetter: false))
        return out
    }

    /// The values of configuration `c`'s outputs in `r` (nil where the result lacks one).
    public func values(_ c: Int, _ r: ConfigurationResult, currency: String) -> [Double?] {
        let kpis = Dictionary(r.kpis(currency: currency).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let units = Dictionary(r.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let limits = Dictionary(r.limits.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        return outputs[c].map { o -> Double? in
            switch o.kind {
            case .kpi: return kpis[o.key]
            case .allLimitsMet: return r.limits.allSatisfy(\.ok) ? 1 : 0
            case .limitValue: return limits[String(o.key.dropFirst("limit.".count))]?.value
            case .limitMet: return limits[String(o.key.dropFirst("met.".count))].map { $0.ok ? 1 : 0 }
            case .unit, .monteCarloBound:
                let rest = o.key.dropFirst("unit.".count)
                guard let dot = rest.lastIndex(of: ".") else { return nil }
                guard let u = units[String(rest[..<dot])] else { return nil }
                switch rest[rest.index(after: dot)...] {
                case "inlet_mg_per_Nm3": return u.inlet.normalConcentration * 1e6
                case "inlet_mg_per_m3": return u.inlet.actualConcentration * 1e6
                case "inlet_temperature_C": return u.inlet.temperature - 273.15
                case "outlet_mg_per_Nm3": return u.outlet.normalConcentration * 1e6
                case "outlet_mg_per_m3": return u.outlet.actualConcentration * 1e6
                case "outlet_temperature_C": return u.outlet.temperature - 273.15
                case "pressure_drop_Pa": return u.pressureDrop
                case "efficiency_pct": return u.efficiency * 100
                case "cleaning_interval_min": return u.cleaningInterval.map { $0 / 60 }
                case "monte_carlo_half_width_pct": return Self.monteCarloHalfWidth(u).map { $0 * 100 }
                default: return nil
                }
            }
        }
    }

    /// Σ_k f_k (η_k,high − η_k,low)/2 over the unit's inlet mass fractions f_k: a bound on the half-width of its
    /// overall efficiency's Monte Carlo interval (the class intervals are not independent of the overall one, so
    /// this is conservative).
    static func monteCarloHalfWidth(_ u: UnitReport) -> Double? {
        guard let lo = u.confidenceLow, let hi = u.confidenceHigh else { return nil }
        let inlet = u.inletFractions
        guard inlet.count == lo.count else { return nil }
        var s = 0.0
        for k in inlet.indices { s += inlet[k] * (hi[k] - lo[k]) / 2 }
        return s
    }
}
