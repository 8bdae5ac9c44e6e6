import Foundation
import DedustPhysics

/// Pulse-jet (or reverse-air) bag filter: filter-drag pressure drop with cake build-up, the cleaning interval at a
/// ΔP set point, air-to-cloth ratio, bag count, per-class penetration, media temperature and inlet-loading
/// warnings (physics.md §6).
///
///     v      = Q / A_cloth                                   (filtration velocity = air-to-cloth ratio)
///     ΔP(t)  = K_e v + K₂ c_in v² t + ΔP_housing             (K_e: effective residual drag of the conditioned cloth)
///     rate   = K₂ c_in v²                                    (Pa/s)
///     t_c    = (ΔP_set − ΔP(0)) / rate                       (cleaning interval)
///     reported ΔP = cycle mean (ΔP(0) + ΔP_set)/2; ΔP(0) and ΔP_set are in `details`
///     bags   = ⌈A_cloth / (π D_b L_b)⌉
///     η(x)   = 1 − P(x)                                      (``BagPenetrationCurve``)
///
/// K₁ (new cloth), K_e (``ResidualDrag``, default 10 K₁) and K₂ (``CakeDrag``, default the observed industrial
/// cake resistances of Wang et al. 2004 Table 2 at the inlet Sauter diameter, 0.1–100 µm; a warning outside) are
/// viscous resistances ∝ μ(T). Because the residual drag belongs to the conditioned cloth, not to the arriving
/// dust, a finer dust (after pre-cleaning) changes only the rate: the filter cleans more or less often around the
/// same cycle-mean ΔP. Source: Wang et al. (2004) *Air Pollution Control Engineering* ch. 2 (S11) and the
/// fabric-filter design lecture (S10) for the drag model; Benitez (S12) for typical ΔP 1–5 kPa. Validity:
/// incompressible cake, uniform cleaning (no patchy cleaning), gas temperature inside the medium's limits.
///
/// Cloth area: ``Sizing``. `cloth_area` or `bag_count` fix the baghouse, so configurations with different inlet
/// flows compare the same filter; `air_to_cloth` *designs* it, A = Q/v for each configuration's own inlet flow.
///
/// Operating limit (``OperatingLimit``, a limit check of every configuration): the cleaning interval must be at
/// least ``minimumCleaningInterval``; when ΔP(0) already reaches the set point the interval is 0 and the check
/// fails with that reason.
///
/// Example (physics.md §6.1): v = 0.015 m/s (0.9 m/min), K₂ = 2e5 s⁻¹: c_in = 0.3 g/m³ → rate = 48.6 Pa/h;
/// c_in = 50 g/m³ → 8.1 kPa/h. With K_e v = 315 Pa (K_e = 21 000 Pa·s/m) and a 1500 Pa set point, the intervals
/// are 24.4 h and 8.8 min.
public struct BagFilter: SeparatorModel {
    /// Key of the cleaning interval (s) in the result's details — the one place the name is written; readers
    /// (`UnitReport.cleaningInterval`) use this constant.
    public static let cleaningIntervalDetail = "cleaning_interval_s"

    /// How the cloth area is set.
    public enum Sizing: Sendable, Equatable {
        /// Cloth area A (m²): one baghouse for every configuration.
        case clothArea(Double)
        /// A number of bags of ``bagDiameter`` × ``bagLength``: A = n π D_b L_b.
        case bagCount(Int)
        /// Filtration velocity (air-to-cloth ratio) v (m/s); A = Q/v — sized anew for each inlet flow.
        case airToCloth(Double)
    }

    public var sizing: Sizing
    public var medium: FilterMedium
    public var clothDrag: ClothDrag
    public var cakeDrag: CakeDrag
    /// Pressure drop just after cleaning (``ResidualDrag``).
    public var residualDrag: ResidualDrag
    /// ΔP set point that triggers cleaning (Pa); pulse-jet design 1.0–1.8 kPa.
    public var cleaningPressureDrop: Double
    /// Housing, inlet and outlet-plenum loss (Pa), added to the filter-drag ΔP (typically 200–500 Pa).
    public var housingPressureDrop: Double
    /// Bag diameter and length (m), for the bag count.
    public var bagDiameter: Double?
    public var bagLength: Double?
    public var penetration: BagPenetrationCurve
    /// Above this filtration velocity (m/s) a warning is given; 0.025 m/s = 1.5 m/min (hot, fine dust: 0.6–1.0 m/min).
    public var maximumAirToCloth: Double
    /// Inlet dust concentrations (kg/m³ actual) above which warnings are given: the upper range of routine
    /// pulse-jet operation, and the limit beyond which only high-load designs with pre-separation work.
    public var heavyInletLoading: Double
    public var excessiveInletLoading: Double
    /// Lowest gas temperature (K), e.g. the tar/water dew point (≈ 200–220 °C for carbide gas); nil: not checked.
    public var minimumTemperature: Double?
    /// Cleaning intervals shorter than this (s) mean the set point cannot be held in practice.
    public var minimumCleaningInterval: Double

    public init(sizing: Sizing, medium: FilterMedium = .ptfe, clothDrag: ClothDrag = .frazier(permeability: 20),
                cakeDrag: CakeDrag = .observed, residualDrag: ResidualDrag = .clothMultiple(),
                cleaningPressureDrop: Double = 1500, housingPressureDrop: Double = 0, bagDiameter: Double? = nil,
                bagLength: Double? = nil, penetration: BagPenetrationCurve = .default,
                maximumAirToCloth: Double = 0.025, heavyInletLoading: Double = 0.020,
                excessiveInletLoading: Double = 0.050, minimumTemperature: Double? = nil,
                minimumCleaningInterval: Double = 60) {
        self.sizing = sizing
        self.medium = medium
        self.clothDrag = clothDrag
        self.cakeDrag = cakeDrag
        self.residualDrag = residualDrag
        self.cleaningPressureDrop = cleaningPressureDrop
        self.housingPressureDrop = housingPressureDrop
        self.bagDiameter = bagDiameter
        self.bagLength = bagLength
        self.penetration = penetration
        self.maximumAirToCloth = maximumAirToCloth
        self.heavyInletLoading = heavyInletLoading
        self.excessiveInletLoading = excessiveInletLoading
        self.minimumTemperature = minimumTemperature
        self.minimumCleaningInterval = minimumCleaningInterval
    }

    public var unitType: String { "bag_filter" }
    public var modelName: String { "filter_drag" }

    private static let unit = "bag_filter"

    func validate() throws {
        let u = Self.unit
        switch sizing {
        case let .clothArea(a): try SeparatorParameterError.requirePositive("cloth_area", a, unit: u, what: "an area in m²")
        case let .airToCloth(v):
            try SeparatorParameterError.requirePositive("air_to_cloth", v, unit: u, what: "a filtration velocity in m/s")
        case let .bagCount(n):
            guard n >= 1, bagDiameter != nil, bagLength != nil else {
                throw SeparatorParameterError("bag_count", Double(n), expected: "a count ≥ 1 with bag: {diameter, length}",
                                              unit: u)
            }
        }
        switch clothDrag {
        case let .given(k, mu):
            try SeparatorParameterError.requireNonNegative("K1", k, unit: u, what: "a cloth drag ≥ 0 in Pa·s/m")
            try SeparatorParameterError.requirePositive("K1 reference viscosity", mu, unit: u, what: "a viscosity in Pa·s")
        case let .frazier(pf):
            try SeparatorParameterError.requirePositive("frazier_permeability", pf, unit: u, what: "a permeability in cfm/ft²")
        }
        switch cakeDrag {
        case let .given(k, mu):
            try SeparatorParameterError.requireNonNegative("K2", k, unit: u, what: "a cake drag ≥ 0 in s⁻¹")
            if let mu {
                try SeparatorParameterError.requirePositive("K2 reference viscosity", mu, unit: u, what: "a viscosity in Pa·s")
            }
        case let .kozenyCarman(eps):
            guard eps > 0, eps < 1 else {
                throw SeparatorParameterError("cake_porosity", eps, expected: "a porosity strictly between 0 and 1", unit: u)
            }
        case .observed:
            break
        }
        switch residualDrag {
        case let .clothMultiple(m):
            try SeparatorParameterError.requireNonNegative("residual drag multiple", m, unit: u, what: "a factor ≥ 0")
        case let .given(k, mu):
            try SeparatorParameterError.requireNonNegative("residual_drag", k, unit: u, what: "a drag ≥ 0 in Pa·s/m")
            try SeparatorParameterError.requirePositive("residual_drag reference viscosity", mu, unit: u,
                                                        what: "a viscosity in Pa·s")
        case let .residualDustLoad(w):
            try SeparatorParameterError.requireNonNegative("residual_dust_load", w, unit: u,
                                                           what: "an areal mass ≥ 0 in kg/m²")
        }
        try SeparatorParameterError.requirePositive("cleaning_pressure_drop", cleaningPressureDrop, unit: u,
                                                    what: "a ΔP set point in Pa")
        try SeparatorParameterError.requireNonNegative("housing_pressure_drop", housingPressureDrop, unit: u)
        if let d = bagDiameter { try SeparatorParameterError.requirePositive("bag.diameter", d, unit: u, what: "a size in m") }
        if let l = bagLength { try SeparatorParameterError.requirePositive("bag.length", l, unit: u, what: "a length in m") }
        try penetration.validate(unit: u)
    }

    /// Sauter mean diameter x₃₂ = 1/Σ(fᵢ/xᵢ) of the inlet dust (m); nil without dust.
    public static func sauterDiameter(_ inlet: SeparatorInlet) -> Double? {
        let total = inlet.massFractions.reduce(0, +)
        guard total > 0 else { return nil }
        let s = zip(inlet.massFractions, inlet.grid.means).reduce(0.0) { $0 + $1.0 / total / $1.1 }
        return 1 / s
    }

    public func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
        try validate()
        try validateInlet(inlet, unit: Self.unit)
        let gas = inlet.gasState
        let mu = gas.viscosity
        let q = inlet.volumetricFlow
        let area: Double, v: Double
        switch sizing {
        case let .clothArea(a): area = a; v = q / a
        case let .bagCount(n):
            area = Double(n) * Double.pi * (bagDiameter ?? 0) * (bagLength ?? 0)
            v = q / area
        case let .airToCloth(u): v = u; area = q / u
        }
        let k1: Double
        switch clothDrag {
        case let .given(k, muRef): k1 = k * mu / muRef
        case let .frazier(pf): k1 = FilterDrag.clothDrag(frazierPermeability: pf) * mu / FilterDrag.roomAirViscosity
        }
        var warnings: [String] = []
        var details: [String: Double] = [:]
        let k2: Double
        switch cakeDrag {
        case let .given(k, muRef): k2 = muRef.map { k * mu / $0 } ?? k
        case let .kozenyCarman(eps):
            guard let xs = Self.sauterDiameter(inlet) else {
                throw SeparatorParameterError(message: "bag_filter: K2 by Kozeny–Carman needs the inlet size distribution, "
                                              + "but the inlet carries no dust; give K2 instead")
            }
            details["sauter_diameter_m"] = xs
            k2 = FilterDrag.kozenyCarman(viscosity: mu, porosity: eps, sauterDiameter: xs,
                                         particleDensity: inlet.particleDensity)
        case .observed:
            if let xs = Self.sauterDiameter(inlet) {
                details["sauter_diameter_m"] = xs
                k2 = FilterDrag.observedCorrelation(viscosity: mu, sauterDiameter: xs, particleDensity: inlet.particleDensity)
                let range = FilterDrag.observedSizes
                if !range.contains(xs) {
                    warnings.append(String(format: "bag filter: the inlet Sauter diameter %.3g µm is outside the %.1f–%.0f µm "
                                           + "of the observed K₂ correlation (Wang et al. 2004); K₂ = %.3g s⁻¹ is extrapolated — "
                                           + "give K2 measured for this dust", xs * 1e6, range.lowerBound * 1e6,
                                           range.upperBound * 1e6, FilterDrag.observedCorrelation(
                                               viscosity: mu, sauterDiameter: xs, particleDensity: inlet.particleDensity)))
                }
            } else {
                k2 = 0   // no dust arrives: no cake builds, K₂ plays no part
            }
        }
        let ke: Double
        switch residualDrag {
        case let .clothMultiple(m): ke = m * k1
        case let .given(k, muRef): ke = k * mu / muRef
        case let .residualDustLoad(w): ke = k1 + k2 * w
        }
        let c = inlet.dustConcentration
        let initial = ke * v + housingPressureDrop
        let rate = k2 * c * v * v
        let setPoint = cleaningPressureDrop
        let interval: Double
        let meanDrop: Double
        if initial >= setPoint {
            interval = 0
            meanDrop = initial
            warnings.append(String(format: "bag filter: the pressure drop just after cleaning (%.0f Pa) already reaches the "
                                   + "cleaning set point %.0f Pa; the filter cannot be kept at the set point", initial, setPoint))
        } else if rate > 0 {
            interval = (setPoint - initial) / rate
            meanDrop = 0.5 * (initial + setPoint)
            if interval < minimumCleaningInterval {
                warnings.append(String(format: "bag filter: ΔP rises %.0f Pa/h, so cleaning would be needed every %.0f s "
                                       + "(< %.0f s): near-continuous pulsing, the set point %.0f Pa cannot be held",
                                       rate * 3600, interval, minimumCleaningInterval, setPoint))
            }
        } else {
            interval = .infinity
            meanDrop = initial
        }

        let t = inlet.temperature
        if t > medium.surgeLimit {
            warnings.append(String(format: "bag filter: gas at %.0f °C exceeds the %@ surge limit %.0f °C; bags are damaged",
                                   t - 273.15, medium.rawValue, medium.surgeLimit - 273.15))
        } else if t > medium.continuousLimit {
            warnings.append(String(format: "bag filter: gas at %.0f °C exceeds the %@ continuous limit %.0f °C "
                                   + "(tolerable only as a short surge up to %.0f °C)", t - 273.15, medium.rawValue,
                                   medium.continuousLimit - 273.15, medium.surgeLimit - 273.15))
        }
        if let tMin = minimumTemperature, t < tMin {
            warnings.append(String(format: "bag filter: gas at %.0f °C is below the minimum %.0f °C (dew point): "
                                   + "condensing tar/water blinds the bags", t - 273.15, tMin - 273.15))
        }
        if c > excessiveInletLoading {
            warnings.append(String(format: "bag filter: inlet dust %.1f g/m³ is beyond routine pulse-jet operation "
                                   + "(> %.0f g/m³): pre-separation needed, bags will blind and wear", c * 1e3,
                                   excessiveInletLoading * 1e3))
        } else if c > heavyInletLoading {
            warnings.append(String(format: "bag filter: inlet dust %.1f g/m³ is in the heavy range (> %.0f g/m³)", c * 1e3,
                                   heavyInletLoading * 1e3))
        }
        if v > maximumAirToCloth {
            warnings.append(String(format: "bag filter: air-to-cloth ratio %.2f m/min exceeds %.2f m/min", v * 60,
                                   maximumAirToCloth * 60))
        }

        let eta = inlet.grid.means.map { 1 - penetration.penetration(diameter: $0) }
        details["filtration_velocity_m_per_s"] = v
        details["air_to_cloth_m_per_min"] = v * 60
        details["cloth_area_m2"] = area
        details["K1_Pa_s_per_m"] = k1
        details["K2_per_s"] = k2
        details["residual_drag_Pa_s_per_m"] = ke
        details["pressure_rise_rate_Pa_per_h"] = rate * 3600
        // Absent without dust (no cleaning needed) and when the set point cannot be reached (the operating limit
        // below fails instead).
        if interval.isFinite && initial < setPoint { details[Self.cleaningIntervalDetail] = interval }
        details["pressure_drop_after_cleaning_Pa"] = initial
        details["cleaning_pressure_drop_Pa"] = setPoint
        details["areal_dust_rate_kg_per_m2_per_s"] = c * v
        if let d = bagDiameter, let l = bagLength {
            details["bag_count"] = (area / (Double.pi * d * l)).rounded(.up)
            details["bag_area_m2"] = Double.pi * d * l
        }
        var result = SeparatorResult(model: modelName, gradeEfficiency: eta, pressureDrop: meanDrop, outletTemperature: t,
                                     warnings: warnings, details: details)
        if rate > 0 {
            let reason = initial >= setPoint
                ? String(format: "the pressure drop just after cleaning, %.0f Pa, already reaches the %.0f Pa set point",
                         initial, setPoint)
                : (interval < minimumCleaningInterval
                    ? String(format: "ΔP rises %.0f Pa/h from %.0f Pa: the %.0f Pa set point is reached every %.0f s",
                             rate * 3600, initial, setPoint, interval) : nil)
            result.operatingLimits = [OperatingLimit(
                name: "cleaning interval ≥ " + Units.formatNumber(minimumCleaningInterval / 60) + " min",
                value: interval / 60, limit: minimumCleaningInterval / 60, unit: "min", isMaximum: false, reason: reason)]
        }
        return result
    }
}
