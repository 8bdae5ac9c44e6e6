// Trajectory engine benchmark (issue 5). Plain executable, no extra packages; speed is measured here, never in
// tests. Run:
//
//     OPENBLAS_CORETYPE=SkylakeX OPENBLAS_NUM_THREADS=1 swift run -c release trajectory-benchmark [--numpy] [--quick]
//         [--field settler|cyclone|circulating] [--fields-only] [--cpu-time] [--floor] [--verify [--seed N]]
//         [--instructions FIELD] [--one-unit [--runs N]]
//
// or Benchmarks/run-trajectory-bench.sh (same, with --numpy). Sections:
//   1. particle-steps/s per flow field × tile size (256 … 16384) at 1 and 2 threads;
//   2. fused kernel vs BLAS level-1 kernels for the (deterministic) settler step;
//   3. cost versus particle count (should be linear: constant ns per particle-step);
//   4. --numpy: the NumPy settler step (Benchmarks/numpy/settler_step.py) against the Swift engine, one core.
// Every timing is the median of several runs; the machine is a shared 2-vCPU VM, so expect ±10–30 % noise.
import COpenBLAS
import DedustNumerics
import DedustPhysics
import DedustSeparators
import DedustTrajectories
import Foundation

let arguments = CommandLine.arguments
let quick = arguments.contains("--quick")
let withNumPy = arguments.contains("--numpy")
let repeats = quick ? 1 : 3

/// `--cpu-time`: time with the process's CPU clock instead of the wall clock. On a busy machine this keeps the
/// one-thread rates comparable between runs (time slices lost to other processes are not counted); the
/// two-thread columns then report rates per CPU-second, so their speed-ups are not meaningful.
let cpuTime = arguments.contains("--cpu-time")

func now() -> Double {
    guard cpuTime else { return Double(DispatchTime.now().uptimeNanoseconds) * 1e-9 }
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : 0.5 * (s[s.count / 2 - 1] + s[s.count / 2])
}

let air = SutherlandGas.air.state(temperature: 293.15, pressure: 101_325)
let dynamics = ParticleDynamics(particleDensity: 2200)

// MARK: - Verification numbers for docs/trajectories.md (`--verify`; the assertions live in the tests)

if arguments.contains("--verify") {
    let verifySeed = arguments.firstIndex(of: "--seed").flatMap { UInt64(arguments[$0 + 1]) } ?? 21
    let gasAir = SutherlandGas.air.state(temperature: 293.15, pressure: 101_325)
    print("| D (m) | MM x50 (µm) | Barth x50 (µm) | trajectory x50, dispersion off (µm) | trajectory x50, default Langevin (µm) |")
    print("|---|---|---|---|---|")
    for d in [0.305, 1.0, 2.0] {
        let g = CycloneGeometry.standard(.stairmandHE, diameter: d)
        let q = 15 * g.inletArea
        let rx = g.vortexFinderRadius, r = g.radius, rd = g.dustOutletRadius
        let hcs = (g.totalHeight - g.vortexFinderLength) - g.coneHeight * (rx - rd) / (r - rd)
        let mm = (18 * 1.81e-5 * 0.9 * q / (2 * .pi * 1998.8 * 25.34 * 25.34 * hcs)).squareRoot()
        let barth = (18 * 1.81e-5 * q / (2 * .pi * rx * hcs) * rx / (1998.8 * 25.34 * 25.34)).squareRoot()
        let flow = ConventionalCycloneFlow(geometry: g, volumetricFlow: q, wallVelocity: 19.32, controlSurfaceVelocity: 25.34)
        let ds = (0..<16).map { mm * pow(2, -2.5 + 3.5 * Double($0) / 15) }
        var cuts: [String] = []
        for disp in [DispersionModel.none, .ornsteinUhlenbeck()] {
            let sim = TrajectorySimulation(field: .cyclone(flow), dispersion: disp,
                                           settings: TrajectorySettings(particlesPerClass: 2000, ciHalfWidth: 0.2, maxParticlesPerClass: 2000))
            let res = sim.run(diameters: ds, particleDensity: 2000, gas: gasAir, stream: StreamKey(seed: verifySeed))
            cuts.append(res.cutSize.map { String(format: "%.3f", $0 * 1e6) } ?? "below range")
        }
        print(String(format: "| %.3f | %.3f | %.3f | %@ | %@ |", d, mm * 1e6, barth * 1e6, cuts[0], cuts[1]))
    }
    exit(0)
}

// MARK: - The three flow fields

let settler = SettlerFlow(length: 9, width: 3, height: 4, volumetricFlow: 12)
let cycloneGeometry = CycloneGeometry.standard(.stairmandHE, diameter: 1)
let cycloneFlow = ConventionalCycloneFlow(geometry: cycloneGeometry, volumetricFlow: 1.5, wallVelocity: 19.32,
                                          controlSurfaceVelocity: 25.34)
let coneFlow = 0.15 * 8 / 0.85
let cone = ConventionalCycloneFlow(geometry: .standard(.stairmandHE, diameter: (coneFlow / 1.5).squareRoot()),
                                   volumetricFlow: coneFlow, wallVelocity: 19.32, controlSurfaceVelocity: 25.34)
let circulating = CirculatingCycloneFlow(radius: 1, innerRadius: 0.5, primaryLength: 4, volumetricFlow: 8,
                                         inletWallVelocity: 25, vortexExponent: 0.7, cone: cone)
let fields: [(String, TrajectoryFlowField, Double)] = [
    ("settler (20 µm)", .settler(settler), 20e-6),
    ("cyclone D = 1 m (4 µm)", .cyclone(cycloneFlow), 4e-6),
    ("circulating D = 2 m (4 µm)", .circulatingCyclone(circulating), 4e-6),
]

/// `--instructions FIELD`: one tile of 1024 particles in FIELD (settler, cyclone or circulating), for a
/// deterministic instruction count per particle-step under callgrind (see docs/trajectories.md):
///
///     valgrind --tool=callgrind --toggle-collect='*simulateTile*' trajectory-benchmark --instructions cyclone
if let k = arguments.firstIndex(of: "--instructions") {
    let name = arguments[k + 1]
    guard let (_, field, diameter) = fields.first(where: { $0.0.hasPrefix(name) }) else { exit(64) }
    let sim = TrajectorySimulation(field: field, dispersion: .ornsteinUhlenbeck())
    let p = ParticleClass(diameter: diameter, dynamics: dynamics, gas: air)
    let tally = sim.simulateTile(particle: p, count: 1024, stream: StreamKey(seed: 7))
    print("\(name): \(tally.particleSteps) particle-steps, \(tally.captured) captured, \(tally.escaped) escaped")
    exit(0)
}

/// Particle-steps per second of `sim` over `items` work items (classes of one size) of `perClass` particles.
func throughput(_ sim: TrajectorySimulation, diameter: Double, classes: Int, perClass: Int, tile: Int,
                threads: Int) -> (rate: Double, steps: Int) {
    var s = sim
    s.settings = TrajectorySettings(particlesPerClass: perClass, ciHalfWidth: 0.4, maxParticlesPerClass: perClass,
                                    tileSize: tile)
    let cls = sim.classes(diameters: [Double](repeating: diameter, count: classes),
                          particleDensity: dynamics.particleDensity, gas: air)
    var rates: [Double] = []
    var steps = 0
    for r in 0..<repeats {
        let t0 = now()
        let result = s.run(classes: cls, stream: StreamKey(seed: UInt64(r + 1)), threads: threads)
        let dt = now() - t0
        steps = result.total.particleSteps
        rates.append(Double(steps) / dt)
    }
    return (median(rates), steps)
}

/// The 1, 5 and 15 minute load averages (Linux), for the header and footer.
func loadAverage() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
    return text.split(separator: " ").prefix(3).joined(separator: ", ")
}

print("Dedust trajectory benchmark — \(ParallelWork.coreCount) cores, OpenBLAS core \(BLASThreads.coreName), " +
      "OPENBLAS_NUM_THREADS=\(ProcessInfo.processInfo.environment["OPENBLAS_NUM_THREADS"] ?? "unset")")
// MARK: - One trajectory unit on one and two threads (`--one-unit [--runs N]`, issue 18)

/// The unit of `scenarios/stairmand-he-trajectory.yaml` (Stairmand HE D = 0.305 m, 502.3 m³/h of air at 20 °C,
/// oil droplets ρ_p = 860 kg/m³, 40 classes 0.3–50 µm, default dispersion and Monte Carlo settings) on one and
/// on two threads, interleaved, `runs` times each (default 3): wall time, process CPU time and the 1 → 2 thread
/// ratio measured in one run; the adaptive rounds (deterministic counts) with the two-thread ceiling
/// Σ steps / Σ max(steps/2, largest tile); and a check that the tallies are identical.
if arguments.contains("--one-unit") {
    let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 3
    let grid = try! SizeGrid.logSpaced(from: 0.3e-6, to: 50e-6, classes: 40)
    let point = CycloneOperatingPoint(volumetricFlow: 502.3 / 3600, gas: air, particleDensity: 860,
                                      loading: 0.5e-3 / air.density, classDiameters: grid.means,
                                      massFractions: [Double](repeating: 1.0 / 40, count: 40))
    let (flow, _) = try! TrajectoryCyclone(geometry: .standard(.stairmandHE, diameter: 0.305)).flowField(at: point)
    let sim = TrajectorySimulation(field: .cyclone(flow))
    func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
    var walls: [[Double]] = [[], []], cpus: [[Double]] = [[], []]
    var results: [TrajectoryResult] = []
    print("One trajectory cyclone (scenarios/stairmand-he-trajectory.yaml's unit), \(runs) interleaved runs per thread count")
    print("load average at start (1, 5, 15 min): \(loadAverage())")
    for _ in 0..<runs {
        for (k, threads) in [1, 2].enumerated() {
            let w0 = Double(DispatchTime.now().uptimeNanoseconds) * 1e-9, c0 = cpuSeconds()
            let r = sim.run(diameters: grid.means, particleDensity: 860, gas: air, stream: StreamKey(seed: 1985),
                            threads: threads)
            walls[k].append(Double(DispatchTime.now().uptimeNanoseconds) * 1e-9 - w0)
            cpus[k].append(cpuSeconds() - c0)
            results.append(r)
        }
    }
    print("\n| threads | wall (s), median | CPU (s), median | CPU / wall | wall speed-up |")
    print("|---|---|---|---|---|")
    for k in 0..<2 {
        let w = median(walls[k]), c = median(cpus[k])
        print("| \(k + 1) | " + String(format: "%.2f | %.2f | %.2f | %.2f× |", w, c, c / w, median(walls[0]) / w))
    }
    let identical = results.allSatisfy { $0.tallies == results[0].tallies && $0.rounds == results[0].rounds }
    let rs = results[0].rounds
    let steps = rs.reduce(0) { $0 + $1.particleSteps }
    let bound = rs.reduce(0.0) { $0 + max(Double($1.particleSteps) / 2, Double($1.largestTile)) }
    print("\ntallies and rounds identical for 1 and 2 threads: \(identical)")
    print("rounds: \(rs.count), tiles per round: " + rs.map { "\($0.tiles)" }.joined(separator: " ")
          + String(format: "; %.1f M particle-steps; two-thread ceiling Σ steps / Σ max(steps/2, largest tile) = %.2f×",
                   Double(steps) * 1e-6, Double(steps) / bound))
    print("load average at end (1, 5, 15 min): \(loadAverage())")
    exit(identical ? 0 : 1)
}

print("load average at start (1, 5, 15 min): \(loadAverage()) — above ~0.5 another process shares the 2 vCPUs")
print("work items: 16 (8 for the circulating cyclone), offered to ParallelWork as \(ParallelWork.chunksPerCore) " +
      "chunks per core; 2-thread rates need both vCPUs free")
print("Particle-steps/s (millions), Ornstein–Uhlenbeck dispersion, three-point increments, 16 work items (8 for the circulating cyclone)")
print("")
print("| flow field | tile | 1 thread | 2 threads | speed-up | ns/particle-step (1 thread) |")
print("|---|---|---|---|---|---|")
let tiles = quick ? [1024] : [256, 1024, 4096, 16384]
var settlerOneThread = 0.0
let only = arguments.firstIndex(of: "--field").map { arguments[$0 + 1] }
for (name, field, diameter) in fields where only.map({ name.hasPrefix($0) }) ?? true {
    let sim = TrajectorySimulation(field: field, dispersion: .ornsteinUhlenbeck())
    let budget = name.hasPrefix("settler") ? 4 : 1  // ×1024 particles per work item
    let slow = name.hasPrefix("circulating")
    for tile in tiles where !(slow && tile > 4096) {
        let perClass = tile * max(1, budget * 1024 / tile)
        let items = slow ? 8 : 16
        let one = throughput(sim, diameter: diameter, classes: items, perClass: perClass, tile: tile, threads: 1)
        let two = throughput(sim, diameter: diameter, classes: items, perClass: perClass, tile: tile, threads: 2)
        if name.hasPrefix("settler") && tile == 1024 { settlerOneThread = one.rate }
        print(String(format: "| %@ | %d | %.1f | %.1f | %.2f× | %.2f |", name, tile, one.rate / 1e6, two.rate / 1e6,
                     two.rate / one.rate, 1e9 / one.rate))
    }
}

if arguments.contains("--fields-only") { exit(0) }

// MARK: - Fused kernel vs BLAS level-1 (settler step without dispersion)

/// The deterministic settler step on six arrays (x, y, vx, vy, seen ux, uy), with the per-class exponential
/// factors E = e^(−Δt/τ), D = τ(1 − E) and the gravity shift of the equilibrium velocity folded into uy:
///     v ← u + (v − u) E,   x ← x + u Δt + (v − u) D
final class SettlerArrays {
    let n: Int
    let x, y, vx, vy, ux, uy, tmp: UnsafeMutablePointer<Double>
    init(_ n: Int) {
        self.n = n
        func make(_ v: Double) -> UnsafeMutablePointer<Double> {
            let p = UnsafeMutablePointer<Double>.allocate(capacity: n)
            p.initialize(repeating: v, count: n)
            return p
        }
        x = make(0); y = make(1); vx = make(0.9); vy = make(0.01); ux = make(1); uy = make(-0.02); tmp = make(0)
    }
    deinit { for p in [x, y, vx, vy, ux, uy, tmp] { p.deallocate() } }

    func fused(dt: Double, e: Double, d: Double) {
        let x = x, y = y, vx = vx, vy = vy, ux = ux, uy = uy
        for i in 0..<n {
            let ax = vx[i] - ux[i], ay = vy[i] - uy[i]
            x[i] += ux[i] * dt + ax * d
            y[i] += uy[i] * dt + ay * d
            vx[i] = ux[i] + ax * e
            vy[i] = uy[i] + ay * e
        }
    }

    func blas(dt: Double, e: Double, d: Double) {
        let m = Int32(n)
        for (p, v, u) in [(x, vx, ux), (y, vy, uy)] {
            cblas_dcopy(m, v, 1, tmp, 1)          // tmp = v
            cblas_daxpy(m, -1, u, 1, tmp, 1)      // tmp = v − u
            cblas_daxpy(m, dt, u, 1, p, 1)        // x += u Δt
            cblas_daxpy(m, d, tmp, 1, p, 1)       // x += (v − u) D
            cblas_dcopy(m, u, 1, v, 1)            // v = u
            cblas_daxpy(m, e, tmp, 1, v, 1)       // v += (v − u) E
        }
    }
}

print("")
print("Fused kernel vs BLAS level-1 (6 calls per component) for the deterministic settler step, ns per particle")
print("")
print("| particles | fused | BLAS level-1 | BLAS / fused |")
print("|---|---|---|---|")
for n in (quick ? [1024, 1_000_000] : [256, 1024, 4096, 16384, 1_000_000]) {
    let a = SettlerArrays(n)
    let sweeps = max(3, 20_000_000 / n)
    var fusedTimes: [Double] = [], blasTimes: [Double] = []
    for _ in 0..<5 {
        var t0 = now()
        for _ in 0..<sweeps { a.fused(dt: 0.0225, e: 0.0001, d: 0.0027) }
        fusedTimes.append((now() - t0) / Double(sweeps * n) * 1e9)
        t0 = now()
        for _ in 0..<sweeps { a.blas(dt: 0.0225, e: 0.0001, d: 0.0027) }
        blasTimes.append((now() - t0) / Double(sweeps * n) * 1e9)
    }
    let f = median(fusedTimes), b = median(blasTimes)
    print(String(format: "| %d | %.3f | %.3f | %.2f× |", n, f, b, b / f))
}

// MARK: - Cost versus particle count

print("")
print("Cost versus particles (cyclone D = 1 m, 4 µm, tile 1024, 2 threads): time per particle-step must stay flat")
print("")
print("| particles | particle-steps | wall time (s) | ns per particle-step |")
print("|---|---|---|---|")
do {
    let sim = TrajectorySimulation(field: .cyclone(cycloneFlow), dispersion: .ornsteinUhlenbeck())
    for total in (quick ? [4096, 16384] : [4096, 16384, 65536]) {
        let r = throughput(sim, diameter: 4e-6, classes: 4, perClass: total / 4, tile: 1024, threads: 2)
        print(String(format: "| %d | %d | %.3f | %.2f |", total, r.steps, Double(r.steps) / r.rate, 1e9 / r.rate))
    }
}

// MARK: - Arithmetic floor of the settler step

/// What one particle-step of the settler cannot do without, timed alone on cache-resident vectors with the
/// engine's own functions: the transcendental arithmetic of the physics (Schiller–Naumann Re^0.687 = exp of a
/// log, the drag relaxation e^(−Δt/τ'), the crossing-trajectory √(1 + (βΔu/σ)²), the Langevin decay and its
/// kick √(1 − e²)) and the 32 random bits of the two three-point variates (Philox blocks). Everything else the engine does per step
/// (gas velocity, the exponential update, loads and stores, the boundary pass) is left out, so the sum is a
/// lower bound on the cost of a step as the physics is defined, at double precision.
func arithmeticFloor() -> (math: Double, variates: Double) {
    let n = 1024
    let q = UnsafeMutablePointer<Double>.allocate(capacity: n), out = UnsafeMutablePointer<Double>.allocate(capacity: n)
    defer { q.deallocate(); out.deallocate() }
    for i in 0..<n { q[i] = 1e-4 * (1 + Double(i % 97)) }  // squared slips (m²/s²) as in the 20 µm settler
    @inline(never) func sweep() {
        var i = 0
        while i < n {
            let x = UnsafeRawPointer(q + i).loadUnaligned(as: SIMD8<Double>.self)
            let f = 1 + 0.15 * FastMath.exp(SIMD8(repeating: 0.2).addingProduct(FastMath.log(x), 0.3435))
            let drag = FastMath.decayFactor(-8.3 * f)
            let langevin = FastMath.decayFactor(-0.004 * FastMath.squareRoot(1 + 400 * x))
            let kick = FastMath.squareRoot(1 - langevin * langevin)
            UnsafeMutableRawPointer(out + i).storeBytes(of: drag + langevin * kick, as: SIMD8<Double>.self)
            i += 8
        }
    }
    // Two three-point variates per particle-step take 32 random bits: n/32 calls of eight Philox blocks
    // (128 bytes each) per sweep of n particles; the conversion of the bits to variates is left out.
    var words = SIMD8<UInt64>()
    @inline(never) func philoxSweep(_ first: UInt32) {
        for j in 0..<(n / 32) {
            let g = Philox4x32.blocks8Wide(first &+ UInt32(8 * j), 1, 2, 3, key: (0x1234, 0x5678))
            words ^= g.0 ^ g.1 ^ g.2 ^ g.3
        }
    }
    let sweeps = 20_000
    var math: [Double] = [], rng: [Double] = []
    for _ in 0..<5 {
        var t0 = now()
        for _ in 0..<sweeps { sweep() }
        math.append((now() - t0) / Double(sweeps * n) * 1e9)
        t0 = now()
        for k in 0..<sweeps { philoxSweep(UInt32(truncatingIfNeeded: k * n / 4)) }
        rng.append((now() - t0) / Double(sweeps * n) * 1e9)
    }
    if out[7].isNaN || words[0] == 1 { print("(floor kernels: unexpected value)") }
    return (median(math), median(rng))
}

/// The same floor in single precision, for the owner of the 10× target to weigh (the engine does not use it):
/// the step's `log`, three `exp` and two √ on `SIMD16<Float>` with the Cephes `logf`/`expf` polynomials (degree 9
/// and 6, ≈ 1 ulp of `Float`, relative 1e-7), sixteen particles per vector instead of eight.
enum SinglePrecisionFloor {
    @inline(__always)
    static func exp(_ x: SIMD16<Float>) -> SIMD16<Float> {
        let xc = x.replacing(with: -87, where: x .< -87).replacing(with: 88, where: x .> 88)
        let t = xc * 1.44269504 + 12_582_912  // round to nearest through 1.5 · 2^23
        let k = t - 12_582_912
        let r = (xc - k * 0.693359375) + k * 2.12194440e-4
        var p = SIMD16<Float>(repeating: 1.9875691500e-4)
        p = p * r + 1.3981999507e-3
        p = p * r + 8.3334519073e-3
        p = p * r + 4.1665795894e-2
        p = p * r + 1.6666665459e-1
        p = p * r + 5.0000001201e-1
        let e = p * r * r + r + 1
        let bits = (unsafeBitCast(t, to: SIMD16<UInt32>.self) &+ 127) &<< 23
        return e * unsafeBitCast(bits, to: SIMD16<Float>.self)
    }

    @inline(__always)
    static func log(_ x: SIMD16<Float>) -> SIMD16<Float> {
        let bits = unsafeBitCast(x, to: SIMD16<UInt32>.self)
        let biased = unsafeBitCast((bits &>> 23) | 0x4B00_0000, to: SIMD16<Float>.self) - (8_388_608 + 127)
        var m = unsafeBitCast((bits & 0x007F_FFFF) | 0x3F80_0000, to: SIMD16<Float>.self)
        let big = m .> 1.41421356
        m = m.replacing(with: m * 0.5, where: big)
        let e = biased.replacing(with: biased + 1, where: big)
        let y = m - 1, z = y * y
        var p = SIMD16<Float>(repeating: 7.0376836292e-2)
        for c: Float in [-1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1, -1.6668057665e-1,
                         2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1] { p = p * y + c }
        return y + (p * y * z - 0.5 * z - e * 2.12194440e-4) + e * 0.693359375
    }

    /// ns per particle-step of the single-precision transcendentals (the random bits are the same as in double).
    static func measure() -> Double {
        let n = 1024
        let q = UnsafeMutablePointer<Float>.allocate(capacity: n), out = UnsafeMutablePointer<Float>.allocate(capacity: n)
        defer { q.deallocate(); out.deallocate() }
        for i in 0..<n { q[i] = 1e-4 * (1 + Float(i % 97)) }
        @inline(never) func sweep() {
            var i = 0
            while i < n {
                let x = UnsafeRawPointer(q + i).loadUnaligned(as: SIMD16<Float>.self)
                let f = 1 + 0.15 * exp(0.3435 * log(x) + 0.2)
                let drag = exp(-8.3 * f)
                let langevin = exp(-0.004 * (1 + 400 * x).squareRoot())
                let kick = (1 - langevin * langevin).squareRoot()
                UnsafeMutableRawPointer(out + i).storeBytes(of: drag + langevin * kick, as: SIMD16<Float>.self)
                i += 16
            }
        }
        var times: [Double] = []
        for _ in 0..<5 {
            let t0 = now()
            for _ in 0..<20_000 { sweep() }
            times.append((now() - t0) / Double(20_000 * n) * 1e9)
        }
        if out[7].isNaN { print("(single-precision floor: unexpected value)") }
        return median(times)
    }
}

// MARK: - NumPy comparison

if arguments.contains("--floor") {
    let floor = arithmeticFloor()
    print(String(format: "floor of the settler step: transcendentals %.2f ns + variates %.2f ns = %.2f ns per particle-step",
                 floor.math, floor.variates, floor.math + floor.variates))
    let single = SinglePrecisionFloor.measure()
    print(String(format: "the same transcendentals in single precision (not used by the engine): %.2f ns", single))
}

if withNumPy {
    let p = ParticleClass(diameter: 20e-6, dynamics: dynamics, gas: air)
    let sim = TrajectorySimulation(field: .settler(settler), dispersion: .ornsteinUhlenbeck())
    let n = 65536
    let ou = DispersionModel.ornsteinUhlenbeck()
    _ = ou
    let sigma = 0.05 * settler.meanVelocity
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("numpy/settler_step.py").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, "--particles", "\(n)", "--length", "\(settler.length)",
                         "--height", "\(settler.channelHeight)", "--velocity", "\(settler.meanVelocity)",
                         "--sigma", "\(sigma)", "--time-scale", "\(settler.defaultIntegralTimeScale)",
                         "--dt", "\(sim.timeStep)", "--tau", "\(p.relaxationTime)", "--re-factor", "\(p.reynoldsFactor)",
                         "--g-eff", "\(p.effectiveGravity)", "--vt", "\(p.settlingVelocity)", "--repeats", "\(repeats)"]
    var environment = ProcessInfo.processInfo.environment
    environment["OMP_NUM_THREADS"] = "1"
    environment["OPENBLAS_NUM_THREADS"] = "1"
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    do {
        try process.run()
        process.waitUntilExit()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let numpyRate = json["per_second"] as? Double else {
            print("numpy: could not parse the output of \(script)")
            exit(1)
        }
        var s = sim
        s.settings = TrajectorySettings(particlesPerClass: n, ciHalfWidth: 0.4, maxParticlesPerClass: n, tileSize: 1024)
        var rates: [Double] = []
        var eta = 0.0
        for r in 0..<repeats {
            let t0 = now()
            let result = s.run(classes: [p], stream: StreamKey(seed: UInt64(r + 1)), threads: 1)
            rates.append(Double(result.total.particleSteps) / (now() - t0))
            eta = result.gradeEfficiency[0]
        }
        let swiftRate = median(rates)
        print("")
        print("Settler step, \(n) particles of 20 µm, one core (same physics; NumPy \(json["numpy"] ?? "?"))")
        print("")
        print("| implementation | particle-steps/s (millions) | collected fraction | ratio |")
        print("|---|---|---|---|")
        print(String(format: "| NumPy | %.2f | %.4f | 1 |", numpyRate / 1e6, json["efficiency"] as? Double ?? .nan))
        print(String(format: "| Swift engine (tile 1024) | %.2f | %.4f | %.1f× |", swiftRate / 1e6, eta, swiftRate / numpyRate))
        print(String(format: "| Swift engine, table above (16 items) | %.2f | | %.1f× |", settlerOneThread / 1e6,
                     settlerOneThread / numpyRate))
        let floor = arithmeticFloor()
        let floorRate = 1e9 / (floor.math + floor.variates)
        print(String(format: "| floor: transcendentals %.2f ns + variates %.2f ns per step, nothing else | %.2f | | %.1f× |",
                     floor.math, floor.variates, floorRate / 1e6, floorRate / numpyRate))
        let singleRate = 1e9 / (SinglePrecisionFloor.measure() + floor.variates)
        print(String(format: "| the same floor with single-precision transcendentals (not used by the engine) | %.2f | | %.1f× |",
                     singleRate / 1e6, singleRate / numpyRate))
    } catch {
        print("numpy: could not run python3 \(script): \(error)")
    }
}

print("")
print("load average at end (1, 5, 15 min): \(loadAverage())")
