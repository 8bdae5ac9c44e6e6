import DedustSeparators

/// `type: cooler` — a gas cooler (``GasCooler``): a given outlet temperature, or wall heat transfer with fouling.
///
/// ```yaml
/// cooler:  {type: cooler, outlet_temperature: 240 degC, pressure_drop: 300 Pa}
/// cooler2: {type: cooler, heat_transfer: {area: 400 m2, U: 15 W/(m2*K), fouling: 0.02 m2*K/W, ambient: 30 degC}}
/// ```
/// Without `model`, a cooler with `heat_transfer` uses the heat-transfer model, otherwise the given outlet temperature.
struct CoolerUnitFactory: UnitFactory {
    var unitType: String { "cooler" }
    var defaultModel: String? { "outlet_temperature" }

    func defaultModel(forKeys keys: [String]) -> String? {
        keys.contains("heat_transfer") ? "heat_transfer" : "outlet_temperature"
    }

    private static let common: [ModelInfo.Parameter] = [
        .init("pressure_drop", "pressure difference", default: "0 Pa", "fixed pressure drop (or give loss_coefficient and flow_area)"),
        .init("loss_coefficient", "number", "ζ on ½ρ(Q/A)² at the mean temperature"),
        .init("flow_area", "area", "flow area A for loss_coefficient"),
        .init("deposition", "{fixed_fraction: f} or {settling_area: A}", "dust deposited in the cooler (default none)"),
        .init("dust_specific_heat", "number (J/(kg·K))", default: "850", "dust heat capacity"),
        .init("minimum_temperature", "temperature", "dew point: warn below it"),
    ]

    var models: [ModelInfo] {
        [ModelInfo(unitType: unitType, model: "outlet_temperature", summary: "the stated outlet temperature; heat removed from ∫c_p dT",
                   reference: "Energy balance with GasHeatCapacity (physics.md §5)",
                   parameters: [.init("outlet_temperature", "temperature", required: true, "gas outlet temperature")] + Self.common),
         ModelInfo(unitType: unitType, model: "heat_transfer", summary: "wall heat transfer U·A with fouling, marched in segments",
                   reference: "Incropera & DeWitt, Fundamentals of Heat and Mass Transfer, §11.2",
                   parameters: [.init("heat_transfer", "{area, U, fouling, ambient}", required: true, "wall heat transfer"),
                                .init("segments", "whole number", default: "20", "segments along the flow")] + Self.common)]
    }

    func build(model: String, parameters p: YMap) -> (any SeparatorModel)? {
        let duty: GasCooler.Duty
        if model == "heat_transfer" {
            let wall = p.required("heat_transfer", "{area, U, fouling, ambient}").flatMap(WallHeatTransferReader.read)
            let segments = p.integer("segments", 1...10_000, default: 20)
            duty = .heatTransfer(wall ?? WallHeatTransfer(area: 1, overallCoefficient: 1), segments: segments)
        } else {
            duty = .outletTemperature(p.requiredQuantity("outlet_temperature", .temperature))
        }
        var pressureDrop = CoolerPressureDrop.fixed(p.quantity("pressure_drop", .pressureDifference, .nonNegative, default: 0))
        if p.has("loss_coefficient") || p.has("flow_area") {
            if p.has("pressure_drop") { p.owner.error("give either \"pressure_drop\" or \"loss_coefficient\" with \"flow_area\", not both") }
            pressureDrop = .lossCoefficient(p.required("loss_coefficient")?.number(in: .nonNegative) ?? 0,
                                            flowArea: p.requiredQuantity("flow_area", .area))
        }
        var deposition = CoolerDeposition.none
        if let node = p["deposition"], let d = node.mapping(allowed: ["fixed_fraction", "settling_area"]),
           let (key, value) = d.exactlyOne(of: ["fixed_fraction", "settling_area"], what: "deposition model") {
            if key == "fixed_fraction" {
                deposition = .fixedFraction(value.number(in: .fraction) ?? 0)
            } else {
                deposition = .settling(area: value.quantity(.area, in: .positive) ?? 0)
            }
        }
        return GasCooler(duty: duty, pressureDrop: pressureDrop, deposition: deposition,
                         dustSpecificHeat: p.number("dust_specific_heat", .positive, default: 850),
                         minimumTemperature: p.optionalQuantity("minimum_temperature", .temperature))
    }
}

/// `{area, U, fouling, ambient}` → ``WallHeatTransfer`` (fouling default 0, ambient default 30 °C).
enum WallHeatTransferReader {
    static func read(_ node: YNode) -> WallHeatTransfer? {
        guard let h = node.mapping(allowed: ["area", "U", "fouling", "ambient"]) else { return nil }
        return WallHeatTransfer(area: h.requiredQuantity("area", .area),
                                overallCoefficient: h.requiredQuantity("U", .heatTransferCoefficient),
                                foulingResistance: h.quantity("fouling", .thermalResistance, .nonNegative, default: 0),
                                ambientTemperature: h.quantity("ambient", .temperature, default: 303.15))
    }
}
