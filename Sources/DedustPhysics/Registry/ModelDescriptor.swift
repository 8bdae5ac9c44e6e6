/// What a selectable model is: its name in scenario files, one line of what it computes, its published
/// source, and its parameters. Every selectable model of Dedust carries one (cyclone efficiency and
/// pressure-drop models, drag laws, dispersion models, wall interactions, unit models …); the scenario loader,
/// its unknown-key check, `dedust models`, the model spread and the generated tables of `docs/scenario.md` all
/// read it, so a model's keys and defaults are written once.
///
///     extension Lapple: RegisteredCycloneEfficiencyModel {
///         public static let descriptor = ModelDescriptor(
///             name: "lapple", summary: "Lapple's cut-size model", reference: "Lapple (1951) …",
///             parameters: [turns.descriptor])
///     }
public struct ModelDescriptor: Sendable, Equatable {
    /// Name as written in scenarios (`model: lapple`).
    public var name: String
    /// What the model computes, in one line.
    public var summary: String
    /// Published source, written out in full.
    public var reference: String
    /// Parameters the model reads, in the order they are documented.
    public var parameters: [ParameterDescriptor]

    public init(name: String, summary: String, reference: String, parameters: [ParameterDescriptor] = []) {
        self.name = name
        self.summary = summary
        self.reference = reference
        self.parameters = parameters
    }

    /// The parameter called `key`, or nil.
    public func parameter(_ key: String) -> ParameterDescriptor? { parameters.first { $0.key == key } }

    /// The parameter keys.
    public var keys: [String] { parameters.map(\.key) }
}

/// A category of interchangeable models chosen by name (drag laws, dispersion models, wall interactions …):
/// one registration list, in documentation order, the first entry being the default unless stated.
public struct ModelCategory: Sendable, Equatable {
    /// What one model of the category is called in messages ("dispersion model").
    public var noun: String
    /// The registered models.
    public var models: [ModelDescriptor]
    /// Model used when the scenario names none.
    public var defaultModel: String?
    /// The noun in the plural, for headings ("drag laws", "bag-filter media").
    public var plural: String

    public init(noun: String, plural: String? = nil, models: [ModelDescriptor], defaultModel: String? = nil) {
        self.noun = noun
        self.plural = plural ?? noun + "s"
        self.models = models
        self.defaultModel = defaultModel
    }

    public var names: [String] { models.map(\.name) }

    public func model(_ name: String) -> ModelDescriptor? { models.first { $0.name == name } }

    public static func == (a: ModelCategory, b: ModelCategory) -> Bool { a.noun == b.noun && a.names == b.names }
}

/// A model type that carries its descriptor (drag laws and other models chosen from a list of instances).
public protocol DescribedModel {
    static var descriptor: ModelDescriptor { get }
}
