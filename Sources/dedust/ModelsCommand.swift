import ArgumentParser
import DedustScenario

/// `dedust models`: every unit type and model with its parameters, defaults and reference.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List every unit type and model with its parameters, defaults and reference.")

    func run() throws {
        var out = ""
        for type in UnitRegistry.unitTypes {
            out += "type: \(type)\n"
            for m in UnitRegistry.models where m.unitType == type {
                out += "  model: \(m.model) — \(m.summary)\n"
                out += "    reference: \(m.reference)\n"
                for p in m.parameters {
                    let status = p.required ? "required" : (p.defaultValue.map { "default \($0)" } ?? "optional")
                    out += "    \(p.name) (\(p.kind), \(status)): \(p.summary)\n"
                }
            }
            out += "\n"
        }
        print(out, terminator: "")
    }
}
