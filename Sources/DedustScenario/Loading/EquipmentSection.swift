import DedustPhysics
import DedustSeparators

extension ScenarioReader {
    /// Equipment by name, with the file order.
    /// A name whose unit failed to build is present with a nil spec, so references to it raise no second error.
    typealias EquipmentLibrary = [String: (order: Int, spec: EquipmentSpecification?)]

    func readEquipment(_ node: YNode) -> EquipmentLibrary? {
        guard let m = node.mapping(allowed: nil, what: "a mapping of equipment names to units") else { return nil }
        var library: EquipmentLibrary = [:]
        for (order, entry) in m.entries.enumerated() {
            let unitNode = entry.value
            guard YNode(node: .scalar(.init(entry.key)), path: unitNode.path, log: log).nameIsValid(entry.key) else {
                log.error(at: entry.keyMark, path: unitNode.path,
                          "\"\(entry.key)\" is not a valid equipment name; use letters, digits, \"_\" and \"-\"")
                continue
            }
            library[entry.key] = (order, readUnit(name: entry.key, unitNode))
        }
        return library
    }

    func readUnit(name: String, _ node: YNode) -> EquipmentSpecification? {
        guard let m = node.mapping(allowed: nil, what: "a unit mapping with \"type\" and its parameters") else {
            return nil
        }
        guard let type = m.required("type", "one of: \(EquipmentRegistry.unitTypes.joined(separator: ", "))")?
            .choice(EquipmentRegistry.unitTypes, what: "unit type") else { return nil }
        guard let factory = EquipmentRegistry.factory(for: type) else { return nil }
        let available = factory.models.map(\.name)
        let modelName: String
        if let node = m["model"] {
            guard let t = node.text(what: "a model name") else { return nil }
            guard available.contains(t) else {
                node.error("unknown model \"\(t)\" for \(type)" + (DidYouMean.suggestion(for: t, among: available).map {
                    "; did you mean \"\($0)\"?" } ?? "") + " (available: \(available.joined(separator: ", ")))")
                return nil
            }
            modelName = t
        } else if let d = factory.defaultModel(forKeys: m.keys) {
            modelName = d
        } else {
            m.owner.error("missing required field \"model\" (available for \(type): \(available.joined(separator: ", ")))")
            return nil
        }
        guard let descriptor = factory.models.first(where: { $0.name == modelName }) else { return nil }
        let parameters = factory.parameters(of: descriptor, in: m)
        let allowed = ["type", "model"] + parameters.map(\.key)
        guard m.reportUnknown(allowed: allowed, context: " for \(type) model \(modelName)") else { return nil }
        let before = log.errorCount
        m.reportMissing(parameters)
        let values = m.values(for: parameters)
        let built = factory.build(model: modelName, values: values, mapping: m)
        guard log.errorCount == before else { return nil }
        guard let separator = built else {
            m.owner.error("cannot build \(type) model \(modelName) from these parameters")
            return nil
        }
        return EquipmentSpecification(name: name, type: type, model: modelName, separator: separator)
    }
}

extension YNode {
    /// Whether `text` is a valid name (letters, digits, `_`, `-`).
    func nameIsValid(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "-"
        }
    }
}
