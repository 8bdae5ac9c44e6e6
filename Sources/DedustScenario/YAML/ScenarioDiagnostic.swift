/// One problem in a scenario file, located: `file:line:column: error: field.path: message`.
///
///     carbide.yaml:12:18: error: gas.temperature: "600 m" is a length, expected a temperature (e.g. "600 degC", "873.15 K")
public struct ScenarioDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// File name as given on the command line.
    public var file: String
    /// 1-based line and column (columns count Unicode scalars, as libyaml does).
    public var line: Int
    public var column: Int
    /// Dotted field path, e.g. `equipment.alpha_cyclone.diameter` or `configurations.retrofit.train[2]`.
    public var path: String
    /// What is wrong, with the offending value and what was expected.
    public var message: String

    public init(file: String, line: Int, column: Int, path: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    public var description: String {
        let location = "\(file):\(line):\(column): error: "
        return path.isEmpty ? location + message : location + "\(path): " + message
    }
}

/// Every problem found in a scenario file, reported together.
public struct ScenarioValidationError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [ScenarioDiagnostic]

    public init(diagnostics: [ScenarioDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        let n = diagnostics.count
        return diagnostics.map(\.description).joined(separator: "\n")
            + "\n\(n) error\(n == 1 ? "" : "s") in \(diagnostics.first?.file ?? "the scenario")"
    }
}
