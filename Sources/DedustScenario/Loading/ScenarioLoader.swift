import Foundation
import Yams
import DedustPhysics
import DedustFlowsheet

/// Reads and validates a scenario file. Every problem is collected with its `file:line:column` and field
/// path and thrown together as a ``ScenarioValidationError``; a scenario that loads is ready to run.
///
///     let scenario = try ScenarioLoader.load(path: "scenarios/recycle-loop.yaml")
public enum ScenarioLoader {
    /// Top-level keys of a scenario file.
    static let topLevelKeys = ["scenario", "seed", "size_grid", "gas", "dust", "equipment", "configurations",
                               "limits", "baseline", "economics", "model_spread"]

    /// Loads the file at `path`; `displayName` (default: `path`) is the file name used in messages.
    public static func load(path: String, displayName: String? = nil) throws -> Scenario {
        let name = displayName ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioValidationError(diagnostics: [
                ScenarioDiagnostic(file: name, line: 1, column: 1, path: "",
                                   message: FileManager.default.fileExists(atPath: path)
                                       ? "cannot read the file (permissions?)" : "no such file"),
            ])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ScenarioValidationError(diagnostics: [
                ScenarioDiagnostic(file: name, line: 1, column: 1, path: "", message: "the file is not valid UTF-8 text"),
            ])
        }
        return try parse(text, file: name)
    }

    /// Parses scenario text; `file` names it in messages.
    public static func parse(_ text: String, file: String) throws -> Scenario {
        try read(compose(text, file: file), file: file)
    }

    /// The YAML node tree of scenario text (syntax only; nothing is validated yet).
    static func compose(_ text: String, file: String) throws -> Node {
        let log = DiagnosticLog(file: file)
        // Yams checks every mapping's keys for duplicates by hashing the composed key nodes: an alias or an explicit
        // `? key` whose value is an alias bomb makes that hash exponential before any of our checks can run (a fuzz
        // finding). Scenario keys are plain names, so such keys are refused first, located.
        if let (line, column, what) = Self.nonScalarKey(in: text) {
            log.error(line: line, column: column, path: "",
                      "\(what) as a mapping key; keys are plain names (an alias may stand only as a value, e.g. train: *base)")
            throw ScenarioValidationError(diagnostics: log.diagnostics)
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                log.error(line: 1, column: 1, path: "", "the file is empty; a scenario needs at least "
                          + "\"scenario\", \"gas\", \"dust\", \"equipment\" and \"configurations\"")
                throw ScenarioValidationError(diagnostics: log.diagnostics)
            }
            return node
        } catch let error as YamlError {
            log.syntaxError(error)
            throw ScenarioValidationError(diagnostics: log.diagnostics)
        }
    }

    /// The first mapping key that is an alias (`*a: …`), an explicit key (`? …`) — at the start of a block line (after
    /// any `- ` markers) or after `{` or `,` in a flow collection — or a flow collection (`[…]: …`, `{…}: …`); text in
    /// quotes and comments is skipped. Nil if none.
    static func nonScalarKey(in text: String) -> (line: Int, column: Int, what: String)? {
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let chars = Array(raw)
            var i = 0, atKeyStart = true, quote: Character? = nil, lastMark: Character = " "
            while i < chars.count {
                let c = chars[i]
                if let q = quote {
                    if c == q { quote = nil }
                    i += 1
                    continue
                }
                if c == "#" && (i == 0 || chars[i - 1] == " ") { break }
                if c == "\"" || c == "'" { quote = c; atKeyStart = false; i += 1; continue }
                if c == " " || c == "\t" { i += 1; continue }
                // `[…]: v` or `{…}: v`: a flow collection as an implicit key.
                if c == ":", lastMark == "]" || lastMark == "}",
                   i + 1 == chars.count || " ,]}".contains(chars[i + 1]) {
                    return (n + 1, i + 1, "a flow collection (\"[…]:\" or \"{…}:\")")
                }
                lastMark = c
                if atKeyStart {
                    if c == "-" && (i + 1 == chars.count || chars[i + 1] == " ") { i += 1; continue }
                    if c == "?" && (i + 1 == chars.count || chars[i + 1] == " ") {
                        return (n + 1, i + 1, "an explicit key (\"? …\")")
                    }
                    if c == "*" {
                        var j = i + 1
                        while j < chars.count, !" ,[]{}:".contains(chars[j]) { j += 1 }
                        while j < chars.count, chars[j] == " " { j += 1 }
                        if j < chars.count, chars[j] == ":", j + 1 == chars.count || chars[j + 1] == " " {
                            return (n + 1, i + 1, "an alias (\"\(String(chars[i..<j]).trimmingCharacters(in: .whitespaces))\")")
                        }
                    }
                }
                atKeyStart = c == "{" || c == ","
                i += 1
            }
        }
        return nil
    }

    /// Validates a composed node tree into a scenario, every problem located.
    static func read(_ root: Node, file: String) throws -> Scenario {
        let log = DiagnosticLog(file: file)
        let scenario = ScenarioReader(log: log).read(YNode(node: root, path: "", log: log))
        let sorted = log.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        guard log.isEmpty, var scenario else { throw ScenarioValidationError(diagnostics: sorted) }
        scenario.warnings = sorted
        return scenario
    }
}

extension DiagnosticLog {
    /// A YAML syntax error, at the position libyaml reports.
    func syntaxError(_ error: YamlError) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = "YAML syntax: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
            self.error(at: mark, path: "", message)
        case let .duplicatedKeysInMapping(duplicates, context):
            self.error(at: context.mark, path: "", "duplicate keys \(duplicates.joined(separator: ", ")) in one mapping")
        default:
            self.error(line: 1, column: 1, path: "", "YAML: \(error)")
        }
    }
}
