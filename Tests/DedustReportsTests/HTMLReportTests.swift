import Testing
import Foundation
import DedustScenario
@testable import DedustReports

@Suite struct HTMLReportTests {
    static func count(_ s: String, _ token: String) -> Int { s.components(separatedBy: token).count - 1 }

    @Test func reportIsSelfContainedAndBalanced() throws {
        let scenario = try ReportFixture.scenario(spread: "model_spread: {units: [cyclone]}")
        let result = try ReportFixture.run(scenario)
        let spread = try ModelSpreadRunner(threads: 1).run(scenario)
        let html = HTMLReport(toolVersion: "test", spread: spread).render(result)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
        for tag in ["svg", "table", "tr", "td", "th", "ul", "li", "h2", "p", "text", "g"] {
            let open = Self.count(html, "<\(tag)>") + Self.count(html, "<\(tag) ")
            #expect(open == Self.count(html, "</\(tag)>"), "unbalanced <\(tag)>")
        }
        #expect(Self.count(html, "<svg") >= 2 * result.configurations.count + 3)
        // No scripts, no external resources (the only URL is the SVG namespace).
        for forbidden in ["<script", "src=", "href=", "<link", "@import", "url("] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
        #expect(html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").range(of: "http") == nil)
        // No non-finite numbers anywhere.
        #expect(html.range(of: #"\b(nan|NaN|inf|infinity)\b"#, options: .regularExpression) == nil)
        // Escaped title; every configuration and unit id appears.
        #expect(html.contains("Report fixture &lt;hot &amp; dusty&gt;"))
        for c in result.configurations {
            #expect(html.contains(c.name))
            for u in c.units { #expect(html.contains(">\(u.id)<"), "unit \(u.id) missing") }
        }
    }

    @Test func limitsAreColouredByOutcome() throws {
        let result = try ReportFixture.run(try ReportFixture.scenario())
        let html = HTMLReport(toolVersion: "test").render(result)
        let failed = result.configurations.flatMap(\.limits).filter { !$0.ok }.count
        let passed = result.configurations.flatMap(\.limits).filter(\.ok).count
        #expect(failed > 0 && passed > 0)
        // Each check appears in the per-configuration table and in the matrix (pass/fail cells).
        #expect(Self.count(html, "<td class=\"fail\">FAIL</td>") == failed)
        #expect(Self.count(html, "<td class=\"pass\">pass</td>") == passed)
        #expect(Self.count(html, "class=\"badge fail\"") == failed)
    }

    @Test func parallelBranchesAreOneStage() throws {
        let result = try ReportFixture.run(try ReportFixture.scenario())
        let full = try #require(result.configurations.first { $0.name == "full" })
        let stages = TrainStage.stages(of: full)
        #expect(stages.map(\.units.count) == [2, 1, 1, 1])
        #expect(stages[0].equipmentLabel == "pre (×2)")
        // Stage ΔPs add up to the train's (branches counted once).
        #expect(abs(stages.reduce(0) { $0 + $1.pressureDrop } - full.pressureDrop) < 1e-6 * full.pressureDrop)
        // The mixed outlet of the pair is the cyclone's inlet.
        #expect(abs(stages[0].outletNormalConcentration - stages[1].units[0].inlet.normalConcentration)
                < 1e-9 * stages[0].outletNormalConcentration)
    }

    @Test func numbersAreFormattedForReading() {
        #expect(HTMLBuilder.number(12345.6) == "12\u{202F}346")   // groups of three, narrow no-break space
        #expect(HTMLBuilder.number(0.001234) == "0.001234")
        #expect(HTMLBuilder.number(.nan) == "–")
        #expect(HTMLBuilder.percent(0.99512) == "99.512")
        #expect(HTMLBuilder.percent(0.2) == "20")
    }
}
