import Foundation

/// Horizontal bars with confidence whiskers, one row per label and one bar per series in each row: for
/// probabilities of compliance with their intervals, and for tornado charts of sensitivity measures
/// (rows sorted by size).
///
///     var chart = IntervalChart(title: "P(bag-filter inlet ≤ 300 mg/Nm³)", axis: Axis(title: "probability", range: 0...1))
///     chart.rows = [.init(label: "retrofit", bars: [.init(series: "P", value: 0.4, low: 0.35, high: 0.45)])]
///     let svg = chart.svg()
public struct IntervalChart: Sendable {
    public struct Bar: Sendable {
        public var series: String
        public var value: Double
        public var low: Double
        public var high: Double
        public init(series: String, value: Double, low: Double, high: Double) {
            self.series = series
            self.value = value
            self.low = low
            self.high = high
        }
    }

    public struct Row: Sendable {
        public var label: String
        public var bars: [Bar]
        public init(label: String, bars: [Bar]) {
            self.label = label
            self.bars = bars
        }
    }

    public var title: String
    public var axis: Axis
    public var rows: [Row] = []
    public var width: Double = 640
    /// Vertical reference lines (e.g. a required probability), with labels.
    public var referenceLines: [(x: Double, label: String)] = []

    public init(title: String, axis: Axis) {
        self.title = title
        self.axis = axis
    }

    public func svg() -> String {
        let seriesNames = rows.flatMap { $0.bars.map(\.series) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let barH = 12.0, gap = 3.0, rowGap = 10.0
        let labelW = min(260, (rows.map { LineChart.textWidth($0.label) }.max() ?? 40) + 12)
        let left = labelW + 8, right = 24.0, top = 34.0
        let rowH = Double(max(1, seriesNames.count)) * (barH + gap) + rowGap
        let plotW = width - left - right
        let plotH = Double(rows.count) * rowH
        // Legend entries in rows that fit the width.
        var legendRows: [[Int]] = []
        if seriesNames.count > 1 {
            var x = 0.0
            for (k, name) in seriesNames.enumerated() {
                let w = LineChart.textWidth(name) + 40
                if legendRows.isEmpty || x + w > width - 80 {
                    legendRows.append([])
                    x = 0
                }
                legendRows[legendRows.count - 1].append(k)
                x += w
            }
        }
        let legend = Double(legendRows.count) * 18
        let height = top + plotH + 40 + legend
        func px(_ v: Double) -> Double { left + plotW * min(max(axis.fraction(v), 0), 1) }
        var s = svgOpening(width: width, height: height, title: title)
        let labels = axis.tickLabels
        for (i, t) in axis.ticks.enumerated() {
            s += "<line x1=\"\(f(px(t)))\" x2=\"\(f(px(t)))\" y1=\"\(f(top))\" y2=\"\(f(top + plotH))\" stroke=\"#d0d0d0\"/>\n"
            s += "<text x=\"\(f(px(t)))\" y=\"\(f(top + plotH + 15))\" text-anchor=\"middle\">\(labels[i].xmlEscaped)</text>\n"
        }
        s += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(top + plotH + 32))\" text-anchor=\"middle\">\(axis.title.xmlEscaped)</text>\n"
        let zero = px(max(axis.range.lowerBound, min(axis.range.upperBound, 0)))
        for (r, row) in rows.enumerated() {
            let y0 = top + Double(r) * rowH + rowGap / 2
            let mid = y0 + (rowH - rowGap) / 2
            s += "<text x=\"\(f(labelW))\" y=\"\(f(mid + 4))\" text-anchor=\"end\">\(row.label.xmlEscaped)</text>\n"
            for bar in row.bars {
                guard let k = seriesNames.firstIndex(of: bar.series), bar.value.isFinite else { continue }
                let y = y0 + Double(k) * (barH + gap)
                let colour = LineChart.palette[k % LineChart.palette.count]
                let x1 = min(zero, px(bar.value)), x2 = max(zero, px(bar.value))
                s += "<rect x=\"\(f(x1))\" y=\"\(f(y))\" width=\"\(f(max(1, x2 - x1)))\" height=\"\(f(barH))\" fill=\"\(colour)\" fill-opacity=\"0.75\"><title>\(bar.series.xmlEscaped): \(Axis.format(bar.value).xmlEscaped) [\(Axis.format(bar.low).xmlEscaped), \(Axis.format(bar.high).xmlEscaped)]</title></rect>\n"
                if bar.low.isFinite && bar.high.isFinite {
                    let ym = y + barH / 2
                    s += "<line x1=\"\(f(px(bar.low)))\" x2=\"\(f(px(bar.high)))\" y1=\"\(f(ym))\" y2=\"\(f(ym))\" stroke=\"#222222\" stroke-width=\"1.2\"/>\n"
                    for x in [bar.low, bar.high] {
                        s += "<line x1=\"\(f(px(x)))\" x2=\"\(f(px(x)))\" y1=\"\(f(ym - 4))\" y2=\"\(f(ym + 4))\" stroke=\"#222222\" stroke-width=\"1.2\"/>\n"
                    }
                }
            }
        }
        for line in referenceLines {
            s += "<line x1=\"\(f(px(line.x)))\" x2=\"\(f(px(line.x)))\" y1=\"\(f(top))\" y2=\"\(f(top + plotH))\" stroke=\"\(LineChart.limitColour)\" stroke-dasharray=\"5 3\"/>\n"
            s += "<text x=\"\(f(px(line.x) + 3))\" y=\"\(f(top - 4))\" fill=\"\(LineChart.limitColour)\">\(line.label.xmlEscaped)</text>\n"
        }
        s += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotW))\" height=\"\(f(plotH))\" fill=\"none\" stroke=\"#444444\"/>\n"
        for (r, row) in legendRows.enumerated() {
            var x = 24.0
            let y = height - legend + Double(r) * 18 + 2
            for k in row {
                let name = seriesNames[k], colour = LineChart.palette[k % LineChart.palette.count]
                s += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"12\" height=\"10\" fill=\"\(colour)\" fill-opacity=\"0.75\"/>\n"
                s += "<text x=\"\(f(x + 16))\" y=\"\(f(y + 9))\">\(name.xmlEscaped)</text>\n"
                x += LineChart.textWidth(name) + 40
            }
        }
        return s + "</svg>\n"
    }
}
