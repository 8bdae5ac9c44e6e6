import Testing
import DedustPhysics
import DedustSeparators
import DedustScenario
@testable import DedustReports

@Suite struct ModelSpreadTests {
    @Test func everyCycloneModelRunsOnTheInletTheUnitSees() throws {
        let scenario = try ReportFixture.scenario(spread: "model_spread: {units: [cyclone]}")
        #expect(scenario.modelSpread == ModelSpreadSpecification(units: ["cyclone"], includeTrajectory: false))
        let result = try ReportFixture.run(scenario)
        let spread = try ModelSpreadRunner(threads: 1).run(scenario)
        #expect(spread.units.map(\.configuration) == ["cyclone_only", "full"])
        for u in spread.units {
            #expect(u.entries.map(\.model) == CycloneModels.efficiencyNames)
            #expect(u.entries.filter(\.configured).map(\.model) == ["muschelknautz_vdi"])
            // The configured model reproduces the flowsheet's number for that unit on that inlet.
            let c = try #require(result.configurations.first { $0.name == u.configuration })
            let unit = try #require(c.units.first { $0.id == u.unitID })
            let configured = try #require(u.entries.first { $0.configured })
            #expect(abs(configured.efficiency - unit.efficiency) < 1e-12)
            #expect(abs(u.inletNormalConcentration - unit.inlet.normalConcentration) < 1e-9 * unit.inlet.normalConcentration)
            #expect(abs(configured.outletNormalConcentration - unit.outlet.normalConcentration) < 1e-9 * unit.inlet.normalConcentration)
            for e in u.entries {
                // Outlet of the unit alone: (1 − η) × inlet, normal basis.
                #expect(abs(e.outletNormalConcentration - (1 - e.efficiency) * u.inletNormalConcentration)
                        < 1e-9 * u.inletNormalConcentration)
                #expect(e.efficiency > 0 && e.efficiency < 1, "\(e.model) \(e.efficiency)")
            }
        }
        // The pre-separator pair removes coarse dust, so the cyclone in "full" sees less and finer dust
        // and every model gives it a lower efficiency than on raw gas.
        let raw = spread.units[0], pre = spread.units[1]
        for (a, b) in zip(raw.entries, pre.entries) { #expect(b.efficiency < a.efficiency, "\(a.model)") }
    }

    @Test func alternativeEqualsTheModelEvaluatedDirectly() throws {
        let scenario = try ReportFixture.scenario(spread: "model_spread: {units: [cyclone]}")
        let spread = try ModelSpreadRunner(threads: 1).run(scenario)
        let feed = scenario.feed
        let gas = scenario.gas.model
        let inlet = SeparatorInlet(gas: gas, temperature: feed.stream.temperature, pressure: feed.stream.pressure,
                                   volumetricFlow: feed.stream.actualFlow(gas),
                                   dustConcentration: feed.stream.actualConcentration(gas),
                                   particleDensity: 2200, grid: scenario.grid, massFractions: feed.stream.massFractions)
        let lapple = try ConventionalCyclone(geometry: .standard(.stairmandHE, diameter: 2.3), model: "lapple")
        let direct = try lapple.evaluate(inlet, context: EvaluationContext())
        let entry = try #require(spread.units[0].entries.first { $0.model == "lapple" })
        #expect(abs(entry.efficiency - direct.totalEfficiency(massFractions: inlet.massFractions)) < 1e-12)
        #expect(entry.cutSize == direct.details["cut_size_m"])
        #expect(entry.pressureDropModel == "shepherd_lapple" && abs(entry.pressureDrop - direct.pressureDrop) < 1e-9)
        // Reports carry the spread in every format.
        let result = try ReportFixture.run(scenario)
        let json = ModelSpreadJSON.appending(spread, to: JSONReport(toolVersion: "t").document(result)).serialized()
        #expect(json.contains("\"model_spread\"") && json.contains("\"cut_size_um_range\""))
        let csv = try #require(CSVReport(spread: spread).tables(result).first { $0.suffix == "-model-spread.csv" })
        #expect(csv.table.rows.count == 2 * CycloneModels.efficiencyNames.count)
        #expect(ModelSpreadTable().render(spread).contains("muschelknautz_vdi ★"))
    }

    @Test func cutSizeIsInterpolatedInLogSize() throws {
        let grid = try SizeGrid(edges: [1e-6, 2e-6, 4e-6, 8e-6])
        // η crosses ½ halfway (in ln d) between the 2nd and 3rd class means.
        let cut = try #require(ModelSpreadRunner.cutSize([0.1, 0.4, 0.6], grid: grid))
        #expect(abs(cut - (grid.means[1] * grid.means[2]).squareRoot()) < 1e-15)
        #expect(ModelSpreadRunner.cutSize([0.6, 0.7, 0.8], grid: grid) == nil)
    }

    @Test func loaderReportsBadSpreadUnitsWithTheirPosition() {
        do {
            _ = try ReportFixture.scenario(spread: "model_spread: {units: [cyclon, cooler]}")
            Issue.record("expected a validation error")
        } catch let error as ScenarioValidationError {
            let text = error.description
            #expect(text.contains("unknown equipment \"cyclon\""))
            #expect(text.contains("did you mean \"cyclone\""))
            #expect(text.contains("fixture.yaml:32:32: error: model_spread.units[1]: \"cooler\" is a unit of type specified"))
            #expect(text.contains("fixture.yaml:32:24: error: model_spread.units[0]: unknown equipment"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
