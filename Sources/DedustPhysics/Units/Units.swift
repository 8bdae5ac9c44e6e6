/// Parsing quantities with units at the scenario boundary, and formatting them for reports.
///
/// Everything inside Dedust is SI; a string is converted once, here. A bare number is SI
/// (see ``QuantityKind`` for the SI unit of each kind). Errors are ``UnitError``s that name the text
/// and what was expected.
///
///     try Units.parse("600 degC", as: .temperature)        // 873.15
///     try Units.parse("2 kPa(g)", as: .pressure)           // 103 325 (gauge + 101.325 kPa)
///     try Units.parse("150 mmH2O", as: .pressureDifference) // 1471.0
///     try Units.parse("15 µm", as: .length)                // 1.5e-5
///     try Units.parseFlow("12350 Nm3/h")                   // .normal(3.4306)
///     try Units.parseConcentration("150 g/Nm3")            // .normal(0.15)
///
/// Spelling: superscripts (m³, m²), micro signs (µ, μ), `·`, `×`, `^` and spaces between factors
/// (`Pa s`) are accepted; symbols are case-sensitive (`mPa` is not `MPa`). Temperatures: `K`, `degC`, `°C`,
/// `℃`, `C`, `degF`, `°F`, `F`, `degR`. Pressures: `Pa hPa kPa MPa bar mbar atm psi torr mmHg mmH2O mmWC
/// inH2O inWC`, each with an optional gauge suffix `g`, `(g)`, `(gauge)` or absolute suffix `a`, `(a)`, `abs`.
public enum Units {
    /// Atmospheric pressure added to gauge pressures ("2 kPa(g)", "0.5 barg"): 101 325 Pa, the standard
    /// atmosphere. Site pressure differs with altitude and weather; give an absolute pressure when it matters.
    public static let gaugeReference = UnitTable.atmosphere

    /// The SI value of `text` read as a quantity of `kind`.
    ///
    /// - Temperatures are absolute (K); a temperature below 0 K is rejected. `.temperatureDifference`
    ///   uses only the scale of the unit (1 degC of difference = 1 K).
    /// - `.pressure` is absolute (Pa): gauge units add ``gaugeReference``; a non-positive absolute pressure
    ///   is rejected. `.pressureDifference` takes the number times the unit's scale (gauge or not).
    /// - `.volumetricFlow` and `.concentration` accept only actual-basis units here (m³/h, g/m³); a
    ///   normal-basis value (Nm³/h, g/Nm³) or a loading (kg/kg) is a ``UnitError`` whose message says so —
    ///   use ``parseFlow(_:)`` / ``parseConcentration(_:)`` for fields that accept every basis.
    public static func parse(_ text: String, as kind: QuantityKind) throws(UnitError) -> Double {
        let (number, unit) = try split(text, as: kind)
        guard let unit else { return try checked(number, kind: kind, text: text) }
        let definition = try lookUp(unit, text: text, kind: kind)
        guard accepts(kind, definition.dimension) else {
            switch (kind, definition.dimension) {
            case (.volumetricFlow, .normalVolumetricFlow), (.concentration, .massPerNormalVolume),
                 (.concentration, .massRatio):
                throw UnitError(text: text, expected: kind,
                                reason: .basisNotAccepted(unit: unit, found: definition.dimension.phrase))
            default:
                throw UnitError(text: text, expected: kind,
                                reason: .wrongDimension(unit: unit, found: definition.dimension.phrase))
            }
        }
        return try checked(value(number, definition, kind), kind: kind, text: text)
    }

    /// A volumetric flow with its basis: actual (`m3/s`, `m3/h`, `m3/min`, `Am3/h`, `L/s`, `cfm`) or normal
    /// (`Nm3/h`, `Nm3/s`, `Nm3/min`, `Nm³/h`, `m3(n)/h`). A bare number is actual m³/s. Normal means the
    /// ``NormalState`` chosen at conversion, 0 °C and 101.325 kPa by default.
    public static func parseFlow(_ text: String) throws(UnitError) -> VolumetricFlow {
        let kind = QuantityKind.volumetricFlow
        let (number, unit) = try split(text, as: kind)
        guard let unit else { return .actual(number) }
        let definition = try lookUp(unit, text: text, kind: kind)
        switch definition.dimension {
        case .actualVolumetricFlow: return .actual(number * definition.scale)
        case .normalVolumetricFlow: return .normal(number * definition.scale)
        default:
            throw UnitError(text: text, expected: kind,
                            reason: .wrongDimension(unit: unit, found: definition.dimension.phrase))
        }
    }

    /// A dust concentration with its basis: actual (`kg/m3`, `g/m3`, `mg/m3`, `g/Am3`), normal (`g/Nm3`,
    /// `mg/Nm3`, `kg/Nm3`) or mass loading (`kg/kg`, `g/kg`). A bare number is actual kg/m³.
    public static func parseConcentration(_ text: String) throws(UnitError) -> Concentration {
        let kind = QuantityKind.concentration
        let (number, unit) = try split(text, as: kind)
        guard let unit else { return .actual(number) }
        let definition = try lookUp(unit, text: text, kind: kind)
        switch definition.dimension {
        case .massPerActualVolume: return .actual(number * definition.scale)
        case .massPerNormalVolume: return .normal(number * definition.scale)
        case .massRatio: return .loading(number * definition.scale)
        default:
            throw UnitError(text: text, expected: kind,
                            reason: .wrongDimension(unit: unit, found: definition.dimension.phrase))
        }
    }

    /// The SI value `value` of `kind` expressed in `unit` (the inverse of ``parse(_:as:)``).
    ///
    ///     try Units.convert(873.15, as: .temperature, to: "degC")   // 600
    ///     try Units.convert(103_325, as: .pressure, to: "kPa(g)")   // 2
    public static func convert(_ value: Double, as kind: QuantityKind, to unit: String) throws(UnitError) -> Double {
        let text = unit
        let definition = try lookUp(UnitTable.normalize(unit), text: text, kind: kind)
        guard accepts(kind, definition.dimension) else {
            throw UnitError(text: text, expected: kind,
                            reason: .wrongDimension(unit: unit, found: definition.dimension.phrase))
        }
        switch kind {
        case .temperature:
            return (value - definition.offset) / definition.scale
        case .pressure where definition.isGauge:
            return (value - gaugeReference) / definition.scale
        default:
            return value / definition.scale
        }
    }

    /// `value` (SI, of `kind`) written in `unit` with `significantDigits` significant digits:
    ///
    ///     try Units.format(873.15, as: .temperature, unit: "°C")      // "600 °C"
    ///     try Units.format(3.4306, as: .volumetricFlow, unit: "m3/h") // "12350 m3/h"
    public static func format(_ value: Double, as kind: QuantityKind, unit: String,
                              significantDigits: Int = 4) throws(UnitError) -> String {
        let converted = try convert(value, as: kind, to: unit)
        return "\(formatNumber(converted, significantDigits: significantDigits)) \(unit)"
    }

    /// `x` rounded to `significantDigits` significant digits, without trailing zeros; plain notation for
    /// 1e-4 ≤ |x| < 1e7, exponent notation otherwise.
    public static func formatNumber(_ x: Double, significantDigits: Int = 4) -> String {
        guard x.isFinite else { return "\(x)" }
        if x == 0 { return "0" }
        let digits = max(1, significantDigits)
        let magnitude = Int((abs(x).log10Floor))
        if magnitude < -4 || magnitude >= 7 {
            let mantissa = x / pow10(magnitude)
            return trimZeros(fixed(mantissa, decimals: digits - 1)) + "e\(magnitude)"
        }
        let decimals = max(0, digits - 1 - magnitude)
        return trimZeros(fixed(x, decimals: decimals))
    }

    // MARK: - Internals

    /// The number and the normalised unit (nil for a bare number), or a ``UnitError``.
    private static func split(_ text: String, as kind: QuantityKind) throws(UnitError) -> (Double, String?) {
        if text.allSatisfy(\.isWhitespace) { throw UnitError(text: text, expected: kind, reason: .empty) }
        let parts = QuantityText(text)
        if parts.number.isEmpty { throw UnitError(text: text, expected: kind, reason: .missingNumber) }
        guard let number = Double(String(parts.number)) else {
            throw UnitError(text: text, expected: kind, reason: .malformedNumber(String(parts.number)))
        }
        guard number.isFinite else {
            throw UnitError(text: text, expected: kind, reason: .malformedNumber(String(parts.number)))
        }
        return (number, parts.unit.isEmpty ? nil : UnitTable.normalize(String(parts.unit)))
    }

    private static func lookUp(_ unit: String, text: String, kind: QuantityKind) throws(UnitError) -> UnitDefinition {
        guard let definition = UnitTable.definitions[unit] else {
            throw UnitError(text: text, expected: kind, reason: .unknownUnit(unit))
        }
        return definition
    }

    private static func accepts(_ kind: QuantityKind, _ dimension: UnitDimension) -> Bool {
        switch kind {
        case .length: return dimension == .length
        case .area: return dimension == .area
        case .velocity: return dimension == .velocity
        case .temperature, .temperatureDifference: return dimension == .temperature
        case .pressure, .pressureDifference: return dimension == .pressure
        case .volumetricFlow: return dimension == .actualVolumetricFlow
        case .massFlow: return dimension == .massFlow
        case .concentration, .density: return dimension == .massPerActualVolume
        case .viscosity: return dimension == .viscosity
        case .heatTransferCoefficient: return dimension == .heatTransferCoefficient
        case .thermalResistance: return dimension == .thermalResistance
        case .power: return dimension == .power
        case .time: return dimension == .time
        case .dimensionless: return dimension == .dimensionless
        }
    }

    private static func value(_ number: Double, _ definition: UnitDefinition, _ kind: QuantityKind) -> Double {
        switch kind {
        case .temperature: return number * definition.scale + definition.offset
        case .pressure where definition.isGauge: return number * definition.scale + gaugeReference
        default: return number * definition.scale
        }
    }

    /// Rejects values that cannot exist for `kind`.
    private static func checked(_ value: Double, kind: QuantityKind, text: String) throws(UnitError) -> Double {
        switch kind {
        case .temperature where value < 0:
            throw UnitError(text: text, expected: kind,
                            reason: .outOfRange("\(formatNumber(value)) K is below absolute zero"))
        case .pressure where value <= 0:
            throw UnitError(text: text, expected: kind,
                            reason: .outOfRange("absolute pressure \(formatNumber(value)) Pa is not positive"))
        default:
            return value
        }
    }

    private static func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<abs(n) { r *= 10 }
        return n < 0 ? 1 / r : r
    }

    /// Fixed-point text of `x` with `decimals` decimals, rounding half away from zero.
    private static func fixed(_ x: Double, decimals: Int) -> String {
        let scaled = (abs(x) * pow10(decimals)).rounded()
        guard scaled < 9e15 else { return "\(x)" }
        var digits = String(Int64(scaled))
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (x < 0 && scaled != 0 ? "-" : "") + digits
    }

    private static func trimZeros(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var t = s
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }
}

extension Double {
    /// ⌊log10 |x|⌋ for finite non-zero x, robust at exact powers of ten.
    fileprivate var log10Floor: Double {
        var e = 0.0, a = self
        while a >= 10 { a /= 10; e += 1 }
        while a < 1 { a *= 10; e -= 1 }
        return e
    }
}
