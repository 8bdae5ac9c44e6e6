import DedustPhysics
import DedustSeparators

/// Inlet builders for separator tests.
public enum TestInlet {
    /// A separator inlet of `gas` carrying `concentration` (kg/m³ actual) of dust of density `particleDensity` with
    /// mass fractions `fractions` on `grid` (default: equal fractions).
    public static func make(gas: any GasModel = SutherlandGas.air, temperature: Double = 293.15,
                            pressure: Double = 101_325, flow: Double, concentration: Double = 0.005,
                            particleDensity: Double = 2000, grid: SizeGrid, fractions: [Double]? = nil) -> SeparatorInlet {
        SeparatorInlet(gas: gas, temperature: temperature, pressure: pressure, volumetricFlow: flow,
                       dustConcentration: concentration, particleDensity: particleDensity, grid: grid,
                       massFractions: fractions ?? Array(repeating: 1 / Double(grid.count), count: grid.count))
    }
}
