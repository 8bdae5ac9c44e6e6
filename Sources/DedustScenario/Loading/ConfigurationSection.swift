import Yams
import DedustFlowsheet
import DedustSeparators

extension ScenarioReader {
    func readConfigurations(_ node: YNode, equipment: EquipmentLibrary) -> [ConfigurationSpecification]? {
        guard let m = node.mapping(allowed: nil, what: "a mapping of configuration names to trains") else { return nil }
        guard !m.entries.isEmpty else {
            node.error("no configurations; give at least one, e.g. \"base: {train: [cyclone]}\"")
            return nil
        }
        var result: [ConfigurationSpecification] = []
        var ok = true
        for entry in m.entries {
            guard node.nameIsValid(entry.key) else {
                log.error(at: entry.keyMark, path: entry.value.path,
                          "\"\(entry.key)\" is not a valid configuration name; use letters, digits, \"_\" and \"-\"")
                ok = false
                continue
            }
            if let c = readConfiguration(name: entry.key, entry.value, equipment: equipment) {
                result.append(c)
            } else {
                ok = false
            }
        }
        let total = result.reduce(0) { $0 + $1.flowsheet.units.count }
        if ok, total > Self.maxScenarioUnits {
            node.error("the configurations hold \(total) unit instances in all (through YAML aliases?); a scenario may "
                       + "have at most \(Self.maxScenarioUnits), so that one run stays bounded")
            return nil
        }
        return ok ? result : nil
    }

    func readConfiguration(name: String, _ node: YNode, equipment: EquipmentLibrary) -> ConfigurationSpecification? {
        guard let m = node.mapping(allowed: ["train", "recycle", "streams", "description"],
                                   what: "a configuration mapping with \"train\" (or \"streams\")") else { return nil }
        if m.has("streams") {
            if m.has("train") || m.has("recycle") {
                node.error("give either \"train\" (with optional \"recycle\") or \"streams\", not both")
                return nil
            }
            return m["streams"].flatMap { readStreams($0, name: name, equipment: equipment) }
        }
        guard let trainNode = m.required("train", "a list of units, e.g. [settler, cyclone]") else { return nil }
        var budget = Self.maxTrainElements
        guard Self.fits(trainNode.node, budget: &budget) else {
            trainNode.error("this train expands to more than \(Self.maxTrainElements) units, groups and branches "
                            + "(through YAML aliases?); a configuration may have at most \(Self.maxTrainElements)")
            return nil
        }
        guard let train = readTrain(trainNode, equipment: equipment) else { return nil }
        guard !train.isEmpty else {
            trainNode.error("the train is empty; list at least one unit")
            return nil
        }
        let ids = TrainElement.instanceIDs(train)
        guard ids.count <= Self.maxConfigurationUnits else {
            trainNode.error("this train has \(ids.count) unit instances (through YAML aliases?); a configuration may have at "
                            + "most \(Self.maxConfigurationUnits): its mass balance is one dense solve over the units (n³ work)")
            return nil
        }
        let refs = TrainElement.references(train)
        guard let units = instances(ids: ids, refs: refs, equipment: equipment) else { return nil }
        var flowsheet = Flowsheet(units: units, streams: TrainElement.streams(train))
        if let recycleNode = m["recycle"] {
            guard let items = recycleNode.sequence(what: "a list of recycle streams {from, to, fraction}") else { return nil }
            var ok = true
            for item in items {
                guard let r = readRecycle(item, ids: ids, refs: refs) else { ok = false; continue }
                flowsheet.addRecycle(from: r.source, to: r.destination, fraction: r.fraction)
            }
            guard ok else { return nil }
        }
        let problems = flowsheet.inconsistencies
        guard problems.isEmpty else {
            for p in problems { node.error(p) }
            return nil
        }
        return ConfigurationSpecification(name: name, flowsheet: flowsheet)
    }

    /// Most elements (unit names, lists and mappings, counted after YAML aliases are expanded) one train may
    /// have. Aliases let a short file describe an exponentially large train (`[*a, *a]` of `[*b, *b]` …); the count
    /// stops at the bound, so refusing one costs at most this many visits.
    static let maxTrainElements = 10_000

    /// Most unit instances one configuration may have: the per-class mass balance is one dense LAPACK solve of
    /// that order (n³/3 flops per distinct class matrix: 1000 units ≈ 3·10⁸), and every unit is evaluated.
    static let maxConfigurationUnits = 1000

    /// Most unit instances all configurations of a scenario may have together.
    static let maxScenarioUnits = 4000

    /// Whether `node` has at most `budget` elements; counts them off `budget`, stopping once it is spent.
    static func fits(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case let .sequence(items):
            for item in items where !fits(item, budget: &budget) { return false }
        case let .mapping(pairs):
            for pair in pairs where !fits(pair.value, budget: &budget) { return false }
        default:
            break
        }
        return true
    }

    private func instances(ids: [String], refs: [String], equipment: EquipmentLibrary) -> [FlowsheetUnit]? {
        var units: [FlowsheetUnit] = []
        for (id, ref) in zip(ids, refs) {
            guard let entry = equipment[ref], let spec = entry.spec else { return nil }
            units.append(FlowsheetUnit(id: id, equipment: ref, model: spec.separator))
        }
        return units
    }

    /// Train elements: a unit name, or `{parallel: [branch, …], split: [f, …]}` where a branch is a unit name
    /// or a list of elements in series (`[]` is a bypass).
    func readTrain(_ node: YNode, equipment: EquipmentLibrary) -> [TrainElement]? {
        guard let items = node.sequence(what: "a list of units and parallel groups") else { return nil }
        var elements: [TrainElement] = []
        var ok = true
        for item in items {
            if let e = readTrainElement(item, equipment: equipment) { elements.append(e) } else { ok = false }
        }
        return ok ? elements : nil
    }

    private func readTrainElement(_ node: YNode, equipment: EquipmentLibrary) -> TrainElement? {
        switch node.node {
        case .scalar:
            guard let ref = node.text(what: "a unit name") else { return nil }
            guard let entry = equipment[ref] else {
                node.error("unknown unit \"\(ref)\"" + DidYouMean.hint(for: ref, among: equipment.keys.sorted()))
                return nil
            }
            return entry.spec == nil ? nil : .unit(ref)
        case .mapping:
            guard let m = node.mapping(allowed: ["parallel", "split"]),
                  let branchesNode = m.required("parallel", "a list of branches"),
                  let branchItems = branchesNode.sequence(what: "a list of branches") else { return nil }
            guard branchItems.count >= 2 else {
                branchesNode.error("a parallel group needs at least 2 branches, found \(branchItems.count)")
                return nil
            }
            var branches: [[TrainElement]] = []
            var ok = true
            for b in branchItems {
                if case .sequence = b.node {
                    if let series = readTrain(b, equipment: equipment) { branches.append(series) } else { ok = false }
                } else if let e = readTrainElement(b, equipment: equipment) {
                    branches.append([e])
                } else {
                    ok = false
                }
            }
            var split: [Double]?
            if let splitNode = m["split"] {
                guard let items = splitNode.sequence(what: "a list of gas fractions, one per branch") else { return nil }
                let values = items.map { $0.number(in: .openFraction) }
                guard values.allSatisfy({ $0 != nil }) else { return nil }
                let x = values.compactMap { $0 }
                if x.count != branchItems.count {
                    splitNode.error("found \(x.count) split fractions for \(branchItems.count) branches; give one per branch")
                    return nil
                }
                let sum = x.reduce(0, +)
                if abs(sum - 1) > 1e-9 {
                    splitNode.error("split fractions add up to \(sum), expected 1")
                    return nil
                }
                split = x
            }
            return ok ? .parallel(branches, split: split) : nil
        default:
            node.error("expected a unit name or {parallel: [...]}, found \(node.kindPhrase)")
            return nil
        }
    }

    /// `{from: unit.outlet | unit.collected, to: unit, fraction: f}`.
    private func readRecycle(_ node: YNode, ids: [String], refs: [String])
        -> (source: StreamSource, destination: Int, fraction: Double)? {
        guard let m = node.mapping(allowed: ["from", "to", "fraction"]) else { return nil }
        let fromNode = m.required("from", "e.g. cyclone.outlet or cyclone.collected")
        let toNode = m.required("to", "the unit whose inlet receives the stream")
        let fraction = m.required("fraction", "share of the stream returned, in (0, 1]")?.number(in: .openFraction)
        var source: StreamSource?
        if let fromNode, let t = fromNode.text(what: "a port like cyclone.outlet") {
            let parts = t.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 2, let i = resolve(parts[0], ids: ids, refs: refs, at: fromNode) {
                switch parts[1] {
                case "outlet": source = .outlet(i)
                case "collected": source = .collected(i)
                default: fromNode.error("unknown port \"\(parts[1])\" of \(parts[0]); expected \"outlet\" or \"collected\"")
                }
            } else if parts.count != 2 {
                fromNode.error("expected a port like \"cyclone.outlet\" or \"cyclone.collected\", found \"\(t)\"")
            }
        }
        var destination: Int?
        if let toNode, let t = toNode.text(what: "a unit") {
            let name = t.hasSuffix(".inlet") ? String(t.dropLast(6)) : t
            destination = resolve(name, ids: ids, refs: refs, at: toNode)
        }
        guard let source, let destination, let fraction else { return nil }
        if case .outlet = source, fraction >= 1 {
            m["fraction"]?.error("a recycle of the whole outlet (fraction 1) leaves no gas for the stack; use a fraction below 1")
            return nil
        }
        return (source, destination, fraction)
    }

    /// Index of the unit instance named `name` (an id, or an equipment name used once).
    func resolve(_ name: String, ids: [String], refs: [String], at node: YNode) -> Int? {
        if let i = ids.firstIndex(of: name) { return i }
        let uses = refs.filter { $0 == name }.count
        if uses > 1 {
            let names = ids.filter { $0.hasPrefix(name + "#") }
            node.error("\"\(name)\" is used \(uses) times in this train; name one instance: \(names.joined(separator: ", "))")
        } else {
            node.error("unknown unit \"\(name)\" in this configuration" + DidYouMean.hint(for: name, among: ids))
        }
        return nil
    }

    /// Explicit streams: `[{from: feed | unit.outlet | unit.collected, to: unit | stack, fraction, recycle}]`.
    /// Each unit is used once and keeps its equipment name as id.
    func readStreams(_ node: YNode, name: String, equipment: EquipmentLibrary) -> ConfigurationSpecification? {
        guard let items = node.sequence(what: "a list of streams {from, to, fraction, recycle}") else { return nil }
        guard items.count <= Self.maxTrainElements else {
            node.error("\(items.count) streams; a configuration may have at most \(Self.maxTrainElements)")
            return nil
        }
        struct Raw { var from: (String, String?); var to: String; var fraction: Double; var recycle: Bool; var node: YNode }
        var raws: [Raw] = []
        var order: [String] = []
        var ok = true
        func note(_ unit: String, _ at: YNode) -> Bool {
            guard let entry = equipment[unit] else {
                at.error("unknown unit \"\(unit)\"" + DidYouMean.hint(for: unit, among: equipment.keys.sorted()))
                return false
            }
            guard entry.spec != nil else { return false }
            if !order.contains(unit) { order.append(unit) }
            return true
        }
        for item in items {
            guard let m = item.mapping(allowed: ["from", "to", "fraction", "recycle"]),
                  let fromNode = m.required("from", "feed, unit.outlet or unit.collected"),
                  let toNode = m.required("to", "a unit or stack"),
                  let from = fromNode.text(what: "a stream source"), let to = toNode.text(what: "a destination")
            else { ok = false; continue }
            let fraction = m["fraction"].map { $0.number(in: .openFraction) } ?? 1
            let recycle = m["recycle"].map { $0.bool() } ?? false
            guard let fraction, let recycle else { ok = false; continue }
            var source: (String, String?)
            if from == "feed" {
                source = ("feed", nil)
            } else {
                let parts = from.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2, ["outlet", "collected"].contains(parts[1]) else {
                    fromNode.error("expected \"feed\", \"unit.outlet\" or \"unit.collected\", found \"\(from)\"")
                    ok = false
                    continue
                }
                guard note(parts[0], fromNode) else { ok = false; continue }
                source = (parts[0], parts[1])
            }
            let target = to.hasSuffix(".inlet") ? String(to.dropLast(6)) : to
            if target != "stack" && target != "outlet" {
                guard note(target, toNode) else { ok = false; continue }
            }
            raws.append(Raw(from: source, to: target, fraction: fraction, recycle: recycle, node: item))
        }
        guard ok else { return nil }
        let units = order.compactMap { n in equipment[n]?.spec.map { FlowsheetUnit(id: n, equipment: n, model: $0.separator) } }
        let streams: [FlowsheetStream] = raws.map { r in
            let src: StreamSource
            if let port = r.from.1, let i = order.firstIndex(of: r.from.0) {
                src = port == "outlet" ? .outlet(i) : .collected(i)
            } else {
                src = .feed
            }
            let dst: StreamDestination = order.firstIndex(of: r.to).map { .unit($0) } ?? .stack
            return FlowsheetStream(from: src, to: dst, fraction: r.fraction, isRecycle: r.recycle)
        }
        let flowsheet = Flowsheet(units: units, streams: streams)
        let problems = flowsheet.inconsistencies
        guard problems.isEmpty else {
            for p in problems {
                if p.contains("loop without a declared recycle") {
                    node.error(p + "; mark the stream that closes the loop with \"recycle: true\"")
                } else {
                    node.error(p)
                }
            }
            return nil
        }
        return ConfigurationSpecification(name: name, flowsheet: flowsheet)
    }
}
