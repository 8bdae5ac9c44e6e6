/// The allowed values of a number, in SI: open or closed bounds on either side.
///
///     ValueRange.positive.problem(-1)        // "must be positive"
///     ValueRange.openFraction.problem(1.2)   // "is out of range; expected a value in (0, 1]"
public struct ValueRange: Sendable, Equatable {
    public var lower: Double?
    public var lowerInclusive = true
    public var upper: Double?
    public var upperInclusive = true

    public init(lower: Double? = nil, lowerInclusive: Bool = true, upper: Double? = nil, upperInclusive: Bool = true) {
        self.lower = lower
        self.lowerInclusive = lowerInclusive
        self.upper = upper
        self.upperInclusive = upperInclusive
    }

    public static let any = ValueRange()
    public static let positive = ValueRange(lower: 0, lowerInclusive: false)
    public static let nonNegative = ValueRange(lower: 0)
    public static let fraction = ValueRange(lower: 0, upper: 1)
    /// (0, 1].
    public static let openFraction = ValueRange(lower: 0, lowerInclusive: false, upper: 1)
    /// (0, 1).
    public static let openInterval = ValueRange(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: false)

    /// Whether `v` is finite and inside the range.
    public func contains(_ v: Double) -> Bool { problem(v) == nil }

    /// What is wrong with `v` ("must be positive", "is out of range; expected …"), or nil when it is allowed.
    public func problem(_ v: Double) -> String? {
        guard v.isFinite else { return "is not a finite number" }
        switch (lower, upper) {
        case let (lo?, hi?):
            let okLo = lowerInclusive ? v >= lo : v > lo
            let okHi = upperInclusive ? v <= hi : v < hi
            if !(okLo && okHi) { return "is out of range; expected a value in \(interval)" }
        case let (lo?, nil):
            if lowerInclusive ? !(v >= lo) : !(v > lo) {
                if lo == 0 { return lowerInclusive ? "must not be negative" : "must be positive" }
                return "must be \(lowerInclusive ? "at least" : "greater than") \(Self.format(lo))"
            }
        case let (nil, hi?):
            if upperInclusive ? !(v <= hi) : !(v < hi) { return "must be \(upperInclusive ? "at most" : "less than") \(Self.format(hi))" }
        case (nil, nil):
            break
        }
        return nil
    }

    /// The range in interval notation, in SI: "(0, 1]", "> 0", "≥ 0", "any".
    public var interval: String {
        switch (lower, upper) {
        case let (lo?, hi?):
            return "\(lowerInclusive ? "[" : "(")\(Self.format(lo)), \(Self.format(hi))\(upperInclusive ? "]" : ")")"
        case let (lo?, nil): return "\(lowerInclusive ? "≥" : ">") \(Self.format(lo))"
        case let (nil, hi?): return "\(upperInclusive ? "≤" : "<") \(Self.format(hi))"
        case (nil, nil): return "any"
        }
    }

    public static func format(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
