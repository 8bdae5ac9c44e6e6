import DedustPhysics

extension ScenarioReader {
    /// The property model for a composition. Dry air alone is Sutherland air (White's constants); other
    /// mixtures need the physics module's mixture model.
    func makeGasModel(_ composition: [(species: String, fraction: Double)], at node: YNode?) -> (any GasModel)? {
        if composition.count == 1, composition[0].species == "air" { return SutherlandGas.air }
        node?.error("gas mixtures other than pure air are not available in this build yet (the physics "
                    + "module's GasMixture has not landed); use {air: 1} with measured density and viscosity")
        return nil
    }
}

/// A gas model whose density and/or viscosity are overridden by measured values (issue: "measured properties
/// override computed ones").
///
/// - A measured density ρ_m at the scenario's inlet state (T₀, P₀) fixes the effective molar mass
///   M = ρ_m R T₀ / P₀; the density elsewhere scales as an ideal gas.
/// - A measured viscosity is held constant at every temperature.
/// Example: ρ_m = 0.39 kg/m³ at 873.15 K, 101.325 kPa gives M = 0.02794 kg/mol.
struct MeasuredPropertiesGas: GasModel {
    var base: any GasModel
    var molarMass: Double
    var viscosity: Double?

    init(base: any GasModel, measuredDensity: Double?, viscosity: Double?, temperature: Double, pressure: Double) {
        self.base = base
        if let rho = measuredDensity {
            molarMass = rho * PhysicalConstants.gasConstant * temperature / pressure
        } else {
            molarMass = base.molarMass
        }
        self.viscosity = viscosity
    }

    func state(temperature: Double, pressure: Double) -> GasState {
        let mu = viscosity ?? base.state(temperature: temperature, pressure: pressure).viscosity
        return GasState(temperature: temperature, pressure: pressure, molarMass: molarMass, viscosity: mu)
    }
}
