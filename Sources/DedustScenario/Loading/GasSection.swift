import Foundation
import DedustPhysics

extension ScenarioReader {
    /// Species accepted in `gas.composition` (mole fractions). `air` is dry air as one component.
    static let species = ["CO", "H2", "N2", "CO2", "CH4", "O2", "H2O", "Ar", "air"]

    func readGas(_ node: YNode) -> GasSpecification? {
        guard let m = node.mapping(allowed: ["composition", "normalize", "flow", "temperature", "pressure",
                                             "density", "viscosity"]) else { return nil }
        let normalize = m["normalize"]?.bool() ?? false
        let composition = m.required("composition", "mole fractions, e.g. {air: 1}").flatMap {
            readComposition($0, normalize: normalize)
        }
        let flow = m.required("flow", "e.g. 12350 Nm3/h")?.flow()
        let temperature = m.required("temperature", "e.g. 600 degC")?.quantity(.temperature, in: .positive, plausible: .gasTemperature)
        let pressure = m["pressure"].map { $0.quantity(.pressure, in: .positive) } ?? PhysicalConstants.normalPressure
        let density = m["density"].map { $0.quantity(.density, in: .positive, plausible: .gasDensity) }
        let viscosity = m["viscosity"].map { $0.quantity(.viscosity, in: .positive) }
        guard let composition, let flow, let temperature, let pressure else { return nil }
        if let d = density, d == nil { return nil }
        if let v = viscosity, v == nil { return nil }
        guard var model = makeGasModel(composition, at: m["composition"]) else { return nil }
        if density != nil || viscosity != nil {
            // Measured at the train inlet state; viscosity follows the mixture's temperature dependence.
            model = GasWithMeasuredProperties(base: model, viscosity: viscosity ?? nil, density: density ?? nil,
                                              temperature: temperature, pressure: pressure)
        }
        return GasSpecification(model: model, composition: composition, flow: flow, temperature: temperature,
                                pressure: pressure)
    }

    /// Mole fractions in [0, 1] adding up to 1 (±1e-6), or rescaled when `normalize` is set.
    func readComposition(_ node: YNode, normalize: Bool) -> [(species: String, fraction: Double)]? {
        guard let m = node.mapping(allowed: Self.species, what: "a mapping of mole fractions, e.g. {CO: 0.72, N2: 0.28}")
        else { return nil }
        var result: [(String, Double)] = []
        var ok = true
        for (key, _, value) in m.entries {
            if let x = value.number(in: .fraction) { result.append((key, x)) } else { ok = false }
        }
        guard ok else { return nil }
        guard !result.isEmpty else {
            node.error("the composition is empty; give mole fractions, e.g. {air: 1}")
            return nil
        }
        let sum = result.reduce(0) { $0 + $1.1 }
        if normalize {
            guard sum > 0 else {
                node.error("cannot normalize: the mole fractions add up to 0")
                return nil
            }
            return result.map { ($0.0, $0.1 / sum) }
        }
        guard abs(sum - 1) <= 1e-6 else {
            node.error("mole fractions add up to \(formatSum(sum)), expected 1 (±1e-6); fix them or set \"normalize: true\" to rescale")
            return nil
        }
        return result
    }

    private func formatSum(_ x: Double) -> String { String(format: "%.6g", x) }
}
