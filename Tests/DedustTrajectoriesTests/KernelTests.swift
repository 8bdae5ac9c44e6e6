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
            worstExp = max(worstExp, abs(FastMath.exp(x) / Foundation.exp(x) - 1))
            x += 0.37
        }
        var y = 1e-300
        while y < 1e300 {
            worstLog = max(worstLog, abs(FastMath.log(y) - Foundation.log(y)) / max(1, abs(Foundation.log(y))))
            worstPow = max(worstPow, abs(FastMath.pow(y, 0.687) / Foundation.pow(y, 0.687) - 1))
            y *= 1.9
        }
        #expect(worstExp < 1e-14)
        #expect(worstLog < 1e-15)
        #expect(worstPow < 2e-13)  // grows with |y log x| (≈ 475 at 1e300)
        #expect(abs(FastMath.exp(-1e9) / Foundation.exp(-708.0) - 1) < 1e-14)  // clamped
    }

    @Test("tile variates: word-major groups of eight Philox blocks of the StreamKey, step after step")
    func streamLayout() {
        let key = StreamKey(seed: 0xDEAD_BEEF_1234, configuration: 3, unit: 2, sizeClass: 7, tile: 11)
        func word(_ block: UInt32, _ m: Int) -> UInt32 {
            let c = Philox4x32.block(counter: key.philoxCounter(block: block), key: key.philoxKey)
            return [c.0, c.1, c.2, c.3][m]
        }
        let x = UnsafeMutablePointer<Double>.allocate(capacity: 200 + TileRandom.slack)
        defer { x.deallocate() }
        for kind in RandomVariates.allCases {
            var tile = TileRandom(key)
            var block: UInt32 = 0
            for count in [48, 200, 8, 136] {  // per-step counts; a step starts a new group of eight blocks
                tile.fill(kind, into: x, count: count)
                func w(_ i: Int) -> UInt32 { word(block + UInt32(8 * (i / 32) + i % 8), (i % 32) / 8) }
                func half(_ i: Int) -> UInt32 {  // 16-bit value i: group of 64, word vector of 16, low/high half
                    let v = word(block + UInt32(8 * (i / 64) + i % 8), (i % 64) / 16)
                    return (i % 16) < 8 ? v & 0xFFFF : v >> 16
                }
                for i in 0..<count {
                    switch kind {
                    case .threePoint:
                        let h = half(i)
                        let expected = h < 10_922 ? -3.0.squareRoot() : (h < 21_844 ? 3.0.squareRoot() : 0)
                        if h < 65_532 { #expect(abs(x[i] - expected) < 1e-15) }
                    case .gaussian where i % 2 == 0:
                        let z = BoxMullerKernel.transform(RandomStream.uniform(w(i)), RandomStream.uniform(w(i + 1)))
                        #expect(x[i] == z.0 && x[i + 1] == z.1)
                    default: break
                    }
                }
                let perGroup = kind == .threePoint ? 64 : 32
                block += UInt32(8 * ((count + perGroup - 1) / perGroup))
            }
            #expect(tile.block == block)
        }
        // A rejected word's replacement is a valid variate and depends only on its position.
        let tile = TileRandom(key)
        let r = tile.replacement(first: 16, slot: 5)
        #expect([-3.0.squareRoot(), 0, 3.0.squareRoot()].contains { abs($0 - r) < 1e-15 })
        #expect(r == TileRandom(key).replacement(first: 16, slot: 5))
    }

    @Test("event uniforms: an 18-bit counter word per particle, higher event bits in the key, never a repeat")
    func eventStreams() {
        let rng = TileRandom(StreamKey(seed: 9, configuration: 1, unit: 2, sizeClass: 3, tile: 4))
        func block(_ particle: UInt32, _ event: UInt32, key: Philox4x32.Key) -> (Double, Double, Double, Double) {
            let c = Philox4x32.block(counter: ((particle << 18) | event, rng.words.0, rng.words.1, rng.words.2), key: key)
            return (RandomStream.uniform(c.0), RandomStream.uniform(c.1), RandomStream.uniform(c.2),
                    RandomStream.uniform(c.3))
        }
        let low = rng.eventUniforms(particle: 3, event: 5)
        #expect([low.0, low.1, low.2, low.3] == { let b = block(3, 5, key: rng.eventKey); return [b.0, b.1, b.2, b.3] }())
        // Event 2^18 + 5 used to wrap onto event 5; now it is a different block, and so is 2 · 2^18 + 5.
        var seen = Set([low.0])
        for k: Int32 in [1, 2, 100] {
            let u = rng.eventUniforms(particle: 3, event: k << 18 | 5)
            #expect(!seen.contains(u.0))
            seen.insert(u.0)
        }
    }

    @Test("three-point variates have the Gaussian moments 0, 1, 0, 3")
    func threePointMoments() {
        var tile = TileRandom(StreamKey(seed: 5))
        let n = 400_000
        let x = UnsafeMutablePointer<Double>.allocate(capacity: n + TileRandom.slack)
        defer { x.deallocate() }
        tile.fill(.threePoint, into: x, count: n)
        // About n·2⁻¹⁴ ≈ 24 half-words were rejected and repaired: every value is one of the three points.
        let root3 = 3.0.squareRoot()
        #expect((0..<n).allSatisfy { x[$0] == 0 || abs(abs(x[$0]) - root3) < 1e-15 })
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

    @Test("SIMD8 exp, log and pow give the scalar functions' bits in every lane")
    func vectorMath() {
        var x = SIMD8<Double>(), y = SIMD8<Double>()
        for j in 0..<64 {
            for k in 0..<8 {
                let t = Double(8 * j + k) / 511
                x[k] = -750 + 1470 * t * t      // −750 … 720, both clamps
                y[k] = Foundation.exp(-700 + 1400 * t)  // 1e-304 … 1e304
            }
            let e = FastMath.exp(x), l = FastMath.log(y), p = FastMath.pow(y, 0.687)
            let negative = x.replacing(with: -x, where: x .> 0)  // −|x|: −750 … 0, the lower clamp and e^0 = 1
            let d = FastMath.decayFactor(negative)
            for k in 0..<8 {
                #expect(e[k] == FastMath.exp(x[k]))
                #expect(d[k] == FastMath.exp(negative[k]))
                #expect(l[k] == FastMath.log(y[k]))
                #expect(p[k] == FastMath.pow(y[k], 0.687))
            }
        }
    }

    @Test("SIMD8 square root is the C library's correctly rounded sqrt in every lane, from 0 to 1e300")
    func vectorSquareRoot() {
        for j in 0..<200 {
            var x = SIMD8<Double>()
            for k in 0..<8 { x[k] = Foundation.pow(10, -300 + 600 * Double(8 * j + k) / 1599) * (1 + 0.37 * Double(k)) }
            let r = FastMath.squareRoot(x)
            for k in 0..<8 { #expect(r[k] == Foundation.sqrt(x[k])) }
        }
        #expect(FastMath.squareRoot(SIMD8(repeating: 0)) == SIMD8(repeating: 0))
        #expect(FastMath.squareRoot(SIMD8(repeating: 2.25)) == SIMD8(repeating: 1.5))
    }

    @Test("vector gas8 of the settler, cyclone and circulating fields equals the scalar gas lane by lane")
    func vectorGas() {
        let settlers = [SettlerFlow(length: 9, width: 3, height: 4, volumetricFlow: 12),
                        SettlerFlow(length: 9, width: 3, height: 4, trays: 2, volumetricFlow: 12,
                                    profile: .logLaw(roughnessLength: 0.01), dampedLayerFraction: 0.1)]
        let cyclone = ConventionalCycloneFlow(geometry: .standard(.stairmandHE, diameter: 1), volumetricFlow: 1.5,
                                              wallVelocity: 19.32, controlSurfaceVelocity: 25.34)
        func check<F: FlowField>(_ field: F, a: (Int) -> Double, b: (Int) -> Double) {
            for j in 0..<50 {
                var va = SIMD8<Double>(), vb = SIMD8<Double>()
                for k in 0..<8 { va[k] = a(8 * j + k); vb[k] = b(8 * j + k) }
                let g8 = field.gas8(zone: .zero, a: va, b: vb)
                for k in 0..<8 {
                    let g = field.gas(zone: 0, a: va[k], b: vb[k])
                    for (x, y) in [(g8.ua[k], g.ua), (g8.ub[k], g.ub), (g8.uc[k], g.uc), (g8.turbulence[k], g.turbulence),
                                   (g8.turbulenceGradientA[k], g.turbulenceGradientA),
                                   (g8.turbulenceGradientB[k], g.turbulenceGradientB)] {
                        #expect(abs(x - y) <= 1e-13 * max(1, abs(y)), "a = \(va[k]), b = \(vb[k]): \(x) vs \(y)")
                    }
                }
            }
        }
        for s in settlers {
            check(s, a: { Double($0) * 0.02 }, b: { -0.05 + 2.1 * Double(($0 * 37) % 400) / 400 })
        }
        let g = cyclone.geometry
        check(cyclone, a: { 1e-7 + 0.5 * Double(($0 * 53) % 400) / 400 },
              b: { -0.1 + (g.totalHeight + 0.2) * Double(($0 * 29) % 400) / 400 })
        let coneFlow = 0.15 * 8 / 0.85
        let cone = ConventionalCycloneFlow(geometry: .standard(.stairmandHE, diameter: (coneFlow / 1.5).squareRoot()),
                                           volumetricFlow: coneFlow, wallVelocity: 19.32, controlSurfaceVelocity: 25.34)
        let circulating = CirculatingCycloneFlow(radius: 1, innerRadius: 0.5, primaryLength: 4, volumetricFlow: 8,
                                                 inletWallVelocity: 25, vortexExponent: 0.7, cone: cone)
        for j in 0..<50 {  // mixed zones within each vector
            var va = SIMD8<Double>(), vb = SIMD8<Double>(), zone = SIMD8<Int32>()
            for k in 0..<8 {
                let i = 8 * j + k
                zone[k] = Int32((i * 7) % 3 == 0 ? 1 : 0)
                va[k] = 1e-7 + Double((i * 53) % 400) / 400
                vb[k] = -0.1 + 4.3 * Double((i * 29) % 400) / 400
            }
            let g8 = circulating.gas8(zone: zone, a: va, b: vb)
            for k in 0..<8 {
                let s = circulating.gas(zone: Int(zone[k]), a: va[k], b: vb[k])
                for (x, y) in [(g8.ua[k], s.ua), (g8.ub[k], s.ub), (g8.uc[k], s.uc), (g8.turbulence[k], s.turbulence)] {
                    #expect(abs(x - y) <= 1e-13 * max(1, abs(y)), "zone \(zone[k]), r = \(va[k]), z = \(vb[k])")
                }
            }
        }
    }

    @Test("the vector Ornstein–Uhlenbeck update equals the scalar one")
    func vectorDispersion() {
        let ou = OrnsteinUhlenbeckDispersion(sigma: (1.5, 1.2, 2.0), timeScale: 5e-3)
        let v = SIMD8<Double>(-1.2, -0.3, 0, 0.2, 0.7, 1.1, 2.5, -2.0)
        var l = DispersionLanes(wa: v, wb: -v, wc: 0.5 * v, timer: .zero,
                                turbulence: SIMD8(1, 0.9, 0.5, 0, 1, 0.2, 1, 0.7), gradientA: 0.3 * v, gradientB: v,
                                slipSquared: SIMD8(0, 0.01, 1, 9, 100, 900, 1e-4, 25), relaxationTime: .zero,
                                xi0: SIMD8(-1.7, 0, 1.7, 0, 0, 0.5, -0.1, 1), xi1: SIMD8(1, -1, 0, 0, 1.7, 2, -2, 0),
                                xi2: SIMD8(0, 0, 1, 1, -1, -1, 0.3, 0.4))
        let before = l
        ou.advance8(&l, dt: 1e-4)
        for k in 0..<8 {
            var wa = before.wa[k], wb = before.wb[k], wc = before.wc[k], timer = 0.0
            ou.advance(wa: &wa, wb: &wb, wc: &wc, timer: &timer,
                       gas: GasSample(ua: 0, ub: 0, uc: 0, turbulence: before.turbulence[k],
                                      turbulenceGradientA: before.gradientA[k], turbulenceGradientB: before.gradientB[k]),
                       slip: before.slipSquared[k].squareRoot(), relaxationTime: 0, dt: 1e-4,
                       xi: (before.xi0[k], before.xi1[k], before.xi2[k]))
            #expect(abs(l.wa[k] - wa) <= 1e-14 * (1 + abs(wa)))
            #expect(abs(l.wb[k] - wb) <= 1e-14 * (1 + abs(wb)))
            #expect(abs(l.wc[k] - wc) <= 1e-14 * (1 + abs(wc)))
        }
    }

    @Test("the vector random-walk update equals the scalar one bit for bit")
    func vectorRandomWalk() {
        let walk = RandomWalkDispersion(sigma: (1.5, 1.2, 2.0), timeScale: 5e-3)
        let v = SIMD8<Double>(-1.2, -0.3, 0, 0.2, 0.7, 1.1, 2.5, -2.0)
        // Lanes: eddies still alive, just expired, expired with slip fast enough to cross the eddy (ratio < 1),
        // too slow (ratio ≥ 1), no slip, no turbulence.
        var l = DispersionLanes(wa: v, wb: -v, wc: 0.5 * v, timer: SIMD8(1e-3, 5e-5, 1e-4, -1e-6, 0, 1e-4, 2e-3, 0),
                                turbulence: SIMD8(1, 0.9, 0.5, 0, 1, 0.2, 1, 0.7), gradientA: .zero, gradientB: .zero,
                                slipSquared: SIMD8(0, 0.01, 1, 9, 100, 900, 1e-4, 25),
                                relaxationTime: SIMD8(1e-3, 2e-3, 1e-2, 5e-4, 1e-1, 3e-2, 1e-3, 1e-2),
                                xi0: SIMD8(-1.7, 0, 1.7, 0, 0, 0.5, -0.1, 1), xi1: SIMD8(1, -1, 0, 0, 1.7, 2, -2, 0),
                                xi2: SIMD8(0, 0, 1, 1, -1, -1, 0.3, 0.4))
        let before = l
        walk.advance8(&l, dt: 1e-4)
        var crossed = 0
        for k in 0..<8 {
            var wa = before.wa[k], wb = before.wb[k], wc = before.wc[k], timer = before.timer[k]
            walk.advance(wa: &wa, wb: &wb, wc: &wc, timer: &timer,
                         gas: GasSample(ua: 0, ub: 0, uc: 0, turbulence: before.turbulence[k],
                                        turbulenceGradientA: 0, turbulenceGradientB: 0),
                         slip: before.slipSquared[k].squareRoot(), relaxationTime: before.relaxationTime[k], dt: 1e-4,
                         xi: (before.xi0[k], before.xi1[k], before.xi2[k]))
            #expect([l.wa[k], l.wb[k], l.wc[k], l.timer[k]] == [wa, wb, wc, timer])
            if timer > 0 && timer < 2 * walk.timeScale { crossed += 1 }
        }
        #expect(crossed >= 2)  // the crossing-time branch is exercised, not only the eddy lifetime
    }

    @Test("Wilson score interval matches published values")
    func wilson() {
        // Brown, Cai & DasGupta (2001) / standard tables: 50 of 100 → [0.4038, 0.5962]; 0 of 100 → [0, 0.0370]
        let a = WilsonScoreInterval.bounds(successes: 50, trials: 100)
        #expect(abs(a.low - 0.4038) < 1e-4 && abs(a.high - 0.5962) < 1e-4)
        let b = WilsonScoreInterval.bounds(successes: 0, trials: 100)
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
            motionKernel(field: flow, drag: SchillerNaumannDrag(), sigma: (0, 0, 0), particle: p, dt: dt, tile: tile, count: 1)
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
