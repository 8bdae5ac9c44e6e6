import Testing
import Foundation

/// Issue 18 item 1, end to end: a bare number outside its field's plausible range is refused with what it was read
/// as and the unit that makes it plausible; a value with its unit outside the range is a warning; the gas model
/// warns where its viscosity laws are extrapolated and where the gas is below its water dew point, on the unit, in
/// every report format.
@Suite("dedust: plausible values, gas validity")
struct PlausibilityTests {
    /// The newcomer's file: `d63: 25` meant µm and `temperature: 200` meant °C.
    static func newcomer(d63: String, temperature: String) -> String {
        """
        scenario: newcomer
        size_grid: {from: 0.5 um, to: 200 um, classes: 20}
        gas: {composition: {N2: 0.88, H2O: 0.12}, flow: 10000 Nm3/h, temperature: \(temperature)}
        dust:
          loading: 100 mg/Nm3
          particle_density: 2200 kg/m3
          size_distribution: {rosin_rammler: {d63: \(d63), n: 1.2}}
        equipment:
          bf: {type: bag_filter, cloth_area: 200 m2}
        configurations:
          a: {train: [bf]}
        """ + "\n"
    }

    @Test func bareNumbersOutsideThePlausibleRangeAreRefusedWithTheFix() throws {
        let r = try DedustBinary.run("validate", yaml: Self.newcomer(d63: "25", temperature: "200"))
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.yaml:7:44: error: dust.size_distribution.rosin_rammler.d63: \"25\" is read as 25 m, "
                                  + "outside the plausible range of a particle size (0.01 to 10000 um); write \"25 um\""))
        #expect(r.stderr.contains("bad.yaml:3:75: error: gas.temperature: \"200\" is read as 200 K (-73.15 °C), outside "
                                  + "the plausible range of a gas temperature (0 to 1600 degC); write \"200 degC\""))
        #expect(r.stderr.contains("2 errors in bad.yaml"))
    }

    @Test func theSuggestionIsTheUnitUnderWhichTheNumberIsPlausible() throws {
        // 101.3 as a pressure is 101.3 Pa (implausible), as kPa plausible; 2.2 as a particle density g/cm³.
        let yaml = Self.newcomer(d63: "25 um", temperature: "200 degC")
            .replacingOccurrences(of: "flow: 10000 Nm3/h,", with: "flow: 10000 Nm3/h, pressure: 101.3,")
            .replacingOccurrences(of: "2200 kg/m3", with: "2.2")
        let r = try DedustBinary.run("validate", yaml: yaml)
        #expect(r.status == 2)
        #expect(r.stderr.contains("gas.pressure: \"101.3\" is read as 101.3 Pa, outside the plausible range of a "
                                  + "pressure (10 to 10000 kPa); write \"101.3 kPa\""))
        #expect(r.stderr.contains("dust.particle_density: \"2.2\" is read as 2.2 kg/m³, outside the plausible range of "
                                  + "a particle density (100 to 25000 kg/m3); write \"2.2 g/cm3\""))
    }

    /// `200 K` written with its unit runs, and the train warns: the value itself, the viscosity laws outside their
    /// fitted 293–1273 K, and 12 % water vapour far below its dew point (49.7 °C at 101.3 kPa) — on the bag filter,
    /// in the table, the JSON and the HTML.
    @Test func the200KelvinTrainWarnsInEveryReport() throws {
        let yaml = Self.newcomer(d63: "25 um", temperature: "200 K")
        let dew = "gas at -73.1 °C is below its water dew point 49.7 °C (12 % H₂O at 101.3 kPa): water condenses "
            + "(in a bag filter it wets and blinds the bags)"
        let laws = "gas at -73.1 °C: the viscosity laws of N₂, H₂O are fitted over 20–1000 °C (293–1273 K) and are "
            + "extrapolated here"
        let plausible = "gas.temperature: \"200 K\" is outside the plausible range of a gas temperature (0 to 1600 degC); "
            + "check the value and its unit"

        let table = try DedustBinary.run("run", yaml: yaml, extra: ["--quiet"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stderr.contains("bad.yaml:3:75: warning: " + plausible))
        #expect(table.stdout.contains("warning (bf): " + dew))
        #expect(table.stdout.contains("warning (bf): " + laws))
        #expect(table.stdout.contains("warning (bf): " + plausible))

        let json = try DedustBinary.run("run", yaml: yaml, extra: ["--quiet", "--format", "json"])
        #expect(json.status == 0)
        let doc = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let unit = try #require(((doc["configurations"] as? [[String: Any]])?.first?["units"] as? [[String: Any]])?.first)
        let warnings = try #require(unit["warnings"] as? [String])
        #expect(warnings.contains(dew))
        #expect(warnings.contains(laws))
        #expect(warnings.contains(plausible))

        let html = try DedustBinary.run("run", yaml: yaml, extra: ["--quiet", "--format", "html"])
        #expect(html.status == 0)
        #expect(html.stdout.contains("below its water dew point 49.7 °C"))
    }

    /// The same train at 200 °C is plausible, inside the fitted range and above the dew point: no warning at all.
    @Test func aPlausibleHotTrainHasNoGasWarning() throws {
        let r = try DedustBinary.run("run", yaml: Self.newcomer(d63: "25 um", temperature: "200 degC"),
                                     extra: ["--quiet", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        #expect(!r.stdout.contains("dew point"))
        #expect(!r.stdout.contains("extrapolated"))
    }
}

extension PlausibilityTests {
    /// A field narrows its kind's range: `diameter: 2300` of a cyclone is 2300 m (implausible for a cyclone,
    /// 10 mm – 10 m), so the fix is mm; `diameter: 20 m` is accepted with a warning on that cyclone.
    @Test func aCycloneDiameterIsCheckedAsACycloneDiameter() throws {
        let base = Self.newcomer(d63: "25 um", temperature: "20 degC")
            .replacingOccurrences(of: "bf: {type: bag_filter, cloth_area: 200 m2}", with: "cyc: {type: cyclone, geometry: stairmand_he, diameter: DIAMETER}")
            .replacingOccurrences(of: "train: [bf]", with: "train: [cyc]")
        let bare = try DedustBinary.run("validate", yaml: base.replacingOccurrences(of: "DIAMETER", with: "2300"))
        #expect(bare.status == 2)
        #expect(bare.stderr.contains("equipment.cyc.diameter: \"2300\" is read as 2300 m, outside the plausible range of a "
                                     + "cyclone diameter (0.01 to 10 m); write \"2300 mm\""))
        let big = try DedustBinary.run("run", yaml: base.replacingOccurrences(of: "DIAMETER", with: "20 m"),
                                       extra: ["--quiet", "--format", "json"])
        #expect(big.status == 0)
        #expect(big.stderr.contains("warning: equipment.cyc.diameter: \"20 m\" is outside the plausible range of a cyclone diameter"))
        #expect(big.stdout.contains("equipment.cyc.diameter: \\\"20 m\\\" is outside the plausible range"))
    }
}
