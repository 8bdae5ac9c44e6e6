/// A unit parameter or inlet value that the settler, baffle, bag-filter, cooler or circulating-cyclone models
/// cannot work with. The message names the parameter (as written in scenarios), the offending value and what
/// was expected.
///
///     throw SeparatorParameterError("length", 0, expected: "a positive length in m")
///     // "gravity settler parameter 'length' is 0.0; expected a positive length in m"
public struct SeparatorParameterError: Error, CustomStringConvertible, Equatable {
    /// The full message.
    public let description: String

    /// A message written out in full.
    public init(message: String) { description = message }

    /// "`unit` parameter '`name`' is `value`; expected `expected`".
    public init(_ name: String, _ value: Double, expected: String, unit: String = "unit") {
        description = "\(unit) parameter '\(name)' is \(value); expected \(expected)"
    }

    /// Throws unless `value` is finite and > 0.
    static func requirePositive(_ name: String, _ value: Double, unit: String, what: String = "a positive value") throws {
        guard value > 0, value.isFinite else { throw SeparatorParameterError(name, value, expected: what, unit: unit) }
    }

    /// Throws unless `value` is finite and ≥ 0.
    static func requireNonNegative(_ name: String, _ value: Double, unit: String,
                                   what: String = "a value ≥ 0") throws {
        guard value >= 0, value.isFinite else { throw SeparatorParameterError(name, value, expected: what, unit: unit) }
    }

    /// Throws unless `value` lies in the closed interval.
    static func requireRange(_ name: String, _ value: Double, _ range: ClosedRange<Double>, unit: String) throws {
        guard range.contains(value) else {
            throw SeparatorParameterError(name, value,
                                          expected: "a value in [\(range.lowerBound), \(range.upperBound)]", unit: unit)
        }
    }
}

/// Checks common to every inlet: positive flow, temperature and pressure, non-negative dust.
func validateInlet(_ inlet: SeparatorInlet, unit: String) throws {
    try SeparatorParameterError.requirePositive("inlet volumetric_flow", inlet.volumetricFlow, unit: unit,
                                                what: "a positive actual gas flow in m³/s")
    try SeparatorParameterError.requirePositive("inlet temperature", inlet.temperature, unit: unit,
                                                what: "a positive absolute temperature in K")
    try SeparatorParameterError.requirePositive("inlet pressure", inlet.pressure, unit: unit,
                                                what: "a positive absolute pressure in Pa")
    try SeparatorParameterError.requireNonNegative("inlet dust_concentration", inlet.dustConcentration, unit: unit,
                                                   what: "a dust concentration ≥ 0 in kg/m³")
    try SeparatorParameterError.requirePositive("inlet particle_density", inlet.particleDensity, unit: unit,
                                                what: "a positive particle density in kg/m³")
}
