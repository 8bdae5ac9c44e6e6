import Foundation

/// A line chart rendered as a self-contained SVG element (no scripts, no external fonts), for grade-efficiency
/// curves, size distributions and concentration profiles.
///
///     var chart = LineChart(title: "Grade efficiency",
///                           x: Axis(title: "particle size (µm)", scale: .logarithmic, range: 0.3...500),
///                           y: Axis(title: "η", range: 0...1))
///     chart.series.append(.init(name: "cyclone", points: [(1, 0.1), (10, 0.9)]))
///     let svg = chart.svg()
public struct LineChart: Sendable {
    /// One curve, optionally with a shaded band (e.g. a 95 % confidence interval).
    public struct Series: Sendable {
        public var name: String
        public var points: [(x: Double, y: Double)]
        /// Lower/upper band values at the same x as `points`.
        public var band: [(low: Double, high: Double)]?
        public var dashed: Bool
        public var markers: Bool

        public init(name: String, points: [(x: Double, y: Double)], band: [(low: Double, high: Double)]? = nil,
                    dashed: Bool = false, markers: Bool = false) {
            self.name = name
            self.points = points
            self.band = band
            self.dashed = dashed
            self.markers = markers
        }
    }

    public var title: String
    public var x: Axis
    public var y: Axis
    public var series: [Series] = []
    public var width: Double = 640
    public var height: Double = 380
    /// Horizontal reference lines (e.g. a limit), with labels.
    public var referenceLines: [(y: Double, label: String)] = []
    /// Category labels for an x axis whose points are 0, 1, 2, … (e.g. train nodes). Replaces numeric ticks.
    public var categoryLabels: [String]?

    public init(title: String, x: Axis, y: Axis) {
        self.title = title
        self.x = x
        self.y = y
    }

    /// Okabe–Ito colour-blind-safe palette.
    public static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]

    public func svg() -> String {
        let left = 64.0, right = 16.0, top = 34.0
        let legendRows = series.isEmpty ? 0 : (series.count + 2) / 3
        let bottom = 52.0 + Double(legendRows) * 16 + (categoryLabels == nil ? 0 : 24)
        let plotW = width - left - right, plotH = height - top - bottom
        func px(_ v: Double) -> Double { left + plotW * min(max(x.fraction(v), -0.02), 1.02) }
        func py(_ v: Double) -> Double { top + plotH * (1 - min(max(y.fraction(v), -0.02), 1.02)) }
        var s = svgOpening(width: width, height: height, title: title)
        // Grid and ticks.
        for t in y.minorTicks {
            s += "<line x1=\"\(f(left))\" x2=\"\(f(left + plotW))\" y1=\"\(f(py(t)))\" y2=\"\(f(py(t)))\" stroke=\"#eeeeee\"/>\n"
        }
        for t in y.ticks {
            s += "<line x1=\"\(f(left))\" x2=\"\(f(left + plotW))\" y1=\"\(f(py(t)))\" y2=\"\(f(py(t)))\" stroke=\"#d0d0d0\"/>\n"
            s += "<text x=\"\(f(left - 6))\" y=\"\(f(py(t) + 4))\" text-anchor=\"end\">\(y.label(t).xmlEscaped)</text>\n"
        }
        if let labels = categoryLabels {
            for (i, label) in labels.enumerated() {
                let xx = px(Double(i))
                s += "<line x1=\"\(f(xx))\" x2=\"\(f(xx))\" y1=\"\(f(top))\" y2=\"\(f(top + plotH))\" stroke=\"#e4e4e4\"/>\n"
                s += "<text x=\"\(f(xx))\" y=\"\(f(top + plotH + 14))\" text-anchor=\"end\" transform=\"rotate(-25 \(f(xx)) \(f(top + plotH + 14)))\">\(label.xmlEscaped)</text>\n"
            }
        } else {
            for t in x.minorTicks {
                s += "<line x1=\"\(f(px(t)))\" x2=\"\(f(px(t)))\" y1=\"\(f(top))\" y2=\"\(f(top + plotH))\" stroke=\"#eeeeee\"/>\n"
            }
            for t in x.ticks {
                s += "<line x1=\"\(f(px(t)))\" x2=\"\(f(px(t)))\" y1=\"\(f(top))\" y2=\"\(f(top + plotH))\" stroke=\"#d0d0d0\"/>\n"
                s += "<text x=\"\(f(px(t)))\" y=\"\(f(top + plotH + 15))\" text-anchor=\"middle\">\(x.label(t).xmlEscaped)</text>\n"
            }
        }
        s += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotW))\" height=\"\(f(plotH))\" fill=\"none\" stroke=\"#444444\"/>\n"
        let xTitleY = top + plotH + (categoryLabels == nil ? 32 : 52)
        s += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(xTitleY))\" text-anchor=\"middle\">\(x.title.xmlEscaped)</text>\n"
        s += "<text transform=\"translate(14 \(f(top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\">\(y.title.xmlEscaped)</text>\n"
        // Reference lines.
        for ref in referenceLines {
            let yy = py(ref.y)
            s += "<line x1=\"\(f(left))\" x2=\"\(f(left + plotW))\" y1=\"\(f(yy))\" y2=\"\(f(yy))\" stroke=\"#B00020\" stroke-dasharray=\"6 3\"/>\n"
            s += "<text x=\"\(f(left + plotW - 4))\" y=\"\(f(yy - 4))\" text-anchor=\"end\" fill=\"#B00020\">\(ref.label.xmlEscaped)</text>\n"
        }
        // Series: bands first, then lines.
        s += "<g clip-path=\"none\">\n"
        for (k, series) in series.enumerated() {
            let colour = LineChart.palette[k % LineChart.palette.count]
            if let band = series.band, band.count == series.points.count, !band.isEmpty {
                let upper = zip(series.points, band).map { "\(f(px($0.0.x))),\(f(py($0.1.high)))" }
                let lower = zip(series.points, band).reversed().map { "\(f(px($0.0.x))),\(f(py($0.1.low)))" }
                s += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(colour)\" fill-opacity=\"0.18\" stroke=\"none\"/>\n"
            }
        }
        for (k, series) in series.enumerated() {
            let colour = LineChart.palette[k % LineChart.palette.count]
            let usable = series.points.filter { $0.x.isFinite && $0.y.isFinite && (y.scale == .linear || $0.y > 0) }
            guard !usable.isEmpty else { continue }
            let path = usable.map { "\(f(px($0.x))),\(f(py($0.y)))" }.joined(separator: " ")
            let dash = series.dashed ? " stroke-dasharray=\"5 3\"" : ""
            s += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash)><title>\(series.name.xmlEscaped)</title></polyline>\n"
            if series.markers {
                for p in usable {
                    s += "<circle cx=\"\(f(px(p.x)))\" cy=\"\(f(py(p.y)))\" r=\"3\" fill=\"\(colour)\"/>\n"
                }
            }
        }
        s += "</g>\n"
        // Legend.
        let legendTop = height - Double(legendRows) * 16 - 4
        for (k, series) in series.enumerated() {
            let colour = LineChart.palette[k % LineChart.palette.count]
            let col = Double(k % 3), row = Double(k / 3)
            let lx = left + col * (plotW / 3), ly = legendTop + row * 16
            let dash = series.dashed ? " stroke-dasharray=\"5 3\"" : ""
            s += "<line x1=\"\(f(lx))\" x2=\"\(f(lx + 18))\" y1=\"\(f(ly))\" y2=\"\(f(ly))\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash)/>\n"
            s += "<text x=\"\(f(lx + 22))\" y=\"\(f(ly + 4))\">\(series.name.xmlEscaped)</text>\n"
        }
        s += "</svg>\n"
        return s
    }
}

/// Compact SVG coordinate formatting (2 decimals, no trailing zeros).
func f(_ v: Double) -> String {
    guard v.isFinite else { return "0" }
    var s = String(format: "%.2f", v)
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s == "-0" ? "0" : s
}
