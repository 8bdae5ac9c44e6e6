import ArgumentParser
import DedustScenario

/// `dedust models`: every unit type and model with its parameters, defaults and reference, from the model
/// registry (`--markdown`: the tables of `docs/scenario.md`).
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List every unit type and model with its parameters, defaults and reference.")

    @Flag(help: "Print the Markdown tables of docs/scenario.md (the part between its generated marks).")
    var markdown = false

    func run() throws {
        print(markdown ? ModelCatalog.markdown() : ModelCatalog.text(), terminator: "")
    }
}
