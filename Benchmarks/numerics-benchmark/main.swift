// numerics-benchmark — throughput of the DedustNumerics wrappers and random streams, in one run.
//
//     OPENBLAS_CORETYPE=SkylakeX swift run -c release numerics-benchmark [--quick]
//
// Every number is the median over repeated trials; each trial times enough repetitions of the kernel
// to last a few milliseconds. Speed claims in docs/numerics.md are *ratios measured in the same run*
// (2-thread / 1-thread gemm, bulk / scalar normals), which survive this VM's run-to-run noise better
// than absolute numbers. Why a plain executable and not package-benchmark: see docs/numerics.md.
import DedustNumerics
import Foundation

// MARK: - Options

let quick = CommandLine.arguments.contains("--quick")
if CommandLine.arguments.contains("--help") || CommandLine.arguments.contains("-h") {
    print("usage: numerics-benchmark [--quick]\n  --quick  fewer trials and shorter trials (about 2 s instead of about 30 s)")
    exit(0)
}
let trials = quick ? 3 : 11
let trialSeconds = quick ? 0.01 : 0.1

// MARK: - Timing

/// Keeps results alive so the optimiser cannot delete the measured work.
nonisolated(unsafe) var sink: Double = 0

/// Median over `trials` of the seconds per call of `body`, each trial repeating `body` for about
/// `trialSeconds` (calibrated once).
func secondsPerCall(_ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    body()   // warm-up (page faults, OpenBLAS thread start-up)
    var reps = 1
    while true {
        let t = clock.measure { for _ in 0..<reps { body() } }
        if t.seconds >= trialSeconds / 4 || reps >= 1 << 24 {
            reps = max(1, Int(Double(reps) * trialSeconds / max(t.seconds, 1e-9)))
            break
        }
        reps *= 4
    }
    var samples: [Double] = []
    for _ in 0..<trials {
        let t = clock.measure { for _ in 0..<reps { body() } }
        samples.append(t.seconds / Double(reps))
    }
    samples.sort()
    return samples[samples.count / 2]
}

extension Duration {
    var seconds: Double {
        let c = components
        return Double(c.seconds) + Double(c.attoseconds) * 1e-18
    }
}

func fmt(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s : String(repeating: " ", count: width - s.count) + s }
func row(_ cells: [String], _ widths: [Int], leftFirst: Bool = false) -> String {
    let padded = zip(cells, widths).enumerated().map { k, cw in
        leftFirst && k == 0 ? cw.0 + String(repeating: " ", count: max(0, cw.1 - cw.0.count)) : pad(cw.0, cw.1)
    }
    return "| " + padded.joined(separator: " | ") + " |"
}
func rule(_ widths: [Int]) -> String { "|" + widths.map { String(repeating: "-", count: $0 + 1) + ":" }.joined(separator: "|") + "|" }

let start = ContinuousClock.now
let env = ProcessInfo.processInfo.environment

// MARK: - Header

print("# numerics-benchmark\(quick ? " (--quick)" : "")")
print("")
#if DEBUG
print("WARNING: debug build — numbers are meaningless; use `swift run -c release numerics-benchmark`.\n")
#endif
print("- OpenBLAS core: \(BLASThreads.coreName) (OPENBLAS_CORETYPE=\(env["OPENBLAS_CORETYPE"] ?? "unset"), "
      + "OPENBLAS_NUM_THREADS=\(env["OPENBLAS_NUM_THREADS"] ?? "unset"))")
print("- cores: \(ProcessInfo.processInfo.activeProcessorCount); medians of \(trials) trials of ≈\(fmt(trialSeconds * 1000, 0)) ms")
// Other processes on a 2-core VM halve every number and hide the second thread's gain; say so.
if let load = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) {
    print("- load average at start (1, 5, 15 min): \(load.split(separator: " ").prefix(3).joined(separator: ", "))"
          + " — above ~0.5 the machine is shared and the numbers are low")
}
print("")

// MARK: - dgemm

print("## dgemm (C ← A·B, n × n, GFLOP/s = 2n³ / t)")
print("")
let gemmWidths = [6, 14, 14, 11]
print(row(["n", "1 thread", "2 threads", "2t / 1t"], gemmWidths))
print(rule(gemmWidths))
for n in [256, 1024] {
    var s = RandomStream(StreamKey(seed: UInt64(n)))
    let a = Matrix(rows: n, columns: n, columnMajor: (0..<(n * n)).map { _ in s.nextUniform() - 0.5 })
    let b = Matrix(rows: n, columns: n, columnMajor: (0..<(n * n)).map { _ in s.nextUniform() - 0.5 })
    var c = Matrix(rows: n, columns: n)
    let flops = 2 * pow(Double(n), 3)
    var rates: [Double] = []
    for threads in [1, 2] {
        let t = BLASThreads.withThreads(threads) {
            precondition(BLASThreads.current == threads, "OpenBLAS refused \(threads) threads")
            return secondsPerCall { BLAS.gemm(1, a, b, 0, &c) }
        }
        rates.append(flops / t / 1e9)
    }
    sink += c[0, 0]
    print(row(["\(n)", fmt(rates[0]), fmt(rates[1]), fmt(rates[1] / rates[0], 2)], gemmWidths))
}
print("")

// MARK: - daxpy

print("## daxpy (y ← αx + y, GB/s counting 24 bytes per element: read x, read y, write y)")
print("")
let axpyWidths = [6, 14, 14, 11]
print(row(["n", "1 thread", "2 threads", "2t / 1t"], axpyWidths))
print(rule(axpyWidths))
for n in [1_000, 10_000, 100_000, 1_000_000, 10_000_000] {
    let x = [Double](repeating: 1, count: n)
    var y = [Double](repeating: 0, count: n)
    var rates: [Double] = []
    for threads in [1, 2] {
        let t = BLASThreads.withThreads(threads) { secondsPerCall { BLAS.axpy(1e-9, x, &y) } }
        rates.append(24 * Double(n) / t / 1e9)
    }
    sink += y[n / 2]
    print(row(["1e\(Int(log10(Double(n))))", fmt(rates[0]), fmt(rates[1]), fmt(rates[1] / rates[0], 2)], axpyWidths))
}
print("")

// MARK: - Random streams (one thread)

print("## Random streams (one thread, 4096 values per call)")
print("")
let count = 4096
var values = [Double](repeating: 0, count: count)
var stream = RandomStream(StreamKey(seed: 1))
/// Draws per second of `body`, which gets a local copy of the stream (the way a worker holds its own
/// stream; a global would be re-loaded and exclusivity-checked on every draw) and the output buffer.
@MainActor func perSecond(_ body: (inout RandomStream, UnsafeMutableBufferPointer<Double>) -> Void) -> Double {
    Double(count) / secondsPerCall {
        var local = stream
        values.withUnsafeMutableBufferPointer { body(&local, $0) }
        stream = local
        sink += values[count - 1]
    }
}

// Raw generator: consecutive counters, as a stream uses them (the loop may be vectorised).
var philoxBase: UInt32 = 0
let philoxRate = Double(count) / secondsPerCall {
    var acc: UInt32 = 0
    for i in philoxBase..<(philoxBase &+ UInt32(count)) {
        let o = Philox4x32.block(counter: (i, 7, 0, 0), key: (0x1234_5678, 0x9abc_def0))
        acc ^= o.0 ^ o.1 ^ o.2 ^ o.3
    }
    philoxBase &+= UInt32(count)
    sink += Double(acc)
}
let uniformScalar = perSecond { s, out in for i in out.indices { out[i] = s.nextUniform() } }
let uniformFill = perSecond { s, out in s.fillUniform(out) }
let normalScalar = perSecond { s, out in for i in out.indices { out[i] = s.nextNormal() } }
let normalFill = perSecond { s, out in s.fillNormal(out) }
// Reference: the textbook Box–Muller with the C library's log, cos, sin on the same words.
let normalLibm = perSecond { s, out in
    for k in 0..<(out.count / 2) {
        let u1 = RandomStream.uniform(s.nextWord()), u2 = RandomStream.uniform(s.nextWord())
        let r = (-2 * Foundation.log(u1)).squareRoot(), phi = 2 * Double.pi * u2
        out[2 * k] = r * Foundation.cos(phi)
        out[2 * k + 1] = r * Foundation.sin(phi)
    }
}
let threePointScalar = perSecond { s, out in for i in out.indices { out[i] = s.nextThreePoint() } }
let threePointFill = perSecond { s, out in s.fillThreePoint(out) }

let rngWidths = [44, 16, 13]
print(row(["generator", "million / s", "vs. scalar"], rngWidths, leftFirst: true))
print("|:" + String(repeating: "-", count: rngWidths[0] + 1) + "|" + rngWidths.dropFirst().map { String(repeating: "-", count: $0 + 1) + ":" }.joined(separator: "|") + "|")
print(row(["Philox-4×32-10 blocks (4 words each)", fmt(philoxRate / 1e6), ""], rngWidths, leftFirst: true))
print(row(["uniform, scalar nextUniform()", fmt(uniformScalar / 1e6), "1.00"], rngWidths, leftFirst: true))
print(row(["uniform, bulk fillUniform", fmt(uniformFill / 1e6), fmt(uniformFill / uniformScalar, 2)], rngWidths, leftFirst: true))
print(row(["normal, Box–Muller with libm log/cos/sin", fmt(normalLibm / 1e6), fmt(normalLibm / normalScalar, 2)],
          rngWidths, leftFirst: true))
print(row(["normal, Box–Muller scalar nextNormal()", fmt(normalScalar / 1e6), "1.00"], rngWidths, leftFirst: true))
print(row(["normal, Box–Muller bulk fillNormal", fmt(normalFill / 1e6), fmt(normalFill / normalScalar, 2)], rngWidths, leftFirst: true))
print(row(["three-point, scalar nextThreePoint()", fmt(threePointScalar / 1e6), fmt(threePointScalar / normalScalar, 2)],
          rngWidths, leftFirst: true))
print(row(["three-point, bulk fillThreePoint", fmt(threePointFill / 1e6), fmt(threePointFill / normalScalar, 2)],
          rngWidths, leftFirst: true))
print("")
print("(\"vs. scalar\" for the libm and three-point rows is relative to the scalar nextNormal().)")
print("")
let elapsed = (ContinuousClock.now - start).seconds
print("total time \(fmt(elapsed)) s" + (sink.isNaN ? " " : ""))
