import DedustScenario

/// One colour per name for a whole report, so the same equipment (or configuration, or model) has the same
/// colour in every chart and every configuration: colours are handed out from ``LineChart/palette`` in the
/// order the names first appear, and a repeated unit of the same equipment inside one chart is told apart by
/// its dash pattern (``LineChart/dashPatterns``), not by another colour.
///
///     let colours = ReportColours(["settling_cooler", "bag_filter", "alpha_cyclone"])
///     colours["bag_filter"]   // "#D55E00" in every chart of the report
struct ReportColours {
    private(set) var names: [String] = []

    init(_ names: [String]) {
        for n in names where !self.names.contains(n) { self.names.append(n) }
    }

    /// Every equipment of every configuration, in train order of the first configuration that uses it.
    static func equipment(_ r: ScenarioResult) -> ReportColours {
        ReportColours(r.configurations.flatMap { $0.units.map(\.equipment) })
    }

    /// Colour of `name` (names not seen at construction get the colour after the known ones).
    subscript(_ name: String) -> String {
        let k = names.firstIndex(of: name) ?? names.count
        return LineChart.palette[k % LineChart.palette.count]
    }
}
