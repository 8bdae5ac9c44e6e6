import Testing
import Foundation
import DedustScenario
import DedustPhysics

@Suite("Scenario loading")
struct LoaderTests {
    static let hot = """
        scenario: hot
        size_grid: {from: 0.3 um, to: 500 um, classes: 48}
        gas:
          composition: {CO: 0.72, H2: 0.09, CH4: 0.005, CO2: 0.04, N2: 0.14, O2: 0.005}
          flow: 12350 Nm3/h
          temperature: 600 degC
          pressure: 101.325 kPa
        dust:
          loading: 150 g/Nm3
          particle_density: 2200 kg/m3
          size_distribution:
            cumulative_undersize: [[1 um, 0.03], [3 um, 0.10], [5 um, 0.165], [10 um, 0.40],
                                   [20 um, 0.55], [50 um, 0.72], [100 um, 0.85], [300 um, 1.0]]
            below: 0.3 um
            interpolation: log_linear
        equipment:
          pass: {type: specified, model: constant, efficiency: 0}
        configurations:
          empty: {train: [pass]}
        limits:
          - {at: outlet, max_concentration: 300 mg/m3}
          - {at: outlet, max_concentration: 960 mg/Nm3}

        """

    /// The feed of the carbide case (physics.md §7.1 case A gas at 600 °C): 12 350 Nm³/h is 3.4306 Nm³/s and
    /// Q = 3.4306 · 873.15/273.15 = 10.966 m³/s actual; 150 g/Nm³ is 0.51458 kg/s of dust.
    @Test func carbideFeedOnBothBases() throws {
        let s = try ScenarioLoader.parse(Self.hot, file: "hot.yaml")
        let feed = s.feed
        let qN = 12_350.0 / 3600
        #expect(abs(feed.stream.normalFlow(feed.gas) - qN) < 1e-12 * qN)
        #expect(abs(feed.stream.actualFlow(feed.gas) - qN * 873.15 / 273.15) < 1e-9)
        #expect(abs(feed.stream.dustMassFlow - 0.150 * qN) < 1e-12)
        // Table with its `below` tail, log-linear: the class fractions sum to 1 and F(10 µm) = 0.40 is
        // reproduced at a grid edge of a grid anchored there.
        #expect(abs(s.dust.classFractions.reduce(0, +) - 1) < 1e-12)
        #expect(s.grid.count == 48)
        #expect(s.baseline == "empty")
        #expect(s.economics == Economics())
    }

    /// The basis trap (case-carbide-furnace.md): at 600 °C, 300 mg/m³ actual is 300 · 873.15/273.15
    /// = 959.0 mg/Nm³, so the stack at 150 g/Nm³ fails both; with the normal limit the margin is relative.
    @Test func limitsKeepTheirBasis() throws {
        let s = try ScenarioLoader.parse(Self.hot, file: "hot.yaml")
        let r = try ScenarioRunner(threads: 1).run(s)
        let limits = r.configurations[0].limits
        #expect(limits.count == 2)
        #expect(limits[0].unit == "mg/m3" && limits[1].unit == "mg/Nm3")
        let actual = 150_000 * 273.15 / 873.15  // mg/m³ at the stack (no pressure drop)
        #expect(abs(limits[0].value - actual) < 1e-6)
        #expect(abs(limits[1].value - 150_000) < 1e-6)
        #expect(abs(limits[1].margin - (960 - 150_000) / 960.0) < 1e-12)
        #expect(limits.allSatisfy { !$0.ok })
    }

    @Test func tableWithoutTailNamesTheRow() {
        let text = Self.hot.replacingOccurrences(of: "    below: 0.3 um\n", with: "")
        do {
            _ = try ScenarioLoader.parse(text, file: "hot.yaml")
            Issue.record("a table starting at F = 0.03 without a tail must be rejected")
        } catch let e as ScenarioValidationError {
            #expect(e.diagnostics.count == 1)
            let d = e.diagnostics[0]
            #expect((d.line, d.column) == (12, 28))
            #expect(d.path == "dust.size_distribution.cumulative_undersize[0]")
            #expect(d.message.contains("state a `below` tail"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func measuredPropertiesOverride() throws {
        let text = Self.hot.replacingOccurrences(of: "  pressure: 101.325 kPa\n",
                                                 with: "  pressure: 101.325 kPa\n  density: 0.40 kg/m3\n  viscosity: 3.8e-5 Pa*s\n")
        let s = try ScenarioLoader.parse(text, file: "hot.yaml")
        let state = s.gas.model.state(temperature: 873.15, pressure: 101_325)
        #expect(abs(state.density - 0.40) < 1e-12)
        #expect(abs(state.viscosity - 3.8e-5) < 1e-15)
    }
}

@Suite("YAML anchors and merge keys")
struct MergeKeyTests {
    /// Equipment variants through an anchor and a merge key: the variant's own keys win. Three stages of
    /// η = 0.5, 0.8, 0.5 in series leave 0.5 · 0.2 · 0.5 = 0.05 of the dust.
    @Test func mergeKeysBuildEquipmentVariants() throws {
        let text = """
            scenario: merge
            gas: {composition: {air: 1}, flow: 1000 Nm3/h, temperature: 20 degC}
            dust: {loading: 1 g/Nm3, particle_density: 2000 kg/m3, size_distribution: {rosin_rammler: {d63: 10 um, n: 1}}}
            equipment:
              a: &base {type: specified, model: constant, efficiency: 0.5}
              b:
                <<: *base
                efficiency: 0.8
              c: *base
            configurations:
              base: {train: [a, b, c]}

            """
        let s = try ScenarioLoader.parse(text, file: "merge.yaml")
        let r = try ScenarioRunner(threads: 1).run(s)
        #expect(abs(r.configurations[0].overallEfficiency - 0.95) < 1e-14)
        #expect(r.configurations[0].units.map(\.efficiency).map { ($0 * 1e12).rounded() / 1e12 } == [0.5, 0.8, 0.5])
    }
}
