import DedustPhysics
import DedustSeparators

/// `type: cooler` — a gas cooler (``GasCooler``): a given outlet temperature, or wall heat transfer with fouling.
///
/// ```yaml
/// cooler:  {type: cooler, outlet_temperature: 240 degC, pressure_drop: 300 Pa}
/// cooler2: {type: cooler, heat_transfer: {area: 400 m2, U: 15 W/(m2*K), fouling: 0.02 m2*K/W, ambient: 30 degC}}
/// ```
/// Without `model`, a cooler with `heat_transfer` uses the heat-transfer model, otherwise the given outlet temperature.
struct CoolerFactory: EquipmentFactory {
    var unitType: String { "cooler" }
    var defaultModel: String? { "outlet_temperature" }

    func defaultModel(forKeys keys: [String]) -> String? {
        keys.contains(Self.heatTransfer.key) ? "heat_transfer" : "outlet_temperature"
    }

    static let outletTemperature = Parameter<Double>.requiredQuantity(
        "outlet_temperature", .temperature, doc: "gas outlet temperature")
    static let heatTransfer = Parameter<Void>.declared(
        "heat_transfer", .record(WallHeatTransferReader.parameters), requirement: .required, doc: "wall heat transfer")
    static let segments = Parameter<Int>.integer("segments", 1...10_000, default: 20, doc: "segments along the flow")
    static let pressureDrop = Parameter<Double>.quantity(
        "pressure_drop", .pressureDifference, range: .nonNegative, default: "0 Pa",
        doc: "fixed pressure drop (or give loss_coefficient and flow_area)")
    static let lossCoefficient = Parameter<Double?>.optionalNumber(
        "loss_coefficient", range: .nonNegative, doc: "ζ on ½ρ(Q/A)² at the mean temperature")
    static let flowArea = Parameter<Double?>.optionalQuantity("flow_area", .area, doc: "flow area A for loss_coefficient")
    static let deposition = Parameter<Void>.declared(
        "deposition", .structure("{fixed_fraction: f} or {settling_area: A}"), doc: "dust deposited in the cooler (default none)")
    static let dustSpecificHeat = GravitySettlerFactory.dustSpecificHeat
    static let minimumTemperature = Parameter<Double?>.optionalQuantity(
        "minimum_temperature", .temperature, doc: "dew point: warn below it")

    private static let common: [ParameterDescriptor] = [
        pressureDrop.descriptor, lossCoefficient.descriptor, flowArea.descriptor, deposition.descriptor,
        dustSpecificHeat.descriptor, minimumTemperature.descriptor,
    ]

    var models: [ModelDescriptor] {
        [ModelDescriptor(name: "outlet_temperature", summary: "the stated outlet temperature; heat removed from ∫c_p dT",
                         reference: "Steady-flow energy balance with GasHeatCapacity (diatomic ideal gas with one harmonic "
                             + "vibrational mode; McQuarrie, Statistical Mechanics (1976), ch. 6)",
                         parameters: [Self.outletTemperature.descriptor] + Self.common),
         ModelDescriptor(name: "heat_transfer", summary: "wall heat transfer U·A with fouling, marched in segments",
                         reference: "Incropera & DeWitt (2007), Fundamentals of Heat and Mass Transfer, 6th ed., Wiley, "
                             + "§11.2",
                         parameters: [Self.heatTransfer.descriptor, Self.segments.descriptor] + Self.common)]
    }

    func build(model: String, values v: ParameterValues, mapping p: YMap) -> (any SeparatorModel)? {
        let duty: GasCooler.Duty
        if model == "heat_transfer" {
            let wall = p[Self.heatTransfer].flatMap(WallHeatTransferReader.read)
            duty = .heatTransfer(wall ?? WallHeatTransfer(area: 1, overallCoefficient: 1), segments: v[Self.segments])
        } else {
            duty = .outletTemperature(v[Self.outletTemperature])
        }
        var pressureDrop = CoolerPressureDrop.fixed(v[Self.pressureDrop])
        if p.has(Self.lossCoefficient) || p.has(Self.flowArea) {
            if p.has(Self.pressureDrop) { p.owner.error("give either \"pressure_drop\" or \"loss_coefficient\" with \"flow_area\", not both") }
            for parameter in [Self.lossCoefficient.descriptor, Self.flowArea.descriptor] where !p.has(parameter.key) {
                p.owner.error("missing required field \"\(parameter.key)\" (\(parameter.doc))")
            }
            pressureDrop = .lossCoefficient(v[Self.lossCoefficient] ?? 0, flowArea: v[Self.flowArea] ?? 0)
        }
        var deposition = CoolerDeposition.none
        if let node = p[Self.deposition], let d = node.mapping(allowed: ["fixed_fraction", "settling_area"]),
           let (key, value) = d.exactlyOne(of: ["fixed_fraction", "settling_area"], what: "deposition model") {
            if key == "fixed_fraction" {
                deposition = .fixedFraction(value.number(in: .fraction) ?? 0)
            } else {
                deposition = .settling(area: value.quantity(.area, in: .positive) ?? 0)
            }
        }
        return GasCooler(duty: duty, pressureDrop: pressureDrop, deposition: deposition,
                         dustSpecificHeat: v[Self.dustSpecificHeat], minimumTemperature: v[Self.minimumTemperature])
    }
}

/// `{area, U, fouling, ambient}` → ``WallHeatTransfer`` (fouling default 0, ambient default 30 °C).
enum WallHeatTransferReader {
    static let area = Parameter<Double>.requiredQuantity("area", .area, doc: "heat-transfer area")
    static let overallCoefficient = Parameter<Double>.requiredQuantity(
        "U", .heatTransferCoefficient, doc: "clean overall heat-transfer coefficient")
    static let fouling = Parameter<Double>.quantity(
        "fouling", .thermalResistance, range: .nonNegative, default: 0, text: "0", doc: "fouling resistance R_f")
    static let ambient = Parameter<Double>.quantity("ambient", .temperature, default: "30 degC", doc: "ambient temperature")

    static let parameters = [area.descriptor, overallCoefficient.descriptor, fouling.descriptor, ambient.descriptor]

    static func read(_ node: YNode) -> WallHeatTransfer? {
        guard let v = node.record(parameters) else { return nil }
        return WallHeatTransfer(area: v[area], overallCoefficient: v[overallCoefficient],
                                foulingResistance: v[fouling], ambientTemperature: v[ambient])
    }
}
