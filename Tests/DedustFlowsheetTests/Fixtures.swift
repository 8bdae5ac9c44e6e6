import Foundation
import DedustFlowsheet
import DedustPhysics
import DedustSeparators

/// A unit whose efficiency depends on its inlet concentration, η = η_max · c / (c + c₀) for every class —
/// the qualitative shape of Muschelknautz's mass-loading effect, with a closed form the test can solve.
struct LoadingDependentUnit: SeparatorModel {
    var etaMax: Double
    var halfConcentration: Double  // kg/m³ actual
    var unitType: String { "test" }
    var modelName: String { "loading_dependent" }
    func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
        let c = inlet.dustConcentration
        let eta = etaMax * c / (c + halfConcentration)
        return SeparatorResult(model: modelName, gradeEfficiency: [Double](repeating: eta, count: inlet.grid.count),
                               pressureDrop: 100, outletTemperature: inlet.temperature)
    }
}

enum Fixture {
    static let grid = try! SizeGrid.logSpaced(from: 1e-6, to: 100e-6, classes: 4)

    /// 1 kg/s of air at 600 °C, 101.325 kPa carrying 0.1 kg/s of dust spread 10/20/30/40 % over the classes.
    static func feed(dust total: Double = 0.1) -> FlowsheetFeed {
        let stream = ProcessStream(temperature: 873.15, pressure: 101_325, gasMassFlow: 1,
                                   dust: [0.1, 0.2, 0.3, 0.4].map { $0 * total })
        return FlowsheetFeed(gas: SutherlandGas.air, stream: stream, particleDensity: 2200, grid: grid)
    }

    static func constant(_ eta: Double, dp: Double = 0, outletT: Double? = nil) -> SpecifiedSeparator {
        SpecifiedSeparator(curve: .constant(eta), pressureDrop: dp, outletTemperature: outletT)
    }
}

/// A unit with a given efficiency per class.
struct PerClassUnit: SeparatorModel {
    var eta: [Double]
    var unitType: String { "test" }
    var modelName: String { "per_class" }
    func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
        SeparatorResult(model: modelName, gradeEfficiency: eta, pressureDrop: 0, outletTemperature: inlet.temperature)
    }
}
