/// The address of one scalar or choice of a scenario, in the scenario's own words: the keys from the top of
/// the file down to the value, joined by dots.
///
///     gas.temperature                              the raw gas temperature
///     dust.size_distribution.log_normal.median    a distribution parameter
///     equipment.alpha_cyclone.diameter             a unit parameter (its descriptor gives kind, range, default)
///     equipment.alpha_cyclone.model                the unit's model, a choice
///     equipment.settler.heat_transfer.U            a field of a record parameter
///     equipment.cyclone.dispersion.sigma           a parameter of a submodel
///
/// Studies, design and calibration name their inputs this way; ``ScenarioDocument`` reads and sets them.
public struct ParameterPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let components: [String]

    /// A path from its dotted text; throws for an empty path or an empty component (`gas..flow`).
    public init(parsing text: String) throws(ParameterPathError) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !text.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else {
            throw ParameterPathError(path: text, message: "a parameter path is keys joined by dots, e.g. "
                                     + "\"equipment.alpha_cyclone.diameter\"")
        }
        components = parts
    }

    public init(components: [String]) { self.components = components }

    public init(stringLiteral value: String) {
        components = value.split(separator: ".").map(String.init)
    }

    public var description: String { components.joined(separator: ".") }

    /// The first `n` components as a path.
    func prefix(_ n: Int) -> String { components.prefix(n).joined(separator: ".") }
}

/// A path that does not exist, or a value that does not fit it; the message names the path and what would fit.
public struct ParameterPathError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
