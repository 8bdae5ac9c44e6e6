import Foundation
import Testing
import DedustPhysics
@testable import DedustSeparators
import DedustTestSupport

/// Dyssol's own regression test of its "Cyclone (Muschelknautz)" unit (physics.md §8 A1; inputs from
/// DyssolTEC/Dyssol-open `tests/Unit_Cyclone_Muschelknautz/script.txt`, outputs from its `ideal.res`).
@Suite("Muschelknautz VDI-2019 (Dyssol regression case A1)")
struct CycloneMuschelknautzVDITests {
    /// d_o = 5 m, h_tot = 8, h_cyl = 3, d_f = 1.7, h_f = 2.25, d_exit = 1.5, slot b_e = 1, h_e = 2.25 m.
    static let geometry = CycloneGeometry(diameter: 5, inletHeight: 2.25, inletWidth: 1, vortexFinderDiameter: 1.7,
                                          vortexFinderLength: 2.25, cylinderHeight: 3, totalHeight: 8,
                                          dustOutletDiameter: 1.5)
    static let model = MuschelknautzVDI(wallFriction: 0.01, gradeCurveWidth: 3, kMain: 0.025, efficiencyAdjustment: 1)
    /// Dyssol "Air": ideal gas, M = 0.028951 kg/mol, at 300 K and 1e5 Pa; viscosity from its table (1.8474e-5).
    static let gas = MeasuredGas(molarMass: 0.028951, viscosity: 1.8474e-5)
    /// 100 equidistant classes on 0–1 mm (first edge a tiny positive value, since SizeGrid needs positive edges).
    static let grid: SizeGrid = {
        var edges = (0...100).map { Double($0) * 1e-5 }
        edges[0] = 1e-12
        return try! SizeGrid(edges: edges)
    }()
    /// Normal density (mean 0.5 mm, σ 0.2 mm) at the class means, normalised.
    static let fractions: [Double] = {
        let raw = (0..<100).map { i -> Double in
            let x = (Double(i) + 0.5) * 1e-5
            return exp(-0.5 * pow((x - 5e-4) / 2e-4, 2))
        }
        let s = raw.reduce(0, +)
        return raw.map { $0 / s }
    }()

    /// Feed (total kg/s, solids mass fraction) at t = 0, 10, …, 50 s and the published outputs:
    /// total efficiency (%), w_split, η at the 5 µm and 105 µm classes (%), coarse-outlet solids (kg/s).
    static let cases: [(total: Double, solids: Double, eta: Double, etaDigits: Int, wSplit: Double,
                        eta5: Double, eta105: Double, coarse: Double, coarseDigits: Int)] = [
        (0.1, 0.5, 97.7071, 4, 0.935743, 95.7523, 95.7523, 0.0488536, 7),
        (0.5, 0.5, 99.708, 3, 0.935743, 98.1004, 98.2425, 0.24927, 5),
        (1, 0.5, 99.9019, 4, 0.935743, 98.6567, 98.964, 0.49951, 5),
        (10, 0.5, 99.9964, 4, 0.935743, 99.5752, 99.9624, 4.99982, 5),
        (10, 0.7, 99.9911, 4, 0.958488, 99.688, 99.851, 6.99938, 5),
        (10, 0.9, 99.9469, 4, 0.960588, 99.7746, 99.7851, 8.99522, 5),
    ]

    /// |value − printed| within one unit of the last printed digit.
    static func matches(_ value: Double, _ printed: Double, decimals: Int) -> Bool {
        abs(value - printed) <= pow(10, -Double(decimals))
    }

    /// Decimals of a value printed with 6 significant digits (Dyssol's export precision).
    static func decimals6(_ printed: Double) -> Int { max(0, 5 - Int(floor(log10(abs(printed))))) }

    static func inlet(total: Double, solids: Double) -> SeparatorInlet {
        let rho = gas.state(temperature: 300, pressure: 1e5).density
        let gasFlow = total * (1 - solids), dustFlow = total * solids
        let q = gasFlow / rho
        return SeparatorInlet(gas: gas, temperature: 300, pressure: 1e5, volumetricFlow: q,
                              dustConcentration: dustFlow / q, particleDensity: 2200, grid: grid,
                              massFractions: fractions)
    }

    @Test("gas density equals Dyssol's 1.160668 kg/m³")
    func gasDensity() {
        #expect(Self.matches(Self.gas.state(temperature: 300, pressure: 1e5).density, 1.160668, decimals: 6))
    }

    @Test("Dyssol's median convention gives 0.495 mm on the A1 PSD")
    func dyssolMedian() throws {
        let m = try #require(ConventionalCyclone.dyssolMedian(edges: Self.grid.edges, massFractions: Self.fractions))
        #expect(abs(m - 0.495e-3) < 1e-12)
    }

    @Test("all six time points reproduce ideal.res to the printed digits")
    func allTimePoints() throws {
        let cyclone = ConventionalCyclone(geometry: Self.geometry, efficiencyModel: Self.model,
                                          classSize: .arithmeticMean, medianConvention: .dyssol)
        for c in Self.cases {
            let inlet = Self.inlet(total: c.total, solids: c.solids)
            let r = try cyclone.evaluate(inlet, context: EvaluationContext())
            let total = r.totalEfficiency(massFractions: Self.fractions)
            #expect(Self.matches(100 * total, c.eta, decimals: c.etaDigits), "t: total \(100 * total) vs \(c.eta)")
            let w = try #require(r.details["main_stream_fraction"])
            #expect(Self.matches(w, c.wSplit, decimals: 6), "w_split \(w) vs \(c.wSplit)")
            #expect(Self.matches(100 * r.gradeEfficiency[0], c.eta5, decimals: Self.decimals6(c.eta5)),
                    "η(5 µm) \(100 * r.gradeEfficiency[0]) vs \(c.eta5)")
            #expect(Self.matches(100 * r.gradeEfficiency[10], c.eta105, decimals: Self.decimals6(c.eta105)),
                    "η(105 µm) \(100 * r.gradeEfficiency[10]) vs \(c.eta105)")
            let coarse = total * c.total * c.solids
            #expect(Self.matches(coarse, c.coarse, decimals: c.coarseDigits), "coarse \(coarse) vs \(c.coarse)")
        }
    }

    /// The same script run by the Debian DyssolC 1.1.1 (its materials database: sand ρ_s = 1600 kg/m³, air density
    /// interpolated in its table, 1.188113 kg/m³ at 300 K) gives the older `ideal.res` of Dyssol-open commit
    /// 064be73b (and `DyssolC` on this machine prints exactly these numbers): coarse outlet 0.0483981, 0.248789,
    /// 0.499155, 4.99972, 6.99895, 8.99246 kg/s; η(5 µm) 94.96, 97.746, 98.4062, 99.496, 99.6298, 99.7326 %.
    @Test("same case with Dyssol 1.1.1's database properties reproduces its older ideal.res")
    func dyssol111Properties() throws {
        let rhoG = 1.2047 + (300 - 293.15) * (0.7083 - 1.2047) / (498.15 - 293.15)  // its air density table
        let coarse = [0.0483981, 0.248789, 0.499155, 4.99972, 6.99895, 8.99246]
        let eta5 = [94.96, 97.746, 98.4062, 99.496, 99.6298, 99.7326]
        for (i, c) in Self.cases.enumerated() {
            let gasFlow = c.total * (1 - c.solids), dust = c.total * c.solids
            let p = CycloneOperatingPoint(volumetricFlow: gasFlow / rhoG,
                                          gas: GasState(temperature: 300, pressure: 1e5, density: rhoG, viscosity: 1.8474e-5,
                                                        molarMass: 0.028951),
                                          particleDensity: 1600, loading: dust / gasFlow,
                                          classDiameters: (0..<100).map { (Double($0) + 0.5) * 1e-5 },
                                          massFractions: Self.fractions, medianDiameter: 0.495e-3)
            let e = try Self.model.efficiency(of: Self.geometry, at: p)
            let total = zip(e.gradeEfficiency, Self.fractions).map { $0 * $1 }.reduce(0, +)
            #expect(Self.matches(total * dust, coarse[i], decimals: Self.decimals6(coarse[i])), "\(total * dust) vs \(coarse[i])")
            #expect(Self.matches(100 * e.gradeEfficiency[0], eta5[i], decimals: Self.decimals6(eta5[i])))
        }
    }

    @Test("intermediate values at t = 0 and t = 50 match the independent port (physics.md §8 A1)")
    func intermediates() throws {
        func point(_ total: Double, _ solids: Double) -> CycloneOperatingPoint {
            let inlet = Self.inlet(total: total, solids: solids)
            return CycloneOperatingPoint(volumetricFlow: inlet.volumetricFlow, gas: inlet.gasState,
                                         particleDensity: 2200, loading: inlet.loading,
                                         classDiameters: (0..<100).map { (Double($0) + 0.5) * 1e-5 },
                                         massFractions: Self.fractions, medianDiameter: 0.495e-3)
        }
        func rel(_ a: Double, _ b: Double) -> Double { abs(a / b - 1) }
        let v0 = try Self.model.velocities(of: Self.geometry, at: point(0.1, 0.5))
        #expect(rel(v0.constriction, 0.817861) < 1e-6)
        #expect(rel(v0.wallFriction, 0.03) < 1e-12)
        #expect(rel(v0.inletVelocity, 0.0191461) < 1e-5)
        #expect(rel(v0.wallVelocity, 0.0187279) < 1e-5)
        #expect(rel(v0.innerVelocity, 0.0225425) < 1e-5)
        #expect(rel(v0.entryVelocity, 0.0196406) < 1e-5)
        #expect(rel(v0.coneVelocity, 0.0166353) < 1e-5)
        #expect(rel(v0.vortexExponent, 0.171845) < 1e-5)
        #expect(rel(v0.loadingLimitCutSize, 450.637e-6) < 1e-5)
        #expect(rel(v0.mainLoadingLimit, 0.0321486) < 1e-5)
        #expect(rel(v0.mainCutSize, 579.713e-6) < 1e-5)
        #expect(rel(v0.secondaryCutSize, 362.091e-6) < 1e-5)
        #expect(rel(v0.separationHeight, 5.46429) < 1e-5)
        #expect(rel(v0.areas.total, 129.071) < 1e-5)
        #expect(rel(v0.areas.sedimentation, 81.4486) < 1e-5)
        let v50 = try Self.model.velocities(of: Self.geometry, at: point(10, 0.9))
        #expect(rel(v50.constriction, 0.964095) < 1e-5)
        #expect(rel(v50.wallFriction, 0.1) < 1e-12)
        #expect(rel(v50.wallVelocity, 0.317746) < 1e-5)
        #expect(rel(v50.innerVelocity, 0.183902) < 1e-5)
        #expect(rel(v50.vortexExponent, -0.506902) < 1e-5)
        #expect(rel(v50.mainLoadingLimit, 0.0169431) < 1e-5)
    }

    @Test("cosine grade curve: 0 below d*/D, ½ at d*, 1 above D·d*")
    func cosineCurve() {
        #expect(MuschelknautzVDI.cosineCurve(diameter: 0.99 / 3, cutSize: 1, width: 3) == 0)
        #expect(abs(MuschelknautzVDI.cosineCurve(diameter: 1, cutSize: 1, width: 3) - 0.5) < 1e-15)
        #expect(MuschelknautzVDI.cosineCurve(diameter: 3.01, cutSize: 1, width: 3) == 1)
        #expect(abs(MuschelknautzVDI.cosineCurve(diameter: 1.0 / 3, cutSize: 1, width: 3)) < 1e-15)
    }

    @Test("clean gas: loading limit inactive, efficiency is the classifying curve alone")
    func cleanGas() throws {
        let air = StandardGas.textbookAir
        let g = CycloneGeometry.standard(.stairmandHE, diameter: 1)
        let p = CycloneOperatingPoint(volumetricFlow: 1.5, gas: air, particleDensity: 2000, loading: 0,
                                      classDiameters: [1e-6, 4e-6, 20e-6], massFractions: [0, 0, 0])
        let model = MuschelknautzVDI()
        let v = try model.velocities(of: g, at: p)
        // §1.10: v_θw = 19.32 m/s (same α and inlet balance), h_sep = H_CS = 3.0 m. (v_θCS differs from the
        // table's 25.34 because the VDI friction area cuts the cone at the vortex-finder radius, §1.5.1 step 2.)
        #expect(abs(v.wallVelocity / 19.32 - 1) < 3e-4)
        #expect(abs(v.separationHeight - 3.0) < 1e-12)
        // Friction-free limit: free vortex u_f = u_o R/R_x, n = 1, and the Barth-type closed form for d*.
        let free = try MuschelknautzVDI(wallFriction: 0).velocities(of: g, at: p)
        #expect(abs(free.innerVelocity - free.wallVelocity * 2) < 1e-12)
        #expect(abs(free.vortexExponent - 1) < 1e-12)
        let dStar = (18 * 1.81e-5 * 0.9 * 1.5 / ((2000 - 1.2) * pow(free.innerVelocity, 2) * 2 * Double.pi * 3.0)).squareRoot()
        #expect(abs(free.mainCutSize / dStar - 1) < 1e-12)
        #expect(v.innerVelocity < free.innerVelocity)
        #expect(v.mainLoadingLimitEfficiency == 0)
        let e = try model.efficiency(of: g, at: p)
        #expect(e.gradeEfficiency[2] == 1)
        #expect(e.gradeEfficiency[0] < e.gradeEfficiency[1])
    }
}
