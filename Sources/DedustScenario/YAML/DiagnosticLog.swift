import Yams

/// Collects located diagnostics while a scenario is read, so every problem of a file is reported at once.
final class DiagnosticLog {
    let file: String
    private(set) var diagnostics: [ScenarioDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    func error(line: Int, column: Int, path: String, _ message: String) {
        diagnostics.append(ScenarioDiagnostic(file: file, line: line, column: column, path: path, message: message))
    }

    func error(at mark: Mark?, path: String, _ message: String) {
        error(line: mark?.line ?? 1, column: mark?.column ?? 1, path: path, message)
    }

    /// A problem that does not make the file invalid (an implausible value with its unit, dust outside the
    /// size grid): reported, and carried into the run's reports.
    func warning(at mark: Mark?, path: String, _ message: String) {
        diagnostics.append(ScenarioDiagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, path: path,
                                              message: message, severity: .warning))
    }

    /// No errors (warnings may have been found).
    var isEmpty: Bool { errorCount == 0 }

    var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

    var warnings: [ScenarioDiagnostic] { diagnostics.filter { $0.severity == .warning } }
}
