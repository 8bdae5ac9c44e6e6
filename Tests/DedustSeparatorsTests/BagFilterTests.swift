import Foundation
import Testing
import DedustPhysics
@testable import DedustSeparators

@Suite("Bag filter")
struct BagFilterTests {
    let context = EvaluationContext()

    /// Gas at 260 °C through a filter sized for v = 0.015 m/s (0.9 m/min), K₂ = 2e5 s⁻¹ at the operating viscosity,
    /// K₁ = 1000 Pa·s/m, w_R = 0.1 kg/m², set point 1500 Pa.
    func filter() -> BagFilter {
        BagFilter(sizing: .airToCloth(0.015), clothDrag: .given(1000, referenceViscosity: SettlerFixtures.carbideGas
                    .state(temperature: 533.15, pressure: 101_325).viscosity),
                  cakeDrag: .given(2e5), residualDrag: .residualDustLoad(0.1), cleaningPressureDrop: 1500,
                  bagDiameter: 0.16, bagLength: 6)
    }

    @Test("ΔP rise per hour at 0.3 g/m³ and 50 g/m³ (physics.md §6.1: 48.6 Pa/h and 8.1 kPa/h) and the cleaning intervals")
    func pressureRise() throws {
        let low = try filter().evaluate(SettlerFixtures.inlet(flow: 6, temperature: 533.15, concentration: 0.3e-3),
                                        context: context)
        let high = try filter().evaluate(SettlerFixtures.inlet(flow: 6, temperature: 533.15, concentration: 50e-3),
                                         context: context)
        let rateLow = try #require(low.details["pressure_rise_rate_Pa_per_h"])
        let rateHigh = try #require(high.details["pressure_rise_rate_Pa_per_h"])
        #expect(abs(rateLow - 48.6) < 1e-9)
        #expect(abs(rateHigh - 8100) < 1e-7)
        // ΔP(0) = K₁v + K₂w_R v = 15 + 300 = 315 Pa; interval = (1500 − 315)/rate.
        #expect(abs((low.details["pressure_drop_after_cleaning_Pa"] ?? 0) - 315) < 1e-9)
        let tLow = try #require(low.details["cleaning_interval_s"])
        let tHigh = try #require(high.details["cleaning_interval_s"])
        #expect(abs(tLow / 3600 - 1185 / 48.6) < 1e-9)     // 24.4 h
        #expect(abs(tHigh - 1185 / 8100 * 3600) < 1e-7)    // 526.7 s = 8.8 min
        #expect(abs(low.pressureDrop - (315 + 1500) / 2) < 1e-9)
        // 50 g/m³ is beyond routine inlet loading; 0.3 g/m³ is comfortable.
        #expect(high.warnings.contains { $0.contains("heavy range") })   // 50 g/m³: top of the routine range
        #expect(low.warnings.isEmpty)
        // Air-to-cloth and bag count: A = 6/0.015 = 400 m², bag π·0.16·6 = 3.016 m² → 133 bags.
        #expect(abs((low.details["cloth_area_m2"] ?? 0) - 400) < 1e-9)
        #expect(abs((low.details["air_to_cloth_m_per_min"] ?? 0) - 0.9) < 1e-12)
        #expect(low.details["bag_count"] == 133)
    }

    @Test("the near-continuous pulsing warning when the interval is shorter than a minute")
    func continuousPulsing() throws {
        // 300 g/m³ → 48.6 kPa/h → 88 s; at v = 0.025 m/s → 135 kPa/h → 32 s.
        var f = filter()
        f.sizing = .airToCloth(0.025)
        let r = try f.evaluate(SettlerFixtures.inlet(flow: 6, temperature: 533.15, concentration: 0.3), context: context)
        #expect(r.warnings.contains { $0.contains("near-continuous pulsing") })
    }

    @Test("drag coefficients: Kozeny–Carman and Frazier values of physics.md §6.1, scaled with μ(T)")
    func dragCoefficients() throws {
        #expect(abs(FilterDrag.kozenyCarman(viscosity: 2.69e-5, porosity: 0.8, sauterDiameter: 2e-6,
                                            particleDensity: 2200) - 2.15e5) < 0.005e5)
        #expect(abs(FilterDrag.kozenyCarman(viscosity: 2.69e-5, porosity: 0.85, sauterDiameter: 2e-6,
                                            particleDensity: 2200) - 1.34e5) < 0.005e5)
        #expect(abs(FilterDrag.kozenyCarman(viscosity: 2.69e-5, porosity: 0.8, sauterDiameter: 5e-6,
                                            particleDensity: 2200) - 3.44e4) < 0.005e4)
        #expect(abs(FilterDrag.clothDrag(frazierPermeability: 20) - 1229.5) < 1e-9)
        // In the model: K₁ from Frazier is scaled from room air to the gas viscosity; K₂ from the Sauter diameter.
        let inlet = SettlerFixtures.inlet(flow: 6, temperature: 533.15, concentration: 1e-3)
        let r = try BagFilter(sizing: .clothArea(400), cakeDrag: .kozenyCarman()).evaluate(inlet, context: context)
        let mu = inlet.gasState.viscosity
        #expect(abs((r.details["K1_Pa_s_per_m"] ?? 0) - 1229.5 * mu / 1.813e-5) < 1e-9)
        let xs = try #require(BagFilter.sauterDiameter(inlet))
        let sum = inlet.grid.means.reduce(0.0) { $0 + (1 / 30.0) / $1 }
        #expect(abs(xs - 1 / sum) < 1e-15)
        #expect(abs((r.details["K2_per_s"] ?? 0) - 180 * mu * 0.2 / (2200 * xs * xs * 0.512)) < 1e-6)
        // A K₂ given at room-air viscosity doubles (roughly) at 260 °C.
        let scaled = try BagFilter(sizing: .clothArea(400), cakeDrag: .given(1e5, referenceViscosity: 1.813e-5))
            .evaluate(inlet, context: context)
        #expect(abs((scaled.details["K2_per_s"] ?? 0) - 1e5 * mu / 1.813e-5) < 1e-6)
    }

    @Test("media temperature limits (physics.md §6.3) give warnings")
    func mediaLimits() throws {
        #expect(FilterMedium.polyester.continuousLimit == 135 + 273.15)
        #expect(FilterMedium.pps.continuousLimit == 190 + 273.15)
        #expect(FilterMedium.ptfe.continuousLimit == 260 + 273.15)
        #expect(FilterMedium.ptfe.surgeLimit == 280 + 273.15)
        for medium in FilterMedium.allCases { #expect(medium.surgeLimit > medium.continuousLimit) }
        func warnings(_ medium: FilterMedium, _ celsius: Double) throws -> [String] {
            var f = filter()
            f.medium = medium
            f.minimumTemperature = 473.15
            return try f.evaluate(SettlerFixtures.inlet(flow: 6, temperature: celsius + 273.15, concentration: 0.3e-3),
                                  context: context).warnings
        }
        #expect(try warnings(.ptfe, 250).isEmpty)
        #expect(try warnings(.ptfe, 270).contains { $0.contains("continuous limit") })
        #expect(try warnings(.ptfe, 290).contains { $0.contains("surge limit") })
        #expect(try warnings(.polyester, 250).contains { $0.contains("surge limit") })
        #expect(try warnings(.fibreglass, 180).contains { $0.contains("dew point") })
    }

    @Test("penetration: default curve has its most penetrating size in 0.1–0.5 µm; user curves interpolate log–log")
    func penetrationCurves() throws {
        let grid = try SizeGrid.logSpaced(from: 0.05e-6, to: 100e-6, classes: 60)
        let p = grid.means.map { BagPenetrationCurve.default.penetration(diameter: $0) }
        let worst = try #require(p.indices.max { p[$0] < p[$1] })
        #expect(grid.means[worst] > 0.1e-6 && grid.means[worst] < 0.5e-6)
        for (x, pi) in zip(grid.means, p) where x >= 3e-6 { #expect(pi < 1e-3) }   // > 99.9 % above 3 µm
        #expect(abs(BagPenetrationCurve.default.penetration(diameter: 0.3e-6) - 2.1e-3) < 1e-15)
        let user = BagPenetrationCurve.user([BagPenetrationPoint(diameter: 1e-6, penetration: 1e-2),
                                             BagPenetrationPoint(diameter: 100e-6, penetration: 1e-4)])
        #expect(abs(user.penetration(diameter: 10e-6) - 1e-3) < 1e-15)   // geometric midpoint in both
        #expect(user.penetration(diameter: 0.1e-6) == 1e-2)
        #expect(user.penetration(diameter: 1e-3) == 1e-4)
        let r = try BagFilter(sizing: .clothArea(400), penetration: user)
            .evaluate(SettlerFixtures.inlet(flow: 6, temperature: 533.15, concentration: 1e-3), context: context)
        for (x, eta) in zip(SettlerFixtures.grid.means, r.gradeEfficiency) {
            #expect(abs(eta - (1 - user.penetration(diameter: x))) < 1e-15)
        }
    }
}

@Suite("Bag filter: observed K₂ and the residual drag")
struct BagFilterDefaultsTests {
    /// The correlation reproduces its table (Wang et al. 2004 Table 2, observed) at ρ_p = 2000 kg/m³ and
    /// μ = 1.82e-5 Pa·s, in s⁻¹ (× 10 043), and scales as μ/ρ_p.
    @Test func observedCorrelationReproducesItsTable() {
        #expect(abs(FilterDrag.inchWaterPerPoundFootMinute - 10_043) < 1)
        for (x, k2) in [(0.1e-6, 715.0), (1e-6, 180), (10e-6, 12), (100e-6, 0.2)] {
            let value = FilterDrag.observedCorrelation(viscosity: 1.82e-5, sauterDiameter: x, particleDensity: 2000)
            #expect(abs(value / (k2 * FilterDrag.inchWaterPerPoundFootMinute) - 1) < 1e-12)
        }
        let hot = FilterDrag.observedCorrelation(viscosity: 2 * 1.82e-5, sauterDiameter: 3e-6, particleDensity: 4000)
        let cold = FilterDrag.observedCorrelation(viscosity: 1.82e-5, sauterDiameter: 3e-6, particleDensity: 2000)
        #expect(abs(hot / cold - 1) < 1e-12)
        #expect(abs(cold / 4.97e5 - 1) < 2e-3)    // the doc comment's 3 µm example
    }

    /// The default residual drag is 10 K₁ and does not depend on the dust; a w_R of the arriving dust does.
    @Test func residualDragBelongsToTheCloth() throws {
        let context = EvaluationContext()
        let fine = SettlerFixtures.inlet(flow: 6, temperature: 533.15, concentration: 1e-3)
        let r = try BagFilter(sizing: .clothArea(400)).evaluate(fine, context: context)
        let k1 = try #require(r.details["K1_Pa_s_per_m"])
        #expect(abs((r.details["residual_drag_Pa_s_per_m"] ?? 0) - 10 * k1) < 1e-9)
        #expect(abs((r.details["pressure_drop_after_cleaning_Pa"] ?? 0) - 10 * k1 * 6 / 400) < 1e-9)
        let legacy = try BagFilter(sizing: .clothArea(400), residualDrag: .residualDustLoad(0.1)).evaluate(fine, context: context)
        let k2 = try #require(legacy.details["K2_per_s"])
        #expect(abs((legacy.details["residual_drag_Pa_s_per_m"] ?? 0) - (k1 + 0.1 * k2)) < 1e-6)
        // A Sauter diameter outside 0.1–100 µm is named.
        let coarse = try BagFilter(sizing: .clothArea(400)).evaluate(
            SettlerFixtures.inlet(flow: 6, temperature: 533.15, concentration: 1e-3,
                                  grid: SizeGrid.logSpaced(from: 200e-6, to: 500e-6, classes: 4)),
            context: context)
        #expect(coarse.warnings.contains { $0.contains("is outside the 0.1–100 µm of the observed K₂ correlation") })
        #expect(!r.warnings.contains { $0.contains("observed K₂ correlation") })
    }
}
