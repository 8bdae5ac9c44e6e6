import DedustPhysics

extension ScenarioReader {
    /// The property model for a composition: an ideal-gas ``GasMixture`` (Wilke-mixed species viscosities).
    func makeGasModel(_ composition: [(species: String, fraction: Double)], at node: YNode?) -> (any GasModel)? {
        var fractions: [GasSpecies: Double] = [:]
        for (name, x) in composition {
            guard let s = GasSpecies(rawValue: name) else {
                node?.error("unknown species \"\(name)\"")
                return nil
            }
            fractions[s, default: 0] += x
        }
        do {
            return try GasMixture(moleFractions: fractions, normalize: true)
        } catch {
            node?.error(error.description)
            return nil
        }
    }
}
