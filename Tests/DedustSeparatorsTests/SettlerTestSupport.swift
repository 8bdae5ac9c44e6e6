import Foundation
import DedustPhysics
@testable import DedustSeparators

/// Shared fixtures for the settler, baffle, bag-filter, cooler and circulating-cyclone tests.
enum SettlerFixtures {
    /// Carbide gas, composition A of physics.md §7.1: M = 26.27 g/mol, μ = 3.728e-5 Pa·s at 600 °C (ρ = 0.3667);
    /// Sutherland temperature dependence with air's constant S = 110.4 K, scaled to that point.
    static let carbideGas: SutherlandGas = {
        let s = 110.4, t = 873.15, t0 = 273.15
        let mu0 = 3.728e-5 / (pow(t / t0, 1.5) * (t0 + s) / (t + s))
        return SutherlandGas(molarMass: 0.02627, referenceViscosity: mu0, referenceTemperature: t0, sutherlandConstant: s)
    }()

    static let grid = try! SizeGrid.logSpaced(from: 1e-6, to: 300e-6, classes: 30)

    static func inlet(flow: Double = 3.6, temperature: Double = 873.15, concentration: Double = 0.05,
                      density: Double = 2200, grid: SizeGrid = grid) -> SeparatorInlet {
        let f = [Double](repeating: 1 / Double(grid.count), count: grid.count)
        return SeparatorInlet(gas: carbideGas, temperature: temperature, pressure: 101_325, volumetricFlow: flow,
                              dustConcentration: concentration, particleDensity: density, grid: grid, massFractions: f)
    }
}
