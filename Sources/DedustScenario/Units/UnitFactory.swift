import DedustSeparators

/// Builds separator models of one unit type from their YAML parameters. One file per unit type; a new
/// model is one new case in its type's factory (and one `ModelInfo`).
protocol UnitFactory: Sendable {
    /// Unit type as written in scenarios.
    var unitType: String { get }
    /// The models this factory builds, with their parameters (drives `dedust models` and the unknown-key
    /// check).
    var models: [ModelInfo] { get }
    /// Model used when `model:` is omitted (nil: `model:` is required).
    var defaultModel: String? { get }
    /// Model used when `model:` is omitted, given the keys present (default: ``defaultModel``).
    func defaultModel(forKeys keys: [String]) -> String?
    /// Reads the parameters of `model` from `parameters` (keys already checked against `ModelInfo`) and
    /// builds the model, or reports located errors and returns nil.
    func build(model: String, parameters: YMap) -> (any SeparatorModel)?
}

extension UnitFactory {
    func defaultModel(forKeys keys: [String]) -> String? { defaultModel }
}

/// Every unit factory Dedust knows.
public enum UnitRegistry {
    static let factories: [any UnitFactory] = [
        CycloneUnitFactory(),
        GravitySettlerUnitFactory(),
        BaffleUnitFactory(),
        BagFilterUnitFactory(),
        CoolerUnitFactory(),
        CirculatingCycloneUnitFactory(),
        SpecifiedUnitFactory(),
    ]

    /// Unit types, sorted.
    public static var unitTypes: [String] { factories.map(\.unitType).sorted() }

    /// Every model of every unit type.
    public static var models: [ModelInfo] { factories.flatMap(\.models) }

    static func factory(for type: String) -> (any UnitFactory)? {
        factories.first { $0.unitType == type }
    }
}
