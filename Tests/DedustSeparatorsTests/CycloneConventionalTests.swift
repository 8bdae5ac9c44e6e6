import Foundation
import Testing
import DedustPhysics
@testable import DedustSeparators
import DedustTestSupport

@Suite("Conventional cyclone unit")
struct CycloneConventionalTests {
    static let grid = try! SizeGrid.logSpaced(from: 0.5e-6, to: 200e-6, classes: 30)
    static let fractions: [Double] = {
        // log-normal, median 10 µm, σ_g = 2.5 (mass basis), at the class means
        let raw = grid.means.map { x in exp(-0.5 * pow(log(x / 10e-6) / log(2.5), 2)) }
        let s = raw.reduce(0, +)
        return raw.map { $0 / s }
    }()

    static func inlet(flow: Double, concentration: Double = 0.01) -> SeparatorInlet {
        SeparatorInlet(gas: SutherlandGas.air, temperature: 293.15, pressure: 101_325, volumetricFlow: flow,
                       dustConcentration: concentration, particleDensity: 2000, grid: grid, massFractions: fractions)
    }

    @Test("count cyclones at count·Q behave exactly like one cyclone at Q")
    func parallelCount() throws {
        let g = CycloneGeometry.standard(.stairmandHE, diameter: 1)
        let one = try ConventionalCyclone(geometry: g).evaluate(Self.inlet(flow: 1.5), context: .init())
        let four = try ConventionalCyclone(geometry: g, count: 4).evaluate(Self.inlet(flow: 6), context: .init())
        #expect(one.gradeEfficiency == four.gradeEfficiency)
        #expect(one.pressureDrop == four.pressureDrop)
        #expect(four.details["count"] == 4)
        #expect(abs((four.details["inlet_velocity_m_per_s"] ?? 0) - 15) < 1e-12)
        #expect(ConventionalCyclone(geometry: g).unitType == "cyclone")
        for key in ["cut_size_m", "wall_velocity_m_per_s", "vortex_exponent", "mass_loading_limit", "inlet_velocity_m_per_s",
                    "saltation_velocity_m_per_s", "natural_vortex_length_m", "euler_number", "main_stream_fraction"] {
            #expect(one.details[key] != nil, "missing detail \(key)")
        }
        // Q/count and loading reach the model: cut size equals the model's at one cyclone's operating point
        let point = try ConventionalCyclone(geometry: g, count: 4).operatingPoint(for: Self.inlet(flow: 6))
        #expect(abs(point.volumetricFlow - 1.5) < 1e-12)
        #expect(four.details["cut_size_m"] == (try MuschelknautzVDI().efficiency(of: g, at: point)).cutSize)
    }

    @Test("warnings: low inlet velocity, saltation, vortex end on the cone wall")
    func warnings() throws {
        let g = CycloneGeometry.standard(.stairmandHE, diameter: 1)
        let slow = try ConventionalCyclone(geometry: g).evaluate(Self.inlet(flow: 0.5), context: .init())
        #expect(slow.warnings.contains { $0.contains("outside the usual cyclone range") })
        #expect(slow.warnings.contains { $0.contains("cone wall") })  // L_n = 2.48 m < H − S = 3.5 m
        #expect(!slow.warnings.contains { $0.contains("saltation") })
        // 28 m/s: v_s = 11.67 (28/15)^(2/3) = 17.67 m/s → ratio 1.58 > 1.36
        let fast = try ConventionalCyclone(geometry: g).evaluate(Self.inlet(flow: 2.8), context: .init())
        #expect(fast.warnings.contains { $0.contains("saltation") })
        #expect(!fast.warnings.contains { $0.contains("outside the usual cyclone range") })
        let vs28 = try #require(fast.details["saltation_velocity_m_per_s"])
        let vs5 = try #require(slow.details["saltation_velocity_m_per_s"])
        #expect(abs(vs28 / vs5 / pow(28.0 / 5.0, 2.0 / 3.0) - 1) < 1e-12)  // v_s ∝ v_in^(2/3)
    }

    @Test("geometry and count errors are reported in words")
    func errors() {
        var g = CycloneGeometry.standard(.lapple, diameter: 1)
        g.inletWidth = 0.6
        #expect(throws: CycloneError.self) { try ConventionalCyclone(geometry: g).evaluate(Self.inlet(flow: 1), context: .init()) }
        #expect(throws: CycloneError.self) {
            try ConventionalCyclone(geometry: .standard(.lapple, diameter: 1), count: 0)
                .evaluate(Self.inlet(flow: 1), context: .init())
        }
        #expect(throws: CycloneError.self) { try CycloneModels.efficiency(named: "no_such_model") }
    }

    @Test("Kalen–Zenz at plant scale (physics.md §1.11: D = 2.32 m, 18 m/s, 500 °C → w = 1.80, v_s = 36 m/s)")
    func saltationPlant() {
        let gas = GasState(temperature: 773.15, pressure: 101_325, density: 0.4141, viscosity: 3.449e-5, molarMass: 0.0283)
        let g = CycloneGeometry.standard(.stairmandHE, diameter: 2.32)
        #expect(abs(SaltationVelocity.characteristicVelocity(gas: gas, particleDensity: 2200) - 1.80) < 0.005)
        #expect(abs(SaltationVelocity.kalenZenz(g, inletVelocity: 18, gas: gas, particleDensity: 2200) - 36) < 0.5)
    }

    @Test("natural-vortex limit: H_CS = L_n shortens the separation zone and raises the H&S cut size by √(3/2.478)")
    func naturalVortexLimit() throws {
        let air = StandardGas.textbookAir
        let g = CycloneGeometry.standard(.stairmandHE, diameter: 1)
        #expect(g.controlSurfaceHeight() == 3.0)
        #expect(abs(g.controlSurfaceHeight(limitedByNaturalVortex: true) - NaturalVortexLength.alexander(g)) < 1e-15)
        let p = CycloneOperatingPoint(volumetricFlow: 1.5, gas: air, particleDensity: 2000, loading: 0,
                                      classDiameters: [5e-6], massFractions: [1])
        let full = try MuschelknautzHoffmannStein().efficiency(of: g, at: p).cutSize
        let short = try MuschelknautzHoffmannStein(limitedByNaturalVortex: true).efficiency(of: g, at: p).cutSize
        #expect(abs(short / full - (3.0 / NaturalVortexLength.alexander(g)).squareRoot()) < 1e-12)
        #expect(NaturalVortexLength.vortexEnd(.standard(.lapple, diameter: 1)) == .coneWall(depth: 0.625 + 2.3))
        var long = g
        long.totalHeight = 2.5  // H − S = 2.0 m < L_n
        #expect(NaturalVortexLength.vortexEnd(long) == .reachesDustOutlet)
    }

    @Test("Kalen–Zenz and Alexander closed forms (physics.md §1.1, §1.11)")
    func closedForms() {
        let air = StandardGas.textbookAir
        let g = CycloneGeometry.standard(.stairmandHE, diameter: 1)
        #expect(abs(SaltationVelocity.characteristicVelocity(gas: air, particleDensity: 2000) - 0.689999) < 1e-5)
        #expect(abs(SaltationVelocity.kalenZenz(g, inletVelocity: 15, gas: air, particleDensity: 2000) - 11.6673) < 1e-3)
        // Alexander L_n/D of the six standard geometries (physics.md §1.1 table)
        let expected: [CycloneGeometry.Standard: Double] = [.stairmandHE: 2.478, .swiftHE: 2.035, .lapple: 2.300,
                                                             .swiftGP: 2.300, .stairmandHT: 2.633, .swiftHT: 2.637]
        for (family, ln) in expected {
            #expect(abs(NaturalVortexLength.alexander(.standard(family, diameter: 1)) - ln) < 6e-4, "\(family)")
        }
    }
}
