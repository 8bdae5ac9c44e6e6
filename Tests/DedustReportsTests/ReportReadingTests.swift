import Testing
import Foundation
import DedustPhysics
@testable import DedustScenario
@testable import DedustReports

/// Issue 18, "a report that reads right": limits drawn where they apply, one colour per equipment, one
/// y-range and one tick format, penetration on a log axis, margins in words, references that exist.
@Suite struct ReportReadingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `<svg …>…</svg>` elements of `html` whose aria-label starts with `title`.
    static func charts(_ html: String, titled title: String) -> [String] {
        html.components(separatedBy: "<svg ").dropFirst().map { "<svg " + ($0.components(separatedBy: "</svg>").first ?? "") }
            .filter { $0.contains("aria-label=\"\(title.xmlEscaped)") }
    }

    /// Two trains on one dust; the filters are given curves of 99.8 % and 99.98 % (the newcomer's two bag
    /// filters), the limits: 300 mg/Nm³ and 300 mg/m³ at the filter inlet, 20 mg/Nm³ at the stack.
    static let twoFilters = """
    scenario: two filters
    seed: 1
    size_grid: {from: 1 um, to: 100 um, classes: 12}
    gas: {composition: {air: 1}, flow: 10000 Nm3/h, temperature: 200 degC}
    dust:
      loading: 20 g/Nm3
      particle_density: 2000 kg/m3
      size_distribution: {log_normal: {median: 10 um, geometric_std: 2}}
    equipment:
      cyclone: {type: specified, model: logistic, cut_size: 5 um, sharpness: 2, pressure_drop: 800 Pa}
      filter_a: {type: specified, model: constant, efficiency: 0.998, pressure_drop: 1200 Pa}
      filter_b: {type: specified, model: constant, efficiency: 0.9998, pressure_drop: 1200 Pa}
    configurations:
      plain: {train: [cyclone, filter_a]}
      better: {train: [cyclone, filter_b]}
    limits:
      - {at: filter_a.inlet, max_concentration: 300 mg/Nm3}
      - {at: filter_b.inlet, max_concentration: 300 mg/Nm3}
      - {at: filter_b.inlet, max_concentration: 300 mg/m3}
      - {at: filter_b.inlet, max_concentration: 600 mg/m3, name: relaxed}
      - {at: outlet, max_concentration: 20 mg/Nm3, name: stack}
    """

    static func run(_ yaml: String) throws -> ScenarioResult {
        try ScenarioRunner(threads: 1).run(try ScenarioLoader.parse(yaml, file: "test.yaml"))
    }

    @Test func limitsAreMarkedOnlyAtTheNodeWhereTheyApplyOnePerBasis() throws {
        let r = try Self.run(Self.twoFilters)
        let plain = try #require(r.configurations.first { $0.name == "plain" })
        let better = try #require(r.configurations.first { $0.name == "better" })
        // Nodes: 0 raw gas, 1 after the cyclone = filter inlet, 2 after the filter = outlet.
        #expect(HTMLReport.concentrationLimitMarks(plain) == [
            .init(x: 1, y: 300, label: "limit 300 mg/Nm³"),
            .init(x: 2, y: 20, label: "limit 20 mg/Nm³")])
        // Equal values on both bases share one (solid) mark; the actual-basis 600 is its own dashed mark.
        #expect(HTMLReport.concentrationLimitMarks(better) == [
            .init(x: 1, y: 300, label: "limit 300 mg/Nm³ and mg/m³ actual"),
            .init(x: 1, y: 600, label: "limit 600 mg/m³ actual", dashed: true),
            .init(x: 2, y: 20, label: "limit 20 mg/Nm³")])
        let html = HTMLReport(toolVersion: "test").render(r)
        let chart = try #require(Self.charts(html, titled: "plain: dust concentration").first)
        #expect(HTMLReportTests.count(chart, "stroke=\"#B00020\" stroke-width=\"2.5\"") == 2)
        // No limit line runs across the whole plot any more.
        #expect(!chart.contains("stroke=\"#B00020\" stroke-dasharray=\"6 3\"/>"))
    }

    @Test func concentrationChartsShareOneYRangeAndTicksHaveOneFormat() throws {
        let r = try Self.run(Self.twoFilters)
        let html = HTMLReport(toolVersion: "test").render(r)
        let a = try #require(Self.charts(html, titled: "plain: dust concentration").first)
        let b = try #require(Self.charts(html, titled: "better: dust concentration").first)
        // The y tick labels sit at x = 58 (6 px left of the plot).
        func yTicks(_ svg: String) -> [String] {
            svg.components(separatedBy: "<text x=\"58\" ").dropFirst()
                .compactMap { $0.components(separatedBy: ">").dropFirst().first?.components(separatedBy: "<").first }
        }
        // Stack (< 1 mg/m³ behind the 99.98 % filter) to raw gas (20 000 mg/Nm³) in both: one range, plain decades.
        #expect(yTicks(a) == ["0.1", "1", "10", "100", "1000", "10000", "100000"])
        #expect(yTicks(a) == yTicks(b))
        #expect(Axis(title: "", scale: .logarithmic, range: 1...1e6).tickLabels == ["10⁰", "10¹", "10²", "10³", "10⁴", "10⁵", "10⁶"])
        #expect(Axis(title: "", scale: .logarithmic, range: 0.1...1000).tickLabels == ["0.1", "1", "10", "100", "1000"])
        #expect(Axis(title: "", range: 0...1).tickLabels == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(Axis(title: "", range: 0...3000).tickLabels == ["0", "1000", "2000", "3000"])
        #expect(Axis(title: "", range: 0...0.05).tickLabels == ["0.00", "0.01", "0.02", "0.03", "0.04", "0.05"])
    }

    /// The 99.8 % and the 99.98 % filter: on the penetration chart a decade apart (2·10⁻³ and 2·10⁻⁴), each in
    /// its equipment's colour, which is the colour of the same equipment in the pressure-drop bars.
    @Test func filtersAboveNinetyNinePercentAreToldApartOnAPenetrationAxis() throws {
        let r = try Self.run(Self.twoFilters)
        let html = HTMLReport(toolVersion: "test").render(r)
        let colours = ReportColours.equipment(r)
        #expect(colours["cyclone"] == LineChart.palette[0] && colours["filter_a"] == LineChart.palette[1]
                && colours["filter_b"] == LineChart.palette[2])
        for (name, filter, p) in [("plain", "filter_a", 0.002), ("better", "filter_b", 0.0002)] {
            let eta = try #require(Self.charts(html, titled: "\(name): grade efficiency").first)
            let pen = try #require(Self.charts(html, titled: "\(name): penetration of units above 99 %").first)
            // The cyclone (below 99 %) is on the η chart in its colour, the filter only on the penetration chart.
            #expect(eta.contains("stroke=\"\(colours["cyclone"])\" stroke-width=\"2\"><title>cyclone</title>"))
            #expect(!eta.contains("<title>\(filter)</title>"))
            #expect(pen.contains("stroke=\"\(colours[filter])\" stroke-width=\"2\"><title>\(filter)</title>"))
            // The axis ends a decade below the filter's penetration; the right-hand labels are the efficiencies.
            #expect(pen.contains(">\(p == 0.002 ? "10⁻³" : "10⁻⁴")<") && !pen.contains(">\(p == 0.002 ? "10⁻⁴" : "10⁻⁵")<"))
            #expect(pen.contains(">\(p == 0.002 ? "99.9" : "99.99") %<") && pen.contains(">0 %<"))
            let series = HTMLReport.unitSeries(r.configurations.first { $0.name == name }!.units.filter { $0.equipment == filter },
                                               d: r.grid.means.map { $0 * 1e6 }, colours: colours, penetration: true)
            #expect(series.count == 1)
            for point in series[0].points { #expect(abs(point.y - p) < 1e-12) }
        }
        let bars = try #require(Self.charts(html, titled: "Pressure drop along the gas path").first)
        #expect(bars.contains("fill=\"\(colours["filter_b"])\" stroke=\"#ffffff\" stroke-width=\"1\"><title>filter_b: 1200</title>"))
        #expect(bars.contains("fill=\"\(colours["cyclone"])\" stroke=\"#ffffff\" stroke-width=\"1\"><title>cyclone: 800</title>"))
    }

    @Test func marginsReadAsEngineersSayThem() {
        func check(_ value: Double, _ limit: Double, _ unit: String = "mg/Nm3", minimum: Bool = false) -> LimitCheck {
            LimitCheck(name: "l", at: "outlet", value: value, limit: limit, unit: unit, margin: 0,
                       ok: minimum ? value >= limit : value <= limit)
        }
        #expect(EngineeringText.margin(check(120_088, 300)) == "400× the limit")
        #expect(EngineeringText.margin(check(24.41, 20)) == "22 % over")
        #expect(EngineeringText.margin(check(2.955, 20)) == "85 % under")
        #expect(EngineeringText.margin(check(279.1, 260, "degC")) == "19.1 K over")
        #expect(EngineeringText.margin(check(240, 260, "degC")) == "20 K under")
        #expect(EngineeringText.margin(check(215, 220, "degC", minimum: true)) == "5 K below the minimum")
        #expect(EngineeringText.margin(check(85, 100, "Pa", minimum: true)) == "15 % under the minimum")
        #expect(EngineeringText.margin(check(20, 20)) == "at the limit")
        #expect(EngineeringText.percent(0.99984) == "99.984")
        #expect(EngineeringText.percent(0.999984) == "99.9984")
        #expect(EngineeringText.percent(0.9307) == "93.07")
        #expect(EngineeringText.percent(1) == "100")
    }

    /// Every full citation the report can print is in docs/references.md, and the fixture's report lists the
    /// works its models cite, with no bare source keys.
    @Test func theModelTableCitesReferencesThatExistInTheRepository() throws {
        let references = try String(contentsOf: Self.root.appendingPathComponent("docs/references.md"), encoding: .utf8)
        for w in Bibliography.works { #expect(references.contains(w.citation), "\(w.cue) missing from docs/references.md") }
        #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent("docs/trajectories.md").path))
        let html = HTMLReport(toolVersion: "test").render(try ReportFixture.run(try ReportFixture.scenario()))
        let section = try #require(html.components(separatedBy: "Which model produced which number").last)
        #expect(section.contains(Bibliography.works.first { $0.cue == "VDI Heat Atlas" }!.citation.xmlEscaped))
        #expect(section.contains(Bibliography.works.first { $0.cue == "Theodore & DePaola" }!.citation.xmlEscaped))
        #expect(section.range(of: #"\[[VM][:-]"#, options: .regularExpression) == nil)
    }

    @Test func reportedUnitTypesAreTheRegistrysTypes() {
        #expect(ReportedUnitType.allCases.map(\.rawValue).sorted() == EquipmentRegistry.unitTypes)
        #expect(ReportedUnitType.allCases.filter(\.isCyclone) == [.circulatingCyclone, .cyclone])
    }

    /// The README's carbide figures are what the run computes: the raw dust's mass median, the settlers'
    /// share and the bag-filter inlet of the original train.
    @Test func readmeCarbideFiguresMatchTheRun() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        var scenario = try ScenarioLoader.load(path: Self.root.appendingPathComponent("scenarios/carbide-furnace-81mva.yaml").path)
        scenario.modelSpread = nil
        let r = try ScenarioRunner(threads: 2).run(scenario)
        let original = try #require(r.configurations.first { $0.name == "original" })
        let median = try #require(HTMLReport.median(original.inletPSD, edges: r.grid.edges.map { $0 * 1e6 }))
        #expect(readme.contains("mass median \(Units.formatNumber(median, significantDigits: 3)) µm"), "median \(median)")
        let inlet = try #require(original.units.last).inlet.normalConcentration * 1e6
        #expect(readme.contains(HTMLBuilder.number(inlet).replacingOccurrences(of: "\u{202F}", with: " ") + " mg/Nm³"))
    }
}
