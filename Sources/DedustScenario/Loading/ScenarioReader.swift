import Foundation
import DedustPhysics
import DedustFlowsheet

/// Reads the sections of a scenario into the typed model, reporting every problem to the log.
struct ScenarioReader {
    let log: DiagnosticLog

    func read(_ root: YNode) -> Scenario? {
        // A study file given where a scenario is expected: say so, not "unknown key study".
        if case let .mapping(m) = root.node, m.contains(where: { $0.key.scalar?.string == "study" }) {
            root.error("this is a study file (it has \"study:\"): run it with `dedust study \(log.file)`; "
                       + "a scenario file has \"scenario:\", \"gas\", \"dust\", \"equipment\" and \"configurations\"")
            return nil
        }
        guard let top = root.mapping(allowed: ScenarioLoader.topLevelKeys,
                                     what: "a mapping of scenario sections (scenario, gas, dust, …)") else { return nil }
        let name = top.required("scenario", "the scenario's title")?.text(what: "a title")
        let seed: UInt64? = top["seed"].map { node in
            guard let t = node.text(what: "a whole number"), let v = UInt64(t.trimmingCharacters(in: .whitespaces)) else {
                if case .scalar = node.node { node.error("expected a whole number from 0 to \(UInt64.max), found \(node.kindPhrase)") }
                return nil
            }
            return v
        } ?? 1
        let gridNode = top["size_grid"]
        let autoGrid = gridNode.map { if case let .scalar(s) = $0.node { return s.string == "auto" } else { return false } } ?? false
        let givenGrid = autoGrid ? nil
            : gridNode.map(readGrid) ?? (try? SizeGrid.logSpaced(from: 0.3e-6, to: 500e-6, classes: 48))
        let gas = top.required("gas", "composition, flow, temperature").flatMap(readGas)
        let dustAndGrid = top.required("dust", "loading, particle_density, size_distribution").flatMap { node in
            if autoGrid, let gridNode { return readDust(node, grid: .auto(gridNode)) }
            return givenGrid.flatMap { readDust(node, grid: .given($0)) }
        }
        let grid = dustAndGrid?.grid, dust = dustAndGrid?.dust
        let equipment = top.required("equipment", "the unit library").flatMap(readEquipment) ?? [:]
        let configurations = top.required("configurations", "the trains to compare").flatMap {
            readConfigurations($0, equipment: equipment)
        }
        let limits = top["limits"].flatMap { readLimits($0, equipment: equipment) } ?? []
        var baseline = configurations?.first?.name ?? ""
        if let node = top["baseline"], let b = node.text(what: "a configuration name") {
            if let configurations, !configurations.contains(where: { $0.name == b }) {
                node.error("unknown configuration \"\(b)\"" + DidYouMean.hint(for: b, among: configurations.map(\.name)))
            }
            baseline = b
        }
        let economics = top["economics"].flatMap(readEconomics) ?? Economics()
        let modelSpread = top["model_spread"].flatMap { readModelSpread($0, equipment: equipment) }
        guard let name, let seed, let grid, let gas, let dust, let configurations,
              equipment.values.allSatisfy({ $0.spec != nil }) else { return nil }
        var scenario = Scenario(name: name, seed: seed, grid: grid, gas: gas, dust: dust,
                                equipment: equipment.values.sorted { $0.order < $1.order }.compactMap(\.spec),
                                configurations: configurations, limits: limits, baseline: baseline,
                                economics: economics)
        scenario.modelSpread = modelSpread
        return scenario
    }

    // MARK: - size_grid

    func readGrid(_ node: YNode) -> SizeGrid? {
        guard let m = node.mapping(allowed: ["from", "to", "classes", "edges"],
                                   what: "auto or a mapping {from, to, classes} or {edges}") else { return nil }
        if let edgesNode = m["edges"] {
            if m.has("from") || m.has("to") || m.has("classes") {
                node.error("give either \"edges\" or \"from\", \"to\" and \"classes\", not both")
                return nil
            }
            guard let items = edgesNode.sequence(what: "a list of sizes") else { return nil }
            guard items.count <= Self.maxClasses + 1 else {
                edgesNode.error("\(items.count) size-grid edges (\(items.count - 1) classes); at most \(Self.maxClasses + 1) "
                                + "edges (\(Self.maxClasses) classes) are allowed, as for \"classes\"")
                return nil
            }
            let edges = items.map { $0.quantity(.length, in: .positive, plausible: .particleSize) }
            guard edges.allSatisfy({ $0 != nil }) else { return nil }
            let values = edges.compactMap { $0 }
            do {
                return try SizeGrid(edges: values)
            } catch {
                if case let .notIncreasing(i) = error as? SizeGrid.Failure, i < items.count {
                    items[i].error("size-grid edges must increase strictly; this edge (\(values[i]) m) does not exceed the one before (\(values[i - 1]) m)")
                } else {
                    edgesNode.error(String(describing: error))
                }
                return nil
            }
        }
        let from = m.required("from", "smallest size")?.quantity(.length, in: .positive, plausible: .particleSize)
        let to = m.required("to", "largest size")?.quantity(.length, in: .positive, plausible: .particleSize)
        let classes = m.required("classes", "number of classes")?.integer(in: 1...Self.maxClasses, what: "a number of classes")
        guard let from, let to, let classes else { return nil }
        guard to > from else {
            m["to"]?.error("\"to\" (\(to) m) must be larger than \"from\" (\(from) m)")
            return nil
        }
        do {
            return try SizeGrid.logSpaced(from: from, to: to, classes: classes)
        } catch {
            node.error("no size grid from \(from) m to \(to) m in \(classes) classes: \(error)")
            return nil
        }
    }

    /// Most size classes a grid may have (`classes`, or the edges of `edges` less one).
    static let maxClasses = 2000

    // MARK: - economics

    func readEconomics(_ node: YNode) -> Economics? {
        guard let m = node.mapping(allowed: ["operating_hours", "electricity_price", "currency", "grid_co2",
                                             "fan_efficiency"]) else { return nil }
        var e = Economics()
        if let v = m["operating_hours"]?.number(in: ValueRange(lower: 0, upper: 8784)) { e.operatingHours = v }
        if let v = m["electricity_price"]?.number(in: .nonNegative) { e.electricityPrice = v }
        if let v = m["currency"]?.text(what: "a currency label") { e.currency = v }
        if let v = m["grid_co2"]?.number(in: .nonNegative) { e.gridCO2 = v }
        // A fan's shaft efficiency is 0.3–0.9 in practice; below 1 % the fan power (ΔP·Q/η) is not a number to report.
        if let v = m["fan_efficiency"]?.number(in: ValueRange(lower: 0.01, upper: 1)) { e.fanEfficiency = v }
        return e
    }
}
