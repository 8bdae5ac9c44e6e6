import Testing
@testable import DedustPhysics

@Suite("Plausible ranges and the water dew point")
struct PlausibilityAndDewPointTests {
    /// IAPWS values (Wagner & Pruß 1993 tables): 2.3392 kPa at 20 °C, 101.325 kPa at 373.124 K (the normal
    /// boiling point on ITS-90), 1.5549 MPa at 200 °C.
    @Test func saturationPressureMatchesIAPWS() {
        #expect(abs(WaterDewPoint.saturationPressure(temperature: 293.15) / 2339.2 - 1) < 2e-4)
        #expect(abs(WaterDewPoint.saturationPressure(temperature: 373.124) / 101_325 - 1) < 1e-4)
        #expect(abs(WaterDewPoint.saturationPressure(temperature: 473.15) / 1.5549e6 - 1) < 5e-4)
    }

    /// The dew point inverts the saturation pressure; 100 % water at 1 atm boils at 373.124 K.
    @Test func dewPointInvertsTheSaturationPressure() throws {
        let t = try #require(WaterDewPoint.dewPoint(waterFraction: 1, pressure: 101_325))
        #expect(abs(t - 373.124) < 0.01)
        let wet = try #require(WaterDewPoint.dewPoint(waterFraction: 0.12, pressure: 101_325))
        #expect(abs(WaterDewPoint.saturationPressure(temperature: wet) - 0.12 * 101_325) < 1e-6)
        #expect(WaterDewPoint.dewPoint(waterFraction: 0, pressure: 101_325) == nil)
    }

    @Test func gasWarningsOnlyOutsideTheFittedRangeOrBelowTheDewPoint() throws {
        let wet = try GasMixture(moleFractions: [.N2: 0.88, .H2O: 0.12])
        #expect(wet.validityWarnings(at: [(473.15, 101_325)]).isEmpty)
        let cold = wet.validityWarnings(at: [(200, 101_325)])
        #expect(cold.count == 2)
        #expect(cold[0].contains("extrapolated"))
        #expect(cold[1].contains("below its water dew point 49.7 °C"))
        // Dry gas below 20 °C: extrapolated laws, but nothing condenses.
        #expect(GasMixture.air.validityWarnings(at: [(283.15, 101_325)]).count == 1)
    }

    /// The suggestion is the first unit under which the bare number becomes plausible.
    @Test func suggestions() {
        #expect(PlausibleRange.particleSize.unit(makingPlausible: 25) == "um")
        #expect(PlausibleRange.gasTemperature.unit(makingPlausible: 200) == "degC")
        #expect(PlausibleRange.cycloneDiameter.unit(makingPlausible: 2300) == "mm")
        #expect(QuantityKind.pressure.plausibleRange?.unit(makingPlausible: 1.013) == "bar")
        // With a unit: a warning, not an error; a bare 0 length is 0 in every unit and is not flagged.
        #expect(Units.plausibility(of: "25 m", value: 25, range: .particleSize)?.isError == false)
        #expect(Units.plausibility(of: "0", value: 0, range: .cycloneDiameter) == nil)
        #expect(Units.plausibility(of: "0", value: 0, range: .gasTemperature)?.isError == true)
    }
}
