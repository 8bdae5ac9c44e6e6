import Foundation
import DedustPhysics
import DedustScenario

/// The engineer's report of `dedust run --format html`: one self-contained HTML file (inline CSS and inline
/// SVG; no scripts, fonts, images or network) with
///
/// * a summary per configuration (overall efficiency, stack concentration on both bases, ΔP, fan power,
///   annual energy, cost and CO₂) and every limit as a coloured pass/fail cell;
/// * the dust concentration along each train (log scale, mg/Nm³ and mg/m³ actual, with the limits drawn);
/// * the pressure-drop breakdown (stacked bars, parallel branches counted once);
/// * grade-efficiency curves of every unit (shaded 95 % bands for Monte Carlo models);
/// * the raw-gas and stack size distributions;
/// * per configuration: every unit with the model that produced its numbers, warnings, limit checks;
/// * cyclone pressure drops side by side (circulating vs conventional at the same train position) and,
///   when the scenario asks for it, the model spread.
///
/// Concentrations: mg/Nm³ at 0 °C, 101.325 kPa; mg/m³ at the local temperature and pressure.
public struct HTMLReport: Sendable {
    public var toolVersion: String
    /// Model-spread study to include (nil: none).
    public var spread: ModelSpreadResult?
    /// Units whose overall efficiency is above this are drawn as penetration 1 − η(d) on a log axis instead of η(d).
    public var penetrationThreshold: Double

    public init(toolVersion: String, spread: ModelSpreadResult? = nil, penetrationThreshold: Double = 0.99) {
        self.toolVersion = toolVersion
        self.spread = spread
        self.penetrationThreshold = penetrationThreshold
    }

    public func render(_ result: ScenarioResult) -> String {
        var b = HTMLBuilder()
        b.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        b.raw("<title>\(("Dedust — " + result.scenario).xmlEscaped)</title>\n<style>\n\(HTMLStyle.css)</style>\n</head>\n<body>\n")
        b.text("h1", result.scenario)
        b.raw("<p class=\"meta\">Dedust \(toolVersion.xmlEscaped) · seed \(result.seed) · \(result.configurations.count) configurations · \(result.grid.count) size classes \(HTMLBuilder.number(result.grid.edges.first.map { $0 * 1e6 } ?? 0))–\(HTMLBuilder.number(result.grid.edges.last.map { $0 * 1e6 } ?? 0)) µm</p>\n")
        b.raw("<p class=\"note\">Concentrations: <b>mg/Nm³</b> at 0 °C and 101.325 kPa; <b>mg/m³</b> actual, at the local gas temperature and pressure. A limit is checked on the basis it states.</p>\n")
        summary(&b, result)
        limitMatrix(&b, result)
        concentrationCharts(&b, result)
        pressureDropChart(&b, result)
        cycloneComparison(&b, result)
        if let spread, !spread.units.isEmpty || !spread.failures.isEmpty { spreadSection(&b, spread, grid: result.grid) }
        gradeEfficiencyCharts(&b, result)
        psdChart(&b, result)
        for c in result.configurations { configurationDetails(&b, c, result: result) }
        modelsUsed(&b, result)
        b.raw("</body>\n</html>\n")
        return b.html
    }
}
