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
        /// Stroke colour (`#rrggbb`); nil takes the palette colour of the series' position.
        public var colour: String?
        /// SVG dash pattern ("5 3"); nil: solid, or "5 3" when `dashed`.
        public var dashPattern: String?

        public init(name: String, points: [(x: Double, y: Double)], band: [(low: Double, high: Double)]? = nil,
                    dashed: Bool = false, markers: Bool = false, colour: String? = nil, dashPattern: String? = nil) {
            self.name = name
            self.points = points
            self.band = band
            self.dashed = dashed
            self.markers = markers
            self.colour = colour
            self.dashPattern = dashPattern
        }

        var dash: String? { dashPattern ?? (dashed ? "5 3" : nil) }
    }

    /// A limit drawn only where it applies: a short horizontal mark centred on `x` (a category position or
    /// data x), solid or dashed, with its label beside it.
    public struct LimitMark: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public var label: String
        public var dashed: Bool
        public init(x: Double, y: Double, label: String, dashed: Bool = false) {
            self.x = x
            self.y = y
            self.label = label
            self.dashed = dashed
        }
    }

    public var title: String
    public var x: Axis
    public var y: Axis
    public var series: [Series] = []
    public var width: Double = 640
    public var height: Double = 380
    /// Horizontal reference lines across the whole plot (e.g. a limit that holds everywhere), with labels.
    public var referenceLines: [(y: Double, label: String)] = []
    /// Limits that hold at one point only (``LimitMark``).
    public var limitMarks: [LimitMark] = []
    /// Half-width of a limit mark, in x-axis units (categories: 0.3 of the spacing).
    public var limitMarkHalfWidth: Double = 0.3
    /// Category labels for an x axis whose points are 0, 1, 2, … (e.g. train nodes). Replaces numeric ticks.
    public var categoryLabels: [String]?
    /// Room below the plot for category labels of this many characters at least, so that charts shown side by
    /// side (one per configuration) keep plots of one height whatever their own labels.
    public var categoryLabelReserve: Int = 0
    /// Labels at the y ticks on the right-hand side (one per major tick of `y`), with their title, e.g. the
    /// efficiency that a penetration tick stands for.
    public var rightTickLabels: [String]?
    public var rightTitle: String?

    public init(title: String, x: Axis, y: Axis) {
        self.title = title
        self.x = x
        self.y = y
    }

    /// Okabe–Ito colour-blind-safe palette (yellow last: it reads poorly on white).
    public static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
    /// Dash patterns for curves that share a colour (the same equipment used several times).
    public static let dashPatterns: [String?] = [nil, "6 3", "2 2", "8 3 2 3"]
    static let limitColour = "#B00020"

    /// Approximate width of `text` in px at the 11 px chart font (Helvetica/Arial lower case averages ≈ 0.5 em).
    static func textWidth(_ text: String, fontSize: Double = 11) -> Double { Double(text.count) * fontSize * 0.5 }

    /// Legend columns that fit the longest entry in `width` px.
    static func legendColumns(_ names: [String], width: Double, maximum: Int) -> Int {
        let widest = (names.map { textWidth($0) }.max() ?? 0) + 22 + 16
        return max(1, min(maximum, Int(width / max(widest, 1))))
    }

    public func svg() -> String {
        let left = 64.0, top = 34.0
        let right = rightTickLabels == nil ? 16.0 : 16 + (rightTickLabels!.map { Self.textWidth($0) }.max() ?? 0) + 26
        let plotW = width - left - right
        let columns = Self.legendColumns(series.map(\.name), width: plotW, maximum: 3)
        let legendRows = series.isEmpty ? 0 : (series.count + columns - 1) / columns
        // Category labels are rotated by 35°: their height is the longest label's width × sin 35°.
        let angle = 35.0
        let categoryDepth = (categoryLabels?.map { Self.textWidth($0) }.max())
            .map { max($0, Double(categoryLabelReserve) * Self.textWidth("a")) * sin(angle * .pi / 180) + 8 } ?? 0
        let bottom = (x.title.isEmpty ? 24.0 : 52.0) + Double(legendRows) * 16 + categoryDepth
        let plotH = height - top - bottom
        func px(_ v: Double) -> Double { left + plotW * min(max(x.fraction(v), -0.02), 1.02) }
        func py(_ v: Double) -> Double { top + plotH * (1 - min(max(y.fraction(v), -0.02), 1.02)) }
        var s = svgOpening(width: width, height: height, title: title)
        // Grid and ticks.
        for t in y.minorTicks {
            s += "<line x1=\"\(f(left))\" x2=\"\(f(left + plotW))\" y1=\"\(f(py(t)))\" y2=\"\(f(py(t)))\" stroke=\"#eeeeee\"/>\n"
        }
        let yLabels = y.tickLabels
        for (i, t) in y.ticks.enumerated() {
            s += "<line x1=\"\(f(left))\" x2=\"\(f(left + plotW))\" y1=\"\(f(py(t)))\" y2=\"\(f(py(t)))\" stroke=\"#d0d0d0\"/>\n"
            s += "<text x=\"\(f(left - 6))\" y=\"\(f(py(t) + 4))\" text-anchor=\"end\">\(yLabels[i].xmlEscaped)</text>\n"
            if let r = rightTickLabels, i < r.count {
                s += "<text x=\"\(f(left + plotW + 6))\" y=\"\(f(py(t) + 4))\">\(r[i].xmlEscaped)</text>\n"
            }
        }
        if let labels = categoryLabels {
            for (i, label) in labels.enumerated() {
                let xx = px(Double(i)), yy = top + plotH + 12
                s += "<line x1=\"\(f(xx))\" x2=\"\(f(xx))\" y1=\"\(f(top))\" y2=\"\(f(top + plotH))\" stroke=\"#e4e4e4\"/>\n"
                s += "<text x=\"\(f(xx))\" y=\"\(f(yy))\" text-anchor=\"end\" transform=\"rotate(-\(f(angle)) \(f(xx)) \(f(yy)))\">\(label.xmlEscaped)</text>\n"
            }
        } else {
            for t in x.minorTicks {
                s += "<line x1=\"\(f(px(t)))\" x2=\"\(f(px(t)))\" y1=\"\(f(top))\" y2=\"\(f(top + plotH))\" stroke=\"#eeeeee\"/>\n"
            }
            let xLabels = x.tickLabels
            for (i, t) in x.ticks.enumerated() {
                s += "<line x1=\"\(f(px(t)))\" x2=\"\(f(px(t)))\" y1=\"\(f(top))\" y2=\"\(f(top + plotH))\" stroke=\"#d0d0d0\"/>\n"
                s += "<text x=\"\(f(px(t)))\" y=\"\(f(top + plotH + 15))\" text-anchor=\"middle\">\(xLabels[i].xmlEscaped)</text>\n"
            }
        }
        s += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotW))\" height=\"\(f(plotH))\" fill=\"none\" stroke=\"#444444\"/>\n"
        let xTitleY = top + plotH + (categoryLabels == nil ? 32 : categoryDepth + 22)
        s += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(xTitleY))\" text-anchor=\"middle\">\(x.title.xmlEscaped)</text>\n"
        s += "<text transform=\"translate(14 \(f(top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\">\(y.title.xmlEscaped)</text>\n"
        if let rightTitle {
            s += "<text transform=\"translate(\(f(width - 8)) \(f(top + plotH / 2))) rotate(90)\" text-anchor=\"middle\">\(rightTitle.xmlEscaped)</text>\n"
        }
        // Reference lines across the plot.
        for ref in referenceLines {
            let yy = py(ref.y)
            s += "<line x1=\"\(f(left))\" x2=\"\(f(left + plotW))\" y1=\"\(f(yy))\" y2=\"\(f(yy))\" stroke=\"\(Self.limitColour)\" stroke-dasharray=\"6 3\"/>\n"
            s += "<text x=\"\(f(left + plotW - 4))\" y=\"\(f(yy - 4))\" text-anchor=\"end\" fill=\"\(Self.limitColour)\">\(ref.label.xmlEscaped)</text>\n"
        }
        // Series: bands first, then lines.
        s += "<g clip-path=\"none\">\n"
        for (k, series) in series.enumerated() {
            let colour = series.colour ?? LineChart.palette[k % LineChart.palette.count]
            if let band = series.band, band.count == series.points.count, !band.isEmpty {
                let upper = zip(series.points, band).map { "\(f(px($0.0.x))),\(f(py($0.1.high)))" }
                let lower = zip(series.points, band).reversed().map { "\(f(px($0.0.x))),\(f(py($0.1.low)))" }
                s += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(colour)\" fill-opacity=\"0.18\" stroke=\"none\"/>\n"
            }
        }
        for (k, series) in series.enumerated() {
            let colour = series.colour ?? LineChart.palette[k % LineChart.palette.count]
            let usable = series.points.filter { $0.x.isFinite && $0.y.isFinite && (y.scale == .linear || $0.y > 0) }
            guard !usable.isEmpty else { continue }
            let path = usable.map { "\(f(px($0.x))),\(f(py($0.y)))" }.joined(separator: " ")
            let dash = series.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
            s += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash)><title>\(series.name.xmlEscaped)</title></polyline>\n"
            if series.markers {
                for p in usable {
                    s += "<circle cx=\"\(f(px(p.x)))\" cy=\"\(f(py(p.y)))\" r=\"3\" fill=\"\(colour)\"/>\n"
                }
            }
        }
        s += "</g>\n"
        s += limitMarksSVG(px: px, py: py, plotLeft: left, plotRight: left + plotW)
        // Legend.
        let legendTop = height - Double(legendRows) * 16 - 4
        for (k, series) in series.enumerated() {
            let colour = series.colour ?? LineChart.palette[k % LineChart.palette.count]
            let col = Double(k % columns), row = Double(k / columns)
            let lx = left + col * (plotW / Double(columns)), ly = legendTop + row * 16
            let dash = series.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
            s += "<line x1=\"\(f(lx))\" x2=\"\(f(lx + 18))\" y1=\"\(f(ly))\" y2=\"\(f(ly))\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash)/>\n"
            s += "<text x=\"\(f(lx + 22))\" y=\"\(f(ly + 4))\">\(series.name.xmlEscaped)</text>\n"
        }
        s += "</svg>\n"
        return s
    }

    /// The limit marks with their labels: each label right of its mark (left of it when that would leave the
    /// plot), and labels of marks at the same x pushed apart vertically so that none overlaps another.
    private func limitMarksSVG(px: (Double) -> Double, py: (Double) -> Double, plotLeft: Double, plotRight: Double) -> String {
        var s = ""
        var placed: [(x: Double, y: Double)] = []   // label anchors already used (px)
        for m in limitMarks.sorted(by: { ($0.x, -$0.y) < ($1.x, -$1.y) }) {
            let x0 = px(m.x - limitMarkHalfWidth), x1 = px(m.x + limitMarkHalfWidth), yy = py(m.y)
            let dash = m.dashed ? " stroke-dasharray=\"6 3\"" : ""
            s += "<line x1=\"\(f(x0))\" x2=\"\(f(x1))\" y1=\"\(f(yy))\" y2=\"\(f(yy))\" stroke=\"\(Self.limitColour)\" stroke-width=\"2.5\"\(dash)><title>\(m.label.xmlEscaped)</title></line>\n"
            let w = Self.textWidth(m.label)
            let toRight = x1 + 4 + w <= plotRight
            let lx = toRight ? x1 + 4 : max(plotLeft + 2 + w, x0 - 4)
            var ly = yy + 4
            while placed.contains(where: { abs($0.x - lx) < 1 && abs($0.y - ly) < 13 }) { ly += 13 }
            placed.append((lx, ly))
            s += "<text x=\"\(f(lx))\" y=\"\(f(ly))\" text-anchor=\"\(toRight ? "start" : "end")\" fill=\"\(Self.limitColour)\">\(m.label.xmlEscaped)</text>\n"
        }
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
