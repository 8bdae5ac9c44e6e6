import DedustFlowsheet

/// The last check before anything is printed: every number of a configuration's result is one a report can
/// show. The flowsheet solver already refuses impossible states where they arise
/// (``FlowsheetSolution/inconsistencies(gas:particleDensity:)``); this pass covers what is derived after it
/// (concentrations on both bases, fan power, energy, cost, limit margins, model details) and states the
/// contract of the report writers once:
///
/// - every number finite, and below 1e290 in magnitude (so a report's unit factors — ×3600 for per hour,
///   ×10⁶ for mg — cannot overflow it into a JSON `null`);
/// - temperatures and absolute pressures positive, flows, concentrations, powers and costs non-negative;
/// - efficiencies, grade efficiencies and their intervals in [0, 1];
/// - the train's mass balance closed (relative 1e-9 per class).
///
/// A problem makes the run fail (exit 1) with the configuration, the node or unit and the quantity named.
extension ConfigurationResult {
    /// Largest magnitude a reported number may have.
    static let largestReportable = 1e290

    /// Every problem, worded (empty when the result can be reported).
    public var inconsistencies: [String] {
        var m: [String] = []
        func number(_ what: String, _ x: Double, atLeast lower: Double? = nil, above: Double? = nil,
                    atMost upper: Double? = nil) {
            guard x.isFinite, abs(x) < Self.largestReportable else {
                m.append("\(what) is \(x), not a number a report can show")
                return
            }
            if let lower, !(x >= lower) { m.append("\(what) is \(x), below \(lower)") }
            if let above, !(x > above) { m.append("\(what) is \(x); it must be above \(above)") }
            if let upper, !(x <= upper) { m.append("\(what) is \(x), above \(upper)") }
        }
        func node(_ where_: String, _ c: NodeConditions) {
            number("the temperature at \(where_) (K)", c.temperature, above: 0)
            number("the absolute pressure at \(where_) (Pa)", c.pressure, above: 0)
            number("the actual gas flow at \(where_) (m³/s)", c.actualFlow, atLeast: 0)
            number("the normal gas flow at \(where_) (Nm³/s)", c.normalFlow, atLeast: 0)
            number("the dust flow at \(where_) (kg/s)", c.dustMassFlow, atLeast: 0)
            number("the dust concentration at \(where_) (kg/m³)", c.actualConcentration, atLeast: 0)
            number("the dust concentration at \(where_) (kg/Nm³)", c.normalConcentration, atLeast: 0)
            if c.dustMassFlow > 0 && !(c.actualFlow > 0) && where_ == "the stack" {
                m.append("\(c.dustMassFlow * 3600) kg/h of dust leave \(where_) with no gas")
            }
        }
        number("the overall efficiency", overallEfficiency, atLeast: 0, atMost: 1)
        node("the feed", inlet)
        node("the stack", outlet)
        number("the total pressure drop (Pa)", pressureDrop)
        number("the fan power (W)", fanPower, atLeast: 0)
        number("the annual fan energy (kWh)", annualEnergy, atLeast: 0)
        number("the annual energy cost", annualCost, atLeast: 0)
        number("the annual CO₂ (kg)", annualCO2, atLeast: 0)
        number("the mass closure error", closureError, atLeast: 0, atMost: 1e-9)
        for (k, f) in (inletPSD + outletPSD).enumerated() where !f.isFinite {
            m.append("the \(k < inletPSD.count ? "feed" : "stack") size distribution has \(f) in class \(k % max(1, inletPSD.count))")
            break
        }
        for u in units {
            let before = m.count
            number("the efficiency of \(u.id)", u.efficiency, atLeast: 0, atMost: 1)
            node("the inlet of \(u.id)", u.inlet)
            node("the outlet of \(u.id)", u.outlet)
            number("the pressure drop of \(u.id) (Pa)", u.pressureDrop)
            number("the dust collected by \(u.id) (kg/s)", u.collectedMassFlow, atLeast: 0)
            let curves = [("grade efficiency", u.gradeEfficiency), ("confidence bound", u.confidenceLow ?? []),
                          ("confidence bound", u.confidenceHigh ?? [])]
            for (what, curve) in curves {
                if let k = curve.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
                    m.append("the \(what) of \(u.id) in size class \(k) is \(curve[k]), outside [0, 1]")
                }
            }
            for (key, value) in u.details.sorted(by: { $0.key < $1.key }) {
                number("\(key) of \(u.id)", value)
            }
            if m.count > before + 3 { m.removeLast(m.count - before - 3) }  // the first few say enough
        }
        for l in limits {
            number("the value of limit \"\(l.name)\"", l.value)
            number("the limit \"\(l.name)\"", l.limit)
            if l.limit != 0 { number("the margin of limit \"\(l.name)\"", l.margin) }
        }
        return m
    }
}
