import Testing
@testable import DedustReports

@Suite struct AxisTests {
    @Test func logAxisTicksAreDecades() {
        let axis = Axis(title: "d", scale: .logarithmic, range: 0.1...1000)
        #expect(axis.ticks == [0.1, 1, 10, 100, 1000])
        #expect(axis.minorTicks.contains(2) && axis.minorTicks.contains(500) && !axis.minorTicks.contains(1000))
        #expect(abs(axis.fraction(10) - 0.5) < 1e-12)
        #expect(abs(axis.fraction(0.1)) < 1e-12 && abs(axis.fraction(1000) - 1) < 1e-12)
    }

    @Test func fittingWidensToWholeDecadesAndNiceNumbers() {
        let log = Axis.fitting([0.35, 420], title: "d", scale: .logarithmic)
        #expect(log.range == 0.1...1000)
        let lin = Axis.fitting([3, 97], title: "η", includeZero: true)
        #expect(lin.range == 0...100)
        #expect(lin.ticks == [0, 20, 40, 60, 80, 100])
    }

    @Test func labelsArePlainNumbers() {
        #expect(Axis.format(0.5) == "0.5")
        #expect(Axis.format(1000) == "1000")
        #expect(Axis.format(12.5) == "12.5")
        #expect(Axis.format(0) == "0")
    }
}

@Suite struct ChartTests {
    @Test func lineChartEscapesTextAndDrawsEverySeries() {
        var chart = LineChart(title: "η <cyclone & settler>",
                              x: Axis(title: "x (µm)", scale: .logarithmic, range: 1...100),
                              y: Axis(title: "η", range: 0...1))
        chart.series = [.init(name: "a", points: [(1, 0.1), (10, 0.5), (100, 0.9)],
                              band: [(0.05, 0.15), (0.45, 0.55), (0.85, 0.95)]),
                        .init(name: "b", points: [(1, 0.2), (100, 0.8)], dashed: true)]
        let svg = chart.svg()
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("η &lt;cyclone &amp; settler&gt;"))
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 2)
        #expect(svg.components(separatedBy: "<polygon").count - 1 == 1)
        #expect(!svg.contains("nan") && !svg.contains("inf"))
    }

    @Test func barChartStacksSegmentsToTheTotal() {
        var chart = BarChart(title: "ΔP", valueTitle: "Pa")
        chart.bars = [.init(label: "retrofit", segments: [("cyclone", 900), ("bag filter", 1500)])]
        #expect(chart.bars[0].total == 2400)
        let svg = chart.svg()
        #expect(svg.contains(">2400<"))
        #expect(svg.contains("cyclone: 900"))
    }
}
