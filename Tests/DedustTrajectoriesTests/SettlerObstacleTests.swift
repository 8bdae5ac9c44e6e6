import DedustNumerics
import DedustPhysics
import DedustSeparators
import Foundation
import Testing
@testable import DedustTrajectories

@Suite("Settler baffles, perforated plates and effective area")
struct SettlerObstacleTests {
    /// A particle class with relaxation time `tau`, Stokes drag (Re_p → 0) and no gravity: only the obstacle
    /// flow can bring it to a wall.
    static func inertialClass(tau: Double) -> ParticleClass {
        var p = ParticleClass(diameter: 1e-6, dynamics: ParticleDynamics(particleDensity: 2000), gas: air20)
        p.relaxationTime = tau
        p.reynoldsFactor = 1e-12
        p.effectiveGravity = 0
        p.settlingVelocity = 0
        return p
    }

    static let baffleFlow = SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 1, obstacles: [
        .baffle(SettlerBaffle(position: 2, orientation: .fromCeiling, gap: 0.25))])

    static func fields() -> [(String, SettlerFlow)] {
        let plate = SettlerPerforatedPlate(position: 1, openAreaRatio: 0.2, holeWidth: 0.02, impingementSpacing: 0.04)
        let labyrinth = (0..<4).map { k in
            SettlerObstacle.baffle(SettlerBaffle(position: 2 + 0.2 * Double(k),
                                                 orientation: k.isMultiple(of: 2) ? .fromCeiling : .fromFloor, gap: 0.2))
        }
        return [
            ("baffle from the ceiling", baffleFlow),
            ("baffle from the floor, log law",
             SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 1, profile: .logLaw(roughnessLength: 0.005),
                         obstacles: [.baffle(SettlerBaffle(position: 2, orientation: .fromFloor, gap: 0.3))])),
            ("perforated plate with impingement plate",
             SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 1, obstacles: [.perforatedPlate(plate)])),
            ("single perforated plate and a labyrinth",
             SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 1, obstacles: labyrinth + [
                .perforatedPlate(SettlerPerforatedPlate(position: 1, openAreaRatio: 0.3, holeWidth: 0.05))])),
        ]
    }

    @Test("continuity: the flux ∫u dy = U h through every cross-section, ∇·u = 0, u = 0 on plates, U h/g in a gap")
    func continuity() throws {
        for (name, flow) in Self.fields() {
            #expect(flow.problems.isEmpty, "\(name): \(flow.problems)")
            let layout = try #require(flow.layout)
            let h = flow.channelHeight, n = 20_000
            var xs = stride(from: 0.05, to: 3.95, by: 0.0373).map { $0 }
            xs += layout.stations.map { $0 + 1e-7 }
            for x in xs {
                // Midpoint rule on a fine grid; the integrand is piecewise smooth with O(1) jumps, so the error is
                // O(1/n) relative.
                let flux = (0..<n).reduce(0.0) { $0 + flow.gas(zone: 0, a: x, b: (Double($1) + 0.5) / Double(n) * h).ua }
                    * h / Double(n)
                #expect(abs(flux - flow.meanVelocity * h) < 2e-3, "\(name), x = \(x): flux \(flux)")
            }
            // Divergence by central differences at scattered points inside the obstacle region.
            let e = 1e-7
            for k in 0..<200 {
                let x = layout.stations[0] + (layout.stations.last! - layout.stations[0]) * (Double(k) + 0.37) / 200
                let y = h * (Double(k * 37 % 200) + 0.61) / 200
                let dudx = (flow.gas(zone: 0, a: x + e, b: y).ua - flow.gas(zone: 0, a: x - e, b: y).ua) / (2 * e)
                let dvdy = (flow.gas(zone: 0, a: x, b: y + e).ub - flow.gas(zone: 0, a: x, b: y - e).ub) / (2 * e)
                let scale = max(abs(dudx), abs(dvdy), 1)
                #expect(abs(dudx + dvdy) < 1e-5 * scale, "\(name), (\(x), \(y)): ∂u/∂x + ∂v/∂y = \(dudx + dvdy)")
            }
        }
        let flow = Self.baffleFlow
        #expect(flow.gas(zone: 0, a: 2, b: 0.1).ua == 4)      // gap: U h/g = 1·1/0.25
        #expect(flow.gas(zone: 0, a: 2, b: 0.6).ua == 0)      // plate
        // Worked example of SettlerObstacle: half-way through the approach (x = 2 − 0.375) at y = 0.5 and 0.1.
        let g = flow.gas(zone: 0, a: 2 - 0.375, b: 0.5)
        #expect(abs(g.ua - 0.5) < 1e-12 && abs(g.ub + 0.5 / 0.75) < 1e-12)
        #expect(abs(flow.gas(zone: 0, a: 2 - 0.375, b: 0.1).ua - 2.5) < 1e-12)
        #expect(flow.gas(zone: 0, a: 0.5, b: 0.5).ua == 1 && flow.gas(zone: 0, a: 0.5, b: 0.5).ub == 0)  // free stream
    }

    @Test("obstacles that do not fit the channel are reported with their values")
    func problems() {
        let outside = SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 1,
                                  obstacles: [.baffle(SettlerBaffle(position: 5, gap: 0.2))])
        #expect(outside.layout == nil && outside.problems.contains { $0.contains("position") && $0.contains("5.0") })
        let gap = SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 1,
                              obstacles: [.baffle(SettlerBaffle(position: 2, gap: 1.5))])
        #expect(gap.problems.contains { $0.contains("gap") && $0.contains("1.5") })
        let open = SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 1, obstacles: [
            .perforatedPlate(SettlerPerforatedPlate(position: 1, openAreaRatio: 0.6, holeWidth: 0.02,
                                                    impingementSpacing: 0.04))])
        #expect(open.problems.contains { $0.contains("0.6") })
        let overlap = SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 1, obstacles: [
            .perforatedPlate(SettlerPerforatedPlate(position: 1, openAreaRatio: 0.2, holeWidth: 0.02,
                                                    impingementSpacing: 0.5)),
            .baffle(SettlerBaffle(position: 1.2, gap: 0.2))])
        #expect(overlap.problems.contains { $0.contains("overlap") })
        let kA = SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 1, effectiveAreaFactor: 0)
        #expect(kA.problems.contains { $0.contains("effective-area") })
        // A baffle 0.1 m from the inlet with a gap of 0.25 m turns the gas over h − g = 0.75 m: its field would
        // reach the inlet, where particles enter with the undisturbed profile.
        let early = SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 1,
                                obstacles: [.baffle(SettlerBaffle(position: 0.1, gap: 0.25))])
        #expect(early.layout == nil)
        #expect(early.problems.contains { $0.contains("upstream of the inlet") && $0.contains("x = -0.65") },
                "\(early.problems)")
        let justInside = SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 1,
                                     obstacles: [.baffle(SettlerBaffle(position: 0.75, gap: 0.25))])
        #expect(justInside.problems.isEmpty, "\(justInside.problems)")
    }

    /// Grade efficiency of inertial, weightless particles (`taus`) in `flow`, dispersion off.
    static func captured(_ flow: SettlerFlow, taus: [Double], particles: Int = 1024, seed: UInt64 = 31) -> [TrajectoryTally] {
        let sim = TrajectorySimulation(field: .settler(flow), dispersion: .none,
                                       settings: TrajectorySettings(particlesPerClass: particles, ciHalfWidth: 0.2,
                                                                    maxParticlesPerClass: particles))
        return sim.run(classes: taus.map(inertialClass), stream: StreamKey(seed: seed)).tallies
    }

    @Test("a baffle with dispersion off: tracers pass, particles that cannot turn hit it or the floor before the gap")
    func baffleCapture() {
        // In front of the plate the gas decelerates linearly, u = U (x_b − x)/ℓ (ℓ = h − g = 0.75 m): a weightless
        // particle reaches the plate only if τ U/ℓ > 1/4 (stagnation-flow criterion), i.e. τ > 0.19 s. Heavier ones
        // carried down toward the gap also strike the floor in front of it; the ballistic limit τ → ∞ is the
        // blocked share of the flux, 1 − g/h = 0.75.
        let taus = [2.5e-5, 0.1, 0.5, 1, 10]
        for orientation in [SettlerBaffle.Orientation.fromCeiling, .fromFloor] {
            let flow = SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 1, obstacles: [
                .baffle(SettlerBaffle(position: 2, orientation: orientation, gap: 0.25))])
            let t = Self.captured(flow, taus: taus)
            let eta = t.map(\.efficiency)
            #expect(t.allSatisfy { $0.undecided == 0 })
            #expect(eta[0] == 0 && eta[1] == 0, "\(orientation): η = \(eta) (τ U/ℓ < 1/4 must all pass)")
            #expect(eta[2] > 0.3 && eta[3] > eta[2], "\(orientation): η = \(eta)")
            #expect(abs(eta[4] - 0.75) < 0.05, "\(orientation): η(τ = 10 s) = \(eta[4]), ballistic 0.75")
        }
    }

    /// Under turbulence a plate deposits what strikes it by inertia, not what the eddies carry to it: tracers
    /// (weightless, τ = 1e-7 s) in the default Langevin dispersion touch the baffle (without the impaction
    /// probability 1.1–1.4 % of them were captured there, measured in the review of this change) but are
    /// reflected; particles that cannot turn (τ = 10 s) still strike it as without turbulence.
    @Test("a plate under turbulence: tracers that touch it are reflected, inertial particles still deposit")
    func plateUnderTurbulence() {
        let flow = SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 1, obstacles: [
            .baffle(SettlerBaffle(position: 2, orientation: .fromCeiling, gap: 0.25))])
        let sim = TrajectorySimulation(field: .settler(flow), dispersion: .ornsteinUhlenbeck(),
                                       settings: TrajectorySettings(particlesPerClass: 4096, ciHalfWidth: 0.2,
                                                                    maxParticlesPerClass: 4096))
        let t = sim.run(classes: [Self.inertialClass(tau: 1e-7), Self.inertialClass(tau: 10)],
                        stream: StreamKey(seed: 41)).tallies
        #expect(t.allSatisfy { $0.undecided == 0 })
        #expect(t[0].captured <= 4, "tracers captured: \(t[0].captured) of \(t[0].particles)")
        #expect(abs(t[1].efficiency - 0.75) < 0.05, "τ = 10 s: η = \(t[1].efficiency), ballistic 0.75")
    }

    /// Impactor stage on its own (Marple & Liu's set-up): particles enter uniformly across one slot exit with
    /// the jet velocity, Stokes drag, no gravity, no dispersion; the fraction that touches the impingement plate.
    static func jetEfficiency(stokes: Double, turningLengthRatio: Double = 1, stepFraction: Double = 0.05,
                              count n: Int = 400) -> Double {
        // h = 0.1 m, φ = 0.2, W = 4 mm ⇒ 5 slots at pitch 20 mm; U = 1 m/s ⇒ U_j = 5 m/s; S = 2 W.
        let w = 0.004, uj = 5.0, xp = 0.5, s = 2 * w
        let flow = SettlerFlow(length: 1, width: 1, height: 0.1, volumetricFlow: 0.1, obstacles: [
            .perforatedPlate(SettlerPerforatedPlate(position: xp, openAreaRatio: 0.2, holeWidth: w,
                                                    impingementSpacing: s, turningLengthRatio: turningLengthRatio))],
                               obstacleStepFraction: stepFraction)
        let particle = inertialClass(tau: stokes * w / (2 * uj))
        let engine = TrajectoryEngine(field: flow, dispersion: NoDispersion(), wall: CaptureOnContact(), drag: SchillerNaumannDrag())
        let tile = ParticleTile(capacity: n)
        let centre = 0.05  // the middle slot
        for i in 0..<n {
            let y = centre + w * ((Double(i) + 0.5) / Double(n) - 0.5)
            tile.store(ParticleState(a: xp + 1e-9, b: y, va: uj, vb: 0, vc: 0), i)
            tile.previousA[i] = xp + 1e-9
            tile.previousB[i] = y
        }
        let rng = TileRandom(StreamKey(seed: 1))
        var tally = TrajectoryTally()
        let dt = engine.timeStep
        var steps = 0
        while tile.active > 0 && steps < 20_000 {
            stepKernel(field: flow, dispersion: NoDispersion(), drag: SchillerNaumannDrag(), particle: particle, dt: dt, tile: tile, count: tile.active)
            engine.resolve(tile: tile, particle: particle, rng: rng, tally: &tally)
            // Past the impingement plate the particle has escaped the stage.
            var i = 0
            while i < tile.active {
                if tile.a[i] > xp + s + 1e-6 {
                    tally.escaped += 1
                    tile.active -= 1
                    tile.swapSlots(i, tile.active)
                } else { i += 1 }
            }
            steps += 1
        }
        return Double(tally.captured) / Double(n)
    }

    /// Stk where the jet efficiency crosses 0.5 (log-linear interpolation between bracketing Stokes numbers).
    static func cutStokes(turningLengthRatio: Double = 1, stepFraction: Double = 0.05) -> Double? {
        let grid = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 1.0, 1.2, 1.5, 1.8, 2.2]
        var previous: (Double, Double)? = nil
        for stk in grid {
            let eta = jetEfficiency(stokes: stk, turningLengthRatio: turningLengthRatio, stepFraction: stepFraction)
            if let (s0, e0) = previous, e0 < 0.5, eta >= 0.5 {
                let f = (0.5 - e0) / (eta - e0)
                return exp(log(s0) + f * (log(stk) - log(s0)))
            }
            previous = (stk, eta)
        }
        return nil
    }

    @Test("perforated-plate jet onto the impingement plate: cut Stokes number vs Marple & Liu's slot Stk₅₀ = 0.59")
    func jetCut() throws {
        // Reference: Marple & Liu (1974), rectangular jets, Stk₅₀ = 0.59 (√Stk₅₀ = 0.77), Stk = ρ_p C_c x² U_j/(9 μ W)
        // = 2 τ U_j/W (physics.md §3.5). The reduced-order jet with its default, uncalibrated stagnation region
        // δ = W/2 gives Stk₅₀ = 0.385 (0.40 with a 5× finer step; √Stk₅₀ = 0.62 against 0.77, a cut size 19 %
        // small): its linear core (strain U_j/δ) lets no particle below Stk = 0.25 reach the plate and turns the
        // gas more sharply than the viscous jet of the reference. Tolerance ±40 % in Stk₅₀ (±23 % in cut size),
        // the accuracy claimed in the docs for this reduced-order field.
        let stk50 = try #require(Self.cutStokes())
        #expect(abs(stk50 / 0.59 - 1) < 0.4, "simulated slot-jet Stk₅₀ = \(stk50), Marple–Liu 0.59")
        // And the model's own value (a change of the default stagnation region would move it): 0.385–0.40.
        #expect(abs(stk50 - 0.39) < 0.03, "default δ = W/2: Stk₅₀ = \(stk50), measured 0.385 (0.40 finer steps)")
        // Documented calibration: δ = 0.75 W (ratio 1.5) reproduces Stk₅₀ = 0.59 (measured 0.589).
        let calibrated = try #require(Self.cutStokes(turningLengthRatio: 1.5))
        #expect(abs(calibrated / 0.59 - 1) < 0.1, "δ = 0.75 W: Stk₅₀ = \(calibrated)")
        // The axis particle of the linear core reaches the plate only for a τ > 1/4 ⇔ Stk > δ/(2W) = 0.25.
        #expect(Self.jetEfficiency(stokes: 0.2) == 0)
        #expect(Self.jetEfficiency(stokes: 3) > 0.95)
    }

    @Test("perforated plate in the channel, dispersion off: tracers pass the jets, heavy particles are all caught")
    func plateInChannel() {
        let plate = SettlerPerforatedPlate(position: 0.4, openAreaRatio: 0.2, holeWidth: 0.02, impingementSpacing: 0.04)
        let flow = SettlerFlow(length: 1, width: 1, height: 0.2, volumetricFlow: 0.2, obstacles: [.perforatedPlate(plate)])
        // Jet Stk = 2 τ U_j/W with U_j = 5 m/s, W = 0.02 m: 2.5e-4, 5, 500.
        let t = Self.captured(flow, taus: [5e-7, 0.01, 1], particles: 256)
        #expect(t[0].captured == 0 && t[0].undecided == 0)
        #expect(t[1].efficiency > 0.9 && t[2].efficiency == 1, "\(t.map(\.efficiency))")
        // A single plate catches at most its web's share 1 − φ of the heavy particles.
        let single = SettlerFlow(length: 1, width: 1, height: 0.2, volumetricFlow: 0.2, obstacles: [
            .perforatedPlate(SettlerPerforatedPlate(position: 0.4, openAreaRatio: 0.2, holeWidth: 0.02))])
        let s = Self.captured(single, taus: [5e-7, 1], particles: 256)
        #expect(s[0].captured == 0)
        #expect(s[1].efficiency > 0.7 && s[1].efficiency < 0.8 + 0.04, "single plate, ballistic: \(s[1].efficiency)")
    }

    @Test("effective-area factor k_A with dispersion off reproduces min(1, k_A v_t L W/Q) for every class")
    func effectiveArea() throws {
        let dynamics = ParticleDynamics(particleDensity: 2000)
        let flow = SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 0.25, effectiveAreaFactor: 0.5)
        #expect(flow.meanVelocity == 0.5)
        let sim = TrajectorySimulation(field: .settler(flow), dispersion: .none,
                                       settings: TrajectorySettings(particlesPerClass: 1000, ciHalfWidth: 0.05,
                                                                    maxParticlesPerClass: 1000))
        let diameters = [8.0, 14, 20, 28, 40].map { $0 * 1e-6 }
        let result = sim.run(diameters: diameters, particleDensity: 2000, gas: air20, stream: StreamKey(seed: 13))
        for (i, d) in diameters.enumerated() {
            let reference = min(1, 0.5 * dynamics.terminalVelocity(diameter: d, gas: air20) * 4 * 1 / 0.25)
            let (low, high) = interval999(result.tallies[i])
            #expect(low - 0.005 <= reference && reference <= high + 0.005,
                    "x = \(d) m: k_A laminar η = \(reference), trajectories \(result.gradeEfficiency[i]) [\(low), \(high)]")
        }
        // The scenario-facing model: the chamber's k_A against the correlation model's laminar law.
        let grid = try SizeGrid.logSpaced(from: 10e-6, to: 60e-6, classes: 5)
        let chamber = GravitySettler(length: 4, width: 1, height: 1, mixing: .laminar, effectiveAreaFactor: 0.6)
        let model = TrajectorySettler(chamber: chamber, dispersion: .none,
                                      settings: TrajectorySettings(particlesPerClass: 800, maxParticlesPerClass: 800))
        let inlet = TrajectoryModelTests.inlet(flow: 0.5, grid: grid)
        let r = try model.evaluate(inlet, context: EvaluationContext(seed: 3))
        let laminar = try chamber.evaluate(inlet, context: EvaluationContext()).gradeEfficiency
        let low = try #require(r.confidenceLow), high = try #require(r.confidenceHigh)
        for i in 0..<grid.count {
            #expect(low[i] - 0.02 <= laminar[i] && laminar[i] <= high[i] + 0.02,
                    "class \(i): trajectory \(r.gradeEfficiency[i]), correlation (laminar, k_A = 0.6) \(laminar[i])")
        }
        #expect(!r.warnings.contains { $0.contains("ignores") || $0.contains("effective") })
        #expect(r.details["mean_velocity_m_per_s"] == 0.5 / 0.6)
    }

    @Test("TrajectorySettler maps a carried perforated or labyrinth baffle to obstacles; unmodelled ones warn")
    func carriedBaffle() throws {
        let grid = try SizeGrid.logSpaced(from: 2e-6, to: 100e-6, classes: 4)
        let inlet = TrajectoryModelTests.inlet(flow: 0.5, grid: grid)
        let settings = TrajectorySettings(particlesPerClass: 256, maxParticlesPerClass: 256)
        let plate = PerforatedBaffle(plateArea: 1, zones: [PerforationZone(openAreaRatio: 0.25, holeSize: 0.025,
                                                                           shape: .slot)],
                                     target: .downstreamWall)
        let chamber = GravitySettler(length: 4, width: 1, height: 1, mixing: .laminar, baffle: plate, baffleLocation: 0.5)
        let model = TrajectorySettler(chamber: chamber, dispersion: .none, settings: settings)
        let mapped = model.obstacles(channelHeight: 1)
        #expect(mapped.unmodelled == nil)
        #expect(mapped.obstacles == [.perforatedPlate(SettlerPerforatedPlate(position: 2, openAreaRatio: 0.25,
                                                                             holeWidth: 0.025, impingementSpacing: 0.05))])
        let r = try model.evaluate(inlet, context: EvaluationContext(seed: 4))
        #expect(!r.warnings.contains { $0.contains("ignore") })
        #expect(r.details["trajectory_slot_count"] == 10 && r.details["trajectory_jet_velocity_m_per_s"] == 2)
        let plain = try TrajectorySettler(chamber: GravitySettler(length: 4, width: 1, height: 1, mixing: .laminar),
                                          dispersion: .none, settings: settings)
            .evaluate(inlet, context: EvaluationContext(seed: 4))
        // Class index 2 (≈ 23 µm, jet Stk ≈ 0.52, above the model's Stk₅₀ = 0.385) is mostly caught by the jets;
        // class index 1 (≈ 8.7 µm, Stk ≈ 0.074 < 0.25, below the linear core's threshold) is not.
        #expect(r.gradeEfficiency[2] > plain.gradeEfficiency[2] + 0.3 && abs(r.gradeEfficiency[1] - plain.gradeEfficiency[1]) < 0.05,
                "with plate \(r.gradeEfficiency), without \(plain.gradeEfficiency)")
        // Round holes become slots of the same Marple–Liu cut size: W = 0.407 D.
        let round = TrajectorySettler(chamber: GravitySettler(length: 4, width: 1, height: 1, baffle: PerforatedBaffle(
            plateArea: 1, zones: [PerforationZone(openAreaRatio: 0.2, holeSize: 0.05)]), baffleLocation: 0.3))
        guard case let .perforatedPlate(p) = try #require(round.obstacles(channelHeight: 1).obstacles.first) else {
            Issue.record("round-hole baffle not mapped to a plate")
            return
        }
        #expect(abs(p.holeWidth - 0.05 * 0.24 / 0.59) < 1e-12 && p.impingementSpacing == nil && p.position == 1.2)
        // A 180° labyrinth → alternating baffles; a 90° one is not modelled and warns.
        let labyrinth = TrajectorySettler(chamber: GravitySettler(length: 4, width: 1, height: 1, baffle: LabyrinthBaffle(
            turns: 3, channelWidth: 0.2, channelHeight: 1)))
        let baffles = labyrinth.obstacles(channelHeight: 1).obstacles
        #expect(baffles == [1.8, 2.0, 2.2].enumerated().map { k, x in
            .baffle(SettlerBaffle(position: x, orientation: k == 1 ? .fromFloor : .fromCeiling, gap: 0.2))
        })
        let bent = TrajectorySettler(chamber: GravitySettler(length: 4, width: 1, height: 1, baffle: LabyrinthBaffle(
            turns: 3, turnAngle: .pi / 2, channelWidth: 0.2, channelHeight: 1)), dispersion: .none, settings: settings)
        let w = try bent.evaluate(inlet, context: EvaluationContext(seed: 4)).warnings
        #expect(w.contains { $0.contains("labyrinth") && $0.contains("ignored") })
    }

    /// The plug-flow settler field exactly as it was before obstacles and k_A were added (commit d81458a), so
    /// the test below can show that the obstacle-free path is unchanged whatever the kernels become.
    struct PlainSettler: FlowField {
        let length = 4.0, channel = 1.0, mean = 0.5
        var coordinates: CoordinateSystem { .cartesian }
        var zoneCount: Int { 1 }
        var inletZone: Int { 0 }
        var timeStep: Double { length / mean / 400 }
        var timeLimit: Double { 20 * length / mean }
        var referenceVelocity: Double { mean }
        var defaultTurbulenceIntensity: (a: Double, b: Double, c: Double) { (0.05, 0.05, 0.05) }
        var defaultIntegralTimeScale: Double { SettlerFlow.karman * channel / (6 * 0.05) / mean }
        var lengthScale: Double { channel }
        var turbulenceLengthScale: Double { .infinity }
        func inject(zone: Int, uniforms: (Double, Double, Double, Double)) -> (a: Double, b: Double) { (0, uniforms.0 * channel) }
        func gas(zone: Int, a: Double, b: Double) -> GasSample { GasSample(ua: mean, ub: 0, uc: 0) }
        func gas8(zone: SIMD8<Int32>, a: SIMD8<Double>, b: SIMD8<Double>) -> GasLanes {
            GasLanes(ua: SIMD8(repeating: mean), ub: .zero, uc: .zero)
        }
        func isInterior(zone: Int, previousA: Double, previousB: Double, a: Double, b: Double) -> Bool {
            b > 0 && b < channel && a < length
        }
        func resolve(zone: Int, previousA: Double, previousB: Double, state s: inout ParticleState) -> ParticleFate {
            if s.b <= 0 {
                s.b = -s.b
                return .wallContact(normalIsA: false, settlingFloor: true)
            }
            if s.b >= channel {
                s.b = 2 * channel - s.b
                s.vb = -s.vb
                s.wb = -s.wb
            }
            return s.a >= length ? .escaped : .active
        }
    }

    @Test("no obstacles and k_A = 1: tallies bit-identical to the pre-obstacle settler field, with and without dispersion")
    func obstacleFreeUnchanged() {
        let flow = SettlerFlow(length: 4, width: 1, height: 1, volumetricFlow: 0.5, effectiveAreaFactor: 1)
        #expect(flow.layout == nil && flow.timeStep == PlainSettler().timeStep)
        let classes = TrajectorySimulation(field: .settler(flow)).classes(diameters: [5e-6, 20e-6, 40e-6],
                                                                           particleDensity: 2000, gas: air20)
        let settings = TrajectorySettings(particlesPerClass: 512, ciHalfWidth: 0.2, maxParticlesPerClass: 512,
                                          tileSize: 256)
        let ou = OrnsteinUhlenbeckDispersion(sigma: (0.025, 0.025, 0.025), timeScale: SettlerFlow.karman / (6 * 0.05) / 0.5)
        let new = TrajectoryEngine(field: flow, dispersion: ou, wall: CaptureOnContact(), drag: SchillerNaumannDrag(), settings: settings)
        let old = TrajectoryEngine(field: PlainSettler(), dispersion: ou, wall: CaptureOnContact(), drag: SchillerNaumannDrag(), settings: settings)
        let key = StreamKey(seed: 5)
        #expect(new.run(classes: classes, stream: key).tallies == old.run(classes: classes, stream: key).tallies)
        let newOff = TrajectoryEngine(field: flow, dispersion: NoDispersion(), wall: CaptureOnContact(), drag: SchillerNaumannDrag(), settings: settings)
        let oldOff = TrajectoryEngine(field: PlainSettler(), dispersion: NoDispersion(), wall: CaptureOnContact(), drag: SchillerNaumannDrag(),
                                      settings: settings)
        #expect(newOff.run(classes: classes, stream: key).tallies == oldOff.run(classes: classes, stream: key).tallies)
    }

    @Test("with a baffle and dispersion the tallies are bit-identical for 1 and 2 threads")
    func threadInvarianceWithBaffle() {
        let sim = TrajectorySimulation(field: .settler(Self.baffleFlow), dispersion: .ornsteinUhlenbeck(),
                                       settings: TrajectorySettings(particlesPerClass: 1024, ciHalfWidth: 0.2,
                                                                    maxParticlesPerClass: 1024, tileSize: 256))
        let d = [3e-6, 30e-6, 100e-6]  // four tiles per class: the schedule really differs between 1 and 2 threads
        let one = sim.run(diameters: d, particleDensity: 2000, gas: air20, stream: StreamKey(seed: 8), threads: 1)
        let two = sim.run(diameters: d, particleDensity: 2000, gas: air20, stream: StreamKey(seed: 8), threads: 2)
        #expect(one.tallies == two.tallies)
        #expect(one.total.undecided == 0)
    }
}
