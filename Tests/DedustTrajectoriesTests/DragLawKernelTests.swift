import DedustNumerics
import DedustPhysics
import DedustSeparators
import Foundation
import Testing
@testable import DedustTrajectories

/// The step kernel's drag law: every registered law has a vector form that agrees with its scalar form, the
/// engine is specialised for it, and a trajectory run really uses it.
@Suite("Drag laws in the trajectory engine")
struct DragLawKernelTests {
    /// Vector against scalar form at Re_p from 1e-4 to 1e5 (Reynolds factors of 0.3 µm … 2 mm particles in air).
    func vectorMatchesScalar<L: VectorDragLaw>(_ law: L) {
        var worst = 0.0
        for k in [0.02, 3.0, 66.0, 1_000.0, 1.3e5] {
            let c = law.kernelConstants(reynoldsFactor: k)
            var q = SIMD8<Double>()
            for start in stride(from: -4.0, to: 5.0, by: 0.25) {
                for lane in 0..<8 {
                    let re = Foundation.pow(10, start + Double(lane) * 0.03)
                    if law is SchillerNaumannDrag && abs(re / 1000 - 1) < 1e-6 { continue }  // the law's own step
                    q[lane] = (re / k) * (re / k)
                }
                let f = law.stokesCorrection8(slipSquared: q, c)
                for lane in 0..<8 where q[lane] > 0 {
                    let scalar = law.stokesCorrection(reynolds: k * q[lane].squareRoot())
                    worst = max(worst, abs(f[lane] / scalar - 1))
                }
            }
        }
        #expect(worst < 1e-13, "\(law.name): vector form differs from the scalar form by \(worst) relative")
    }

    @Test("every law of DragLaws.all: the 8-wide form equals the scalar form within 1e-13 from Re 1e-4 to 1e5")
    func vectorForms() {
        for law in DragLaws.all { vectorMatchesScalar(law) }
    }

    @Test("every law of DragLaws.all is one the engine is specialised for; others are reported as problems")
    func specialised() {
        for law in DragLaws.all {
            #expect(DragLaws.registry.contains(law))
            let sim = TrajectorySimulation(field: .settler(SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 1)),
                                           drag: law)
            #expect(sim.problems.isEmpty, "\(law.name): \(sim.problems)")
        }
        struct Unlisted: VectorDragLaw {
            var name: String { "unlisted" }
            func stokesCorrection(reynolds: Double) -> Double { 1 }
            func kernelConstants(reynoldsFactor: Double) -> Int { 0 }
            func stokesCorrection8(slipSquared q: SIMD8<Double>, _ c: Int) -> SIMD8<Double> { .one }
        }
        let sim = TrajectorySimulation(field: .settler(SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 1)),
                                       drag: Unlisted())
        #expect(sim.problems == ["drag law 'unlisted' has no compiled trajectory kernel: register it in DragLaws.registry "
                                 + "(Sources/DedustTrajectories/Engine/DragLaws.swift)"])
    }

    @Test("registry: names are unique, named(_:) finds each law, an unknown name is nil, Cheng is listed")
    func registryNames() {
        #expect(Set(DragLaws.names).count == DragLaws.all.count)
        for law in DragLaws.all { #expect(DragLaws.named(law.name)?.name == law.name) }
        #expect(DragLaws.named("newton") == nil)
        #expect(DragLaws.named("cheng")?.name == "cheng")
        #expect(DragLaws.category.defaultModel == "schiller_naumann")
    }

    @Test("terminal slip of every law = ParticleDynamics.terminalVelocity (Brent) within 1e-9, 0.5 µm – 2 mm")
    func terminalSlip() {
        for law in DragLaws.all {
            let dynamics = ParticleDynamics(particleDensity: 2000, drag: law)
            for x in [0.5e-6, 10e-6, 100e-6, 500e-6, 2e-3] {
                let p = ParticleClass(diameter: x, dynamics: dynamics, gas: air20)
                let buoyancy = 1 - air20.density / 2000
                let v = law.terminalSlip(stokesSpeed: p.relaxationTime * 9.80665, reynoldsFactor: p.reynoldsFactor)
                let reference = dynamics.terminalVelocity(diameter: x, gas: air20, acceleration: 9.80665 / buoyancy)
                #expect(abs(v / reference - 1) < 1e-9, "\(law.name), x = \(x): \(v) vs \(reference)")
            }
        }
    }

    /// Dispersion off, plug flow: η = min(1, v_t L W/Q) with v_t the terminal velocity *of the chosen law* —
    /// the kernel's relaxation reaches it only if the kernel uses that law. 50 µm, ρ_p = 2000 kg/m³ in air at
    /// 20 °C (Re_p ≈ 0.5 at v_t, f_SN ≈ 1.09): Stokes' v_t ≈ 0.152 m/s is about 8 % above Schiller–Naumann's; with
    /// L = 4, W = 1, Q = 2 m³/s, η ≈ 0.30 against 0.28, about 3 standard errors apart with 4096 particles each.
    @Test("a dispersion-off settler follows the chosen law's terminal velocity (Stokes vs Schiller–Naumann vs others)")
    func settlerUsesTheLaw() {
        let flow = SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 2)
        let settings = TrajectorySettings(particlesPerClass: 4096, ciHalfWidth: 0.05, maxParticlesPerClass: 4096)
        var eta: [String: Double] = [:]
        for law in DragLaws.all {
            let sim = TrajectorySimulation(field: .settler(flow), dispersion: .none, drag: law, settings: settings)
            let r = sim.run(diameters: [50e-6], particleDensity: 2000, gas: air20, stream: StreamKey(seed: 3))
            let vt = ParticleDynamics(particleDensity: 2000, drag: law).terminalVelocity(diameter: 50e-6, gas: air20)
            let reference = min(1, vt * 4 * 1 / 2)
            let (low, high) = interval999(r.tallies[0])
            #expect(low - 0.005 <= reference && reference <= high + 0.005,
                    "\(law.name): laminar η = \(reference), trajectories \(r.gradeEfficiency[0]) [\(low), \(high)]")
            eta[law.name] = r.gradeEfficiency[0]
        }
        let stokes = eta["stokes"] ?? 0, sn = eta["schiller_naumann"] ?? 0
        #expect(stokes - sn > 0.01, "Stokes \(stokes) should settle visibly more than Schiller–Naumann \(sn)")
    }

    /// The step kernel's fixed point for a particle falling through plug flow is the terminal velocity of the
    /// law it is given: v_b → −v_t with g' τ = v_t f(k v_t). 1.7 mm particles of 2000 kg/m³ in air at 20 °C settle
    /// at Re_p ≈ 1030 (v_t ≈ 9 m/s), where Cheng's C_D is 6 % above Schiller–Naumann's Newton value 0.44, so its v_t
    /// is ≈ 2.9 % lower (computed with `fluids` 1.3.1's `Cheng` and a root finder: 8.895 against 9.158 m/s);
    /// deterministic, so each law is checked to 1e-6.
    @Test("kernel terminal velocity = the law's terminal velocity (coarse particle, Re ≈ 1000): Cheng ≠ Schiller–Naumann")
    func kernelTerminalVelocity() {
        let flow = SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 0.5)
        let x = 1.7e-3
        func settle<L: VectorDragLaw>(_ law: L) -> (kernel: Double, reference: Double) {
            let p = ParticleClass(diameter: x, dynamics: ParticleDynamics(particleDensity: 2000, drag: law), gas: air20)
            let tile = ParticleTile(capacity: 1)
            tile.store(ParticleState(a: 1, b: 0.5, va: 0.5, vb: 0, vc: 0), 0)
            // 600 s ≫ the drag time (≈ 1 s; 17.7 s for Stokes drag); the exponential update is exact for any Δt.
            for _ in 0..<6000 {
                motionKernel(field: flow, drag: law, sigma: (0, 0, 0), particle: p, dt: 0.1, tile: tile, count: 1)
                tile.a[0] = 1  // keep it in the channel: only the velocity matters here
                tile.b[0] = 0.5
            }
            return (-tile.vb[0], p.settlingVelocity)
        }
        var vt: [String: Double] = [:]
        for law in DragLaws.all {
            let (kernel, reference) = settle(law)
            #expect(abs(kernel / reference - 1) < 1e-6, "\(law.name): kernel \(kernel) m/s, terminal velocity \(reference) m/s")
            vt[law.name] = kernel
        }
        let cheng = vt["cheng"] ?? 0, sn = vt["schiller_naumann"] ?? 0
        #expect(cheng / sn < 0.98 && cheng / sn > 0.96, "Cheng \(cheng) m/s against Schiller–Naumann \(sn) m/s")
    }

    @Test("the models take the law: a settler with Stokes drag is not the Schiller–Naumann settler")
    func modelsTakeTheLaw() {
        let model = TrajectorySettler(chamber: GravitySettler(length: 4, width: 1, height: 1, mixing: .laminar),
                                      drag: StokesDrag())
        #expect(model.drag.name == "stokes")
        #expect(TrajectoryCyclone(geometry: .standard(.stairmandHE, diameter: 1), drag: CliftGauvinDrag()).drag.name
                == "clift_gauvin")
        #expect(TrajectoryCirculatingCyclone(diameter: 1, drag: HaiderLevenspielDrag()).drag.name == "haider_levenspiel")
        #expect(TrajectoryCirculatingCyclone(diameter: 1).drag.name == "schiller_naumann")
    }
}
