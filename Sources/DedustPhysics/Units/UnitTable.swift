/// What a unit symbol measures. Finer than ``QuantityKind`` where the basis matters: a normal-basis flow
/// (Nm³/h) and an actual flow (m³/h) are different dimensions here, and `kg/m3` serves both density and
/// actual concentration.
enum UnitDimension: Sendable, Equatable {
    case length, area, velocity, temperature, pressure
    case actualVolumetricFlow, normalVolumetricFlow, massFlow
    case massPerActualVolume, massPerNormalVolume, massRatio
    case viscosity, heatTransferCoefficient, thermalResistance, power, time, dimensionless

    /// In words, for "… is a length, expected …".
    var phrase: String {
        switch self {
        case .length: return "a length"
        case .area: return "an area"
        case .velocity: return "a velocity"
        case .temperature: return "a temperature"
        case .pressure: return "a pressure"
        case .actualVolumetricFlow: return "an actual volumetric flow"
        case .normalVolumetricFlow: return "a normal-basis volumetric flow (Nm³ at 0 °C, 101.325 kPa)"
        case .massFlow: return "a mass flow"
        case .massPerActualVolume: return "a mass per actual volume (density or actual concentration)"
        case .massPerNormalVolume: return "a mass per normal volume (concentration in kg/Nm³)"
        case .massRatio: return "a mass ratio (dust loading, kg/kg)"
        case .viscosity: return "a dynamic viscosity"
        case .heatTransferCoefficient: return "a heat-transfer coefficient"
        case .thermalResistance: return "a thermal resistance"
        case .power: return "a power"
        case .time: return "a time"
        case .dimensionless: return "a dimensionless number"
        }
    }
}

/// One unit: SI value = `scale` × number + `offset`.
///
/// `offset` is non-zero only for temperature scales (°C, °F). Gauge pressures carry `isGauge`; the
/// atmospheric offset is added by the parser only when an absolute pressure is asked for.
struct UnitDefinition: Sendable, Equatable {
    var dimension: UnitDimension
    var scale: Double
    var offset: Double = 0
    var isGauge: Bool = false
}

/// The table of accepted unit symbols, after ``UnitTable/normalize(_:)``.
///
/// Conversion factors (exact where the definition is exact): inch 0.0254 m, foot 0.3048 m, lb 0.45359237 kg,
/// psi 6894.757293168 Pa, atm 101 325 Pa, torr 101 325/760 Pa, mmHg 133.322387415 Pa,
/// mmH2O (conventional, ρ = 1000 kg/m³, g_n) 9.80665 Pa, inH2O (conventional) 249.08891 Pa, hp (mechanical)
/// 745.69987158227 W, cP 1e-3 Pa·s.
enum UnitTable {
    /// Standard atmosphere (Pa) used to turn gauge pressures into absolute ones.
    static let atmosphere = 101_325.0

    static let definitions: [String: UnitDefinition] = build()

    /// The unit string in a canonical spelling: superscripts ²³ → 2 3, micro signs (µ U+00B5, μ U+03BC) → u,
    /// `·`/`⋅`/`×`/spaces → `*`, `^` dropped, `℃`/`℉` → degC/degF, `°` → deg.
    static func normalize(_ unit: String) -> String {
        var out = ""
        var pendingSpace = false
        for ch in unit {
            switch ch {
            case " ", "\t":
                pendingSpace = true
                continue
            default: break
            }
            if pendingSpace {
                // A space between two unit factors is a product ("Pa s"); next to an operator it is nothing.
                if let last = out.last, !"*/(".contains(last), !"*/()".contains(ch) { out.append("*") }
                pendingSpace = false
            }
            switch ch {
            case "²": out.append("2")
            case "³": out.append("3")
            case "µ", "μ": out.append("u")
            case "·", "⋅", "×": out.append("*")
            case "^": break
            case "℃": out.append("degC")
            case "℉": out.append("degF")
            case "°": out.append("deg")
            default: out.append(ch)
            }
        }
        return out
    }

    private static func build() -> [String: UnitDefinition] {
        var t: [String: UnitDefinition] = [:]
        func add(_ names: [String], _ d: UnitDimension, _ scale: Double, offset: Double = 0) {
            for n in names { t[n] = UnitDefinition(dimension: d, scale: scale, offset: offset) }
        }
        let inch = 0.0254, foot = 0.3048, pound = 0.453_592_37

        // Length
        add(["m", "meter", "meters", "metre", "metres"], .length, 1)
        add(["km"], .length, 1e3)
        add(["cm"], .length, 1e-2)
        add(["mm"], .length, 1e-3)
        add(["um", "micron", "microns", "micrometer", "micrometre"], .length, 1e-6)
        add(["nm"], .length, 1e-9)
        add(["in", "inch"], .length, inch)
        add(["ft", "foot", "feet"], .length, foot)

        // Area
        add(["m2", "sqm"], .area, 1)
        add(["cm2"], .area, 1e-4)
        add(["mm2"], .area, 1e-6)
        add(["ft2", "sqft"], .area, foot * foot)
        add(["in2"], .area, inch * inch)

        // Velocity
        add(["m/s", "m*s-1"], .velocity, 1)
        add(["m/min"], .velocity, 1.0 / 60)
        add(["m/h"], .velocity, 1.0 / 3600)
        add(["km/h"], .velocity, 1000.0 / 3600)
        add(["cm/s"], .velocity, 1e-2)
        add(["mm/s"], .velocity, 1e-3)
        add(["ft/s"], .velocity, foot)
        add(["ft/min", "fpm"], .velocity, foot / 60)

        // Temperature (scale, offset to kelvin). As a difference only the scale is used.
        add(["K", "kelvin"], .temperature, 1)
        add(["degC", "C", "celsius", "Celsius", "degc"], .temperature, 1, offset: PhysicalConstants.celsiusOffset)
        add(["degF", "F", "fahrenheit", "Fahrenheit", "degf"], .temperature, 5.0 / 9,
            offset: PhysicalConstants.celsiusOffset - 32 * 5.0 / 9)
        add(["degR", "rankine", "Rankine"], .temperature, 5.0 / 9)

        // Pressure
        let pressures: [(String, Double)] = [
            ("Pa", 1), ("hPa", 100), ("kPa", 1e3), ("MPa", 1e6), ("bar", 1e5), ("mbar", 100),
            ("atm", 101_325), ("psi", 6_894.757_293_168), ("torr", 101_325.0 / 760), ("Torr", 101_325.0 / 760),
            ("mmHg", 133.322_387_415), ("mmH2O", 9.806_65), ("mmWC", 9.806_65), ("mmWG", 9.806_65),
            ("mmwc", 9.806_65), ("inH2O", 249.088_91), ("inWC", 249.088_91), ("inwc", 249.088_91),
        ]
        // No case-insensitive aliases for pressures: mPa is not MPa.
        for (name, scale) in pressures {
            t[name] = UnitDefinition(dimension: .pressure, scale: scale)
            for suffix in ["(a)", "a", "(abs)", "*abs", "abs", "*a"] {
                t[name + suffix] = UnitDefinition(dimension: .pressure, scale: scale)
            }
            for suffix in ["(g)", "g", "(gauge)", "*gauge", "*g"] {
                t[name + suffix] = UnitDefinition(dimension: .pressure, scale: scale, isGauge: true)
            }
        }

        // Volumetric flow, actual basis
        for prefix in ["", "A", "a"] {
            add([prefix + "m3/s"], .actualVolumetricFlow, 1)
            add([prefix + "m3/min"], .actualVolumetricFlow, 1.0 / 60)
            add([prefix + "m3/h", prefix + "m3/hr"], .actualVolumetricFlow, 1.0 / 3600)
        }
        add(["L/s", "l/s"], .actualVolumetricFlow, 1e-3)
        add(["L/min", "l/min"], .actualVolumetricFlow, 1e-3 / 60)
        add(["cfm", "acfm", "ft3/min"], .actualVolumetricFlow, foot * foot * foot / 60)

        // Volumetric flow, normal basis (0 °C, 101.325 kPa unless overridden at conversion)
        add(["Nm3/s", "m3(n)/s", "m3N/s"], .normalVolumetricFlow, 1)
        add(["Nm3/min", "m3(n)/min"], .normalVolumetricFlow, 1.0 / 60)
        add(["Nm3/h", "Nm3/hr", "m3(n)/h", "m3N/h"], .normalVolumetricFlow, 1.0 / 3600)

        // Mass flow
        add(["kg/s"], .massFlow, 1)
        add(["kg/min"], .massFlow, 1.0 / 60)
        add(["kg/h", "kg/hr"], .massFlow, 1.0 / 3600)
        add(["g/s"], .massFlow, 1e-3)
        add(["t/h", "t/hr", "tph"], .massFlow, 1000.0 / 3600)
        add(["t/d"], .massFlow, 1000.0 / 86_400)
        add(["lb/h", "lb/hr"], .massFlow, pound / 3600)

        // Mass per actual volume: density, or concentration at the local T and P
        for prefix in ["", "A", "a"] {
            add(["kg/" + prefix + "m3"], .massPerActualVolume, 1)
            add(["g/" + prefix + "m3"], .massPerActualVolume, 1e-3)
            add(["mg/" + prefix + "m3"], .massPerActualVolume, 1e-6)
            add(["ug/" + prefix + "m3"], .massPerActualVolume, 1e-9)
        }
        add(["g/cm3", "g/cc", "kg/L", "kg/l", "t/m3"], .massPerActualVolume, 1e3)
        add(["g/L", "g/l"], .massPerActualVolume, 1)
        add(["lb/ft3"], .massPerActualVolume, pound / (foot * foot * foot))

        // Mass per normal volume
        add(["kg/Nm3", "kg/m3(n)"], .massPerNormalVolume, 1)
        add(["g/Nm3", "g/m3(n)"], .massPerNormalVolume, 1e-3)
        add(["mg/Nm3", "mg/m3(n)"], .massPerNormalVolume, 1e-6)
        add(["ug/Nm3"], .massPerNormalVolume, 1e-9)

        // Mass ratio (dust loading)
        add(["kg/kg"], .massRatio, 1)
        add(["g/kg"], .massRatio, 1e-3)
        add(["mg/kg"], .massRatio, 1e-6)

        // Dynamic viscosity
        add(["Pa*s", "Pa.s", "Pas", "N*s/m2", "kg/(m*s)", "kg/m/s", "kg/m*s"], .viscosity, 1)
        add(["mPa*s", "mPa.s", "mPas"], .viscosity, 1e-3)
        add(["uPa*s", "uPa.s", "uPas"], .viscosity, 1e-6)
        add(["cP", "cp", "centipoise"], .viscosity, 1e-3)
        add(["P", "poise"], .viscosity, 0.1)

        // Heat-transfer coefficient
        add(["W/(m2*K)", "W/m2/K", "W/m2K", "W/(m2K)", "W/m2*K", "W/(K*m2)",
             "W/(m2*degC)", "W/m2/degC", "W/(m2*C)"], .heatTransferCoefficient, 1)
        add(["kW/(m2*K)", "kW/m2/K", "kW/m2K"], .heatTransferCoefficient, 1e3)

        // Thermal (fouling) resistance
        add(["m2*K/W", "(m2*K)/W", "m2K/W", "K*m2/W", "m2*degC/W", "m2*C/W"], .thermalResistance, 1)
        add(["m2*K/kW", "m2K/kW"], .thermalResistance, 1e-3)

        // Power
        add(["W"], .power, 1)
        add(["kW"], .power, 1e3)
        add(["MW"], .power, 1e6)
        add(["hp"], .power, 745.699_871_582_27)

        // Time
        add(["s", "sec", "second", "seconds"], .time, 1)
        add(["ms"], .time, 1e-3)
        add(["min", "minute", "minutes"], .time, 60)
        add(["h", "hr", "hour", "hours"], .time, 3600)
        add(["d", "day", "days"], .time, 86_400)

        // Dimensionless
        add(["1", "-"], .dimensionless, 1)
        add(["%", "percent"], .dimensionless, 1e-2)
        add(["ppm"], .dimensionless, 1e-6)
        return t
    }
}
