import Foundation
import DedustPhysics

/// What enters a separator: the gas (model and state), its actual volumetric flow, and the dust it carries,
/// per size class.
public struct SeparatorInlet: Sendable {
    /// Gas property model (re-evaluated at other temperatures by units that cool the gas).
    public var gas: any GasModel
    /// Absolute temperature (K).
    public var temperature: Double
    /// Absolute pressure (Pa).
    public var pressure: Double
    /// Actual volumetric gas flow at `temperature`, `pressure` (m³/s) through *this* unit
    /// (for `count` identical units in parallel, the model divides it).
    public var volumetricFlow: Double
    /// Dust mass concentration at actual conditions (kg/m³).
    public var dustConcentration: Double
    /// Particle true density ρ_p (kg/m³).
    public var particleDensity: Double
    /// Size classes.
    public var grid: SizeGrid
    /// Mass fraction of the inlet dust in each class (sums to 1, or all zero when there is no dust).
    public var massFractions: [Double]

    public init(gas: any GasModel, temperature: Double, pressure: Double, volumetricFlow: Double,
                dustConcentration: Double, particleDensity: Double, grid: SizeGrid, massFractions: [Double]) {
        precondition(massFractions.count == grid.count, "one mass fraction per size class")
        self.gas = gas
        self.temperature = temperature
        self.pressure = pressure
        self.volumetricFlow = volumetricFlow
        self.dustConcentration = dustConcentration
        self.particleDensity = particleDensity
        self.grid = grid
        self.massFractions = massFractions
    }

    /// Gas state at the inlet.
    public var gasState: GasState { gas.state(temperature: temperature, pressure: pressure) }

    /// Gas mass flow (kg/s).
    public var gasMassFlow: Double { volumetricFlow * gasState.density }

    /// Dust mass flow (kg/s).
    public var dustMassFlow: Double { volumetricFlow * dustConcentration }

    /// Solids loading c_o = ṁ_dust / ṁ_gas (kg/kg), as used by the Muschelknautz method.
    public var loading: Double { dustConcentration / gasState.density }

    /// Mass-median diameter of the inlet dust (m): the size where the cumulative undersize, interpolated
    /// log-linearly within the class that contains it, reaches ½. Nil without dust.
    public var massMedianDiameter: Double? {
        let total = massFractions.reduce(0, +)
        guard total > 0 else { return nil }
        var cumulative = 0.0
        for i in 0..<grid.count {
            let next = cumulative + massFractions[i] / total
            if next >= 0.5 {
                let share = massFractions[i] > 0 ? (0.5 - cumulative) / (massFractions[i] / total) : 0
                let lo = grid.edges[i], hi = grid.edges[i + 1]
                return lo * pow(hi / lo, share)
            }
            cumulative = next
        }
        return grid.edges[grid.count]
    }
}

