import Foundation
import Yams
import DedustPhysics

/// A scenario file as a document whose values can be read and changed by ``ParameterPath``, each change
/// validated by the same rules as the file. Studies, design and calibration evaluate many variants of one
/// scenario: the YAML is parsed once, a variant re-validates the changed tree (no text is parsed again).
///
///     let doc = try ScenarioDocument.load(path: "scenarios/carbide-furnace-81mva.yaml")
///     try doc.value(at: "equipment.alpha_cyclone.diameter").text            // "2.2 m"
///     let bigger = try doc.setting(["equipment.alpha_cyclone.diameter": "2.4 m", "gas.temperature": "650 degC"])
///     bigger.scenario                                                       // validated, ready to run
public struct ScenarioDocument: @unchecked Sendable {
    /// File name used in messages.
    public let file: String
    /// The composed YAML tree (immutable; `Node` holds class-typed tags that are never mutated).
    let root: Node
    /// The validated scenario of this document.
    public let scenario: Scenario
    /// The paths changed from the file, in the order they were set, with the text written there.
    public private(set) var overrides: [(path: ParameterPath, text: String)] = []

    init(file: String, root: Node) throws {
        self.file = file
        self.root = root
        scenario = try ScenarioLoader.read(root, file: file)
    }

    /// Loads and validates the file at `path` (the errors of ``ScenarioLoader/load(path:displayName:)``).
    public static func load(path: String, displayName: String? = nil) throws -> ScenarioDocument {
        let name = displayName ?? path
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            _ = try ScenarioLoader.load(path: path, displayName: name)   // throws the located reason
            throw ParameterPathError(path: "", message: "cannot read \(name)")
        }
        return try parse(text, file: name)
    }

    /// Parses and validates scenario text.
    public static func parse(_ text: String, file: String) throws -> ScenarioDocument {
        try ScenarioDocument(file: file, root: ScenarioLoader.compose(text, file: file))
    }

    // MARK: - Describing and reading

    /// What `path` addresses: its descriptor (kind, range, default, meaning). Throws a ``ParameterPathError`` for a
    /// path that does not exist in this scenario, with the keys that would.
    public func descriptor(at path: ParameterPath) throws(ParameterPathError) -> ParameterDescriptor {
        try resolve(path).descriptor
    }

    /// The value at `path`: as written (or the default when absent), with its SI value.
    public func value(at path: ParameterPath) throws(ParameterPathError) -> ParameterReading {
        let r = try resolve(path)
        guard let node = r.node else {
            guard r.descriptor.requirement != .required else {
                throw ParameterPathError(path: path.description, message: "not given in \(file)")
            }
            return ParameterReading(path: path, descriptor: r.descriptor, text: r.descriptor.defaultDescription,
                                    value: r.descriptor.defaultValue, isDefault: true)
        }
        guard case let .scalar(s) = node else {
            throw ParameterPathError(path: path.description, message: "is \(kindPhrase(node)) in \(file), not a single value")
        }
        return ParameterReading(path: path, descriptor: r.descriptor, text: s.string,
                                value: Self.parse(s.string, as: r.descriptor), isDefault: false)
    }

    /// Every path of this scenario that holds a single value or choice and is given in the file, in file order
    /// (defaults not written are addressable too, through ``descriptor(at:)``).
    public var givenPaths: [ParameterPath] {
        var out: [ParameterPath] = []
        func walk(_ node: Node, _ prefix: [String]) {
            switch node {
            case let .mapping(m):
                for (k, v) in m {
                    guard let key = k.scalar?.string, key != "<<" else { continue }
                    walk(v, prefix + [key])
                }
            case .scalar:
                let p = ParameterPath(components: prefix)
                if (try? resolve(p)) != nil { out.append(p) }
            default:
                break
            }
        }
        walk(root, [])
        return out
    }

    // MARK: - Changing

    /// A new document with the value at `path` replaced by `text` (as a scenario writes it: "2.4 m", "barth").
    public func setting(_ path: ParameterPath, to text: String) throws -> ScenarioDocument {
        try setting([(path, text)])
    }

    /// A new document with the SI value `value` at `path` (written with the SI unit of its kind, or in the basis
    /// of the value it replaces for flows and concentrations).
    public func setting(_ path: ParameterPath, to value: ParameterValue) throws -> ScenarioDocument {
        try setting([(path, try text(for: value, at: path))])
    }

    /// A new document with every `(path, text)` applied, validated once.
    public func setting(_ changes: KeyValuePairs<ParameterPath, String>) throws -> ScenarioDocument {
        try setting(changes.map { ($0.key, $0.value) })
    }

    /// A new document with every `(path, text)` applied, validated once. A path that does not exist throws a
    /// ``ParameterPathError``; a value the scenario's rules refuse throws a ``ParameterPathError`` that names the
    /// path and quotes the loader's message.
    public func setting(_ changes: [(ParameterPath, String)]) throws -> ScenarioDocument {
        var tree = root
        for (path, text) in changes {
            let r = try resolve(path, in: tree)
            guard r.descriptor.kind.isSingleValue else {
                throw ParameterPathError(path: path.description, message: "is \(r.descriptor.kind.phrase); address one "
                                         + "of its fields or give a value of a single key")
            }
            tree = Self.replacing(in: tree, path.components[...], with: .scalar(.init(text)))
        }
        do {
            var doc = try ScenarioDocument(file: file, root: tree)
            doc.overrides = overrides + changes.map { (path: $0.0, text: $0.1) }
            return doc
        } catch let error as ScenarioValidationError {
            let changed = changes.map(\.0.description)
            let errors = error.diagnostics.filter { $0.severity == .error }   // not the loader's warnings
            let own = errors.filter { d in changed.contains { d.path == $0 || d.path.hasPrefix($0 + ".") } }
            let first = own.first ?? errors.first
            let path = changed.first { first?.path.hasPrefix($0) ?? false } ?? changed.first ?? ""
            throw ParameterPathError(path: path, message: (own.isEmpty ? errors : own).map {
                $0.path == path ? $0.message : "\($0.path): \($0.message)" }.joined(separator: "; "))
        }
    }

    /// The scenario text a value is written as at `path`.
    func text(for value: ParameterValue, at path: ParameterPath) throws(ParameterPathError) -> String {
        let d = try descriptor(at: path)
        switch (value, d.kind) {
        case let (.number(x), .quantity(kind)):
            switch kind {
            case .volumetricFlow, .concentration:
                let old = (try? self.value(at: path).text) ?? ""
                let unit = old.contains("Nm3") ? (kind == .volumetricFlow ? "Nm3/s" : "kg/Nm3")
                    : old.contains("kg/kg") || old.contains("g/kg") ? "kg/kg"
                    : kind.siUnitText
                return "\(x) \(unit)"
            case .dimensionless:
                return "\(x)"
            default:
                return "\(x) \(kind.siUnitText)"
            }
        case let (.number(x), _): return "\(x)"
        case let (.integer(n), _): return String(n)
        case let (.flag(b), _): return b ? "true" : "false"
        case let (.choice(s), _): return s
        }
    }

    // MARK: - Resolution

    struct Resolved {
        var descriptor: ParameterDescriptor
        /// The node at the path (nil when the file does not give it).
        var node: Node?
    }

    func resolve(_ path: ParameterPath) throws(ParameterPathError) -> Resolved { try resolve(path, in: root) }

    func resolve(_ path: ParameterPath, in tree: Node) throws(ParameterPathError) -> Resolved {
        let c = path.components
        func fail(_ upTo: Int, _ message: String) -> ParameterPathError {
            ParameterPathError(path: path.prefix(upTo), message: message)
        }
        if c[0] == "equipment" {
            let library = Self.child(tree, "equipment")
            let names = library.map(Self.keys) ?? []
            guard c.count >= 2 else {
                throw fail(1, "name a unit and one of its fields, e.g. equipment.\(names.first ?? "NAME").diameter")
            }
            guard let unit = library.flatMap({ Self.child($0, c[1]) }) else {
                throw fail(2, "no equipment \"\(c[1])\" in \(file)" + DidYouMean.hint(for: c[1], among: names)
                           + (names.isEmpty ? "" : " (equipment: \(names.joined(separator: ", ")))"))
            }
            guard let type = Self.child(unit, "type")?.scalar?.string, let factory = EquipmentRegistry.factory(for: type) else {
                throw fail(2, "the unit has no valid \"type\"")
            }
            let modelNames = factory.models.map(\.name)
            let modelName = Self.child(unit, "model")?.scalar?.string ?? factory.defaultModel(forKeys: Self.keys(unit))
            let modelDescriptor = ParameterDescriptor(
                key: "model", kind: .choice(modelNames),
                requirement: factory.defaultModel.map { .value(.choice($0)) } ?? .required, doc: "the \(type) model")
            guard c.count >= 3 else { throw fail(2, "name one of its fields, e.g. \(path).model") }
            if c[2] == "model" {
                guard c.count == 3 else { throw fail(3, "is a choice; it has no fields") }
                return Resolved(descriptor: modelDescriptor, node: Self.child(unit, "model"))
            }
            guard let model = factory.models.first(where: { $0.name == modelName }) else {
                throw fail(2, "its model \"\(modelName ?? "")\" is not one of \(modelNames.joined(separator: ", "))")
            }
            let log = DiagnosticLog(file: file)
            let map = YNode(node: unit, path: path.prefix(2), log: log).mapping(allowed: nil)
            let parameters = map.map { factory.parameters(of: model, in: $0) } ?? model.parameters
            return try descend(parameters, c, from: 2, node: unit, owner: "\(type) model \(model.name)")
        }
        return try descend(ScenarioSections.top, c, from: 0, node: tree, owner: "a scenario")
    }

    /// Finds `c[i]` among `parameters` of the mapping `node`, then goes on into records and submodels.
    private func descend(_ parameters: [ParameterDescriptor], _ c: [String], from i: Int, node: Node?,
                         owner: String) throws(ParameterPathError) -> Resolved {
        let path = c.prefix(i + 1).joined(separator: ".")
        guard let d = parameters.first(where: { $0.key == c[i] }) else {
            let keys = parameters.filter { $0.kind.isSingleValue || $0.kind.hasFields }.map(\.key)
            throw ParameterPathError(path: path, message: "\"\(c[i])\" is not a parameter of \(owner)"
                                     + DidYouMean.hint(for: c[i], among: keys) + " (parameters: \(keys.joined(separator: ", ")))")
        }
        let child = node.flatMap { Self.child($0, c[i]) }
        if i == c.count - 1 {
            guard d.kind.isSingleValue else {
                throw ParameterPathError(path: path, message: "is \(d.kind.phrase), not a single value; address one of its fields")
            }
            return Resolved(descriptor: d, node: child)
        }
        switch d.kind {
        case let .record(fields):
            return try descend(fields, c, from: i + 1, node: child, owner: "\(c[i])")
        case let .submodel(category):
            let current: String?
            if case let .scalar(s)? = child { current = s.string } else {
                current = child.flatMap { Self.child($0, "model")?.scalar?.string } ?? category.defaultModel
            }
            if c[i + 1] == "model" {
                guard i + 1 == c.count - 1 else {
                    throw ParameterPathError(path: path + ".model", message: "is a choice; it has no fields")
                }
                let node: Node? = child.flatMap { n -> Node? in
                    if case .scalar = n { return n }
                    return Self.child(n, "model")
                }
                return Resolved(descriptor: ParameterDescriptor(key: "model", kind: .choice(category.names),
                                                                requirement: category.defaultModel.map { .value(.choice($0)) } ?? .required,
                                                                doc: category.noun), node: node)
            }
            guard let model = current.flatMap(category.model) else {
                throw ParameterPathError(path: path, message: "names no \(category.noun) here")
            }
            let mapping: Node? = child.flatMap { if case .mapping = $0 { return $0 } else { return nil } }
            return try descend(model.parameters, c, from: i + 1, node: mapping, owner: "\(category.noun) \(model.name)")
        default:
            let what: String
            if case let .quantity(k) = d.kind { what = k.phrase } else { what = d.kind.phrase }
            throw ParameterPathError(path: path, message: "is \(what); it has no fields")
        }
    }

    // MARK: - Node helpers

    /// The mapping `node` as the loader reads it (own keys first, then keys merged with `<<`), or nil.
    static func entries(_ node: Node) -> YMap? {
        guard case .mapping = node else { return nil }
        return YNode(node: node, path: "", log: DiagnosticLog(file: "")).mapping(allowed: nil)
    }

    /// The value of `key` in a mapping, as the loader reads it.
    static func child(_ node: Node, _ key: String) -> Node? { entries(node)?[key]?.node }

    static func keys(_ node: Node) -> [String] { entries(node)?.keys ?? [] }

    /// `tree` with the value at `path` replaced by `leaf`; missing mappings on the way are created, a merged
    /// (`<<`) value is copied into the mapping before it is changed, a bare submodel name becomes `{model: name}`.
    static func replacing(in tree: Node, _ path: ArraySlice<String>, with leaf: Node) -> Node {
        guard let key = path.first else { return leaf }
        var mapping: Node.Mapping
        switch tree {
        case let .mapping(m): mapping = m
        case let .scalar(s) where path.count >= 1: mapping = Node.Mapping([(Node("model"), .scalar(s))])
        default: mapping = Node.Mapping([])
        }
        let existing = child(.mapping(mapping), key) ?? .mapping(Node.Mapping([]))
        let value = replacing(in: existing, path.dropFirst(), with: leaf)
        if let index = mapping.firstIndex(where: { $0.key.scalar?.string == key }) {
            var pairs = Array(mapping)
            pairs[index] = (pairs[index].key, value)
            mapping = Node.Mapping(pairs.map { ($0.key, $0.value) }, mapping.tag, mapping.style, mapping.mark)
        } else {
            mapping = Node.Mapping(Array(mapping).map { ($0.key, $0.value) } + [(Node(key), value)],
                                   mapping.tag, mapping.style, mapping.mark)
        }
        return .mapping(mapping)
    }

    private func kindPhrase(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        default: return "a value"
        }
    }

    /// The SI value of scenario text for a descriptor (nil when it does not parse).
    static func parse(_ text: String, as d: ParameterDescriptor) -> ParameterValue? {
        let t = text.trimmingCharacters(in: .whitespaces)
        switch d.kind {
        case let .quantity(kind):
            switch kind {
            case .volumetricFlow:
                guard let q = try? Units.parseFlow(t) else { return nil }
                switch q { case let .actual(v), let .normal(v): return .number(v) }
            case .concentration:
                guard let c = try? Units.parseConcentration(t) else { return nil }
                switch c { case let .actual(v), let .normal(v), let .loading(v): return .number(v) }
            default:
                return (try? Units.parse(t, as: kind)).map { .number($0) }
            }
        case .number: return (try? Units.parse(t, as: .dimensionless)).map { .number($0) }
        case .integer: return Int(t).map { .integer($0) }
        case .flag:
            switch t.lowercased() {
            case "true", "yes", "on": return .flag(true)
            case "false", "no", "off": return .flag(false)
            default: return nil
            }
        case .choice: return .choice(t)
        case let .choiceOrNumber(names):
            return names.contains(t) ? .choice(t) : (try? Units.parse(t, as: .dimensionless)).map { .number($0) }
        default: return nil
        }
    }
}

/// A value read at a ``ParameterPath``.
public struct ParameterReading: Sendable, Equatable {
    public var path: ParameterPath
    public var descriptor: ParameterDescriptor
    /// As written in the file ("2.2 m", "12350 Nm3/h"), or the default as a scenario would write it.
    public var text: String?
    /// SI value (a flow or concentration in the basis it is written in: Nm³/s for "Nm3/h").
    public var value: ParameterValue?
    /// Whether the file does not give it and the default holds.
    public var isDefault: Bool
}

extension ParameterKind {
    /// A kind that holds one value (what a path may end at).
    var isSingleValue: Bool {
        switch self {
        case .quantity, .number, .integer, .flag, .choice, .choiceOrNumber: return true
        case .record, .submodel, .structure: return false
        }
    }

    var hasFields: Bool {
        switch self {
        case .record, .submodel: return true
        default: return false
        }
    }
}
