import Testing
import Foundation

/// Issue 18 item 2, end to end: dust the distribution puts outside the size grid is reported (how much, and in which
/// class it was counted), above 1 % of the mass as a warning in every report; `size_grid: auto` holds ≥ 99.9 %.
@Suite("dedust: dust outside the size grid")
struct SizeGridTailTests {
    /// Rosin–Rammler d₆₃ = 20 µm, n = 1.2: F(0.5 µm) = 1 − exp(−0.025^1.2) = 1.19 %, 1 − F(20 µm) = e⁻¹ = 36.8 %.
    static func scenario(grid: String) -> String {
        """
        scenario: short grid
        size_grid: \(grid)
        gas: {composition: {air: 1}, flow: 10000 Nm3/h, temperature: 20 degC}
        dust:
          loading: 5 g/Nm3
          particle_density: 2200 kg/m3
          size_distribution: {rosin_rammler: {d63: 20 um, n: 1.2}}
        equipment:
          cyc: {type: cyclone, geometry: stairmand_he, diameter: 0.6 m}
        configurations:
          a: {train: [cyc]}
        """ + "\n"
    }

    static let above = "dust.size_distribution: 36.8 % of the dust mass lies above the size grid's last edge 20 um and is "
        + "counted in the last class (16.63 um–20 um); raise size_grid.to to about 108.4 um or use size_grid: auto"
    static let below = "dust.size_distribution: 1.19 % of the dust mass lies below the size grid's first edge 0.5 um and is "
        + "counted in the first class (0.5 um–0.6013 um); lower size_grid.from to about 0.0355 um or use size_grid: auto"

    @Test func theShortGridWarnsWithTheLumpedMassInEveryReport() throws {
        let yaml = Self.scenario(grid: "{from: 0.5 um, to: 20 um, classes: 20}")
        let v = try DedustBinary.run("validate", yaml: yaml)
        #expect(v.status == 0)
        #expect(v.stderr.contains("bad.yaml:7:22: warning: " + Self.above))
        #expect(v.stderr.contains("bad.yaml:7:22: warning: " + Self.below))
        #expect(v.stdout.contains("; dust outside the grid: 1.19 % below 0.5 um (counted in the first class), "
                                  + "36.8 % above 20 um (counted in the last class)"))

        let table = try DedustBinary.run("run", yaml: yaml, extra: ["--quiet"])
        #expect(table.stdout.contains("warning (cyc): " + Self.above))
        let json = try DedustBinary.run("run", yaml: yaml, extra: ["--quiet", "--format", "json"])
        let doc = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let unit = try #require(((doc["configurations"] as? [[String: Any]])?.first?["units"] as? [[String: Any]])?.first)
        #expect((unit["warnings"] as? [String] ?? []).contains(Self.above))
        let html = try DedustBinary.run("run", yaml: yaml, extra: ["--quiet", "--format", "html"])
        #expect(html.stdout.contains("36.8 % of the dust mass lies above the size grid"))
    }

    /// 0.65 % below the grid (F(0.3 µm) = 1 − exp(−0.015^1.2)) is recorded but below the 1 % threshold: no warning.
    @Test func aSmallTailIsReportedWithoutWarning() throws {
        let v = try DedustBinary.run("validate", yaml: Self.scenario(grid: "{from: 0.3 um, to: 200 um, classes: 30}"))
        #expect(v.status == 0)
        #expect(v.stderr.isEmpty)
        #expect(v.stdout.contains("dust outside the grid: 0.646 % below 0.3 um (counted in the first class)"))
    }

    /// `auto`: quantiles 0.0355 µm and 108.4 µm rounded outward on the 1–2–5 series → 0.02–200 µm, 60 classes,
    /// holding 99.97 % of the mass.
    @Test func autoGridHoldsTheMass() throws {
        let v = try DedustBinary.run("validate", yaml: Self.scenario(grid: "auto"))
        #expect(v.status == 0)
        #expect(v.stderr.isEmpty)
        #expect(v.stdout.contains("60 size classes; dust outside the grid: 0.0251 % below 0.02 um (counted in the first "
                                  + "class), 1.31e-5 % above 200 um (counted in the last class)"))
    }

    @Test func autoGridRefusesClassFractions() throws {
        let yaml = Self.scenario(grid: "auto")
            .replacingOccurrences(of: "{rosin_rammler: {d63: 20 um, n: 1.2}}", with: "{class_fractions: [0.5, 0.5]}")
        let v = try DedustBinary.run("validate", yaml: yaml)
        #expect(v.status == 2)
        #expect(v.stderr.contains("bad.yaml:2:12: error: size_grid: size_grid: auto chooses the grid from the size "
                                  + "distribution, but class_fractions are given on the grid"))
    }
}
