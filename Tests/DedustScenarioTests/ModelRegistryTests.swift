import Testing
import Foundation
import DedustScenario
import DedustSeparators
import DedustPhysics

/// The registry is the one source of keys, kinds and defaults: the docs, `dedust models` and the loader agree.
@Suite("Model registry")
struct ModelRegistryTests {
    static let root = ParameterPathTests.root

    @Test func docsScenarioTablesAreTheGeneratedOnes() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("docs/scenario.md"), encoding: .utf8)
        guard let a = text.range(of: ModelCatalog.beginMark), let b = text.range(of: ModelCatalog.endMark) else {
            Issue.record("docs/scenario.md has no generated block; run `dedust models --markdown`")
            return
        }
        let block = String(text[a.lowerBound..<b.upperBound]) + "\n"
        #expect(block == ModelCatalog.markdown(),
                "docs/scenario.md differs from the registry: regenerate with `make docs`")
    }

    @Test func everyDescriptorIsWellFormed() {
        for m in EquipmentRegistry.models {
            let keys = m.parameters.map(\.key)
            #expect(Set(keys).count == keys.count, "duplicate key in \(m.unitType)/\(m.model)")
            #expect(!m.reference.isEmpty && !m.summary.isEmpty)
            for p in m.parameters {
                if let v = p.defaultValue?.number, let r = p.range {
                    #expect(r.contains(v), "\(m.unitType)/\(m.model).\(p.key): default \(v) outside \(r.interval)")
                }
                #expect(!p.doc.isEmpty)
            }
        }
    }

    @Test func aKeySharedByTheEfficiencyAndPressureDropModelHasOneDefault() {
        for e in CycloneModels.efficiencyModels {
            let dp = CycloneModels.pressureDropModel(named: e.defaultPressureDropModel)!.descriptor
            for p in e.descriptor.parameters {
                guard let q = dp.parameter(p.key) else { continue }
                if case .computed(let rule) = p.requirement {
                    // A model whose default depends on another choice says what the pressure-drop model takes.
                    #expect(rule.contains(dp.name), "\(e.descriptor.name).\(p.key): the rule does not mention \(dp.name)")
                } else {
                    #expect(p.requirement == q.requirement, "\(e.descriptor.name)/\(dp.name): \(p.key)")
                }
            }
        }
    }

    @Test func theListingNamesEveryRegisteredModel() {
        let text = ModelCatalog.text()
        for name in CycloneModels.efficiencyNames { #expect(text.contains("model: \(name)")) }
        for m in EquipmentRegistry.models { #expect(text.contains("model: \(m.model)")) }
    }

    /// The trajectory cyclone never accepted `eta_adj` (the docs once listed it): the loader and the registry agree.
    @Test func theLoaderAcceptsExactlyTheRegisteredKeys() throws {
        let traj = EquipmentRegistry.model("trajectory", ofType: "cyclone")!
        #expect(traj.parameter("eta_adj") == nil)
        let base = """
            scenario: keys
            gas: {composition: {air: 1}, flow: 0.14 m3/s, temperature: 20 degC}
            dust: {loading: 5 g/m3, particle_density: 2000 kg/m3, size_distribution: {log_normal: {median: 8 um, geometric_std: 2}}}
            configurations: {c: {train: [u]}}
            """
        #expect(throws: ScenarioValidationError.self) {
            try ScenarioLoader.parse(base + "\nequipment: {u: {type: cyclone, geometry: stairmand_he, diameter: 0.3 m, model: trajectory, eta_adj: 1}}",
                                     file: "t.yaml")
        }
        // Every scalar parameter of every correlation cyclone model is accepted at its default.
        for e in CycloneModels.efficiencyModels {
            let d = e.descriptor
            let fields = d.parameters.compactMap { p -> String? in
                guard let text = p.defaultDescription, p.defaultValue != nil else { return nil }
                return "\(p.key): \(text)"
            }
            let yaml = base + "\nequipment: {u: {type: cyclone, geometry: stairmand_he, diameter: 0.3 m, model: \(d.name), "
                + fields.joined(separator: ", ") + "}}"
            #expect(throws: Never.self, "\(d.name)") { _ = try ScenarioLoader.parse(yaml, file: "t.yaml") }
        }
    }
}
