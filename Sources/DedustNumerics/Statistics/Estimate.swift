/// A Monte Carlo estimate with its confidence interval: `value` in [`lower`, `upper`] at confidence `level`
/// (0.95 for a 95 % interval).
///
/// An interval that the data cannot bound is infinite (e.g. the upper bound of a P95 from fewer than 72
/// samples at 95 %), and an estimate from no data has a NaN value. In JSON such non-finite numbers are
/// written as `null` (a missing lower bound reads back as −∞, a missing upper bound as +∞, a missing value
/// as NaN), so any encoder can write an ``Estimate``.
///
/// Example: `Estimate(value: 2, lower: 1, upper: .infinity, level: 0.95)` encodes as
/// `{"level":0.95,"lower":1,"upper":null,"value":2}` (`StatisticsEstimateTests.nonFiniteBoundsAreNull`).
public struct Estimate: Equatable, Codable, Sendable, CustomStringConvertible {
    public var value: Double
    public var lower: Double
    public var upper: Double
    public var level: Double

    public init(value: Double, lower: Double, upper: Double, level: Double) {
        self.value = value
        self.lower = lower
        self.upper = upper
        self.level = level
    }

    /// A value known exactly (a zero-width interval).
    public static func exact(_ value: Double, level: Double) -> Estimate {
        Estimate(value: value, lower: value, upper: value, level: level)
    }

    /// Whether `x` lies in [lower, upper].
    public func covers(_ x: Double) -> Bool { lower <= x && x <= upper }

    private enum CodingKeys: String, CodingKey { case value, lower, upper, level }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        value = try c.decodeIfPresent(Double.self, forKey: .value) ?? .nan
        lower = try c.decodeIfPresent(Double.self, forKey: .lower) ?? -.infinity
        upper = try c.decodeIfPresent(Double.self, forKey: .upper) ?? .infinity
        level = try c.decode(Double.self, forKey: .level)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        func put(_ x: Double, _ key: CodingKeys) throws {
            if x.isFinite { try c.encode(x, forKey: key) } else { try c.encodeNil(forKey: key) }
        }
        try put(value, .value)
        try put(lower, .lower)
        try put(upper, .upper)
        try c.encode(level, forKey: .level)
    }

    public var description: String { "\(value) [\(lower), \(upper)] (\(level * 100) %)" }
}
