/// Where a stream in a flowsheet comes from.
public enum StreamSource: Sendable, Hashable, CustomStringConvertible {
    /// The raw gas entering the train.
    case feed
    /// The cleaned-gas outlet of unit `index` (gas plus uncollected dust).
    case outlet(Int)
    /// The collected-dust discharge of unit `index` (dust only, no gas).
    case collected(Int)

    public var description: String {
        switch self {
        case .feed: return "feed"
        case let .outlet(i): return "unit \(i) outlet"
        case let .collected(i): return "unit \(i) collected dust"
        }
    }
}

/// Where a stream in a flowsheet goes.
public enum StreamDestination: Sendable, Hashable, CustomStringConvertible {
    /// The inlet of unit `index` (streams into one inlet are mixed).
    case unit(Int)
    /// The stack: the train's gas outlet.
    case stack

    public var description: String {
        switch self {
        case let .unit(i): return "unit \(i) inlet"
        case .stack: return "stack"
        }
    }
}

/// One stream of a flowsheet: the share `fraction` of `source` sent to `destination`.
///
/// The fractions leaving the feed and each unit outlet must add up to 1 (gas is never lost). The fractions
/// leaving a collected-dust discharge add up to at most 1; the rest leaves the train as collected dust
/// (hopper discharge). A stream that closes a loop must be declared `isRecycle`.
public struct FlowsheetStream: Sendable, Hashable {
    public var source: StreamSource
    public var destination: StreamDestination
    public var fraction: Double
    public var isRecycle: Bool

    public init(from source: StreamSource, to destination: StreamDestination, fraction: Double = 1,
                isRecycle: Bool = false) {
        self.source = source
        self.destination = destination
        self.fraction = fraction
        self.isRecycle = isRecycle
    }
}
