import Foundation
import Yams
import DedustNumerics
import DedustPhysics

/// Reads and validates a study file (``StudySpecification``). Every problem is collected with its
/// `file:line:column` and field path and thrown together as a ``ScenarioValidationError``, as for scenarios;
/// a problem in the scenario the study names is reported in that file.
///
///     let study = try StudyLoader.load(path: "scenarios/studies/carbide-furnace-study.yaml")
public enum StudyLoader {
    static let topLevelKeys = ["study", "scenario", "seed", "sampling", "inputs", "correlations", "sweep",
                               "sensitivity", "configurations", "compare", "confidence", "bootstrap"]
    static let distributionKeys = ["distribution", "lower", "upper", "mode", "mean", "standard_deviation", "median",
                                   "gsd", "weights", "also"]
    /// Largest number of evaluations one study may declare (the store and the statistics are streamed; this
    /// bounds a typing error such as `samples: 1e9`).
    public static let maxEvaluations = 50_000_000

    public static func load(path: String, displayName: String? = nil) throws -> StudySpecification {
        let name = displayName ?? path
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ScenarioValidationError(diagnostics: [
                ScenarioDiagnostic(file: name, line: 1, column: 1, path: "",
                                   message: FileManager.default.fileExists(atPath: path)
                                       ? "cannot read the file as UTF-8 text" : "no such file"),
            ])
        }
        let directory = (path as NSString).deletingLastPathComponent
        return try parse(text, file: name, directory: directory)
    }

    /// Parses study text; a relative `scenario:` is resolved against `directory`.
    public static func parse(_ text: String, file: String, directory: String) throws -> StudySpecification {
        let root = try ScenarioLoader.compose(text, file: file)
        let log = DiagnosticLog(file: file)
        let reader = StudyReader(log: log, directory: directory, file: file)
        let study = try reader.read(YNode(node: root, path: "", log: log))
        let sorted = log.diagnostics.filter { $0.severity == .error }.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        guard sorted.isEmpty, var study else { throw ScenarioValidationError(diagnostics: sorted) }
        let scenarioPath = study.scenarioFile.hasPrefix("/") ? study.scenarioFile
            : (directory as NSString).appendingPathComponent(study.scenarioFile)
        let scenarioText = FileManager.default.contents(atPath: scenarioPath).flatMap { String(data: $0, encoding: .utf8) } ?? ""
        study.fingerprint = Fingerprint.of([text, scenarioText])
        return study
    }
}

/// The reading of one study file (errors go to `log`; nil when the file is unusable).
struct StudyReader {
    let log: DiagnosticLog
    let directory: String
    let file: String

    func read(_ root: YNode) throws -> StudySpecification? {
        guard let top = root.mapping(allowed: StudyLoader.topLevelKeys, what: "a study: study, scenario, inputs, …") else {
            return nil
        }
        let name = top.required("study", "the study's title")?.text(what: "a title") ?? ""
        guard let scenarioNode = top.required("scenario", "the scenario file the study varies, relative to this file"),
              let scenarioFile = scenarioNode.text(what: "a scenario file name") else { return nil }
        let scenarioPath = scenarioFile.hasPrefix("/") ? scenarioFile : (directory as NSString).appendingPathComponent(scenarioFile)
        guard FileManager.default.fileExists(atPath: scenarioPath) else {
            scenarioNode.error("no scenario file \"\(scenarioFile)\" (looked at \(scenarioPath))")
            return nil
        }
        // The scenario's own errors are located in the scenario file.
        let document = try ScenarioDocument.load(path: scenarioPath, displayName: scenarioPath)
        let scenario = document.scenario

        let seed: UInt64 = top["seed"].flatMap { node -> UInt64? in
            guard let t = node.text(what: "a seed (a whole number)") else { return nil }
            guard let s = UInt64(t.trimmingCharacters(in: .whitespaces)) else {
                node.error("expected a seed (a whole number ≥ 0), found \"\(t)\"")
                return nil
            }
            return s
        } ?? scenario.seed

        let sampling = readSampling(top["sampling"])
        let inputs = top["inputs"].map { readInputs($0, document) } ?? []
        let sweep = top["sweep"].map { readSweep($0, document) } ?? []
        if !top.has("inputs") && !top.has("sweep") {
            top.owner.error("a study needs \"inputs\" (uncertain inputs by parameter path) or \"sweep\" (a grid over one "
                            + "or two paths), or both")
        }
        let correlation = readCorrelations(top["correlations"], inputs)

        var sensitivity: StudySensitivity = inputs.isEmpty ? .none : .rank
        if let node = top["sensitivity"],
           let s = node.choice(StudySensitivity.allCases.map(\.rawValue), what: "sensitivity method") {
            sensitivity = StudySensitivity(rawValue: s) ?? .rank
            if sensitivity != .none && inputs.isEmpty {
                node.error("sensitivity needs uncertain \"inputs\"; a sweep alone has none")
            }
            if sensitivity == .sobol && !sweep.isEmpty {
                node.error("Sobol' indices and a sweep cannot share one study; write two study files, or use "
                           + "sensitivity: rank")
            }
            if sensitivity == .sobol && correlation.declared {
                node.error("Sobol' indices assume independent inputs; with \"correlations\" use sensitivity: rank "
                           + "(rank correlations stay valid for correlated inputs)")
            }
        }

        let names = scenario.configurations.map(\.name)
        var configurations = names
        if let node = top["configurations"], let list = node.sequence(what: "a list of configuration names") {
            configurations = []
            for item in list {
                guard let n = item.text(what: "a configuration name") else { continue }
                guard names.contains(n) else {
                    item.error("no configuration \"\(n)\" in \(scenarioFile)" + DidYouMean.hint(for: n, among: names))
                    continue
                }
                if configurations.contains(n) { item.error("configuration \"\(n)\" is listed twice") } else { configurations.append(n) }
            }
            configurations = names.filter(configurations.contains)   // scenario order
        }
        var comparisons: [(String, String)] = []
        if let node = top["compare"], let list = node.sequence(what: "a list of pairs [A, B]") {
            for item in list {
                guard let pair = item.sequence(what: "a pair [A, B] of configuration names") else { continue }
                let both = pair.compactMap { $0.text(what: "a configuration name") }
                guard both.count == 2, both[0] != both[1] else {
                    item.error("a comparison is a pair of two different configurations, e.g. [retrofit, original]")
                    continue
                }
                for (n, node) in zip(both, pair) where !configurations.contains(n) {
                    node.error("no configuration \"\(n)\" in this study" + DidYouMean.hint(for: n, among: configurations))
                }
                comparisons.append((both[0], both[1]))
            }
        } else {
            let base = configurations.contains(scenario.baseline) ? scenario.baseline : configurations.first
            let others = configurations.filter { $0 != base }
            comparisons = base.map { b in others.map { ($0, b) } } ?? []
            for (i, a) in others.enumerated() { for b in others[(i + 1)...] { comparisons.append((a, b)) } }
        }

        let confidence = top["confidence"]?.number(in: ValueRange(lower: 0.5, upper: 0.999)) ?? 0.95
        let bootstrap = top["bootstrap"]?.integer(in: 0...100_000) ?? 500

        var evaluations = sampling.samples
        if sensitivity == .sobol { evaluations *= inputs.count + 2 }
        if !sweep.isEmpty { evaluations *= sweep.reduce(1) { $0 * $1.points.count } }
        if evaluations > StudyLoader.maxEvaluations {
            top.owner.error("the study declares \(evaluations) evaluations, more than \(StudyLoader.maxEvaluations); "
                            + "lower \"samples\" or the sweep's points")
        }
        guard log.isEmpty else { return nil }
        return StudySpecification(
            name: name, file: file, scenarioFile: scenarioFile, document: document, seed: seed, sampling: sampling,
            inputs: inputs, rankCorrelation: correlation.matrix, sweep: sweep, sensitivity: sensitivity,
            configurations: configurations, comparisons: comparisons, confidence: confidence, bootstrap: bootstrap)
    }

    // MARK: - Sampling

    func readSampling(_ node: YNode?) -> StudySampling {
        var s = StudySampling(method: .sobol, samples: 256)
        guard let node, let m = node.mapping(allowed: ["method", "samples"]) else { return s }
        if let n = m["method"], let t = n.choice(SamplingMethod.allCases.map(\.rawValue), what: "sampling method") {
            s.method = SamplingMethod(rawValue: t) ?? .sobol
        }
        if let n = m["samples"] {
            if let t = n.text(what: "a sample count"), let v = Int(t.trimmingCharacters(in: .whitespaces)), v < 1 {
                n.error("the sample count must be at least 1, found \(v)")
            } else if let v = n.integer(in: 1...StudyLoader.maxEvaluations, what: "a sample count (a whole number ≥ 1)") {
                s.samples = v
            }
        }
        return s
    }

    // MARK: - Inputs

    func readInputs(_ node: YNode, _ document: ScenarioDocument) -> [StudyInput] {
        guard let m = node.mapping(allowed: nil, what: "a mapping of parameter path: distribution") else { return [] }
        var inputs: [StudyInput] = []
        for entry in m.entries {
            guard let (path, descriptor) = resolve(entry.key, at: entry.value, keyMark: entry.keyMark, document) else { continue }
            if let input = readInput(entry.value, path, descriptor, document) { inputs.append(input) }
        }
        return inputs
    }

    /// The path and its descriptor, or nil with the path error located at the key.
    func resolve(_ key: String, at node: YNode, keyMark: Mark?, _ document: ScenarioDocument)
        -> (ParameterPath, ParameterDescriptor)? {
        do {
            let path = try ParameterPath(parsing: key)
            return (path, try document.descriptor(at: path))
        } catch {
            log.error(at: keyMark, path: node.path, error.path == key ? error.message : error.description)
            return nil
        }
    }

    func readInput(_ node: YNode, _ path: ParameterPath, _ d: ParameterDescriptor,
                   _ document: ScenarioDocument) -> StudyInput? {
        guard let m = node.mapping(allowed: StudyLoader.distributionKeys,
                                   what: "a distribution, e.g. {distribution: uniform, lower: …, upper: …}") else { return nil }
        let nominal = (try? document.value(at: path).text) ?? nil
        let kinds = ["uniform", "triangular", "normal", "log_normal", "choice"]
        guard let kindNode = m.required("distribution", kinds.joined(separator: ", ")),
              let kind = kindNode.choice(kinds, what: "distribution") else { return nil }
        let allowed: [String: [String]] = [
            "uniform": ["lower", "upper"], "triangular": ["lower", "mode", "upper"],
            "normal": ["mean", "standard_deviation", "lower", "upper"],
            "log_normal": ["median", "gsd", "lower", "upper"], "choice": ["weights"],
        ]
        m.reportUnknown(allowed: ["distribution", "also"] + allowed[kind, default: []], context: " for a \(kind) distribution")
        let also = readAlso(m["also"], path, d, document)
        guard var input = readDistribution(m, kind: kind, kindNode: kindNode, node, path, d, document, nominal: nominal) else {
            return nil
        }
        input.also = also
        return input
    }

    /// `also: [path, …]`: parameters set to the same value as the input (one uncertainty that several units share,
    /// e.g. the effective-area factor of two settler designs); each must be of the input's kind.
    func readAlso(_ node: YNode?, _ path: ParameterPath, _ d: ParameterDescriptor,
                  _ document: ScenarioDocument) -> [ParameterPath] {
        guard let node, let list = node.sequence(what: "a list of parameter paths set to the same value") else { return [] }
        var out: [ParameterPath] = []
        for item in list {
            guard let t = item.text(what: "a parameter path") else { continue }
            do {
                let p = try ParameterPath(parsing: t)
                let other = try document.descriptor(at: p)
                guard other.kind == d.kind else {
                    item.error("\(t) is \(other.kind.phrase) and \(path) is \(d.kind.phrase); \"also\" sets paths of the same kind")
                    continue
                }
                out.append(p)
            } catch {
                item.error(error.description)
            }
        }
        return out
    }

    func readDistribution(_ m: YMap, kind: String, kindNode: YNode, _ node: YNode, _ path: ParameterPath,
                          _ d: ParameterDescriptor, _ document: ScenarioDocument, nominal: String?) -> StudyInput? {

        if kind == "choice" {
            return readChoice(m, path, d, nominal: nominal ?? "")
        }
        switch d.kind {
        case .quantity, .number: break
        case .choice, .choiceOrNumber, .integer, .flag:
            kindNode.error("\(path) is \(d.kind.phrase); give it distribution: choice with weights")
            return nil
        default:
            kindNode.error("\(path) is \(d.kind.phrase), not a single value")
            return nil
        }
        var unitText: String?
        func bound(_ key: String, required: Bool = true, spread: Bool = false) -> Double? {
            guard let n = required ? m.required(key) : m[key] else { return nil }
            return value(n, d, path, document, unitText: &unitText, difference: spread)
        }
        let distribution: InputDistribution?
        switch kind {
        case "uniform":
            guard let lo = bound("lower"), let hi = bound("upper") else { return nil }
            distribution = .uniform(lower: lo, upper: hi)
        case "triangular":
            guard let lo = bound("lower"), let mode = bound("mode"), let hi = bound("upper") else { return nil }
            distribution = .triangular(lower: lo, mode: mode, upper: hi)
        case "normal":
            guard let mean = bound("mean"), let sd = bound("standard_deviation", spread: true) else { return nil }
            distribution = .normal(mean: mean, standardDeviation: sd, lower: bound("lower", required: false),
                                   upper: bound("upper", required: false))
        default:
            guard let median = bound("median"), let gsdNode = m.required("gsd", "geometric standard deviation σ_g > 1"),
                  let gsd = gsdNode.number(in: ValueRange(lower: 1, lowerInclusive: false)) else { return nil }
            distribution = .logNormal(median: median, geometricStandardDeviation: gsd,
                                      lower: bound("lower", required: false), upper: bound("upper", required: false))
        }
        guard let distribution else { return nil }
        do { try distribution.validate() } catch {
            // The distribution speaks SI; say what was written too when the file used other units.
            let written = m.entries.filter { $0.key != "distribution" }.compactMap { e -> String? in
                guard case let .scalar(s) = e.value.node else { return nil }
                return "\(e.key) \(s.string)"
            }
            let si = siUnit(d).isEmpty ? "" : " (in \(siUnit(d)); as written: \(written.joined(separator: ", ")))"
            node.error(error.description + si)
            return nil
        }
        // The support must stay where the parameter is valid (truncate where the physics needs it).
        if let range = d.range {
            let tail = 1e-9
            if let lo = range.lower, distribution.cdf(lo) > tail {
                node.error("the \(kind) distribution puts \(percent(distribution.cdf(lo))) of its mass at or below "
                           + "\(ValueRange.format(lo)) \(siUnit(d)), where \(path) is not valid (\(range.interval)); "
                           + "raise its lower bound or add lower: (truncation)")
                return nil
            }
            if let hi = range.upper, 1 - distribution.cdf(hi) > tail {
                node.error("the \(kind) distribution puts \(percent(1 - distribution.cdf(hi))) of its mass above "
                           + "\(ValueRange.format(hi)) \(siUnit(d)), where \(path) is not valid (\(range.interval)); "
                           + "lower its upper bound or add upper: (truncation)")
                return nil
            }
        }
        let writer = makeWriter(path, d, document, unitText: unitText ?? "")
        return StudyInput(path: path, descriptor: d, distribution: distribution, choices: [], writer: writer,
                          nominal: nominal ?? d.defaultDescription ?? "", distributionText: Self.describe(m))
    }

    func readChoice(_ m: YMap, _ path: ParameterPath, _ d: ParameterDescriptor, nominal: String) -> StudyInput? {
        guard let wNode = m.required("weights", "a mapping of choice: weight"),
              let wm = wNode.mapping(allowed: nil, what: "a mapping of choice: weight, e.g. {barth: 0.5, lapple: 0.5}")
        else { return nil }
        var names: [String] = [], weights: [Double] = []
        let options: [String]?
        switch d.kind {
        case let .choice(n), let .choiceOrNumber(n): options = n
        case .flag: options = ["true", "false"]
        case .integer: options = nil
        default:
            wNode.error("\(path) is \(d.kind.phrase); a choice distribution needs a choice, a flag or a whole number")
            return nil
        }
        for e in wm.entries {
            if let options, !options.contains(e.key) {
                log.error(at: e.keyMark, path: e.value.path, "\"\(e.key)\" is not a value of \(path)"
                          + DidYouMean.hint(for: e.key, among: options))
                continue
            }
            if options == nil {
                guard let v = Int(e.key) else {
                    log.error(at: e.keyMark, path: e.value.path, "\(path) is a whole number; \"\(e.key)\" is not one")
                    continue
                }
                if let problem = d.range?.problem(Double(v)) {
                    log.error(at: e.keyMark, path: e.value.path, "\(v) \(problem)")
                    continue
                }
            }
            guard let w = e.value.number(in: .nonNegative) else { continue }
            names.append(e.key)
            weights.append(w)
        }
        guard !names.isEmpty else {
            wNode.error("give at least one choice with its weight")
            return nil
        }
        let distribution = InputDistribution.discrete(weights: weights)
        do { try distribution.validate() } catch {
            wNode.error("choice weights: \(error.description)")
            return nil
        }
        return StudyInput(path: path, descriptor: d, distribution: distribution, choices: names,
                          writer: ValueWriter(form: .plain, displayUnit: "", scale: 1, offset: 0), nominal: nominal,
                          distributionText: "choice, " + zip(names, weights).map { "\($0) \($1)" }.joined(separator: ", "))
    }

    /// The SI value of a bound, checked against the parameter's kind and the basis of the value it replaces.
    /// `difference`: a spread (standard deviation), for which an affine unit's offset does not apply.
    func value(_ n: YNode, _ d: ParameterDescriptor, _ path: ParameterPath, _ document: ScenarioDocument,
               unitText: inout String?, difference: Bool = false) -> Double? {
        guard let t = n.text(what: "a value of \(path)") else { return nil }
        if case let .quantity(kind) = d.kind {
            if kind == .concentration || kind == .volumetricFlow {
                let basis = Self.basis(t, kind), scenarioBasis = ((try? document.value(at: path).text) ?? nil).flatMap { Self.basis($0, kind) }
                if let basis, let scenarioBasis, basis != scenarioBasis {
                    n.error("\"\(t)\" is on the \(basis) basis and \(path) is written on the \(scenarioBasis) basis in the "
                            + "scenario; write the distribution on the \(scenarioBasis) basis")
                    return nil
                }
            }
        }
        guard case let .number(v)? = ScenarioDocument.parse(t, as: d) else {
            n.error("\"\(t)\" is not \(d.kind.phrase)" + (siUnit(d).isEmpty ? "" : " (e.g. in \(siUnit(d)))"))
            return nil
        }
        let unit = Self.unitPart(t)
        if unitText == nil { unitText = unit }
        if difference, case let .quantity(kind) = d.kind, !unit.isEmpty,
           let zero = try? Units.parse("0 \(unit)", as: kind), zero != 0 {
            return v - zero   // a spread in degC is a spread in K
        }
        return v
    }

    func makeWriter(_ path: ParameterPath, _ d: ParameterDescriptor, _ document: ScenarioDocument,
                    unitText: String) -> ValueWriter {
        var form = ValueWriter.Form.plain
        if case .integer = d.kind { form = .integer }
        if case .quantity = d.kind, let sample = try? document.text(for: .number(1), at: path) {
            let suffix = sample.drop { $0 != " " }.trimmingCharacters(in: .whitespaces)
            form = suffix.isEmpty ? .plain : .si(suffix)
        }
        var scale = 1.0, offset = 0.0
        if case let .quantity(kind) = d.kind, !unitText.isEmpty,
           let zero = try? Units.parse("0 \(unitText)", as: kind), let one = try? Units.parse("1 \(unitText)", as: kind),
           one != zero {
            offset = zero
            scale = one - zero
        }
        return ValueWriter(form: form, displayUnit: unitText, scale: scale, offset: offset)
    }

    // MARK: - Correlations

    func readCorrelations(_ node: YNode?, _ inputs: [StudyInput]) -> (matrix: [[Double]], declared: Bool) {
        let k = inputs.count
        var r = (0..<k).map { i in (0..<k).map { j in i == j ? 1.0 : 0.0 } }
        guard let node, let list = node.sequence(what: "a list of {between: [path, path], rank: ρ}") else { return (r, false) }
        let paths = inputs.map(\.path.description)
        for item in list {
            guard let m = item.mapping(allowed: ["between", "rank"]) else { continue }
            guard let b = m.required("between", "the two input paths")?.sequence(what: "two input paths"),
                  let rho = m.required("rank", "Spearman rank correlation in (−1, 1)")?
                    .number(in: ValueRange(lower: -1, lowerInclusive: false, upper: 1, upperInclusive: false)) else { continue }
            let pair = b.compactMap { $0.text(what: "an input path") }
            guard pair.count == 2, pair[0] != pair[1] else {
                item.error("a correlation is between two different inputs, e.g. between: [dust.loading, gas.temperature]")
                continue
            }
            var idx: [Int] = []
            for (p, n) in zip(pair, b) {
                if let i = paths.firstIndex(of: p) { idx.append(i) } else {
                    n.error("\"\(p)\" is not one of the study's inputs" + DidYouMean.hint(for: p, among: paths))
                }
            }
            guard idx.count == 2 else { continue }
            if r[idx[0]][idx[1]] != 0 { item.error("the correlation between \(pair[0]) and \(pair[1]) is given twice") }
            r[idx[0]][idx[1]] = rho
            r[idx[1]][idx[0]] = rho
        }
        if log.isEmpty && k > 1 {
            do { _ = try GaussianCopula(rankCorrelation: r) } catch {
                node.error("the rank correlations do not form a valid correlation matrix: \(error.description); "
                           + "some pairs contradict each other — lower the largest ones")
            }
        }
        return (r, true)
    }

    // MARK: - Sweeps

    func readSweep(_ node: YNode, _ document: ScenarioDocument) -> [SweepAxis] {
        guard let m = node.mapping(allowed: nil, what: "a mapping of parameter path: {from, to, points} or a list of values")
        else { return [] }
        if m.entries.count > 2 {
            node.error("a sweep varies one or two paths (a curve or a map); found \(m.entries.count)")
        }
        var axes: [SweepAxis] = []
        for entry in m.entries.prefix(2) {
            guard let (path, d) = resolve(entry.key, at: entry.value, keyMark: entry.keyMark, document) else { continue }
            let v = entry.value
            var texts: [String] = []
            var unitText: String?
            var isChoice = false
            if case .sequence = v.node {
                for item in v.sequence() ?? [] {
                    guard let t = item.text(what: "a value of \(path)") else { continue }
                    var names: [String]?
                    if case let .choice(n) = d.kind { names = n }
                    if case let .choiceOrNumber(n) = d.kind, n.contains(t) { names = n }
                    var whole = false
                    if case .integer = d.kind { whole = true }
                    if case .flag = d.kind { whole = true }
                    if let names {
                        guard names.contains(t) else {
                            item.error("\"\(t)\" is not a value of \(path)" + DidYouMean.hint(for: t, among: names))
                            continue
                        }
                        isChoice = true
                        texts.append(t)
                    } else if whole {
                        guard ScenarioDocument.parse(t, as: d) != nil else {
                            item.error("\"\(t)\" is not \(d.kind.phrase)")
                            continue
                        }
                        isChoice = true
                        texts.append(t)
                    } else {
                        guard let x = value(item, d, path, document, unitText: &unitText) else { continue }
                        texts.append(String(x))
                    }
                }
            } else if let sm = v.mapping(allowed: ["from", "to", "points", "spacing"]) {
                var numeric = false
                if case .quantity = d.kind { numeric = true }
                if case .number = d.kind { numeric = true }
                guard numeric else {
                    v.error("\(path) is \(d.kind.phrase); sweep it over a list of values, e.g. [a, b, c]")
                    continue
                }
                guard let fromNode = sm.required("from"), let toNode = sm.required("to"),
                      let from = value(fromNode, d, path, document, unitText: &unitText),
                      let to = value(toNode, d, path, document, unitText: &unitText),
                      let n = sm.required("points", "the number of grid points")?.integer(in: 2...10_000) else { continue }
                let log = sm["spacing"]?.choice(["linear", "log"], what: "spacing") == "log"
                if log && (from <= 0 || to <= 0) { v.error("log spacing needs positive values"); continue }
                texts = (0..<n).map { i in
                    let f = Double(i) / Double(n - 1)
                    return String(log ? exp(Foundation.log(from) + f * (Foundation.log(to) - Foundation.log(from)))
                                      : from + f * (to - from))
                }
            }
            guard !texts.isEmpty else { v.error("the sweep of \(path) has no values"); continue }
            let writer = makeWriter(path, d, document, unitText: unitText ?? "")
            let points = isChoice ? texts : texts.map { writer.text(Double($0)!) }
            if !isChoice, let range = d.range {
                for t in texts where range.problem(Double(t)!) != nil {
                    v.error("the sweep reaches \(ValueRange.format(Double(t)!)) \(siUnit(d)), where \(path) "
                            + "\(range.problem(Double(t)!)!)")
                    break
                }
            }
            axes.append(SweepAxis(path: path, descriptor: d, points: points,
                                  displayValues: isChoice ? texts.indices.map(Double.init) : texts.map { writer.display(Double($0)!) },
                                  displayUnit: isChoice ? "" : writer.displayUnit, isChoice: isChoice))
        }
        return axes
    }

    // MARK: - Helpers

    /// "triangular, lower 100 g/Nm3, mode 150 g/Nm3, upper 300 g/Nm3".
    static func describe(_ m: YMap) -> String {
        let kind = m["distribution"].flatMap { if case let .scalar(s) = $0.node { return s.string } else { return nil } } ?? ""
        return ([kind] + m.entries.filter { $0.key != "distribution" }.compactMap { e -> String? in
            guard case let .scalar(s) = e.value.node else { return nil }
            return "\(e.key) \(s.string)"
        }).joined(separator: ", ")
    }

    static func unitPart(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let i = t.firstIndex(where: { !("0123456789.eE+-".contains($0)) }) else { return "" }
        return t[i...].trimmingCharacters(in: .whitespaces)
    }

    static func basis(_ text: String, _ kind: QuantityKind) -> String? {
        if kind == .concentration {
            switch try? Units.parseConcentration(text) {
            case .actual?: return "actual (m3)"
            case .normal?: return "normal (Nm3)"
            case .loading?: return "mass loading (kg/kg)"
            case nil: return nil
            }
        }
        switch try? Units.parseFlow(text) {
        case .actual?: return "actual (m3)"
        case .normal?: return "normal (Nm3)"
        case nil: return nil
        }
    }

    func siUnit(_ d: ParameterDescriptor) -> String {
        if case let .quantity(k) = d.kind { return k.siUnitText }
        return ""
    }

    func percent(_ x: Double) -> String { String(format: "%.2g %%", x * 100) }
}
