/// The values of a field that make sense in gas cleaning — narrower than *valid* (a 25 m particle is a valid
/// length, but nobody means it). A bare number outside the plausible range of its field is almost always a
/// missing unit, so the scenario reader refuses it and names the unit under which it would be plausible; a
/// value written with a unit outside the range is accepted with a warning.
///
/// Every ``QuantityKind`` has a broad default (``QuantityKind/plausibleRange``, any field of that kind in a
/// gas-cleaning train); a field narrows it with one of the named ranges below (a particle size and a settler
/// length are both lengths):
///
/// | range | plausible | a bare number outside is suggested as |
/// |---|---|---|
/// | ``particleSize`` | 0.01 µm – 10 mm | um, nm, mm |
/// | ``gasTemperature`` | 0 – 1600 °C | degC |
/// | ``cycloneDiameter`` | 10 mm – 10 m | mm, cm |
/// | ``particleDensity`` | 100 – 25 000 kg/m³ | g/cm3 |
/// | ``gasDensity`` | 0.01 – 100 kg/m³ | — |
/// | ``pressureDropLimit`` | 10 Pa – 100 kPa | kPa |
/// | ``dustConcentration`` | up to 1 kg/m³ (and 1 kg/Nm³, 1 kg/kg) | g/m3, mg/m3 |
///
/// Example: `"25"` for a particle size is read as 25 m, outside 0.01–10 000 µm; under `um` it is 25 µm, inside,
/// so the message says `write "25 um"`. `"200"` for a gas temperature is 200 K (−73.15 °C); `write "200 degC"`.
public struct PlausibleRange: Sendable, Equatable {
    /// The kind of quantity (SI bounds).
    public var kind: QuantityKind
    /// Smallest and largest plausible value (SI, inclusive).
    public var lower: Double
    public var upper: Double
    /// What the field holds, in words, for messages: "a particle size".
    public var what: String
    /// The unit the bounds are written in, in messages.
    public var displayUnit: String
    /// Units tried in this order for a bare number outside the range; the first under which it is plausible is
    /// suggested.
    public var suggestedUnits: [String]

    public init(_ kind: QuantityKind, _ lower: Double, _ upper: Double, what: String, displayUnit: String,
                suggestedUnits: [String]) {
        self.kind = kind
        self.lower = lower
        self.upper = upper
        self.what = what
        self.displayUnit = displayUnit
        self.suggestedUnits = suggestedUnits
    }

    /// Whether the SI value `value` is plausible.
    public func contains(_ value: Double) -> Bool { value >= lower && value <= upper }

    /// The bounds in words: "0.01 to 10000 um".
    public var boundsText: String {
        let lo = (try? Units.convert(lower, as: kind, to: displayUnit)) ?? lower
        let hi = (try? Units.convert(upper, as: kind, to: displayUnit)) ?? upper
        return "\(Units.formatNumber(lo)) to \(Units.formatNumber(hi)) \(displayUnit)"
    }

    /// The first of ``suggestedUnits`` under which the bare `number` is plausible, or nil.
    public func unit(makingPlausible number: Double) -> String? {
        suggestedUnits.first { unit in
            (try? Units.parse("\(number) \(unit)", as: kind)).map(contains) ?? false
        }
    }

    // MARK: - Named field ranges

    /// Particle sizes (distribution parameters, table rows, grid edges): 0.01 µm – 10 mm.
    public static let particleSize = PlausibleRange(.length, 1e-8, 1e-2, what: "a particle size", displayUnit: "um",
                                                    suggestedUnits: ["um", "nm", "mm"])
    /// Process-gas temperatures: 0 – 1600 °C.
    public static let gasTemperature = PlausibleRange(.temperature, 273.15, 1873.15, what: "a gas temperature",
                                                      displayUnit: "degC", suggestedUnits: ["degC"])
    /// Cyclone body diameters: 10 mm – 10 m.
    public static let cycloneDiameter = PlausibleRange(.length, 0.01, 10, what: "a cyclone diameter", displayUnit: "m",
                                                       suggestedUnits: ["mm", "cm"])
    /// True densities of dust particles: 100 – 25 000 kg/m³.
    public static let particleDensity = PlausibleRange(.density, 100, 25_000, what: "a particle density",
                                                       displayUnit: "kg/m3", suggestedUnits: ["g/cm3"])
    /// Measured gas densities: 0.01 – 100 kg/m³.
    public static let gasDensity = PlausibleRange(.density, 0.01, 100, what: "a gas density", displayUnit: "kg/m3",
                                                  suggestedUnits: [])
    /// Pressure-drop limits of a unit or a train: 10 Pa – 100 kPa.
    public static let pressureDropLimit = PlausibleRange(.pressureDifference, 10, 1e5, what: "a pressure-drop limit",
                                                         displayUnit: "Pa", suggestedUnits: ["kPa"])
    /// Dust concentrations on the actual basis (kg/m³) — the same bound serves kg/Nm³ and kg/kg: up to 1.
    public static let dustConcentration = PlausibleRange(.concentration, 0, 1, what: "a dust concentration",
                                                         displayUnit: "kg/m3", suggestedUnits: ["g/m3", "mg/m3"])
    /// Concentration limits (emission and inlet limits are usually mg): up to 1 kg/m³.
    public static let concentrationLimit = PlausibleRange(.concentration, 0, 1, what: "a concentration limit",
                                                          displayUnit: "kg/m3", suggestedUnits: ["mg/m3", "g/m3"])
}

extension QuantityKind {
    /// The broad plausible range of any field of this kind in a gas-cleaning train (see ``PlausibleRange``);
    /// nil for dimensionless numbers, whose fields check their own ranges.
    ///
    /// | kind | plausible (SI) |
    /// |---|---|
    /// | length | 10 nm – 1 km |
    /// | area | 1 mm² – 100 000 m² |
    /// | velocity | 0.1 mm/s – 200 m/s |
    /// | temperature | −100 – 2000 °C |
    /// | temperatureDifference | 0 – 2000 K |
    /// | pressure | 10 kPa – 10 MPa (absolute) |
    /// | pressureDifference | 0 – 100 kPa |
    /// | volumetricFlow | 0.1 mL/s – 10 000 m³/s |
    /// | massFlow | 1 mg/s – 1000 kg/s |
    /// | concentration | 0 – 1 kg/m³ |
    /// | density | 1 g/m³ – 30 000 kg/m³ |
    /// | viscosity | 1 µPa·s – 1 mPa·s (gases) |
    /// | heatTransferCoefficient | 0.01 – 100 000 W/(m²·K) |
    /// | thermalResistance | 0 – 1 m²·K/W |
    /// | power | 0 – 10 GW |
    /// | time | 1 µs – 30 years |
    public var plausibleRange: PlausibleRange? {
        func r(_ lo: Double, _ hi: Double, _ unit: String, _ suggested: [String]) -> PlausibleRange {
            PlausibleRange(self, lo, hi, what: phrase, displayUnit: unit, suggestedUnits: suggested)
        }
        switch self {
        case .length: return r(1e-8, 1000, "m", ["mm", "um", "cm"])
        case .area: return r(1e-6, 1e5, "m2", ["cm2", "mm2"])
        case .velocity: return r(1e-4, 200, "m/s", ["m/min", "mm/s", "cm/s"])
        case .temperature: return r(173.15, 2273.15, "degC", ["degC"])
        case .temperatureDifference: return r(0, 2000, "K", [])
        case .pressure: return r(1e4, 1e7, "kPa", ["kPa", "bar"])
        case .pressureDifference: return r(0, 1e5, "Pa", ["kPa"])
        case .volumetricFlow: return r(1e-7, 1e4, "m3/s", ["m3/h"])
        case .massFlow: return r(1e-6, 1000, "kg/s", ["kg/h", "t/h"])
        case .concentration: return PlausibleRange.dustConcentration
        case .density: return r(1e-3, 3e4, "kg/m3", ["g/cm3"])
        case .viscosity: return r(1e-6, 1e-3, "Pa*s", ["cP", "uPa*s"])
        case .heatTransferCoefficient: return r(0.01, 1e5, "W/(m2*K)", [])
        case .thermalResistance: return r(0, 1, "m2*K/W", [])
        case .power: return r(0, 1e10, "W", ["kW", "MW"])
        case .time: return r(1e-6, 1e9, "s", ["min", "h"])
        case .dimensionless: return nil
        }
    }

    /// The SI unit a bare number is read in, as written in messages: "m", "K", "Pa*s".
    public var siSymbol: String {
        switch self {
        case .length: return "m"
        case .area: return "m²"
        case .velocity: return "m/s"
        case .temperature, .temperatureDifference: return "K"
        case .pressure, .pressureDifference: return "Pa"
        case .volumetricFlow: return "m³/s"
        case .massFlow: return "kg/s"
        case .concentration, .density: return "kg/m³"
        case .viscosity: return "Pa·s"
        case .heatTransferCoefficient: return "W/(m²·K)"
        case .thermalResistance: return "m²·K/W"
        case .power: return "W"
        case .time: return "s"
        case .dimensionless: return ""
        }
    }
}

/// Why a value is implausible for its field (``Units/plausibility(of:value:range:)``).
public enum ImplausibleValue: Sendable, Equatable, CustomStringConvertible {
    /// A bare number outside the range: an error, with the unit that would make it plausible when there is one.
    case bareNumber(text: String, readAs: String, range: PlausibleRange, suggestion: String?)
    /// A value with its unit outside the range: a warning.
    case withUnit(text: String, range: PlausibleRange)

    public var isError: Bool {
        if case .bareNumber = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case let .bareNumber(text, readAs, range, suggestion):
            let fix = suggestion.map { "; write \"\($0)\"" } ?? "; check the value and give its unit"
            return "\"\(text)\" is read as \(readAs), outside the plausible range of \(range.what) "
                + "(\(range.boundsText))\(fix)"
        case let .withUnit(text, range):
            return "\"\(text)\" is outside the plausible range of \(range.what) (\(range.boundsText)); "
                + "check the value and its unit"
        }
    }
}

extension Units {
    /// Whether `value` (SI, as parsed from `text`) is implausible under `range`: nil when plausible. A bare
    /// number (no unit) is SI; a bare 0 is the same in every unit and is only checked for temperatures (0 is
    /// 0 K, not 0 °C).
    ///
    ///     Units.plausibility(of: "25", value: 25, range: .particleSize)?.description
    ///     // "\"25\" is read as 25 m, outside the plausible range of a particle size (0.01 to 10000 um); write \"25 um\""
    public static func plausibility(of text: String, value: Double, range: PlausibleRange) -> ImplausibleValue? {
        guard value.isFinite, !range.contains(value) else { return nil }
        let parts = QuantityText(text)
        guard parts.unit.isEmpty else { return .withUnit(text: text.trimmingWhitespace, range: range) }
        let number = Double(String(parts.number)) ?? value
        if number == 0 && range.kind != .temperature { return nil }
        var readAs = "\(formatNumber(value)) \(range.kind.siSymbol)"
        if range.kind == .temperature {
            readAs += " (\(formatNumber(value - PhysicalConstants.celsiusOffset)) °C)"
        }
        let written = String(parts.number)
        return .bareNumber(text: text.trimmingWhitespace, readAs: readAs, range: range,
                           suggestion: range.unit(makingPlausible: number).map { "\(written) \($0)" })
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
