import Testing
@testable import DedustPhysics

/// Unit parsing: every dimension, every class of bad input, and the inverse conversion.
/// Conversion factors are the exact definitions (NIST SP 811 appendix B) unless noted.
@Suite("Units")
struct UnitsTests {
    private func close(_ a: Double, _ b: Double, rel: Double = 1e-12) -> Bool {
        abs(a - b) <= rel * max(abs(a), abs(b))
    }

    @Test("length: m, mm, um, µm, μm, micron, in, ft, bare number")
    func length() throws {
        #expect(try Units.parse("2.3 m", as: .length) == 2.3)
        #expect(close(try Units.parse("150 mm", as: .length), 0.15))
        #expect(close(try Units.parse("15 um", as: .length), 15e-6))
        #expect(close(try Units.parse("15 µm", as: .length), 15e-6))   // U+00B5 micro sign
        #expect(close(try Units.parse("15μm", as: .length), 15e-6))    // U+03BC Greek mu
        #expect(close(try Units.parse("15 micron", as: .length), 15e-6))
        #expect(close(try Units.parse("12 in", as: .length), 0.3048))
        #expect(close(try Units.parse("1 ft", as: .length), 0.3048))
        #expect(try Units.parse("0.5", as: .length) == 0.5)
        #expect(close(try Units.parse("  1.5e-6   m ", as: .length), 1.5e-6))
    }

    @Test("area: m2, m², m^2, cm2, ft2")
    func area() throws {
        #expect(try Units.parse("500 m2", as: .area) == 500)
        #expect(try Units.parse("1.2 m²", as: .area) == 1.2)
        #expect(try Units.parse("3 m^2", as: .area) == 3)
        #expect(close(try Units.parse("10000 cm2", as: .area), 1))
        #expect(close(try Units.parse("1 ft2", as: .area), 0.09290304))
    }

    @Test("velocity: m/s, m/min (air-to-cloth), km/h, ft/min")
    func velocity() throws {
        #expect(try Units.parse("18 m/s", as: .velocity) == 18)
        #expect(close(try Units.parse("0.9 m/min", as: .velocity), 0.015))
        #expect(close(try Units.parse("36 km/h", as: .velocity), 10))
        #expect(close(try Units.parse("1 ft/min", as: .velocity), 0.00508))
    }

    @Test("temperature: K, degC, °C, ℃, C, degF, °F, degR; bare number is K")
    func temperature() throws {
        #expect(close(try Units.parse("600 degC", as: .temperature), 873.15))
        #expect(close(try Units.parse("600 °C", as: .temperature), 873.15))
        #expect(close(try Units.parse("600°C", as: .temperature), 873.15))
        #expect(close(try Units.parse("600 ℃", as: .temperature), 873.15))
        #expect(close(try Units.parse("600 C", as: .temperature), 873.15))
        #expect(try Units.parse("873.15 K", as: .temperature) == 873.15)
        #expect(try Units.parse("873.15", as: .temperature) == 873.15)
        #expect(close(try Units.parse("32 degF", as: .temperature), 273.15))
        #expect(close(try Units.parse("212 °F", as: .temperature), 373.15))
        #expect(close(try Units.parse("-40 F", as: .temperature), 233.15))
        #expect(close(try Units.parse("491.67 degR", as: .temperature), 273.15))
        #expect(try Units.parse("-273.15 degC", as: .temperature) == 0)
    }

    @Test("temperature difference uses the scale only")
    func temperatureDifference() throws {
        #expect(try Units.parse("20 K", as: .temperatureDifference) == 20)
        #expect(try Units.parse("20 degC", as: .temperatureDifference) == 20)
        #expect(close(try Units.parse("18 degF", as: .temperatureDifference), 10))
        #expect(try Units.parse("-5 degC", as: .temperatureDifference) == -5)
    }

    @Test("pressure: absolute units, gauge converted with 101.325 kPa")
    func pressure() throws {
        #expect(try Units.parse("101.325 kPa", as: .pressure) == 101_325)
        #expect(try Units.parse("1 atm", as: .pressure) == 101_325)
        #expect(try Units.parse("1 bar", as: .pressure) == 100_000)
        #expect(try Units.parse("1013.25 mbar", as: .pressure) == 101_325)
        #expect(try Units.parse("1013.25 hPa", as: .pressure) == 101_325)
        #expect(try Units.parse("0.101325 MPa", as: .pressure) == 101_325)
        #expect(try Units.parse("101325 Pa", as: .pressure) == 101_325)
        #expect(try Units.parse("101325", as: .pressure) == 101_325)
        #expect(close(try Units.parse("14.695948775513 psi", as: .pressure), 101_325, rel: 1e-12))
        #expect(close(try Units.parse("760 mmHg", as: .pressure), 101_325, rel: 1e-6))
        #expect(close(try Units.parse("760 torr", as: .pressure), 101_325))
        // gauge
        #expect(try Units.parse("2 kPa(g)", as: .pressure) == 103_325)
        #expect(try Units.parse("2 kPag", as: .pressure) == 103_325)
        #expect(try Units.parse("2 kPa (g)", as: .pressure) == 103_325)
        #expect(try Units.parse("0.5 barg", as: .pressure) == 151_325)
        #expect(try Units.parse("-500 Pa(g)", as: .pressure) == 100_825)
        #expect(try Units.parse("1 bara", as: .pressure) == 100_000)
        #expect(try Units.parse("1 bar(a)", as: .pressure) == 100_000)
        #expect(Units.gaugeReference == 101_325)
    }

    @Test("pressure difference: mmH2O, mmWC, inH2O, kPa")
    func pressureDifference() throws {
        #expect(close(try Units.parse("150 mmH2O", as: .pressureDifference), 1470.9975))
        #expect(close(try Units.parse("150 mmWC", as: .pressureDifference), 1470.9975))
        #expect(close(try Units.parse("1 inH2O", as: .pressureDifference), 249.08891))
        #expect(try Units.parse("1.5 kPa", as: .pressureDifference) == 1500)
        #expect(try Units.parse("1.5 kPa", as: .pressureDifference) == 1500)
        #expect(try Units.parse("2 kPa(g)", as: .pressureDifference) == 2000)   // a gauge reading is a difference
    }

    @Test("volumetric flow: parse accepts actual only; parseFlow keeps the basis")
    func volumetricFlow() throws {
        #expect(close(try Units.parse("39480 m3/h", as: .volumetricFlow), 10.966_666_666_666_667))
        #expect(close(try Units.parse("39480 m³/h", as: .volumetricFlow), 10.966_666_666_666_667))
        #expect(try Units.parse("60 m3/min", as: .volumetricFlow) == 1)
        #expect(try Units.parse("3600 Am3/h", as: .volumetricFlow) == 1)
        #expect(close(try Units.parse("1000 L/s", as: .volumetricFlow), 1))
        #expect(close(try Units.parse("1 cfm", as: .volumetricFlow), 4.719474432e-4))
        #expect(try Units.parseFlow("10.97 m3/s") == .actual(10.97))
        #expect(try Units.parseFlow("10.97") == .actual(10.97))
        #expect(try Units.parseFlow("3600 Nm3/h") == .normal(1))
        #expect(try Units.parseFlow("3600 Nm³/h") == .normal(1))
        #expect(try Units.parseFlow("2 Nm3/s") == .normal(2))
        #expect(try Units.parseFlow("60 Nm3/min") == .normal(1))
        #expect(try Units.parseFlow("7200 Am3/h") == .actual(2))
        // physics.md §7.6: 12 350 Nm³/h at 600 °C, 101.325 kPa → 39 480 m³/h = 10.97 m³/s
        let q = try Units.parseFlow("12350 Nm3/h")
        let actual = q.actual(temperature: 873.15, pressure: 101_325)
        #expect(abs(actual * 3600 - 39_480) < 5)
        #expect(close(VolumetricFlow.actual(actual).normal(temperature: 873.15, pressure: 101_325), 12_350.0 / 3600))
        // another normal state: 20 °C, 1 atm
        let ntp = NormalState(temperature: 293.15, pressure: 101_325)
        #expect(close(VolumetricFlow.normal(1).actual(temperature: 293.15, pressure: 101_325, normalState: ntp), 1))
        #expect(close(NormalState.din1343.molarVolume, 0.022_413_969_545_014_14, rel: 1e-10))
    }

    @Test("a normal-basis flow or concentration where the actual basis is required says so")
    func normalBasisAsActual() throws {
        let flow = try #require(failure("12350 Nm3/h", .volumetricFlow))
        #expect(flow.reason == .basisNotAccepted(unit: "Nm3/h",
                                                 found: "a normal-basis volumetric flow (Nm³ at 0 °C, 101.325 kPa)"))
        #expect(flow.description == #""12350 Nm3/h" is a normal-basis volumetric flow (Nm³ at 0 °C, 101.325 kPa), "#
                + #"but this value must be on the actual basis (m³ at the local temperature and pressure), e.g. "39480 m3/h""#)
        let loading = try #require(failure("0.1 kg/kg", .concentration))
        if case .basisNotAccepted = loading.reason {} else { Issue.record("kg/kg accepted as actual concentration") }
        #expect(failure("150 g/Nm3", .concentration)?.description.hasSuffix(#"e.g. "35 g/m3""#) == true)
    }

    @Test("mass flow: kg/s, kg/h, t/h")
    func massFlow() throws {
        #expect(try Units.parse("0.5 kg/s", as: .massFlow) == 0.5)
        #expect(close(try Units.parse("3600 kg/h", as: .massFlow), 1))
        #expect(close(try Units.parse("1.8 t/h", as: .massFlow), 0.5))
    }

    @Test("concentration: every basis")
    func concentration() throws {
        #expect(try Units.parseConcentration("150 g/Nm3") == .normal(0.15))
        #expect(try Units.parseConcentration("150 g/Nm³") == .normal(0.15))
        #expect(try Units.parseConcentration("300 mg/Nm3") == .normal(3e-4))
        #expect(try Units.parseConcentration("300 mg/m3") == .actual(3e-4))
        #expect(try Units.parseConcentration("35 g/m3") == .actual(0.035))
        #expect(try Units.parseConcentration("0.05 kg/m3") == .actual(0.05))
        #expect(try Units.parseConcentration("0.1 kg/kg") == .loading(0.1))
        #expect(try Units.parseConcentration("100 g/kg") == .loading(0.1))
        #expect(try Units.parseConcentration("0.02") == .actual(0.02))
        #expect(try Units.parse("300 mg/m3", as: .concentration) == 3e-4)
        // Basis trap (case file): 300 mg/m³ actual at 600 °C is ≈ 959 mg/Nm³ (physics.md §7.6)
        let gas = GasState(temperature: 873.15, pressure: 101_325, molarMass: 0.026_27, viscosity: 3.728e-5)
        let c = Concentration.actual(300e-6)
        #expect(abs(c.normal(in: gas) * 1e6 - 959) < 0.5)
        #expect(close(Concentration.normal(c.normal(in: gas)).actual(in: gas), 300e-6))
        #expect(close(Concentration.loading(0.1).actual(in: gas), 0.1 * gas.density))
        #expect(close(Concentration.actual(0.1 * gas.density).loading(in: gas), 0.1))
        #expect(throws: UnitError.self) { try Units.parse("150 g/Nm3", as: .concentration) }
    }

    @Test("density, viscosity, heat transfer, thermal resistance, power, time, dimensionless")
    func otherDimensions() throws {
        #expect(try Units.parse("2200 kg/m3", as: .density) == 2200)
        #expect(try Units.parse("2.2 g/cm3", as: .density) == 2200)
        #expect(try Units.parse("3.7e-5 Pa*s", as: .viscosity) == 3.7e-5)
        #expect(try Units.parse("3.7e-5 Pa s", as: .viscosity) == 3.7e-5)
        #expect(try Units.parse("3.7e-5 Pa·s", as: .viscosity) == 3.7e-5)
        #expect(close(try Units.parse("0.037 cP", as: .viscosity), 3.7e-5))
        #expect(close(try Units.parse("37 µPa·s", as: .viscosity), 3.7e-5))
        #expect(try Units.parse("15 W/(m2*K)", as: .heatTransferCoefficient) == 15)
        #expect(try Units.parse("15 W/(m²·K)", as: .heatTransferCoefficient) == 15)
        #expect(try Units.parse("15 W/m2K", as: .heatTransferCoefficient) == 15)
        #expect(try Units.parse("0.002 m2*K/W", as: .thermalResistance) == 0.002)
        #expect(try Units.parse("0.002 m²·K/W", as: .thermalResistance) == 0.002)
        #expect(try Units.parse("250 kW", as: .power) == 250_000)
        #expect(try Units.parse("1.2 MW", as: .power) == 1.2e6)
        #expect(try Units.parse("2 h", as: .time) == 7200)
        #expect(try Units.parse("30 min", as: .time) == 1800)
        #expect(try Units.parse("30 s", as: .time) == 30)
        #expect(try Units.parse("0.15", as: .dimensionless) == 0.15)
        #expect(try Units.parse("15 %", as: .dimensionless) == 0.15)
    }

    // MARK: - Bad input, one test per class

    private func failure(_ text: String, _ kind: QuantityKind) -> UnitError? {
        do {
            _ = try Units.parse(text, as: kind)
            return nil
        } catch {
            return error
        }
    }

    @Test("wrong dimension names the text, the dimension found and the expectation")
    func wrongDimension() throws {
        let e = try #require(failure("600 m", .temperature))
        #expect(e.reason == .wrongDimension(unit: "m", found: "a length"))
        #expect(e.description == #""600 m" is a length, expected a temperature (e.g. "600 degC", "873.15 K")"#)
        #expect(failure("15 um", .pressure)?.reason == .wrongDimension(unit: "um", found: "a length"))
        #expect(failure("1 kg/kg", .density)?.reason
                == .wrongDimension(unit: "kg/kg", found: "a mass ratio (dust loading, kg/kg)"))
        #expect(throws: UnitError.self) { try Units.parseFlow("5 kg/s") }
        #expect(throws: UnitError.self) { try Units.parseConcentration("5 m3/h") }
    }

    @Test("unknown unit")
    func unknownUnit() throws {
        let e = try #require(failure("600 furlongs", .length))
        #expect(e.reason == .unknownUnit("furlongs"))
        #expect(e.description.contains("unknown unit \"furlongs\""))
        #expect(e.description.contains("expected a length"))
        #expect(failure("1 MPA", .pressure)?.reason == .unknownUnit("MPA"))       // case matters
        #expect(failure("100 scfm", .volumetricFlow)?.reason == .unknownUnit("scfm"))
        #expect(throws: UnitError.self) { try Units.parseFlow("1 Sm3/h") }
    }

    @Test("malformed number")
    func malformedNumber() throws {
        #expect(failure("1.2.3 m", .length)?.reason == .malformedNumber("1.2.3"))
        #expect(failure("12,350 Nm3/h", .volumetricFlow)?.reason == .malformedNumber("12,350"))
        #expect(failure("1e m", .length)?.reason == .malformedNumber("1e"))
        #expect(failure("--5 K", .temperature)?.reason == .malformedNumber("--5"))
        #expect(failure("1e999 m", .length)?.reason == .malformedNumber("1e999"))
        let e = try #require(failure("1.2.3 m", .length))
        #expect(e.description.hasPrefix("\"1.2.3 m\": cannot read the number \"1.2.3\""))
    }

    @Test("empty string and unit without number")
    func emptyAndMissingNumber() throws {
        #expect(failure("", .length)?.reason == .empty)
        #expect(failure("   ", .temperature)?.reason == .empty)
        #expect(failure("degC", .temperature)?.reason == .missingNumber)
        #expect(failure("m", .length)?.reason == .missingNumber)
        #expect(failure("nan", .length)?.reason == .missingNumber)
        let e = try #require(failure("degC", .temperature))
        #expect(e.description == #""degC" has no number, expected a temperature (e.g. "600 degC", "873.15 K")"#)
        #expect(throws: UnitError.self) { try Units.parseFlow("") }
        #expect(throws: UnitError.self) { try Units.parseConcentration("g/Nm3") }
    }

    @Test("impossible values: below absolute zero, non-positive absolute pressure")
    func outOfRange() {
        #expect(failure("-300 degC", .temperature) != nil)
        #expect(failure("-1 K", .temperature) != nil)
        #expect(failure("-102 kPa(g)", .pressure) != nil)
        #expect(failure("0 Pa", .pressure) != nil)
        #expect(failure("-1 K", .temperatureDifference) == nil)
    }

    // MARK: - Output

    @Test("convert and format invert parse")
    func formatting() throws {
        #expect(close(try Units.convert(873.15, as: .temperature, to: "degC"), 600))
        #expect(try Units.format(873.15, as: .temperature, unit: "°C") == "600 °C")
        #expect(close(try Units.convert(103_325, as: .pressure, to: "kPa(g)"), 2))
        #expect(try Units.format(12_350.0 / 3600, as: .volumetricFlow, unit: "m3/h") == "12350 m3/h")
        #expect(try Units.format(1.5e-5, as: .length, unit: "µm") == "15 µm")
        #expect(try Units.format(0.000_3, as: .concentration, unit: "mg/m3") == "300 mg/m3")
        #expect(Units.formatNumber(3.728e-5, significantDigits: 4) == "3.728e-5")
        #expect(Units.formatNumber(0.36674, significantDigits: 3) == "0.367")
        #expect(Units.formatNumber(-9.9996, significantDigits: 4) == "-10")
        #expect(throws: UnitError.self) { try Units.convert(1, as: .temperature, to: "m") }
        for kind in QuantityKind.allCases {
            let example = kind.examples[0]
            let si = try? Units.parse(example, as: kind)
            if kind == .volumetricFlow || kind == .concentration {
                continue   // examples include other bases, checked above
            }
            #expect(si != nil, "example \(example) of \(kind) must parse")
        }
    }
}
