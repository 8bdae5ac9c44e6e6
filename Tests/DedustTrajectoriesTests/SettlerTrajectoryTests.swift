import DedustNumerics
import DedustPhysics
import Foundation
import Testing
@testable import DedustTrajectories

@Suite("Settler trajectories")
struct SettlerTrajectoryTests {
    let dynamics = ParticleDynamics(particleDensity: 2000)

    /// Terminal velocity from the physics module (Schiller–Naumann with Cunningham slip, root-found —
    /// independent of the trajectory integrator).
    func terminalVelocity(_ d: Double) -> Double {
        dynamics.terminalVelocity(diameter: d, gas: air20)
    }

    @Test("dispersion off reproduces the laminar plug-flow efficiency min(1, v_t L W / Q) for every class")
    func laminar() {
        let flow = SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 0.5)
        let sim = TrajectorySimulation(field: .settler(flow), dispersion: .none,
                                       settings: TrajectorySettings(particlesPerClass: 1000, ciHalfWidth: 0.05,
                                                                    maxParticlesPerClass: 1000))
        let diameters = [8.0, 12, 16, 20, 25, 30, 36, 42, 60].map { $0 * 1e-6 }
        let result = sim.run(diameters: diameters, particleDensity: 2000, gas: air20, stream: StreamKey(seed: 11))
        for (i, d) in diameters.enumerated() {
            let reference = min(1, terminalVelocity(d) * 4 * 1 / 0.5)
            let (low, high) = interval999(result.tallies[i])
            #expect(low - 0.005 <= reference && reference <= high + 0.005,
                    "x = \(d) m: laminar η = \(reference), trajectories \(result.gradeEfficiency[i]) [\(low), \(high)]")
        }
        #expect(result.total.undecided == 0)
    }

    /// Strong vertical mixing: σ = 0.3 m/s, T_L = 0.5 s ⇒ ε = 0.045 m²/s, settling Péclet number
    /// v_t h/ε ≤ 0.15 for the largest class here, so §3.2's exponential law applies (the Dobbins–Camp column of
    /// the separator module gives 0.919 instead of 0.915 at Pe = 0.11). The channel is long and fast
    /// (L = 200 m, U = 0.4 m/s, residence 500 s) so that the isotropic turbulence's *axial* dispersion,
    /// √(2εt) ≈ 6.7 m, is negligible against L: the exponential law assumes plug flow along the chamber.
    static let mixedFlow = SettlerFlow(length: 200, width: 1, height: 1, volumetricFlow: 0.4)
    static let mixedDiameters = [3.0, 4.5, 6, 7.5, 9, 11].map { $0 * 1e-6 }

    func mixedRun(_ variates: RandomVariates, particles: Int = 800) -> TrajectoryResult {
        let sim = TrajectorySimulation(field: .settler(Self.mixedFlow),
                                       dispersion: .ornsteinUhlenbeck(sigma: 0.3, timeScale: 0.5),
                                       settings: TrajectorySettings(particlesPerClass: particles, ciHalfWidth: 0.05,
                                                                    maxParticlesPerClass: particles,
                                                                    variates: variates))
        return sim.run(diameters: Self.mixedDiameters, particleDensity: 2000, gas: air20, stream: StreamKey(seed: 12))
    }

    @Test("strong vertical mixing reproduces 1 − exp(−v_t L W / Q) for every class")
    func wellMixed() {
        let result = mixedRun(.threePoint)
        for (i, d) in Self.mixedDiameters.enumerated() {
            let vt = terminalVelocity(d)
            #expect(vt * 1 / 0.045 < 0.17)  // Péclet number small
            let reference = 1 - exp(-vt * 200 * 1 / 0.4)
            let (low, high) = interval999(result.tallies[i])
            #expect(low - 0.01 <= reference && reference <= high + 0.01,
                    "x = \(d) m: mixed η = \(reference), trajectories \(result.gradeEfficiency[i]) [\(low), \(high)]")
            let laminar = min(1, vt * 200 / 0.4)
            if laminar > 0.3 { #expect(high < laminar, "mixing must lower η below the laminar value") }
        }
        #expect(result.total.undecided == 0)
    }

    @Test("three-point and exact-Gaussian increments give the same grade efficiencies within Monte Carlo error")
    func weakVariates() {
        let a = mixedRun(.threePoint, particles: 600), b = mixedRun(.gaussian, particles: 600)
        for i in Self.mixedDiameters.indices {
            let ta = a.tallies[i], tb = b.tallies[i]
            let z = abs(ta.efficiency - tb.efficiency) / (standardError(ta) + standardError(tb)).squareRoot()
            #expect(z < 3.29, "class \(i): three-point \(ta.efficiency), Gaussian \(tb.efficiency)")
        }
    }

    @Test("without the drift correction a tracer piles up in a damped floor layer; with it it stays mixed")
    func driftCorrection() {
        // Tracer-like particles (0.5 µm, v_t ≈ 1e-5 m/s) in the mixed channel: the fraction found in the
        // damped layer (10 % of h) after a long time should be ≈ 0.1 with the well-mixed Langevin model.
        let flow = SettlerFlow(length: 1e6, width: 1, height: 1, volumetricFlow: 1, dampedLayerFraction: 0.1)
        let ou = OrnsteinUhlenbeckDispersion(sigma: (0.3, 0.3, 0.3), timeScale: 0.5)
        let p = ParticleClass(diameter: 0.5e-6, dynamics: dynamics, gas: air20)
        let n = 2000
        func layerFraction(drift: Bool) -> Double {
            let tile = ParticleTile(capacity: n)
            var rng = TileRandom(StreamKey(seed: 99, tile: drift ? 1 : 0))
            for i in 0..<n { tile.store(ParticleState(a: 0, b: 0.1 + 0.9 * (Double(i) + 0.5) / Double(n), va: 1, vb: 0, vc: 0), i) }
            let field = flow
            let dt = 0.04  // 2500 steps = 100 s ≈ 4.5 vertical mixing times h²/ε
            for _ in 0..<2500 {
                rng.fill(.threePoint, into: tile.variates, count: 2 * variatePlane(count: n))
                motionKernel(field: field, drag: SchillerNaumannDrag(), sigma: ou.sigma, particle: p, dt: dt, tile: tile, count: n)
                if !drift { for i in 0..<n { tile.shapeGradientB[i] = 0 } }
                dispersionKernel(dispersion: ou, cylindrical: false, dt: dt, tile: tile, count: n)
                for i in 0..<n {  // reflect at both walls: a closed column
                    if tile.b[i] < 0 { tile.b[i] = -tile.b[i]; tile.vb[i] = -tile.vb[i]; tile.wb[i] = -tile.wb[i] }
                    if tile.b[i] > 1 { tile.b[i] = 2 - tile.b[i]; tile.vb[i] = -tile.vb[i]; tile.wb[i] = -tile.wb[i] }
                }
            }
            return Double((0..<n).filter { tile.b[$0] < 0.1 }.count) / Double(n)
        }
        let with = layerFraction(drift: true), without = layerFraction(drift: false)
        #expect(abs(with - 0.1) < 0.03, "with drift correction: \(with) of the tracer in the 10 % layer")
        #expect(without > 0.2, "without drift correction: \(without) (spurious accumulation expected)")
    }
}
