import DedustPhysics
import DedustSeparators

/// Builds separator models of one unit type (`type:`) from the values read for their descriptors. One file
/// per unit type; the models of a type are ``ModelDescriptor``s, and every key, kind, range and default the
/// loader checks comes from them.
protocol EquipmentFactory: Sendable {
    /// Unit type as written in scenarios.
    var unitType: String { get }
    /// The models this factory builds (drives the loader's key checks, `dedust models` and the docs).
    var models: [ModelDescriptor] { get }
    /// Model used when `model:` is omitted (nil: `model:` is required).
    var defaultModel: String? { get }
    /// Model used when `model:` is omitted, given the keys present (default: ``defaultModel``).
    func defaultModel(forKeys keys: [String]) -> String?
    /// Every parameter `model` accepts in `mapping` (default: the model's descriptor; a cyclone adds the
    /// parameters of its pressure-drop model).
    func parameters(of model: ModelDescriptor, in mapping: YMap) -> [ParameterDescriptor]
    /// Builds the model from the values read for its parameters (`mapping` for parameters of kinds the
    /// factory reads itself), or reports located errors and returns nil.
    func build(model: String, values: ParameterValues, mapping: YMap) -> (any SeparatorModel)?
}

extension EquipmentFactory {
    func defaultModel(forKeys keys: [String]) -> String? { defaultModel }
    func parameters(of model: ModelDescriptor, in mapping: YMap) -> [ParameterDescriptor] { model.parameters }
}

/// One model of one unit type, as `dedust models`, the report's model table and the docs list it.
public struct EquipmentModelDescriptor: Sendable, Equatable {
    public var unitType: String
    public var descriptor: ModelDescriptor
    /// Model name (`model:`).
    public var model: String { descriptor.name }
    public var summary: String { descriptor.summary }
    public var reference: String { descriptor.reference }
    public var parameters: [ParameterDescriptor] { descriptor.parameters }
    /// Whether this is the type's default model.
    public var isDefault: Bool
}

/// Every unit type Dedust knows: one registration line per type.
public enum EquipmentRegistry {
    static let factories: [any EquipmentFactory] = [
        CycloneFactory(),
        GravitySettlerFactory(),
        BaffleFactory(),
        BagFilterFactory(),
        CoolerFactory(),
        CirculatingCycloneFactory(),
        SpecifiedFactory(),
    ]

    /// Unit types, sorted.
    public static var unitTypes: [String] { factories.map(\.unitType).sorted() }

    /// Every model of every unit type, in registration order.
    public static var models: [EquipmentModelDescriptor] {
        factories.flatMap { f in
            f.models.map { EquipmentModelDescriptor(unitType: f.unitType, descriptor: $0, isDefault: $0.name == f.defaultModel) }
        }
    }

    /// The descriptor of `model` of `type`, or nil.
    public static func model(_ model: String, ofType type: String) -> ModelDescriptor? {
        factory(for: type)?.models.first { $0.name == model }
    }

    /// The default model of `type` given the keys of its mapping (nil: none, `model:` is required).
    public static func defaultModel(ofType type: String, keys: [String]) -> String? {
        factory(for: type)?.defaultModel(forKeys: keys)
    }

    static func factory(for type: String) -> (any EquipmentFactory)? {
        factories.first { $0.unitType == type }
    }
}

extension Array where Element == ParameterDescriptor {
    /// The list without later duplicates of a key (a key shared by two models is documented by the first).
    func uniqued() -> [ParameterDescriptor] {
        var seen: Set<String> = []
        return filter { seen.insert($0.key).inserted }
    }
}
