import DedustPhysics
import DedustSeparators

/// `type: bag_filter` — a pulse-jet bag filter (``BagFilter``): filter-drag ΔP with cake build-up, cleaning
/// interval at a ΔP set point, per-class penetration, media temperature and loading warnings.
///
/// ```yaml
/// bag_filter: {type: bag_filter, cloth_area: 500 m2, medium: ptfe, cleaning_pressure_drop: 1.5 kPa,
///              bag: {diameter: 160 mm, length: 6 m}}
/// ```
struct BagFilterFactory: EquipmentFactory {
    var unitType: String { "bag_filter" }
    var defaultModel: String? { "filter_drag" }

    static let clothArea = Parameter<Double?>.optionalQuantity(
        "cloth_area", .area, doc: "cloth area: the same baghouse in every configuration (give one of cloth_area, bag_count, air_to_cloth)")
    static let bagCount = Parameter<Int?>.optionalInteger(
        "bag_count", 1...1_000_000, doc: "number of bags of size `bag`: A = n π D L, fixed like cloth_area")
    static let airToCloth = Parameter<Double?>.optionalQuantity(
        "air_to_cloth", .velocity,
        doc: "design filtration velocity, e.g. 0.9 m/min: sizes A = Q/v anew for each configuration's inlet flow")
    static let medium = Parameter<FilterMedium>.choice("medium", default: .ptfe, doc: "bag medium (temperature limits)")
    /// The bag media with their temperature limits (``FilterMedium``), as `dedust models` and the docs list them.
    static let media = ModelCategory(noun: "bag-filter medium", plural: "bag-filter media", models: FilterMedium.allCases.map { m in
        func c(_ k: Double) -> String { Units.formatNumber(k - 273.15) }
        return ModelDescriptor(name: m.rawValue,
                               summary: "continuous ≤ \(c(m.continuousLimit)) °C, short surges ≤ \(c(m.surgeLimit)) °C",
                               reference: "physics.md §6.3 (vendor data S13; Benitez (1993), Process Engineering and Design "
                                   + "for Air Pollution Control, ch. 10)")
    })
    static let k1 = Parameter<Double?>.optionalNumber(
        "K1", computed: "from frazier_permeability", doc: "cloth drag K₁ at room-air viscosity (Pa·s/m)")
    static let frazierPermeability = Parameter<Double>.number(
        "frazier_permeability", default: 20, doc: "clean-cloth Frazier permeability (cfm/ft²)")
    static let k2 = Parameter<Double?>.optionalNumber(
        "K2", computed: "observed K₂ of Wang et al. 2004 Table 2 at the inlet Sauter diameter (0.1–100 µm, ∝ μ/ρ_p)",
        doc: "cake drag K₂ at the operating viscosity (1/s)")
    static let cakePorosity = Parameter<Double?>.optionalNumber(
        "cake_porosity", range: .openFraction, doc: "cake porosity: K₂ by Kozeny–Carman instead of the observed correlation")
    static let residualDrag = Parameter<Double?>.optionalNumber(
        "residual_drag", range: .nonNegative, computed: "10 K₁",
        doc: "effective residual drag K_e of the conditioned cloth at room-air viscosity (Pa·s/m): ΔP just after cleaning = K_e v")
    static let residualDustLoad = Parameter<Double?>.optionalNumber(
        "residual_dust_load", range: .nonNegative,
        doc: "instead of residual_drag: a residual cake w_R (kg/m²) of the arriving dust, K_e = K₁ + K₂ w_R")
    static let cleaningPressureDrop = Parameter<Double>.quantity(
        "cleaning_pressure_drop", .pressureDifference, default: "1500 Pa", doc: "ΔP set point that triggers cleaning")
    static let housingPressureDrop = Parameter<Double>.quantity(
        "housing_pressure_drop", .pressureDifference, range: .nonNegative, default: "0 Pa", doc: "housing and plenum loss")
    static let bagDiameter = Parameter<Double>.requiredQuantity("diameter", .length, doc: "bag diameter")
    static let bagLength = Parameter<Double>.requiredQuantity("length", .length, doc: "bag length")
    static let bagParameters = [bagDiameter.descriptor, bagLength.descriptor]
    static let bag = Parameter<Void>.declared("bag", .record(bagParameters), doc: "bag size, for the bag count")
    static let mostPenetratingSize = Parameter<Double>.quantity(
        "most_penetrating_size", .length, default: "0.3 um", doc: "most penetrating size")
    static let peakPenetration = Parameter<Double>.number(
        "peak", range: .fraction, default: 2e-3, doc: "penetration at the most penetrating size")
    static let penetrationWidth = Parameter<Double>.number("width", default: 1, doc: "width of the penetration peak (decades)")
    static let penetrationFloor = Parameter<Double>.number(
        "floor", range: .fraction, default: 1e-4, doc: "penetration far from the peak")
    static let penetrationParameters = [mostPenetratingSize.descriptor, peakPenetration.descriptor,
                                        penetrationWidth.descriptor, penetrationFloor.descriptor]
    static let penetration = Parameter<Void>.declared(
        "penetration", .record(penetrationParameters), defaultText: "the caked-fabric curve",
        doc: "caked-fabric penetration curve")
    static let maxAirToCloth = Parameter<Double>.quantity(
        "max_air_to_cloth", .velocity, default: "1.5 m/min", doc: "warning above this filtration velocity")
    static let heavyInletLoading = Parameter<Void>.declared(
        "heavy_inlet_loading", .structure("concentration (actual)"), requirement: .value(.number(0.020)), defaultText: "20 g/m3", doc: "warning: heavy inlet loading (actual)")
    static let excessiveInletLoading = Parameter<Void>.declared(
        "excessive_inlet_loading", .structure("concentration (actual)"), requirement: .value(.number(0.050)), defaultText: "50 g/m3",
        doc: "warning: excessive inlet loading (actual)")
    static let minimumTemperature = Parameter<Double?>.optionalQuantity(
        "minimum_temperature", .temperature, doc: "dew point: warn below it")
    static let minimumCleaningInterval = Parameter<Double>.quantity(
        "minimum_cleaning_interval", .time, default: "60 s", doc: "shorter intervals cannot hold the set point")

    var models: [ModelDescriptor] {
        [ModelDescriptor(
            name: "filter_drag",
            summary: "ΔP = K_e v + K₂c v² t; cleaning interval at the set point (a limit check); caked-fabric penetration",
            reference: "Wang et al. (2004), Air Pollution Control Engineering, Humana, chap. 2 (fabric filtration), Table 2 "
                + "(observed K₂); Cooper & Alley (2011), Air Pollution Control, 4th ed., chap. 6; physics.md §6",
            parameters: [Self.clothArea.descriptor, Self.bagCount.descriptor, Self.airToCloth.descriptor,
                Self.medium.descriptor, Self.k1.descriptor,
                Self.frazierPermeability.descriptor, Self.k2.descriptor, Self.cakePorosity.descriptor,
                Self.residualDrag.descriptor, Self.residualDustLoad.descriptor, Self.cleaningPressureDrop.descriptor, Self.housingPressureDrop.descriptor,
                Self.bag.descriptor, Self.penetration.descriptor, Self.maxAirToCloth.descriptor,
                Self.heavyInletLoading.descriptor, Self.excessiveInletLoading.descriptor, Self.minimumTemperature.descriptor,
                Self.minimumCleaningInterval.descriptor])]
    }

    func build(model: String, values v: ParameterValues, mapping p: YMap) -> (any SeparatorModel)? {
        let sizing: BagFilter.Sizing
        if let (key, node) = p.exactlyOne(of: [Self.clothArea.key, Self.bagCount.key, Self.airToCloth.key], what: "filter size") {
            switch key {
            case Self.clothArea.key: sizing = .clothArea(v[Self.clothArea] ?? 1)
            case Self.bagCount.key:
                sizing = .bagCount(v[Self.bagCount] ?? 1)
                if !p.has(Self.bag) { node.error("bag_count needs the bag size: bag: {diameter, length}") }
            default: sizing = .airToCloth(v[Self.airToCloth] ?? 1)
            }
        } else {
            sizing = .clothArea(1)
        }
        if p.has(Self.k1) && p.has(Self.frazierPermeability) { p.owner.error("give either \"K1\" or \"frazier_permeability\", not both") }
        if p.has(Self.k2) && p.has(Self.cakePorosity) { p.owner.error("give either \"K2\" or \"cake_porosity\", not both") }
        if p.has(Self.residualDrag) && p.has(Self.residualDustLoad) {
            p.owner.error("give either \"residual_drag\" or \"residual_dust_load\", not both")
        }
        let cloth: ClothDrag = v[Self.k1].map { .given($0) } ?? .frazier(permeability: v[Self.frazierPermeability])
        let cake: CakeDrag = v[Self.k2].map { .given($0) } ?? v[Self.cakePorosity].map { .kozenyCarman(porosity: $0) }
            ?? .observed
        let residual: ResidualDrag = v[Self.residualDrag].map { .given($0) }
            ?? v[Self.residualDustLoad].map { .residualDustLoad($0) } ?? .clothMultiple()
        var bagDiameter: Double?, bagLength: Double?
        if let bv = p[Self.bag]?.record(Self.bagParameters) {
            bagDiameter = bv[Self.bagDiameter]
            bagLength = bv[Self.bagLength]
        }
        var penetration = BagPenetrationCurve.default
        if let pv = p[Self.penetration]?.record(Self.penetrationParameters) {
            penetration = .parametric(mostPenetratingSize: pv[Self.mostPenetratingSize], peakPenetration: pv[Self.peakPenetration],
                                      width: pv[Self.penetrationWidth], floor: pv[Self.penetrationFloor])
        }
        func actual(_ parameter: Parameter<Void>) -> Double {
            let fallback = parameter.descriptor.defaultValue?.number ?? 0
            guard let node = p[parameter], let c = node.concentration(in: .positive) else { return fallback }
            guard case let .actual(v) = c else {
                node.error("give this warning threshold per actual m³ (e.g. \"20 g/m3\")")
                return fallback
            }
            return v
        }
        return BagFilter(sizing: sizing, medium: v[Self.medium], clothDrag: cloth, cakeDrag: cake,
                         residualDrag: residual, cleaningPressureDrop: v[Self.cleaningPressureDrop],
                         housingPressureDrop: v[Self.housingPressureDrop],
                         bagDiameter: bagDiameter, bagLength: bagLength, penetration: penetration,
                         maximumAirToCloth: v[Self.maxAirToCloth],
                         heavyInletLoading: actual(Self.heavyInletLoading),
                         excessiveInletLoading: actual(Self.excessiveInletLoading),
                         minimumTemperature: v[Self.minimumTemperature],
                         minimumCleaningInterval: v[Self.minimumCleaningInterval])
    }
}
