/// Why a quantity string could not be read. The message names the text and what was expected;
/// the scenario layer prefixes the file position and field path.
///
///     "600 m" is a length, expected a temperature (e.g. "600 degC", "873.15 K")
public struct UnitError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What is wrong with the text.
    public enum Reason: Equatable, Sendable {
        /// The string is empty or only whitespace.
        case empty
        /// A unit without a number, e.g. `"degC"`.
        case missingNumber
        /// The number part cannot be read (e.g. `"1.2.3"`, `"12,350"`, `"1e"`), or is not finite.
        case malformedNumber(String)
        /// The unit is not known at all.
        case unknownUnit(String)
        /// The unit is known but measures something else; the payload describes what it measures
        /// ("a length", "a normal-basis volumetric flow (Nm³)").
        case wrongDimension(unit: String, found: String)
        /// A normal-basis (Nm³) or loading (kg/kg) value where only the actual basis is accepted
        /// (``Units/parse(_:as:)`` for `.volumetricFlow` and `.concentration`).
        case basisNotAccepted(unit: String, found: String)
        /// The value is impossible for the kind (e.g. a temperature below absolute zero).
        case outOfRange(String)
    }

    /// The text as given.
    public var text: String
    /// What the field expects.
    public var expected: QuantityKind
    /// What went wrong.
    public var reason: Reason

    public init(text: String, expected: QuantityKind, reason: Reason) {
        self.text = text
        self.expected = expected
        self.reason = reason
    }

    /// `expected a temperature (e.g. "600 degC", "873.15 K")`.
    private var expectation: String {
        "expected \(expected.phrase) (e.g. \(expected.examples.map { "\"\($0)\"" }.joined(separator: ", ")))"
    }

    public var description: String {
        switch reason {
        case .empty:
            return "empty value, \(expectation)"
        case .missingNumber:
            return "\"\(text)\" has no number, \(expectation)"
        case let .malformedNumber(number):
            return "\"\(text)\": cannot read the number \"\(number)\" (use digits with '.' as the decimal point, "
                + "optional exponent like 1.5e-3, no thousands separators), \(expectation)"
        case let .unknownUnit(unit):
            return "\"\(text)\": unknown unit \"\(unit)\", \(expectation)"
        case let .wrongDimension(_, found):
            return "\"\(text)\" is \(found), \(expectation)"
        case let .basisNotAccepted(_, found):
            let example = expected == .volumetricFlow ? "\"39480 m3/h\"" : "\"35 g/m3\""
            return "\"\(text)\" is \(found), but this value must be on the actual basis (m³ at the local "
                + "temperature and pressure), e.g. \(example)"
        case let .outOfRange(why):
            return "\"\(text)\": \(why), \(expectation)"
        }
    }
}
