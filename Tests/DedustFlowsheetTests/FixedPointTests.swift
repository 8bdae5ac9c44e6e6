import Testing
import Foundation
import DedustFlowsheet
import DedustPhysics
import DedustSeparators

@Suite("Fixed point with loading-dependent models")
struct FixedPointTests {
    /// A Muschelknautz (VDI) cyclone — whose efficiency rises with the inlet loading through the mass-loading
    /// limit — with 30 % of its cleaned gas returned to its inlet. The recycle changes the loading the cyclone
    /// sees, so the solver must iterate. At the fixed point the model, re-evaluated at the solved inlet, returns
    /// the efficiencies the balance used, and the mass balance closes.
    @Test func muschelknautzCycloneInAGasRecycleIsSelfConsistent() throws {
        let grid = try SizeGrid.logSpaced(from: 0.5e-6, to: 200e-6, classes: 24)
        let gas = SutherlandGas.air
        let t = 293.15, p = 101_325.0
        let q = 1.5  // m³/s actual
        let rho = gas.state(temperature: t, pressure: p).density
        let fractions = grid.means.map { d in exp(-pow(log(d / 10e-6), 2) / 2) }  // smooth bell in ln d
        let total = fractions.reduce(0, +)
        let dust = 0.02 * q  // 20 g/m³
        let feed = FlowsheetFeed(gas: gas, stream: ProcessStream(temperature: t, pressure: p, gasMassFlow: q * rho,
                                                                 dust: fractions.map { $0 / total * dust }),
                                 particleDensity: 2500, grid: grid)
        let cyclone = try ConventionalCyclone(geometry: .standard(.stairmandHE, diameter: 0.8), model: "muschelknautz_vdi")
        var fs = Flowsheet(units: [FlowsheetUnit(id: "cyclone", equipment: "cyclone", model: cyclone)],
                           streams: TrainElement.streams([.unit("cyclone")]))
        fs.addRecycle(from: .outlet(0), to: 0, fraction: 0.3)
        let sol = try FlowsheetSolver().solve(fs, feed: feed)
        #expect(sol.iterations > 2)
        #expect(sol.closureError <= 1e-9)

        let u = sol.units[0]
        let inlet = SeparatorInlet(gas: gas, temperature: u.inlet.temperature, pressure: u.inlet.pressure,
                                   volumetricFlow: u.inlet.actualFlow(gas), dustConcentration: u.inlet.actualConcentration(gas),
                                   particleDensity: 2500, grid: grid, massFractions: u.inlet.massFractions)
        let again = try cyclone.evaluate(inlet, context: EvaluationContext())
        for c in 0..<grid.count {
            #expect(abs(again.gradeEfficiency[c] - u.result.gradeEfficiency[c]) <= 1e-8)
        }
        // Gas through the cyclone is 1/(1 − 0.3) of the feed; at the stack it is the feed again.
        #expect(abs(u.inlet.gasMassFlow - q * rho / 0.7) < 1e-12)
        #expect(abs(sol.outlet.gasMassFlow - q * rho) < 1e-12)
        // The returned gas dilutes the inlet: its concentration is below the feed's 20 g/m³.
        #expect(u.inlet.actualConcentration(gas) < 0.02)
    }
}
