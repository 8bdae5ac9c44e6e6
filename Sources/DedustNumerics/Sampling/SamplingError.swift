/// A sampling request that cannot be met (no dimensions, more dimensions than the Sobol' table holds, a
/// sample count below one). The message says what was asked, what is allowed and how to fix it.
///
/// Example: `try SobolSequence(dimensions: 0, scrambleSeed: nil)` throws "a Sobol' sequence needs at
/// least 1 dimension, got 0".
public struct SamplingError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The message in words.
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// A probability distribution or rank-correlation matrix with bad parameters. The message names the
/// distribution, the bad parameter, its value and the fix.
///
/// Example: `InputDistribution.uniform(lower: 2, upper: 1).validate()` throws "uniform: lower 2.0 must be
/// below upper 1.0; swap them or widen the range".
public struct DistributionError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The message in words.
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
