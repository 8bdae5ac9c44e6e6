import DedustPhysics

/// Parameter helpers for unit factories. A bad value is reported (located) and the default returned; the
/// equipment reader treats any reported problem as a failed unit, so factories can read straight through.
extension YMap {
    /// A quantity of `kind` (SI), `fallback` when absent.
    func quantity(_ key: String, _ kind: QuantityKind, _ range: ValueRange = .positive, default fallback: Double) -> Double {
        self[key].flatMap { $0.quantity(kind, in: range) } ?? fallback
    }

    /// A quantity of `kind` (SI), nil when absent (or bad — then reported).
    func optionalQuantity(_ key: String, _ kind: QuantityKind, _ range: ValueRange = .positive) -> Double? {
        self[key].flatMap { $0.quantity(kind, in: range) }
    }

    /// A required quantity; 0 after a reported problem.
    func requiredQuantity(_ key: String, _ kind: QuantityKind, _ range: ValueRange = .positive, _ what: String? = nil) -> Double {
        required(key, what)?.quantity(kind, in: range) ?? 0
    }

    /// A plain number, `fallback` when absent.
    func number(_ key: String, _ range: ValueRange = .positive, default fallback: Double) -> Double {
        self[key].flatMap { $0.number(in: range) } ?? fallback
    }

    /// A plain number, nil when absent.
    func optionalNumber(_ key: String, _ range: ValueRange = .positive) -> Double? {
        self[key].flatMap { $0.number(in: range) }
    }

    /// A whole number, `fallback` when absent.
    func integer(_ key: String, _ range: ClosedRange<Int>, default fallback: Int) -> Int {
        self[key].flatMap { $0.integer(in: range) } ?? fallback
    }

    /// A boolean, nil when absent.
    func optionalBool(_ key: String) -> Bool? { self[key].flatMap { $0.bool() } }

    /// One of `options`, `fallback` when absent.
    func choice(_ key: String, _ options: [String], default fallback: String, what: String) -> String {
        self[key].flatMap { $0.choice(options, what: what) } ?? fallback
    }
}

// MARK: - Reading through descriptors

extension YNode {
    /// The value of a scalar-kind parameter (quantity, number, whole number, flag, choice, choice or number),
    /// checked against its kind and range; nil (reported) when unusable, and for kinds read by the model itself.
    func value(for d: ParameterDescriptor) -> ParameterValue? {
        let noun = d.key.replacingOccurrences(of: "_", with: " ")
        switch d.kind {
        case let .quantity(kind):
            return quantity(kind, in: d.range ?? .any, plausible: d.plausible).map { .number($0) }
        case .number:
            return number(in: d.range ?? .any).map { .number($0) }
        case .integer:
            let lo = d.range?.lower.map { Int($0) } ?? 0, hi = d.range?.upper.map { Int($0) } ?? Int.max
            return integer(in: lo...hi).map { .integer($0) }
        case .flag:
            return bool().map { .flag($0) }
        case let .choice(names):
            return choice(names, what: noun).map { .choice($0) }
        case let .choiceOrNumber(names):
            guard let t = text(what: "\(names.joined(separator: ", ")) or a number") else { return nil }
            if names.contains(t) { return .choice(t) }
            if Double(t.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")) == nil
                && !t.contains("%") {
                error("unknown \(noun) \"\(t)\"" + DidYouMean.hint(for: t, among: names)
                      + "; give one of \(names.joined(separator: ", ")) or a number")
                return nil
            }
            return number(in: d.range ?? .any).map { .number($0) }
        case .record, .submodel, .structure:
            return nil
        }
    }
}

extension YNode {
    /// A record parameter (`heat_transfer: {area, U, …}`, `bag: {diameter, length}`) read through its fields'
    /// descriptors: unknown keys and missing required fields are reported, every value is checked. Nil when the
    /// node is not a mapping.
    func record(_ fields: [ParameterDescriptor]) -> ParameterValues? {
        guard let m = mapping(allowed: fields.map(\.key)) else { return nil }
        m.reportMissing(fields)
        return m.values(for: fields)
    }
}

extension YMap {
    /// The values of every scalar-kind parameter in `parameters` that the mapping gives (each checked and,
    /// when unusable, reported). Keys must already have been checked against the descriptors.
    func values(for parameters: [ParameterDescriptor]) -> ParameterValues {
        var values = ParameterValues()
        for d in parameters {
            if let node = self[d.key], let v = node.value(for: d) { values.set(d.key, v) }
        }
        return values
    }

    /// Reports every parameter of `parameters` that is required and missing. Returns whether all were there.
    @discardableResult
    func reportMissing(_ parameters: [ParameterDescriptor]) -> Bool {
        var ok = true
        for d in parameters where d.isRequired && !has(d.key) {
            ok = false
            owner.error("missing required field \"\(d.key)\" (\(d.doc))")
        }
        return ok
    }

    /// The node of a declared parameter (its key is the descriptor's).
    subscript<V>(_ parameter: Parameter<V>) -> YNode? { self[parameter.key] }

    /// Whether the mapping gives the parameter.
    func has<V>(_ parameter: Parameter<V>) -> Bool { has(parameter.key) }
}

extension YNode {
    /// A model of `category`: a bare name (`none`) or `{model: name, parameters…}` (model defaults to the
    /// category's default). Unknown names and keys are reported with suggestions; returns the model's
    /// descriptor, its values and the mapping (nil for a bare name), or nil when unusable.
    func submodel(_ category: ModelCategory) -> (model: ModelDescriptor, values: ParameterValues, mapping: YMap?)? {
        if case .scalar = node {
            guard let name = choice(category.names, what: category.noun),
                  let model = category.model(name) else { return nil }
            if let missing = model.parameters.first(where: \.isRequired) {
                error("\(category.noun) \"\(name)\" needs \"\(missing.key)\"; write {model: \(name), \(missing.key): …}")
                return nil
            }
            return (model, ParameterValues(), nil)
        }
        let allKeys = ["model"] + Array(Set(category.models.flatMap(\.keys))).sorted()
        guard let m = mapping(allowed: allKeys, what: "a \(category.noun): a name or {model: name, parameters…}") else {
            return nil
        }
        let name: String
        if let node = m["model"] {
            guard let n = node.choice(category.names, what: category.noun) else { return nil }
            name = n
        } else if let d = category.defaultModel {
            name = d
        } else {
            error("missing \"model\": give one of \(category.names.joined(separator: ", "))")
            return nil
        }
        guard let model = category.model(name) else { return nil }
        let before = log.errorCount
        m.reportUnknown(allowed: ["model"] + model.keys, context: " for \(category.noun) \(name)")
        m.reportMissing(model.parameters)
        let values = m.values(for: model.parameters)
        return log.errorCount == before ? (model, values, m) : nil
    }
}
