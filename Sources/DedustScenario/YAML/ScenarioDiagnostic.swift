/// One problem in a scenario file, located: `file:line:column: error: field.path: message` (or `warning:` for a
/// value that is accepted but implausible, e.g. a particle size of "25 m").
///
///     carbide.yaml:12:18: error: gas.temperature: "600 m" is a length, expected a temperature (e.g. "600 degC", "873.15 K")
public struct ScenarioDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// An error makes the file invalid (exit 2); a warning is reported and the scenario still runs.
    public enum Severity: String, Sendable, Equatable {
        case error, warning
    }

    /// File name as given on the command line.
    public var file: String
    /// 1-based line and column (columns count Unicode scalars, as libyaml does).
    public var line: Int
    public var column: Int
    /// Dotted field path, e.g. `equipment.alpha_cyclone.diameter` or `configurations.retrofit.train[2]`.
    public var path: String
    /// What is wrong, with the offending value and what was expected.
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int, column: Int, path: String, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
        self.severity = severity
    }

    public var description: String {
        let location = "\(file):\(line):\(column): \(severity.rawValue): "
        return path.isEmpty ? location + message : location + "\(path): " + message
    }

    /// `field.path: message`, without the location (as a unit warning in reports).
    public var pathAndMessage: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Every problem found in a scenario file, reported together.
public struct ScenarioValidationError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [ScenarioDiagnostic]

    public init(diagnostics: [ScenarioDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Every error, then the count ("2 errors in bad.yaml"); warnings found on the way are listed too.
    public var description: String {
        let n = diagnostics.filter { $0.severity == .error }.count
        let w = diagnostics.count - n
        return diagnostics.map(\.description).joined(separator: "\n")
            + "\n\(n) error\(n == 1 ? "" : "s") in \(diagnostics.first?.file ?? "the scenario")"
            + (w > 0 ? " (and \(w) warning\(w == 1 ? "" : "s"))" : "")
    }
}
