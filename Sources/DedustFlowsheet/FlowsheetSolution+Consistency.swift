import DedustPhysics
import DedustSeparators

/// The physical-state checks of a solved flowsheet: what no report may show as a result.
///
/// A unit is checked where its numbers arise (``FlowsheetSolver``: its inlet before it is evaluated, its
/// outlet pressure after), and the whole solution once more at the end, so that a state reached only through
/// mixing or a recycle (e.g. a recycle of 0.999999999 whose loop flow drives the pressure below zero) is caught
/// as well: every temperature, absolute pressure, gas and dust flow finite; temperatures and absolute pressures
/// positive; flows non-negative; no dust carried by no gas; each unit's own dust balance
/// (inlet = outlet + collected per class, relative 1e-9).
extension FlowsheetSolver {
    /// Why `inlet` cannot be fed to a unit, or nil.
    static func inletProblem(_ inlet: ProcessStream, gas: any GasModel) -> String? {
        if let p = inlet.stateProblem(gas: gas) { return "its inlet is not a physical state: \(p)" }
        return nil
    }

    /// Why `result` for `inlet` is not a physical outlet (an absolute pressure at or below zero), or nil.
    static func outletProblem(_ inlet: ProcessStream, _ result: SeparatorResult) -> String? {
        let out = inlet.pressure - result.pressureDrop
        guard !(out > 0) else { return nil }
        return "its pressure drop of \(kPa(result.pressureDrop)) kPa at an inlet pressure of \(kPa(inlet.pressure)) kPa "
            + "leaves an absolute pressure of \(kPa(out)) kPa at its outlet; check the unit's pressure_drop (or its "
            + "size and the gas flow) and the gas pressure"
    }

    static func kPa(_ p: Double) -> String { String((p / 10).rounded() / 100) }
}

extension ProcessStream {
    /// Why this stream is not a physical state (non-finite or non-positive T or P, negative or non-finite flows,
    /// dust without gas), or nil.
    func stateProblem(gas: any GasModel) -> String? {
        guard temperature.isFinite, temperature > 0 else { return "temperature \(temperature) K" }
        guard pressure.isFinite, pressure > 0 else {
            return "absolute pressure \(FlowsheetSolver.kPa(pressure)) kPa"
        }
        guard gasMassFlow.isFinite, gasMassFlow >= 0 else { return "gas mass flow \(gasMassFlow) kg/s" }
        let dustFlow = dustMassFlow
        guard dustFlow.isFinite, dust.allSatisfy({ $0 >= 0 }) else {
            return "dust mass flow \(dustFlow) kg/s (\(dust.filter { !($0 >= 0) || !$0.isFinite }.count) classes not finite or negative)"
        }
        let q = actualFlow(gas)
        guard q.isFinite else { return "actual gas flow \(q) m³/s" }
        if dustFlow > 0 && !(q > 0) && gasMassFlow > 0 {
            return "\(dustFlow * 3600) kg/h of dust carried by \(q * 3600) m³/h of gas"
        }
        let c = actualConcentration(gas), cn = normalConcentration(gas)
        guard c.isFinite, cn.isFinite else { return "dust concentration \(c) kg/m³ (\(cn) kg/Nm³)" }
        return nil
    }
}

extension FlowsheetSolution {
    /// Every physical-state problem of the solution, naming the node (empty when it is a physical state).
    /// `particleDensity` bounds every dust concentration: dust cannot fill more than the whole volume.
    public func inconsistencies(gas: any GasModel, particleDensity: Double) -> [String] {
        var m: [String] = []
        let nodes = [("the feed", feed)] + units.flatMap { [("the inlet of \($0.id)", $0.inlet), ("the outlet of \($0.id)", $0.outlet)] }
        if let (name, s) = nodes.first(where: { $0.1.actualConcentration(gas) > particleDensity }) {
            m.append("the dust concentration at \(name) is \(s.actualConcentration(gas)) kg/m³, more than the particle "
                     + "density \(particleDensity) kg/m³ (the dust would fill more than the whole volume); check the dust loading")
        }
        for u in units {
            if let p = u.inlet.stateProblem(gas: gas) { m.append("at the inlet of \(u.id): \(p)") }
            if let p = u.outlet.stateProblem(gas: gas) { m.append("at the outlet of \(u.id): \(p)") }
            for c in u.inlet.dust.indices {
                let fin = u.inlet.dust[c], accounted = u.outlet.dust[c] + u.collected[c]
                if !(abs(fin - accounted) <= 1e-9 * max(fin, .leastNormalMagnitude)) {
                    m.append("unit \(u.id) loses dust in size class \(c): inlet \(fin) kg/s, outlet + collected \(accounted) kg/s")
                    break
                }
            }
        }
        if let p = outlet.stateProblem(gas: gas) {
            m.append("at the stack: \(p)")
        } else if outlet.dustMassFlow > 0 && !(outlet.actualFlow(gas) > 0) {
            m.append("at the stack: \(outlet.dustMassFlow * 3600) kg/h of dust leave with no gas")
        }
        if !(closureError.isFinite) { m.append("mass closure error \(closureError)") }
        return m
    }
}
