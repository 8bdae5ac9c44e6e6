import DedustPhysics
import DedustSeparators

/// `type: bag_filter` — a pulse-jet bag filter (``BagFilter``): filter-drag ΔP with cake build-up, cleaning
/// interval at a ΔP set point, per-class penetration, media temperature and loading warnings.
///
/// ```yaml
/// bag_filter: {type: bag_filter, cloth_area: 500 m2, medium: ptfe, cleaning_pressure_drop: 1.5 kPa,
///              bag: {diameter: 160 mm, length: 6 m}}
/// ```
struct BagFilterUnitFactory: UnitFactory {
    var unitType: String { "bag_filter" }
    var defaultModel: String? { "filter_drag" }

    var models: [ModelInfo] {
        [ModelInfo(unitType: unitType, model: "filter_drag",
                   summary: "ΔP = K₁v + K₂w_R v + K₂c v² t; cleaning interval at the set point; caked-fabric penetration",
                   reference: "Wang et al., Air Pollution Control Engineering (2004) ch. 2; physics.md §6",
                   parameters: [
                       .init("cloth_area", "area", "cloth area (give this or air_to_cloth)"),
                       .init("air_to_cloth", "velocity", "filtration velocity, e.g. 0.9 m/min (give this or cloth_area)"),
                       .init("medium", FilterMedium.allCases.map(\.rawValue).joined(separator: ", "), default: "ptfe",
                             "bag medium (temperature limits)"),
                       .init("K1", "number (Pa·s/m)", "cloth drag K₁ at room-air viscosity (default: from frazier_permeability)"),
                       .init("frazier_permeability", "number (cfm/ft²)", default: "20", "clean-cloth permeability"),
                       .init("K2", "number (1/s)", "cake drag K₂ at the operating viscosity (default: Kozeny–Carman)"),
                       .init("cake_porosity", "fraction", default: "0.8", "cake porosity for Kozeny–Carman"),
                       .init("residual_dust_load", "number (kg/m²)", default: "0.1", "residual cake after cleaning w_R"),
                       .init("cleaning_pressure_drop", "pressure difference", default: "1500 Pa", "ΔP set point that triggers cleaning"),
                       .init("housing_pressure_drop", "pressure difference", default: "0 Pa", "housing and plenum loss"),
                       .init("bag", "{diameter, length}", "bag size, for the bag count"),
                       .init("penetration", "{most_penetrating_size, peak, width, floor}",
                             "caked-fabric penetration curve (defaults 0.3 µm, 2e-3, 1, 1e-4)"),
                       .init("max_air_to_cloth", "velocity", default: "1.5 m/min", "warning above this filtration velocity"),
                       .init("heavy_inlet_loading", "concentration (actual)", default: "20 g/m3", "warning: heavy inlet loading"),
                       .init("excessive_inlet_loading", "concentration (actual)", default: "50 g/m3", "warning: excessive inlet loading"),
                       .init("minimum_temperature", "temperature", "dew point: warn below it"),
                       .init("minimum_cleaning_interval", "time", default: "60 s", "shorter intervals cannot hold the set point"),
                   ])]
    }

    func build(model: String, parameters p: YMap) -> (any SeparatorModel)? {
        let sizing: BagFilter.Sizing
        if let (key, node) = p.exactlyOne(of: ["cloth_area", "air_to_cloth"], what: "filter size") {
            sizing = key == "cloth_area" ? .clothArea(node.quantity(.area, in: .positive) ?? 1)
                                         : .airToCloth(node.quantity(.velocity, in: .positive) ?? 1)
        } else {
            sizing = .clothArea(1)
        }
        let medium = FilterMedium(rawValue: p.choice("medium", FilterMedium.allCases.map(\.rawValue), default: "ptfe",
                                                     what: "filter medium")) ?? .ptfe
        if p.has("K1") && p.has("frazier_permeability") { p.owner.error("give either \"K1\" or \"frazier_permeability\", not both") }
        if p.has("K2") && p.has("cake_porosity") { p.owner.error("give either \"K2\" or \"cake_porosity\", not both") }
        let cloth: ClothDrag = p.optionalNumber("K1").map { .given($0) }
            ?? .frazier(permeability: p.number("frazier_permeability", .positive, default: 20))
        let cake: CakeDrag = p.optionalNumber("K2").map { .given($0) }
            ?? .kozenyCarman(porosity: p.number("cake_porosity", .openFraction, default: 0.8))
        var bagDiameter: Double?, bagLength: Double?
        if let node = p["bag"], let b = node.mapping(allowed: ["diameter", "length"]) {
            bagDiameter = b.requiredQuantity("diameter", .length)
            bagLength = b.requiredQuantity("length", .length)
        }
        var penetration = BagPenetrationCurve.default
        if let node = p["penetration"],
           let m = node.mapping(allowed: ["most_penetrating_size", "peak", "width", "floor"]) {
            penetration = .parametric(mostPenetratingSize: m.quantity("most_penetrating_size", .length, default: 0.3e-6),
                                      peakPenetration: m.number("peak", .fraction, default: 2e-3),
                                      width: m.number("width", .positive, default: 1),
                                      floor: m.number("floor", .fraction, default: 1e-4))
        }
        func actual(_ key: String, _ fallback: Double) -> Double {
            guard let node = p[key], let c = node.concentration(in: .positive) else { return fallback }
            guard case let .actual(v) = c else {
                node.error("give this warning threshold per actual m³ (e.g. \"20 g/m3\")")
                return fallback
            }
            return v
        }
        return BagFilter(sizing: sizing, medium: medium, clothDrag: cloth, cakeDrag: cake,
                         residualDustLoad: p.number("residual_dust_load", .nonNegative, default: 0.1),
                         cleaningPressureDrop: p.quantity("cleaning_pressure_drop", .pressureDifference, default: 1500),
                         housingPressureDrop: p.quantity("housing_pressure_drop", .pressureDifference, .nonNegative, default: 0),
                         bagDiameter: bagDiameter, bagLength: bagLength, penetration: penetration,
                         maximumAirToCloth: p.quantity("max_air_to_cloth", .velocity, default: 0.025),
                         heavyInletLoading: actual("heavy_inlet_loading", 0.020),
                         excessiveInletLoading: actual("excessive_inlet_loading", 0.050),
                         minimumTemperature: p.optionalQuantity("minimum_temperature", .temperature),
                         minimumCleaningInterval: p.quantity("minimum_cleaning_interval", .time, default: 60))
    }
}
