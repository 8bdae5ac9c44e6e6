import Yams
import Foundation
import DedustPhysics

/// A YAML node with its field path and the log its problems go to. Every accessor reports a located,
/// worded error and returns nil when the value is unusable, so reading goes on and all errors are found.
struct YNode {
    let node: Node
    let path: String
    let log: DiagnosticLog

    var mark: Mark? { node.mark }

    func error(_ message: String) { log.error(at: mark, path: path, message) }

    /// `path.key` or `path[i]`.
    func child(_ node: Node, key: String) -> YNode { YNode(node: node, path: path.isEmpty ? key : "\(path).\(key)", log: log) }
    func child(_ node: Node, index: Int) -> YNode { YNode(node: node, path: "\(path)[\(index)]", log: log) }

    /// What the node is, in words, for "expected …, found …" messages.
    var kindPhrase: String {
        switch node {
        case let .scalar(s): return s.string.isEmpty ? "an empty value" : "the value \"\(s.string)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    // MARK: - Structure

    /// The node as a mapping whose keys must be among `allowed` (unknown keys are reported at the key,
    /// with a suggestion). Nil if it is not a mapping.
    func mapping(allowed: [String]?, what: String = "a mapping (key: value pairs)") -> YMap? {
        guard case let .mapping(m) = node else {
            error("expected \(what), found \(kindPhrase)")
            return nil
        }
        var entries: [(key: String, keyMark: Mark?, value: YNode)] = []
        var seen: Set<String> = []
        // YAML merge keys (`<<: *anchor` or `<<: [*a, *b]`): merged entries give way to the mapping's own keys.
        var pairs: [(Node, Node)] = m.filter { $0.key.scalar?.string != "<<" }.map { ($0.key, $0.value) }
        let own = Set(pairs.compactMap { $0.0.scalar?.string })
        for (k, v) in m where k.scalar?.string == "<<" {
            let sources: [Node]
            switch v {
            case .mapping: sources = [v]
            case let .sequence(items): sources = Array(items)
            default:
                log.error(at: k.mark, path: path, "a merge key \"<<\" needs a mapping or a list of mappings (e.g. <<: *base)")
                continue
            }
            for source in sources {
                guard case let .mapping(sm) = source else {
                    log.error(at: source.mark, path: path, "a merge key \"<<\" needs mappings to merge")
                    continue
                }
                for (sk, sv) in sm where !own.contains(sk.scalar?.string ?? "") {
                    if !pairs.contains(where: { $0.0.scalar?.string == sk.scalar?.string }) { pairs.append((sk, sv)) }
                }
            }
        }
        for (k, v) in pairs {
            guard let key = k.scalar?.string else {
                log.error(at: k.mark, path: path, "keys must be plain names, found \(YNode(node: k, path: path, log: log).kindPhrase)")
                continue
            }
            if seen.contains(key) {
                log.error(at: k.mark, path: path, "duplicate key \"\(key)\"")
                continue
            }
            seen.insert(key)
            if let allowed, !allowed.contains(key) {
                log.error(at: k.mark, path: path.isEmpty ? key : "\(path).\(key)",
                          "unknown key \"\(key)\"" + DidYouMean.hint(for: key, among: allowed))
                continue
            }
            entries.append((key, k.mark, child(v, key: key)))
        }
        return YMap(owner: self, entries: entries)
    }

    /// The node as a list.
    func sequence(what: String = "a list") -> [YNode]? {
        guard case let .sequence(s) = node else {
            error("expected \(what), found \(kindPhrase)")
            return nil
        }
        return s.enumerated().map { child($1, index: $0) }
    }

    // MARK: - Scalars

    /// The scalar text, or nil (with an error) for a mapping, list or empty value.
    func text(what: String = "a value") -> String? {
        guard case let .scalar(s) = node, !s.string.trimmingCharacters(in: .whitespaces).isEmpty else {
            error("expected \(what), found \(kindPhrase)")
            return nil
        }
        return s.string
    }

    /// A name: letters, digits, `_`, `-` (no `.` or `#`, which address ports and instances).
    func name(what: String = "a name") -> String? {
        guard let t = text(what: what) else { return nil }
        let ok = t.unicodeScalars.allSatisfy {
            ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "-")
        }
        guard ok else {
            error("\"\(t)\" is not a valid name; use letters, digits, \"_\" and \"-\" (\".\" and \"#\" address ports and repeated units)")
            return nil
        }
        return t
    }

    /// One of `options`.
    func choice(_ options: [String], what: String) -> String? {
        guard let t = text(what: what) else { return nil }
        guard options.contains(t) else {
            error("unknown \(what) \"\(t)\"" + DidYouMean.hint(for: t, among: options))
            return nil
        }
        return t
    }

    /// `true`/`false` (also yes/no, on/off).
    func bool() -> Bool? {
        guard let t = text(what: "true or false") else { return nil }
        switch t.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error("expected true or false, found \"\(t)\"")
            return nil
        }
    }

    /// A plain number (percent allowed: "15 %"), checked against `range`.
    func number(in range: ValueRange = .any, what: String = "a number") -> Double? {
        quantity(.dimensionless, in: range)
    }

    /// A non-negative whole number, checked against `range`.
    func integer(in range: ClosedRange<Int>, what: String = "a whole number") -> Int? {
        guard let t = text(what: what) else { return nil }
        guard let v = Int(t.trimmingCharacters(in: .whitespaces)) else {
            error("expected \(what), found \"\(t)\"")
            return nil
        }
        guard range.contains(v) else {
            error("\(v) is out of range; expected \(what) from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return v
    }

    func warning(_ message: String) { log.warning(at: mark, path: path, message) }

    /// A quantity with units (SI result), checked against `range` (SI, validity) and then against `plausible`
    /// (default: the kind's broad ``QuantityKind/plausibleRange``): a bare number outside the plausible range is
    /// an error that says what it was read as and which unit makes it plausible; a value with its unit outside
    /// it is accepted with a warning.
    func quantity(_ kind: QuantityKind, in range: ValueRange = .any, plausible: PlausibleRange? = nil) -> Double? {
        guard let t = text(what: kind.phrase) else { return nil }
        let value: Double
        do {
            value = try Units.parse(t, as: kind)
        } catch {
            self.error(error.description)
            return nil
        }
        guard let checked = check(value, range, text: t) else { return nil }
        return plausibility(checked, text: t, range: plausible ?? kind.plausibleRange)
    }

    /// `value` if plausible under `range`; otherwise reports the bare number (error, nil) or the value with its
    /// unit (warning, value kept).
    private func plausibility(_ value: Double, text: String, range: PlausibleRange?) -> Double? {
        guard let range, let finding = Units.plausibility(of: text, value: value, range: range) else { return value }
        if finding.isError {
            error(finding.description)
            return nil
        }
        warning(finding.description)
        return value
    }

    /// A volumetric flow with its basis (plausible: the kind's range on either basis).
    func flow() -> VolumetricFlow? {
        guard let t = text(what: QuantityKind.volumetricFlow.phrase) else { return nil }
        do {
            let q = try Units.parseFlow(t)
            switch q {
            case let .actual(v), let .normal(v):
                guard check(v, .positive, text: t) != nil,
                      plausibility(v, text: t, range: QuantityKind.volumetricFlow.plausibleRange) != nil else { return nil }
            }
            return q
        } catch {
            self.error(error.description)
            return nil
        }
    }

    /// A dust concentration with its basis; plausible under `plausible` (kg/m³, and the same bound in kg/Nm³ and
    /// kg/kg).
    func concentration(in range: ValueRange = .nonNegative,
                       plausible: PlausibleRange = .dustConcentration) -> Concentration? {
        guard let t = text(what: QuantityKind.concentration.phrase) else { return nil }
        do {
            let c = try Units.parseConcentration(t)
            switch c {
            case let .actual(v), let .normal(v), let .loading(v):
                guard check(v, range, text: t) != nil, plausibility(v, text: t, range: plausible) != nil else { return nil }
            }
            return c
        } catch {
            self.error(error.description)
            return nil
        }
    }

    private func check(_ value: Double, _ range: ValueRange, text: String) -> Double? {
        if let problem = range.problem(value) {
            error("\"\(text)\" \(problem)")
            return nil
        }
        return value
    }
}

/// A mapping read from YAML, with the keys already checked against the allowed ones.
struct YMap {
    let owner: YNode
    let entries: [(key: String, keyMark: Mark?, value: YNode)]

    subscript(key: String) -> YNode? { entries.first { $0.key == key }?.value }

    var keys: [String] { entries.map(\.key) }

    /// Reports every key not in `allowed` at the key, with a suggestion. Returns whether all were known.
    @discardableResult
    func reportUnknown(allowed: [String], context: String = "") -> Bool {
        var ok = true
        for e in entries where !allowed.contains(e.key) {
            ok = false
            owner.log.error(at: e.keyMark, path: e.value.path,
                            "unknown key \"\(e.key)\"\(context)" + DidYouMean.hint(for: e.key, among: allowed))
        }
        return ok
    }

    func has(_ key: String) -> Bool { self[key] != nil }

    /// The value of `key`, or nil with "missing required field" located at the mapping.
    func required(_ key: String, _ what: String? = nil) -> YNode? {
        if let v = self[key] { return v }
        owner.error("missing required field \"\(key)\"" + (what.map { " (\($0))" } ?? ""))
        return nil
    }

    /// Exactly one of `keys`; reports none or several.
    func exactlyOne(of keys: [String], what: String) -> (String, YNode)? {
        let present = keys.filter { has($0) }
        if present.count == 1, let v = self[present[0]] { return (present[0], v) }
        if present.isEmpty {
            owner.error("missing \(what): give one of \(keys.map { "\"\($0)\"" }.joined(separator: ", "))")
        } else {
            owner.error("give only one \(what), found \(present.map { "\"\($0)\"" }.joined(separator: " and "))")
        }
        return nil
    }
}
