import DedustNumerics
import DedustPhysics
import DedustSeparators
import Foundation
import Testing
@testable import DedustTrajectories

@Suite("Trajectory kernels")
struct KernelTests {
    @Test("vectorisable exp/log/pow agree with the C library")
    func fastMath() {
        var worstExp = 0.0, worstLog = 0.0, worstPow = 0.0
        var x = -700.0
        while x < 700 {
            worstExp = max(worstExp, abs(TrajectoryMath.exp(x) / Foundation.exp(x) - 1))
            x += 0.37
        }
        var y = 1e-300
        while y < 1e300 {
            worstLog = max(worstLog, abs(TrajectoryMath.log(y) - Foundation.log(y)) / max(1, abs(Foundation.log(y))))
            worstPow = max(worstPow, abs(TrajectoryMath.pow(y, 0.687) / Foundation.pow(y, 0.687) - 1))
            y *= 1.9
        }
        #expect(worstExp < 1e-14)
        #expect(worstLog < 1e-15)
        #expect(worstPow < 2e-13)  // grows with |y log x| (≈ 475 at 1e300)
        #expect(abs(TrajectoryMath.exp(-1e9) / Foundation.exp(-708.0) - 1) < 1e-14)  // clamped
    }

    @Test("tile random words are the RandomStream words of the same StreamKey")
    func streamLayout() {
        let key = StreamKey(seed: 0xDEAD_BEEF_1234, configuration: 3, unit: 2, sizeClass: 7, tile: 11)
        var stream = RandomStream(key)
        var tile = TileRandom(key)
        let words = UnsafeMutablePointer<UInt32>.allocate(capacity: 40)
        defer { words.deallocate() }
        tile.fill(words, blocks: 4)
        tile.fill(words + 16, blocks: 6)
        for i in 0..<40 { #expect(words[i] == stream.nextWord()) }
    }

    @Test("three-point variates have the Gaussian moments 0, 1, 0, 3")
    func threePointMoments() {
        var tile = TileRandom(StreamKey(seed: 5))
        let n = 400_000
        let words = UnsafeMutablePointer<UInt32>.allocate(capacity: n)
        let x = UnsafeMutablePointer<Double>.allocate(capacity: n)
        defer { words.deallocate(); x.deallocate() }
        tile.fill(words, blocks: n / 4)
        TileRandom.variates(.threePoint, words: words, into: x, count: n)
        var m = [0.0, 0.0, 0.0, 0.0]
        for i in 0..<n {
            m[0] += x[i]; m[1] += x[i] * x[i]; m[2] += x[i] * x[i] * x[i]; m[3] += x[i] * x[i] * x[i] * x[i]
        }
        m = m.map { $0 / Double(n) }
        // standard errors: √(1/n), √(2/n), √(15/n), √(96/n) for the three-point law
        #expect(abs(m[0]) < 4 * (1 / Double(n)).squareRoot())
        #expect(abs(m[1] - 1) < 4 * (2 / Double(n)).squareRoot())
        #expect(abs(m[2]) < 4 * (9 / Double(n)).squareRoot())
        #expect(abs(m[3] - 3) < 4 * (18 / Double(n)).squareRoot())
    }

    @Test("Wilson interval matches published values")
    func wilson() {
        // Brown, Cai & DasGupta (2001) / standard tables: 50 of 100 → [0.4038, 0.5962]; 0 of 100 → [0, 0.0370]
        let a = WilsonInterval.bounds(successes: 50, trials: 100)
        #expect(abs(a.low - 0.4038) < 1e-4 && abs(a.high - 0.5962) < 1e-4)
        let b = WilsonInterval.bounds(successes: 0, trials: 100)
        #expect(b.low == 0 && abs(b.high - 0.0370) < 1e-4)
    }

    @Test("a 0.3 µm particle is stable at the cyclone time step and moves at its local terminal velocity")
    func stiffParticle() throws {
        let air = SutherlandGas.air.state(temperature: 293.15, pressure: 101_325)
        let flow = ConventionalCycloneFlow(geometry: .standard(.stairmandHE, diameter: 0.305), volumetricFlow: 0.1395,
                                           wallVelocity: 19.32, controlSurfaceVelocity: 25.34)
        let p = ParticleClass(diameter: 0.3e-6, dynamics: ParticleDynamics(particleDensity: 2000), gas: air)
        let dt = flow.timeStep
        #expect(dt / p.relaxationTime > 50)  // explicit Euler would need dt < 2τ
        let tile = ParticleTile(capacity: 1)
        let (r0, z0) = (0.12, 0.6)
        let g0 = flow.gas(zone: 0, a: r0, b: z0)
        tile.store(ParticleState(a: r0, b: z0, va: 5, vb: -3, vc: 0), 0)  // far from equilibrium on purpose
        for _ in 0..<3 {
            motionKernel(field: flow, sigma: (0, 0, 0), particle: p, dt: dt, tile: tile, count: 1)
        }
        let s = tile.state(0)
        #expect(s.va.isFinite && s.a.isFinite)
        let g = flow.gas(zone: 0, a: s.a, b: s.b)
        let drift = p.relaxationTime * g.uc * g.uc / s.a  // Stokes regime: f ≈ 1
        #expect(abs(s.vc - g.uc) < 1e-3 * g.uc)
        #expect(abs(s.va - (g.ua + drift)) < 0.02 * abs(g.ua) + 1e-3)
        #expect(abs(s.vb - (g.ub - p.effectiveGravity * p.relaxationTime)) < 1e-3)
        // It travelled with the gas: three steps of the radial inflow, not 3 Δt × 5 m/s.
        #expect(abs(s.a - r0) < 3 * dt * (abs(g0.ua) + drift) * 1.1 + 5 * p.relaxationTime)
    }
}
