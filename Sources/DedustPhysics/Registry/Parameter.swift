/// A typed handle on one parameter: its ``ParameterDescriptor`` (what the loader checks and the docs print)
/// and how a read value becomes a `Value` with the default applied. A model declares each parameter once, as a
/// static `Parameter`, lists the descriptors in its ``ModelDescriptor`` and reads its values through the same
/// handle from ``ParameterValues`` — so name, kind, range and default cannot drift apart.
///
///     static let wallFriction = Parameter<Double>.number("wall_friction", default: 0.005,
///                                                        doc: "clean-gas wall friction factor λ₀")
///     init(parameters p: ParameterValues) { self.init(wallFriction: p[Self.wallFriction]) }
public struct Parameter<Value: Sendable>: Sendable {
    public let descriptor: ParameterDescriptor
    let decode: @Sendable (ParameterValue?) -> Value

    public init(_ descriptor: ParameterDescriptor, decode: @escaping @Sendable (ParameterValue?) -> Value) {
        self.descriptor = descriptor
        self.decode = decode
    }

    public var key: String { descriptor.key }
}

/// The values read for one model from a scenario (SI), keyed by parameter. Reading through a ``Parameter``
/// applies its default; a required parameter that is missing has been reported by the loader, and reads as a
/// neutral value (0, `false`, the first choice) that is never used, because the unit then fails to load.
public struct ParameterValues: Sendable, Equatable {
    public private(set) var given: [String: ParameterValue]

    public init(_ given: [String: ParameterValue] = [:]) { self.given = given }

    public subscript<Value>(_ parameter: Parameter<Value>) -> Value { parameter.decode(given[parameter.key]) }

    /// Whether the scenario gave `key`.
    public func has(_ key: String) -> Bool { given[key] != nil }

    public mutating func set(_ key: String, _ value: ParameterValue) { given[key] = value }
}

// MARK: - Numbers and quantities

extension Parameter where Value == Double {
    /// A quantity of `kind` (SI) with a default written as a scenario would ("3 mm"; parsed once, here).
    public static func quantity(_ key: String, _ kind: QuantityKind, range: ValueRange = .positive,
                                default text: String, doc: String) -> Self {
        let si: Double
        do { si = try Units.parse(text, as: kind) } catch { preconditionFailure("default \"\(text)\" of \(key): \(error)") }
        return quantity(key, kind, range: range, default: si, text: text, doc: doc)
    }

    /// A quantity of `kind` with a default in SI (`text`: how the docs write it; default: SI value and unit).
    public static func quantity(_ key: String, _ kind: QuantityKind, range: ValueRange = .positive,
                                default si: Double, text: String? = nil, doc: String) -> Self {
        Parameter(ParameterDescriptor(key: key, kind: .quantity(kind), range: range, requirement: .value(.number(si)),
                                      doc: doc, defaultText: text)) { $0?.number ?? si }
    }

    /// A quantity that must be given; `plausible` narrows the kind's plausible range for this field.
    public static func requiredQuantity(_ key: String, _ kind: QuantityKind, range: ValueRange = .positive,
                                        plausible: PlausibleRange? = nil, doc: String) -> Self {
        Parameter(ParameterDescriptor(key: key, kind: .quantity(kind), range: range, requirement: .required,
                                      doc: doc, plausible: plausible)) { $0?.number ?? 0 }
    }

    /// A plain number with a default.
    public static func number(_ key: String, range: ValueRange = .positive, default value: Double, doc: String) -> Self {
        Parameter(ParameterDescriptor(key: key, kind: .number, range: range, requirement: .value(.number(value)),
                                      doc: doc)) { $0?.number ?? value }
    }

    /// A plain number that must be given.
    public static func requiredNumber(_ key: String, range: ValueRange = .positive, doc: String) -> Self {
        Parameter(ParameterDescriptor(key: key, kind: .number, range: range, requirement: .required, doc: doc)) {
            $0?.number ?? 0
        }
    }
}

extension Parameter where Value == Double? {
    /// An optional quantity; absent means the model computes it (`computed` says how) or goes without.
    public static func optionalQuantity(_ key: String, _ kind: QuantityKind, range: ValueRange = .positive,
                                        computed rule: String? = nil, doc: String) -> Self {
        Parameter(ParameterDescriptor(key: key, kind: .quantity(kind), range: range,
                                      requirement: rule.map { .computed($0) } ?? .optional, doc: doc)) { $0?.number }
    }

    /// An optional plain number.
    public static func optionalNumber(_ key: String, range: ValueRange = .positive, computed rule: String? = nil,
                                      doc: String) -> Self {
        Parameter(ParameterDescriptor(key: key, kind: .number, range: range,
                                      requirement: rule.map { .computed($0) } ?? .optional, doc: doc)) { $0?.number }
    }
}

extension Parameter where Value == Int {
    /// A whole number in `range` with a default.
    public static func integer(_ key: String, _ range: ClosedRange<Int>, default value: Int, doc: String) -> Self {
        Parameter(ParameterDescriptor(key: key, kind: .integer,
                                      range: ValueRange(lower: Double(range.lowerBound), upper: Double(range.upperBound)),
                                      requirement: .value(.integer(value)), doc: doc)) {
            if case let .integer(n)? = $0 { return n }
            return value
        }
    }

    /// A whole number in `range` that must be given.
    public static func requiredInteger(_ key: String, _ range: ClosedRange<Int>, doc: String) -> Self {
        Parameter(ParameterDescriptor(key: key, kind: .integer,
                                      range: ValueRange(lower: Double(range.lowerBound), upper: Double(range.upperBound)),
                                      requirement: .required, doc: doc)) {
            if case let .integer(n)? = $0 { return n }
            return range.lowerBound
        }
    }
}

extension Parameter where Value == Int? {
    /// An optional whole number in `range`; absent means the model goes without.
    public static func optionalInteger(_ key: String, _ range: ClosedRange<Int>, doc: String) -> Self {
        Parameter(ParameterDescriptor(key: key, kind: .integer,
                                      range: ValueRange(lower: Double(range.lowerBound), upper: Double(range.upperBound)),
                                      requirement: .optional, doc: doc)) {
            if case let .integer(n)? = $0 { return n }
            return nil
        }
    }
}

extension Parameter where Value == Bool {
    /// `true`/`false` with a default.
    public static func flag(_ key: String, default value: Bool, doc: String) -> Self {
        Parameter(ParameterDescriptor(key: key, kind: .flag, requirement: .value(.flag(value)), doc: doc)) {
            if case let .flag(b)? = $0 { return b }
            return value
        }
    }
}

extension Parameter {
    /// One of the cases of a string enumeration, by raw value, with a default.
    public static func choice(_ key: String, default value: Value, doc: String) -> Self
        where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
        choice(key, Value.allCases.map(\.rawValue), default: value, doc: doc)
    }

    /// One of `names` (raw values of `Value`), with a default.
    public static func choice(_ key: String, _ names: [String], default value: Value, doc: String) -> Self
        where Value: RawRepresentable, Value.RawValue == String {
        Parameter(ParameterDescriptor(key: key, kind: .choice(names), requirement: .value(.choice(value.rawValue)),
                                      doc: doc)) {
            if case let .choice(s)? = $0, let v = Value(rawValue: s) { return v }
            return value
        }
    }

    /// A parameter of a kind the owning model reads itself (``ParameterKind/structure(_:)``, a record or a
    /// submodel); it is declared here for the unknown-key check, `dedust models` and the docs.
    public static func declared(_ key: String, _ kind: ParameterKind,
                                requirement: ParameterDescriptor.Requirement = .optional,
                                defaultText: String? = nil, doc: String) -> Parameter<Void> {
        Parameter<Void>(ParameterDescriptor(key: key, kind: kind, requirement: requirement, doc: doc,
                                            defaultText: defaultText)) { _ in () }
    }
}

extension Parameter where Value == String? {
    /// An optional name out of `names` (nil when absent; the model picks its own default, described by `computed`).
    public static func optionalChoice(_ key: String, _ names: [String], computed rule: String? = nil,
                                      doc: String) -> Self {
        Parameter(ParameterDescriptor(key: key, kind: .choice(names),
                                      requirement: rule.map { .computed($0) } ?? .optional, doc: doc)) {
            if case let .choice(s)? = $0 { return s }
            return nil
        }
    }
}

extension Parameter where Value == ParameterValue? {
    /// A name out of `names` or a plain number in `range` (e.g. an inlet-constriction formula or a fixed α);
    /// nil when absent.
    public static func choiceOrNumber(_ key: String, _ names: [String], range: ValueRange,
                                      requirement: ParameterDescriptor.Requirement = .optional, doc: String) -> Self {
        let fallback = requirement.fixedValue
        return Parameter(ParameterDescriptor(key: key, kind: .choiceOrNumber(names), range: range,
                                             requirement: requirement, doc: doc)) { $0 ?? fallback }
    }
}

extension ParameterDescriptor.Requirement {
    var fixedValue: ParameterValue? {
        if case let .value(v) = self { return v }
        return nil
    }
}
