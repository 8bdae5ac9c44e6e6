import Foundation

/// A stacked horizontal bar chart rendered as SVG: one bar per category (e.g. configuration), segments per
/// component (e.g. the pressure drop of each unit).
///
///     var chart = BarChart(title: "Pressure drop", valueTitle: "Pa")
///     chart.bars = [.init(label: "retrofit", segments: [("cyclone", 900), ("bag filter", 1500)])]
///     chart.svg()
public struct BarChart: Sendable {
    public struct Bar: Sendable {
        public var label: String
        public var segments: [(name: String, value: Double)]
        public init(label: String, segments: [(name: String, value: Double)]) {
            self.label = label
            self.segments = segments
        }
        public var total: Double { segments.reduce(0) { $0 + max(0, $1.value) } }
    }

    public var title: String
    public var valueTitle: String
    public var bars: [Bar] = []
    public var width: Double = 640
    /// A vertical limit line (e.g. an allowed pressure drop).
    public var limit: (value: Double, label: String)?
    /// Colour of each segment name (`#rrggbb`); names not listed take the palette colour of their first-seen
    /// position.
    public var colours: [String: String] = [:]

    public init(title: String, valueTitle: String) {
        self.title = title
        self.valueTitle = valueTitle
    }

    public func svg() -> String {
        let names = orderedSegmentNames()
        let barH = 22.0, gap = 10.0, left = 150.0, right = 60.0, top = 34.0
        let columns = LineChart.legendColumns(names, width: width - left - right, maximum: 4)
        let legendRows = Double((names.count + columns - 1) / columns)
        let plotH = Double(bars.count) * (barH + gap)
        let height = top + plotH + 40 + legendRows * 16
        let maxTotal = max(bars.map(\.total).max() ?? 1, limit?.value ?? 0, 1e-12)
        let axis = Axis.fitting([0, maxTotal], title: valueTitle, scale: .linear, includeZero: true)
        let plotW = width - left - right
        func px(_ v: Double) -> Double { left + plotW * axis.fraction(v) }
        var s = svgOpening(width: width, height: height, title: title)
        for (t, label) in zip(axis.ticks, axis.tickLabels) {
            s += "<line x1=\"\(f(px(t)))\" x2=\"\(f(px(t)))\" y1=\"\(f(top))\" y2=\"\(f(top + plotH))\" stroke=\"#dddddd\"/>\n"
            s += "<text x=\"\(f(px(t)))\" y=\"\(f(top + plotH + 14))\" text-anchor=\"middle\">\(label.xmlEscaped)</text>\n"
        }
        s += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(top + plotH + 30))\" text-anchor=\"middle\">\(valueTitle.xmlEscaped)</text>\n"
        for (i, bar) in bars.enumerated() {
            let y0 = top + Double(i) * (barH + gap)
            s += "<text x=\"\(f(left - 6))\" y=\"\(f(y0 + barH / 2 + 4))\" text-anchor=\"end\">\(bar.label.xmlEscaped)</text>\n"
            var x0 = 0.0
            for seg in bar.segments where seg.value > 0 {
                let fill = colour(of: seg.name, names)
                s += "<rect x=\"\(f(px(x0)))\" y=\"\(f(y0))\" width=\"\(f(px(x0 + seg.value) - px(x0)))\" height=\"\(f(barH))\" fill=\"\(fill)\" stroke=\"#ffffff\" stroke-width=\"1\"><title>\(seg.name.xmlEscaped): \(Axis.format(seg.value))</title></rect>\n"
                x0 += seg.value
            }
            s += "<text x=\"\(f(px(x0) + 4))\" y=\"\(f(y0 + barH / 2 + 4))\">\(Axis.format((bar.total * 10).rounded() / 10))</text>\n"
        }
        if let limit {
            s += "<line x1=\"\(f(px(limit.value)))\" x2=\"\(f(px(limit.value)))\" y1=\"\(f(top - 4))\" y2=\"\(f(top + plotH))\" stroke=\"#B00020\" stroke-dasharray=\"6 3\"/>\n"
            s += "<text x=\"\(f(px(limit.value)))\" y=\"\(f(top - 6))\" text-anchor=\"middle\" fill=\"#B00020\">\(limit.label.xmlEscaped)</text>\n"
        }
        let legendTop = top + plotH + 46
        for (k, name) in names.enumerated() {
            let fill = colour(of: name, names)
            let lx = left + Double(k % columns) * (plotW / Double(columns)), ly = legendTop + Double(k / columns) * 16
            s += "<rect x=\"\(f(lx))\" y=\"\(f(ly - 8))\" width=\"10\" height=\"10\" fill=\"\(fill)\"/>\n"
            s += "<text x=\"\(f(lx + 14))\" y=\"\(f(ly + 1))\">\(name.xmlEscaped)</text>\n"
        }
        s += "</svg>\n"
        return s
    }

    private func colour(of name: String, _ names: [String]) -> String {
        colours[name] ?? LineChart.palette[(names.firstIndex(of: name) ?? 0) % LineChart.palette.count]
    }

    /// Segment names in first-seen order (one colour each across all bars).
    func orderedSegmentNames() -> [String] {
        var seen: [String] = []
        for bar in bars { for seg in bar.segments where !seen.contains(seg.name) { seen.append(seg.name) } }
        return seen
    }
}
