/// Why a particle-size distribution is not valid. Row numbers in messages count from 1 (the way a table
/// reads); the `row` payloads are 0-based indices.
public enum PSDError: Error, Equatable, CustomStringConvertible, Sendable {
    case tooFewRows(Int)
    case countMismatch(sizes: Int, fractions: Int)
    case nonPositiveSize(row: Int, size: Double)
    case sizesNotIncreasing(row: Int, size: Double, previous: Double)
    case fractionOutOfRange(row: Int, fraction: Double)
    case notMonotone(row: Int, fraction: Double, previous: Double)
    /// The first fraction is not 0 and no `below` tail is stated.
    case doesNotStartAtZero(row: Int, size: Double, fraction: Double)
    /// The last fraction is not 1 and no `above` tail is stated.
    case doesNotReachOne(row: Int, size: Double, fraction: Double)
    /// A tail size is not outside the table.
    case invalidTail(String)
    /// A distribution parameter is out of range.
    case invalidParameter(name: String, value: Double, expected: String)
    /// Class fractions on a grid do not sum to 1.
    case fractionsDoNotSumToOne(sum: Double)
    /// A fit needs more usable rows (0 < F < 1) than it got.
    case notEnoughPointsToFit(Int)

    private static func um(_ d: Double) -> String { "\(Units.formatNumber(d * 1e6, significantDigits: 6)) µm" }
    private static func f(_ x: Double) -> String { Units.formatNumber(x, significantDigits: 6) }

    public var description: String {
        switch self {
        case let .tooFewRows(n):
            return "a cumulative size table needs at least 2 rows (with its tails), got \(n)"
        case let .countMismatch(s, f):
            return "the size table has \(s) sizes but \(f) fractions"
        case let .nonPositiveSize(row, size):
            return "row \(row + 1): size \(size) m is not positive"
        case let .sizesNotIncreasing(row, size, previous):
            return "row \(row + 1): size \(Self.um(size)) is not larger than the previous row's \(Self.um(previous)); "
                + "sizes must increase strictly"
        case let .fractionOutOfRange(row, fraction):
            return "row \(row + 1): cumulative fraction \(Self.f(fraction)) is outside [0, 1] "
                + "(give fractions, e.g. 0.4, not percent)"
        case let .notMonotone(row, fraction, previous):
            return "row \(row + 1): cumulative fraction \(Self.f(fraction)) is smaller than the previous row's "
                + "\(Self.f(previous)); a cumulative undersize must not decrease"
        case let .doesNotStartAtZero(row, size, fraction):
            return "row \(row + 1): the table starts at F(\(Self.um(size))) = \(Self.f(fraction)), not 0; "
                + "state a `below` tail (the size where F = 0)"
        case let .doesNotReachOne(row, size, fraction):
            return "row \(row + 1): the table ends at F(\(Self.um(size))) = \(Self.f(fraction)), not 1; "
                + "state an `above` tail (the size where F = 1)"
        case let .invalidTail(why):
            return why
        case let .invalidParameter(name, value, expected):
            return "\(name) = \(Self.f(value)) is invalid; expected \(expected)"
        case let .fractionsDoNotSumToOne(sum):
            return "class mass fractions sum to \(Units.formatNumber(sum, significantDigits: 10)), expected 1 (± 1e-6)"
        case let .notEnoughPointsToFit(n):
            return "a fit needs at least 2 rows with 0 < F < 1, the table has \(n)"
        }
    }
}

extension PSDError {
    /// Throws `.invalidParameter(name:value:expected:)` unless `value` is finite and greater than `bound`
    /// (NaN and ±∞ fail). The distributions' initialisers state each parameter check with it in one line, e.g.
    /// `try PSDError.requireParameter("n", n, greaterThan: 0, expected: "a positive exponent")`, which throws
    /// "n = -1 is invalid; expected a positive exponent" for n = −1.
    static func requireParameter(_ name: String, _ value: Double, greaterThan bound: Double,
                                 expected: String) throws(PSDError) {
        guard value > bound, value.isFinite else {
            throw .invalidParameter(name: name, value: value, expected: expected)
        }
    }
}
