/// What a model parameter holds, as a scenario writes it.
public indirect enum ParameterKind: Sendable, Equatable {
    /// A physical quantity with units (`"2.3 m"`), read as SI.
    case quantity(QuantityKind)
    /// A plain number (`0.005`, `15 %`).
    case number
    /// A whole number.
    case integer
    /// `true` or `false`.
    case flag
    /// One name of a fixed list.
    case choice([String])
    /// One name of a fixed list, or a plain number in `range` (e.g. `constriction: vdi` or `constriction: 0.7`).
    case choiceOrNumber([String])
    /// A mapping with fixed keys, each a parameter of its own (e.g. `heat_transfer: {area, U, fouling, ambient}`).
    case record([ParameterDescriptor])
    /// A model of another category, chosen by name: `name` or `{model: name, its parameters…}`.
    case submodel(ModelCategory)
    /// A value of a form the owning model reads itself (a list of zones, a table); `phrase` describes it.
    case structure(String)

    /// The kind in words, for `dedust models`, docs and messages.
    public var phrase: String {
        switch self {
        case let .quantity(k): return String(k.phrase.split(separator: " ", maxSplits: 1).last ?? "")
        case .number: return "number"
        case .integer: return "whole number"
        case .flag: return "true/false"
        case let .choice(names): return "one of " + names.joined(separator: ", ")
        case let .choiceOrNumber(names): return names.joined(separator: ", ") + " or a number"
        case let .record(fields): return "{" + fields.map(\.key).joined(separator: ", ") + "}"
        case let .submodel(category):
            return category.models.map(\.name).joined(separator: " | ") + (category.models.contains { !$0.parameters.isEmpty }
                ? " or {model: …, parameters}" : "")
        case let .structure(phrase): return phrase
        }
    }
}

/// The value of a parameter after reading (SI for quantities).
public enum ParameterValue: Sendable, Equatable, CustomStringConvertible {
    case number(Double)
    case integer(Int)
    case flag(Bool)
    case choice(String)

    public var description: String {
        switch self {
        case let .number(x): return ValueRange.format(x)
        case let .integer(n): return String(n)
        case let .flag(b): return b ? "true" : "false"
        case let .choice(s): return s
        }
    }

    /// The number this value holds (a whole number as a Double), or nil.
    public var number: Double? {
        switch self {
        case let .number(x): return x
        case let .integer(n): return Double(n)
        default: return nil
        }
    }
}

/// One parameter of a model or scenario section: key, kind, valid range, default and meaning. The scenario
/// loader reads it, `dedust models` and `docs/scenario.md` print it, and parameter paths (``ParameterPath``)
/// address it — from this one declaration.
///
///     let diameter = ParameterDescriptor(key: "diameter", kind: .quantity(.length), range: .positive,
///                                        requirement: .required, doc: "barrel diameter D")
public struct ParameterDescriptor: Sendable, Equatable {
    /// Whether the parameter must be given, and what holds when it is not.
    public enum Requirement: Sendable, Equatable {
        /// Must be given.
        case required
        /// A fixed default (SI).
        case value(ParameterValue)
        /// Optional; when absent the model computes a value, described here ("0.5 D", "Iozia–Leith").
        case computed(String)
        /// Optional, no default: absent means off or none.
        case optional
    }

    public var key: String
    public var kind: ParameterKind
    /// Allowed values (SI) of a number, quantity or whole number; nil for other kinds.
    public var range: ValueRange?
    public var requirement: Requirement
    /// One line of meaning.
    public var doc: String
    /// How the default is written in a scenario ("3 mm", "1500 Pa"); nil: from the value in SI.
    public var defaultText: String?
    /// Plausible values of a quantity (``PlausibleRange``); nil: the kind's broad range. A bare number outside is
    /// refused with the unit that fixes it, a value with its unit outside is a warning.
    public var plausible: PlausibleRange?

    public init(key: String, kind: ParameterKind, range: ValueRange? = nil, requirement: Requirement = .optional,
                doc: String, defaultText: String? = nil, plausible: PlausibleRange? = nil) {
        self.key = key
        self.kind = kind
        self.range = range
        self.requirement = requirement
        self.doc = doc
        self.defaultText = defaultText
        self.plausible = plausible
    }

    public var isRequired: Bool { requirement == .required }

    /// The fixed default, when there is one.
    public var defaultValue: ParameterValue? {
        if case let .value(v) = requirement { return v }
        return nil
    }

    /// The default as a scenario would write it ("0.005", "3 m/s", "plug"), or the computed rule, or nil.
    public var defaultDescription: String? {
        switch requirement {
        case .required, .optional: return nil
        case let .computed(rule): return rule
        case let .value(v):
            if let defaultText { return defaultText }
            if case let .quantity(k) = kind, case let .number(x) = v { return "\(ValueRange.format(x)) \(k.siUnitText)" }
            return v.description
        }
    }
}

extension QuantityKind {
    /// The SI unit as a scenario writes it (`m`, `Pa`, `m3/s`); empty for dimensionless numbers.
    public var siUnitText: String {
        switch self {
        case .length: return "m"
        case .area: return "m2"
        case .velocity: return "m/s"
        case .temperature, .temperatureDifference: return "K"
        case .pressure, .pressureDifference: return "Pa"
        case .volumetricFlow: return "m3/s"
        case .massFlow: return "kg/s"
        case .concentration, .density: return "kg/m3"
        case .viscosity: return "Pa*s"
        case .heatTransferCoefficient: return "W/(m2*K)"
        case .thermalResistance: return "m2*K/W"
        case .power: return "W"
        case .time: return "s"
        case .dimensionless: return ""
        }
    }
}
