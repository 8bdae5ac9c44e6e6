extension ScenarioReader {
    /// `model_spread: {units: [...], include_trajectory: bool}` — units must be library equipment of a type
    /// the spread can vary (`cyclone`).
    func readModelSpread(_ node: YNode, equipment: EquipmentLibrary) -> ModelSpreadSpecification? {
        guard let m = node.mapping(allowed: ["units", "include_trajectory"]) else { return nil }
        var names: [String] = []
        if let list = m.required("units", "a list of cyclone equipment names")?.sequence(what: "a list of equipment names") {
            for item in list {
                guard let name = item.text(what: "an equipment name") else { continue }
                guard let entry = equipment[name] else {
                    item.error("unknown equipment \"\(name)\"" + DidYouMean.hint(for: name, among: Array(equipment.keys).sorted()))
                    continue
                }
                if let spec = entry.spec, spec.type != "cyclone" {
                    item.error("\"\(name)\" is a unit of type \(spec.type); the model spread compares cyclone efficiency models, "
                               + "so list units of type cyclone")
                    continue
                }
                names.append(name)
            }
            if list.isEmpty { m.owner.error("\"units\" is empty; list at least one cyclone to compare models on") }
        }
        let trajectory = m["include_trajectory"].flatMap { $0.bool() } ?? false
        return ModelSpreadSpecification(units: names, includeTrajectory: trajectory)
    }
}
