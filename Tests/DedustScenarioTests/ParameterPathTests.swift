import Testing
import Foundation
import DedustScenario
import DedustPhysics

/// The parameter-path API: read, set, and every class of bad path or value with its message.
@Suite("Parameter paths")
struct ParameterPathTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static func document(_ name: String) throws -> ScenarioDocument {
        try ScenarioDocument.load(path: root.appendingPathComponent("scenarios/\(name).yaml").path, displayName: "\(name).yaml")
    }

    @Test func readsValuesAsWrittenWithTheirSIValue() throws {
        let doc = try Self.document("carbide-furnace-81mva")
        let t = try doc.value(at: "gas.temperature")
        #expect(t.text == "600 degC")
        #expect(t.value == .number(873.15))
        #expect(t.isDefault == false)
        #expect(try doc.value(at: "equipment.alpha_cyclone.diameter").value == .number(2.2))
        #expect(try doc.value(at: "equipment.alpha_cyclone.model").text == "muschelknautz_vdi")
        #expect(try doc.descriptor(at: "equipment.alpha_cyclone.diameter").kind == .quantity(.length))
    }

    @Test func readsDefaultsThatTheFileDoesNotWrite() throws {
        let doc = try Self.document("carbide-furnace-81mva")
        let lambda = try doc.value(at: "equipment.alpha_cyclone.wall_friction")
        #expect(lambda.isDefault)
        #expect(lambda.value == .number(0.005))
        let kMain = try doc.value(at: "equipment.alpha_cyclone.K_main")
        #expect(kMain.value == .number(0.025) && kMain.text == "0.025")
    }

    @Test func setsAValueAndRevalidates() throws {
        let doc = try Self.document("carbide-furnace-81mva")
        let changed = try doc.setting(["equipment.alpha_cyclone.diameter": "2.4 m", "gas.temperature": "650 degC"])
        #expect(try changed.value(at: "equipment.alpha_cyclone.diameter").value == .number(2.4))
        #expect(abs(changed.scenario.gas.temperature - 923.15) < 1e-12)
        #expect(changed.overrides.map(\.path.description) == ["equipment.alpha_cyclone.diameter", "gas.temperature"])
        // The original document is unchanged.
        #expect(try doc.value(at: "equipment.alpha_cyclone.diameter").value == .number(2.2))
        // An SI value is written with the kind's SI unit.
        let si = try doc.setting("equipment.alpha_cyclone.diameter", to: .number(1.9))
        #expect(try si.value(at: "equipment.alpha_cyclone.diameter").text == "1.9 m")
        // A default not written in the file can be set.
        let rough = try doc.setting("equipment.alpha_cyclone.wall_friction", to: .number(0.0075))
        #expect(try rough.value(at: "equipment.alpha_cyclone.wall_friction").isDefault == false)
    }

    @Test func changesAModelChoiceAndItsKeysFollow() throws {
        let doc = try Self.document("carbide-furnace-81mva")
        let barth = try doc.setting("equipment.alpha_cyclone.model", to: "barth")
        #expect(barth.scenario.equipment.first { $0.name == "alpha_cyclone" }?.model == "barth")
        #expect(try barth.descriptor(at: "equipment.alpha_cyclone.barth_formulation").kind == .choice(["hoffmann_stein", "meissner"]))
        #expect(throws: ParameterPathError.self) { try doc.descriptor(at: "equipment.alpha_cyclone.barth_formulation") }
    }

    @Test func addressesSubmodelParameters() throws {
        let doc = try Self.document("trajectory-vs-correlation")
        let sigma = try doc.descriptor(at: "equipment.cyclone_traj.dispersion.sigma")
        #expect(sigma.kind == .quantity(.velocity))
        let set = try doc.setting("equipment.cyclone_traj.dispersion.sigma", to: "0.4 m/s")
        #expect(try set.value(at: "equipment.cyclone_traj.dispersion.sigma").value == .number(0.4))
        #expect(try doc.value(at: "equipment.cyclone_traj.dispersion.model").text == "ornstein_uhlenbeck")
    }

    @Test(arguments: [
        ("equipment.alpha_cyclon.diameter", "equipment.alpha_cyclon",
         "no equipment \"alpha_cyclon\" in carbide-furnace-81mva.yaml; did you mean \"alpha_cyclone\"?"),
        ("equipment.alpha_cyclone.diamter", "equipment.alpha_cyclone.diamter",
         "\"diamter\" is not a parameter of cyclone model muschelknautz_vdi; did you mean \"diameter\"?"),
        ("gas.temprature", "gas.temprature", "\"temprature\" is not a parameter of gas; did you mean \"temperature\"?"),
        ("gas", "gas", "is {composition, normalize, flow, temperature, pressure, density, viscosity}, not a single value; address one of its fields"),
        ("gas.temperature.celsius", "gas.temperature", "is a temperature; it has no fields"),
        ("equipment.alpha_cyclone.model.name", "equipment.alpha_cyclone.model", "is a choice; it has no fields"),
    ])
    func refusesPathsThatDoNotExist(path: String, at: String, message: String) throws {
        let doc = try Self.document("carbide-furnace-81mva")
        do {
            _ = try doc.descriptor(at: ParameterPath(parsing: path))
            Issue.record("\(path) resolved")
        } catch {
            #expect(error.path == at)
            #expect(error.message.hasPrefix(message), "\(error.message)")
        }
    }

    @Test func refusesMalformedPaths() {
        #expect(throws: ParameterPathError.self) { try ParameterPath(parsing: "gas..flow") }
        #expect(throws: ParameterPathError.self) { try ParameterPath(parsing: "") }
    }

    @Test(arguments: [
        ("equipment.alpha_cyclone.diameter", "-1 m", "\"-1 m\" must be positive"),
        ("equipment.alpha_cyclone.diameter", "600 degC", "\"600 degC\" is a temperature, expected a length"),
        ("equipment.alpha_cyclone.model", "bart", "unknown model \"bart\" for cyclone; did you mean \"barth\"?"),
        ("equipment.alpha_cyclone.count", "2.5", "expected a whole number"),
        ("gas.composition.CO", "0.8", "mole fractions add up to"),
        ("dust.loading", "150 furlongs", "unknown unit"),
    ])
    func refusesValuesTheScenarioRulesRefuse(path: String, text: String, message: String) throws {
        let doc = try Self.document("carbide-furnace-81mva")
        do {
            _ = try doc.setting(ParameterPath(parsing: path), to: text)
            Issue.record("\(path) = \(text) was accepted")
        } catch let error as ParameterPathError {
            #expect(path.hasPrefix(error.path))
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func givenPathsAreAllReadable() throws {
        let doc = try Self.document("carbide-furnace-81mva")
        let paths = doc.givenPaths
        #expect(paths.contains("gas.flow") && paths.contains("dust.particle_density")
                && paths.contains("equipment.alpha_cyclone.diameter"))
        for p in paths { #expect(try doc.value(at: p).value != nil, "\(p)") }
    }
}
