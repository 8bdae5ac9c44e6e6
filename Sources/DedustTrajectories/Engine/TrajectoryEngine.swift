import DedustNumerics
import DedustPhysics
import DedustSeparators
import Foundation

/// Counts of one tile or one size class. Every counter has its entry in ``counters`` (key, words, what one
/// count is, whether the reports show it), which sums tallies and feeds ``SimulationStatistics``: a new
/// counter is its property, its entry there, and its increment in the kernel.
public struct TrajectoryTally: Sendable, Equatable {
    public var particles = 0
    public var captured = 0
    public var escaped = 0
    public var undecided = 0
    public var particleSteps = 0
    public var transfers = 0

    public init() {}

    static func + (x: TrajectoryTally, y: TrajectoryTally) -> TrajectoryTally {
        var s = x
        for c in counters { s[keyPath: c.count] += y[keyPath: c.count] }
        return s
    }

    /// Captured fraction; undecided particles count as not captured here and widen the interval.
    public var efficiency: Double { particles > 0 ? Double(captured) / Double(particles) : 0 }

    /// 95 % interval: Wilson score lower bound of captured/n, Wilson score upper bound of (captured + undecided)/n.
    public var interval: (low: Double, high: Double) {
        (WilsonScoreInterval.bounds(successes: captured, trials: particles).low,
         WilsonScoreInterval.bounds(successes: captured + undecided, trials: particles).high)
    }
}

/// The Lagrangian engine, specialised for one flow field, dispersion model, wall interaction and drag law.
///
/// Work items are (size class × tile); each tile has its own counter-based random stream
/// `StreamKey(seed, configuration, unit, class, tile)`, and tallies are integers summed in item order, so
/// grade efficiencies are bit-identical for any thread count and schedule. Each tile runs a few kernels per
/// step: the variates in bulk (``TileRandom``), the step kernels (``stepKernel``) and the boundary pass
/// with compaction of finished particles.
public struct TrajectoryEngine<Field: FlowField, Disp: Dispersion, Wall: WallInteraction, Drag: VectorDragLaw>: Sendable {
    public var field: Field
    public var dispersion: Disp
    public var wall: Wall
    /// Drag law of the step kernel and of the centrifugal drift at cyclone walls.
    public var drag: Drag
    public var settings: TrajectorySettings

    public init(field: Field, dispersion: Disp, wall: Wall, drag: Drag,
                settings: TrajectorySettings = TrajectorySettings()) {
        self.field = field
        self.dispersion = dispersion
        self.wall = wall
        self.drag = drag
        self.settings = settings
    }

    /// True when the dispersion model draws random increments.
    var usesVariates: Bool {
        let s = dispersion.sigma
        return s.a != 0 || s.b != 0 || s.c != 0
    }

    /// Time step: the field's, times the settings' factor, and with dispersion at most T_L/5 and at most
    /// a fifth of the turbulence length scale over σ.
    public var timeStep: Double {
        var dt = field.timeStep * settings.timeStepFactor
        if usesVariates {
            let s = dispersion.sigma
            dt = Swift.min(dt, 0.2 * dispersion.timeScale * settings.timeStepFactor)
            let sigmaMax = Swift.max(s.a, s.b, s.c)
            dt = Swift.min(dt, 0.2 * field.turbulenceLengthScale / sigmaMax * settings.timeStepFactor)
        }
        return dt
    }

    /// Steps a particle takes at most (the field's time limit over the time step; +∞ or NaN for a degenerate
    /// field, which ``TrajectoryCost`` reports before anything runs).
    public var stepsPerParticle: Double { Swift.max(1, (field.timeLimit / timeStep).rounded(.up)) }

    /// The most work `run(classes:)` can do for `classCount` size classes (see ``TrajectoryCost``).
    public func cost(classCount: Int) -> TrajectoryCost {
        let tileParticles = Swift.min(settings.tileSize, settings.particlesPerClass)
        let tilesPerRound = (settings.particlesPerClass + tileParticles - 1) / tileParticles
        let maxTiles = Swift.max(tilesPerRound, settings.maxParticlesPerClass / tileParticles)
        return TrajectoryCost(classes: classCount, particlesPerClass: maxTiles * tileParticles, tileParticles: tileParticles,
                              stepsPerParticle: stepsPerParticle, timeStep: timeStep, timeLimit: field.timeLimit)
    }

    /// Tracks one tile of `count` particles of `particle` and returns its tally.
    public func simulateTile(particle: ParticleClass, count n: Int, stream key: StreamKey) -> TrajectoryTally {
        let tile = ParticleTile(capacity: n)
        var rng = TileRandom(key)
        for i in 0..<n {
            tile.identity[i] = Int32(i)
            inject(slot: i, zone: field.inletZone, tile: tile, rng: rng)
        }
        var tally = TrajectoryTally()
        tally.particles = n
        let dt = timeStep
        let maxSteps = TrajectoryCost.representableSteps(stepsPerParticle)
        let stride = field.coordinates == .cylindrical ? 3 : 2
        let variates = usesVariates
        var step = 0
        while tile.active > 0 && step < maxSteps {
            let active = tile.active
            if variates {
                rng.fill(settings.variates, into: tile.variates, count: stride * variatePlane(count: active))
            }
            stepKernel(field: field, dispersion: dispersion, drag: drag, particle: particle, dt: dt, tile: tile,
                       count: active)
            tally.particleSteps += active
            resolve(tile: tile, particle: particle, rng: rng, tally: &tally)
            step += 1
        }
        tally.undecided = tile.active
        return tally
    }

    /// Puts a new particle into `slot` at the inlet of `zone`, moving with the gas, with a stationary
    /// seen-velocity fluctuation.
    func inject(slot i: Int, zone: Int, tile: ParticleTile, rng: TileRandom) {
        let u = rng.eventUniforms(particle: tile.identity[i], event: tile.events[i])
        let w = rng.eventUniforms(particle: tile.identity[i], event: tile.events[i] &+ 1)
        tile.events[i] &+= 2
        let p = field.inject(zone: zone, uniforms: u)
        let g = field.gas(zone: zone, a: p.a, b: p.b)
        let r1 = (-2 * Foundation.log(w.0)).squareRoot(), r2 = (-2 * Foundation.log(w.2)).squareRoot()
        tile.zone[i] = Int32(zone)
        tile.store(ParticleState(a: p.a, b: p.b, va: g.ua, vb: g.ub, vc: g.uc,
                                 wa: r1 * Foundation.cos(2 * .pi * w.1), wb: r1 * Foundation.sin(2 * .pi * w.1),
                                 wc: r2 * Foundation.cos(2 * .pi * w.3)), i)
        tile.timer[i] = 0
        tile.previousA[i] = p.a
        tile.previousB[i] = p.b
    }

    /// Centrifugal drift v_d (m/s) of `particle` in the acceleration `a` (m/s²): the terminal velocity with the
    /// step kernel's drag law, the root of v f(Re) = τ a with Re = (ρ x/μ) v and τ including Cunningham slip
    /// (physics.md §4.1; ``DragLaw/terminalSlip(stokesSpeed:reynoldsFactor:)``). Example (Schiller–Naumann):
    /// τ = 26.52 µs, a = 746.5 m/s² (x = 2 µm, ρ_p = 2000, air 20 °C, Re ≈ 0.003) → v_d = 0.01975 m/s (0.25 % below
    /// τ a); x = 10 µm (τ = 622.8 µs, Re = 0.29, f = 1.064) → 0.4369 m/s.
    public func driftVelocity(particle: ParticleClass, acceleration a: Double) -> Double {
        drag.terminalSlip(stokesSpeed: particle.relaxationTime * Swift.max(a, 0), reynoldsFactor: particle.reynoldsFactor)
    }

    /// Boundary pass: reflections, wall contacts, exits and transfers; finished particles are swapped
    /// behind the active range.
    ///
    /// The field's cheap `isInterior` test runs first over the whole active range as one branch-free loop
    /// (vectorised by LLVM for plain comparisons such as the settler's), leaving a byte per slot; the scan
    /// then skips eight interior particles at a time and calls `resolve` only for the others.
    func resolve(tile: ParticleTile, particle: ParticleClass, rng: TileRandom, tally: inout TrajectoryTally) {
        var i = 0, last = tile.active
        let A = tile.a, B = tile.b, PA = tile.previousA, PB = tile.previousB, Z = tile.zone, flags = tile.interior
        for k in 0..<last {
            flags[k] = field.isInterior(zone: Int(Z[k]), previousA: PA[k], previousB: PB[k], a: A[k], b: B[k]) ? 1 : 0
        }
        while i < last {
            if i &+ 8 <= last, UnsafeRawPointer(flags + i).loadUnaligned(as: UInt64.self) == 0x0101_0101_0101_0101 {
                i += 8
                continue
            }
            if flags[i] != 0 {
                i += 1
                continue
            }
            var s = tile.state(i)
            /// A particle deposited on a collecting wall meets the wall interaction: captured, or it rebounds with
            /// its normal velocity times −e.
            func meetWall(_ u: Double, normalIsA: Bool) {
                if wall.captures(uniform: u) {
                    tally.captured += 1
                    last -= 1
                    tile.swapSlots(i, last)
                } else {
                    if normalIsA { s.va *= -wall.restitution } else { s.vb *= -wall.restitution }
                    tile.store(s, i)
                    i += 1
                }
            }
            switch field.resolve(zone: Int(tile.zone[i]), previousA: tile.previousA[i], previousB: tile.previousB[i],
                                 state: &s) {
            case .active:
                tile.store(s, i)
                i += 1
            case .captured:
                tally.captured += 1
                last -= 1
                tile.swapSlots(i, last)
            case .escaped:
                tally.escaped += 1
                last -= 1
                tile.swapSlots(i, last)
            case let .wallContact(normalIsA, settlingFloor):
                let u = rng.eventUniforms(particle: tile.identity[i], event: tile.events[i])
                tile.events[i] &+= 1
                var deposits = true
                if settlingFloor {
                    let g = field.gas(zone: Int(tile.zone[i]), a: s.a, b: 0)
                    let m = WilsonFerrandinoThurtellDeposition.meanArrivalSpeed(sigma: dispersion.sigma.b * g.turbulence)
                    deposits = u.1 < WilsonFerrandinoThurtellDeposition.depositionProbability(
                        meanArrivalSpeed: m, depositionVelocity: particle.settlingVelocity)
                }
                if !deposits {  // reflected by the turbulence above the settling floor: moving up
                    s.vb = abs(s.vb)
                    s.wb = abs(s.wb)
                    tile.store(s, i)
                    i += 1
                } else {
                    meetWall(u.0, normalIsA: normalIsA)
                }
            case let .plateContact(away):
                let u = rng.eventUniforms(particle: tile.identity[i], event: tile.events[i])
                tile.events[i] &+= 1
                let g = field.gas(zone: Int(tile.zone[i]), a: s.a, b: s.b)
                let m = WilsonFerrandinoThurtellDeposition.meanArrivalSpeed(sigma: dispersion.sigma.a * g.turbulence)
                // The step's slip through the gas the particle saw (left by the motion kernel): its inertial
                // approach; a tracer has none. (The gas at the mirrored end point would count the stagnating
                // mean flow's change over one step as slip.)
                let impaction = tile.slipSquared[i].squareRoot()
                if m > 0 && !(u.1 < WilsonFerrandinoThurtellDeposition.depositionProbability(
                    meanArrivalSpeed: m, depositionVelocity: impaction)) {
                    s.va = away * abs(s.va)  // reflected by the turbulence in front of the plate
                    s.wa = away * abs(s.wa)
                    tile.store(s, i)
                    i += 1
                } else {
                    meetWall(u.0, normalIsA: true)
                }
            case let .centrifugalWall(acceleration, onDeposit):
                let g = field.gas(zone: Int(tile.zone[i]), a: s.a, b: s.b)
                let m = WilsonFerrandinoThurtellDeposition.meanArrivalSpeed(sigma: dispersion.sigma.a * g.turbulence)
                // Variates only where a decision is drawn (a transfer without turbulence draws none, as before).
                var u = (1.0, 1.0, 1.0, 1.0)
                if m > 0 || onDeposit == .wallInteraction {
                    u = rng.eventUniforms(particle: tile.identity[i], event: tile.events[i])
                    tile.events[i] &+= 1
                }
                let deposits = m <= 0
                    || u.1 < WilsonFerrandinoThurtellDeposition.depositionProbability(
                        meanArrivalSpeed: m,
                        depositionVelocity: driftVelocity(particle: particle, acceleration: acceleration))
                if !deposits {  // reflected by the turbulence next to the wall: moving inward
                    s.va = -abs(s.va)
                    s.wa = -abs(s.wa)
                    tile.store(s, i)
                    i += 1
                    continue
                }
                switch onDeposit {
                case .captured:
                    tally.captured += 1
                    last -= 1
                    tile.swapSlots(i, last)
                case let .transfer(zone):
                    tally.transfers += 1
                    inject(slot: i, zone: zone, tile: tile, rng: rng)
                    i += 1
                case .wallInteraction:
                    meetWall(u.0, normalIsA: true)
                }
            case let .transfer(zone):
                tally.transfers += 1
                inject(slot: i, zone: zone, tile: tile, rng: rng)
                i += 1
            }
        }
        tile.active = last
    }

    /// Grade efficiency per class for `classes`, with adaptive rounds (see ``TrajectorySettings``): each round
    /// computes, for every class whose interval is still too wide, its next `particlesPerClass` particles (in
    /// tiles, all of a round's tiles in parallel), then decides again from the tallies. The work of every round
    /// is recorded in ``TrajectoryResult/rounds``.
    public func run(classes: [ParticleClass], stream: StreamKey, threads: Int? = nil,
                    progress: (@Sendable (Double) -> Void)? = nil) -> TrajectoryResult {
        precondition(classes.allSatisfy { $0.dragLaw == drag.name },
                     "particle classes prepared with another drag law than the engine's \(drag.name)")
        let start = DispatchTime.now().uptimeNanoseconds
        let tileParticles = Swift.min(settings.tileSize, settings.particlesPerClass)
        let tilesPerRound = (settings.particlesPerClass + tileParticles - 1) / tileParticles
        let maxTiles = Swift.max(tilesPerRound, settings.maxParticlesPerClass / tileParticles)
        var tallies = [TrajectoryTally](repeating: TrajectoryTally(), count: classes.count)
        var tilesDone = [Int](repeating: 0, count: classes.count)
        var rounds: [TrajectoryRound] = []
        let planned = Double(classes.count * maxTiles)
        let reporter = ProgressMeter(report: progress)
        while true {
            var items: [(cls: Int, tile: Int)] = []
            for c in classes.indices {
                let (low, high) = tallies[c].interval
                let needsMore = tilesDone[c] == 0 || ((high - low) / 2 > settings.ciHalfWidth && tilesDone[c] < maxTiles)
                guard needsMore else { continue }
                for k in 0..<Swift.min(tilesPerRound, maxTiles - tilesDone[c]) { items.append((c, tilesDone[c] + k)) }
            }
            if items.isEmpty { break }
            let work = items
            let engine = self
            let results = ParallelWork.map(work.count, threads: threads) { j in
                let item = work[j]
                var key = stream
                key.sizeClass = item.cls
                key.tile = item.tile
                let t = engine.simulateTile(particle: classes[item.cls], count: tileParticles, stream: key)
                reporter.advance(by: 1 / planned)
                return t
            }
            var round = TrajectoryRound()
            for (j, item) in work.enumerated() {
                tallies[item.cls] = tallies[item.cls] + results[j]
                tilesDone[item.cls] = Swift.max(tilesDone[item.cls], item.tile + 1)
                round.tiles += 1
                round.particleSteps += results[j].particleSteps
                round.largestTile = Swift.max(round.largestTile, results[j].particleSteps)
            }
            rounds.append(round)
        }
        reporter.finish()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
        return TrajectoryResult(diameters: classes.map(\.diameter), tallies: tallies, wallTime: wall, rounds: rounds)
    }
}

