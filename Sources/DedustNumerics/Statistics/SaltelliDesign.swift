/// The Saltelli design and estimators of first-order and total Sobol' indices (``SobolIndices``) for k
/// inputs from N·(k + 2) model evaluations.
///
/// **Design** (Saltelli 2002, "Making best use of model evaluations to compute sensitivity indices",
/// Comput. Phys. Commun. 145:280–297; Saltelli et al. 2010, Comput. Phys. Commun. 181:259–270, §3): a
/// 2k-dimensional unit-cube sample (``UnitCubeSampler`` with 2k dimensions and N = `base` points) gives for
/// each base row j two independent k-dimensional points, A_j (the first k coordinates) and B_j (the last k),
/// and k radial points AB_i,j = A_j with coordinate i taken from B_j. Evaluation e is row j = e / (k + 2)
/// and kind e % (k + 2): 0 → A_j, 1 → B_j, 2 + i → AB_i,j — so a whole base row is k + 2 consecutive
/// evaluations and a study of `evaluationCount` evaluations can be sharded like any other.
///
/// **Estimators**, with f_A = f(A_j), f_B = f(B_j), f_ABi = f(AB_i,j), means over j = 1…N:
///
///     V    = sample variance of the 2N values f_A, f_B
///     S_i  = mean(f_B (f_ABi − f_A)) / V              Saltelli et al. (2010), Table 2, estimator (b)
///     ST_i = mean((f_A − f_ABi)²) / (2V)               Jansen (1999), Comput. Phys. Commun. 117:35–43;
///                                                      Saltelli et al. (2010), Table 2, estimator (f)
///
/// **Intervals**: percentile bootstrap over base rows (Efron & Tibshirani, An Introduction to the Bootstrap,
/// 1993, §13.3; as in Saltelli et al. 2010 and SALib): `bootstrap` resamples of N rows drawn with
/// replacement from a Philox stream of (`seed`, replicate) (``SamplingStreams``), each giving V, S_i, ST_i
/// again; the interval is the type-7 (α/2, 1 − α/2) quantile of the replicates. The point value is the
/// estimate on all rows. Bootstrap rows are treated as independent, so for a scrambled Sobol' sample the
/// interval is conservative.
///
/// A constant output (all values equal to within 10⁻¹² of their magnitude) has no variance to share out:
/// every index is 0 with a zero-width interval and ``SobolIndices/note`` says so (never NaN). A bootstrap
/// replicate that happens to be constant counts as 0.
///
/// Example: Ishigami function (a = 7, b = 0.1) with N = 4096: S ≈ (0.3139, 0.4424, 0), ST ≈ (0.5576,
/// 0.4424, 0.2437), each analytic value inside its 95 % interval (`StatisticsSobolTests.ishigami`).
public enum SaltelliDesign {
    /// N·(k + 2) evaluations for N base rows and k inputs.
    public static func evaluationCount(base: Int, inputs: Int) -> Int { base * (inputs + 2) }

    /// The k-dimensional input point of evaluation `e` (in (0, 1)^k) from a 2k-dimensional sampler.
    public static func point(evaluation e: Int, inputs k: Int, sampler: UnitCubeSampler) -> [Double] {
        precondition(k >= 1 && sampler.dimensions == 2 * k,
                     "a Saltelli design of \(k) inputs needs a sampler of \(2 * k) dimensions, got \(sampler.dimensions)")
        let row = e / (k + 2), kind = e % (k + 2)
        let p = sampler.point(row)
        switch kind {
        case 0: return Array(p[0..<k])
        case 1: return Array(p[k..<(2 * k)])
        default:
            var a = Array(p[0..<k])
            a[kind - 2] = p[k + kind - 2]
            return a
        }
    }

    /// Sobol' indices from the outputs at A, B and AB_i (`fAB[i][j]` = f(AB_i,j), one array per input).
    public static func indices(fA: [Double], fB: [Double], fAB: [[Double]], bootstrap: Int = 500, seed: UInt64,
                               level: Double = 0.95) -> SobolIndices {
        let n = fA.count, k = fAB.count
        precondition(n >= 1 && fB.count == n && fAB.allSatisfy { $0.count == n },
                     "Saltelli indices need equal numbers (≥ 1) of A, B and AB_i outputs")
        precondition(bootstrap >= 0, "bootstrap count \(bootstrap) is negative")
        let all = fA + fB + fAB.flatMap { $0 }
        let largest = all.reduce(0) { Swift.max($0, abs($1)) }
        let smallest = all.min() ?? 0, biggest = all.max() ?? 0
        if biggest - smallest <= 1e-12 * largest {
            let zero = Estimate.exact(0, level: level)
            return SobolIndices(first: Array(repeating: zero, count: k), total: Array(repeating: zero, count: k),
                                outputVariance: 0,
                                note: "the output is constant (\(smallest)) over all \(all.count) evaluations, so no "
                                    + "input changes it: every index is 0")
        }
        let rows = Array(0..<n)
        let point = estimate(fA, fB, fAB, rows: rows)
        var firstReplicates = [[Double]](repeating: [], count: k)
        var totalReplicates = [[Double]](repeating: [], count: k)
        var resample = [Int](repeating: 0, count: n)
        for b in 0..<bootstrap {
            var stream = SamplingStreams.stream(SamplingStreams.bootstrap, seed: seed, tile: b)
            for j in 0..<n { resample[j] = SamplingStreams.index(below: n, &stream) }
            let r = estimate(fA, fB, fAB, rows: resample)
            for i in 0..<k {
                firstReplicates[i].append(r.first[i])
                totalReplicates[i].append(r.total[i])
            }
        }
        func interval(_ value: Double, _ replicates: [Double]) -> Estimate {
            guard !replicates.isEmpty else { return SampleStatistics.unbounded(value, level) }
            let sorted = replicates.sorted()
            let halfAlpha = 0.5 * (1 - level)
            return Estimate(value: value, lower: SampleStatistics.typeSeven(sorted, halfAlpha),
                            upper: SampleStatistics.typeSeven(sorted, 1 - halfAlpha), level: level)
        }
        return SobolIndices(first: (0..<k).map { interval(point.first[$0], firstReplicates[$0]) },
                            total: (0..<k).map { interval(point.total[$0], totalReplicates[$0]) },
                            outputVariance: point.variance)
    }

    /// V, S_i and ST_i over the given base rows (all rows, or a bootstrap resample).
    static func estimate(_ fA: [Double], _ fB: [Double], _ fAB: [[Double]], rows: [Int])
        -> (variance: Double, first: [Double], total: [Double]) {
        let n = Double(rows.count), k = fAB.count
        var sum = 0.0
        for j in rows { sum += fA[j] + fB[j] }
        let mean = sum / (2 * n)
        var ss = 0.0
        for j in rows { ss += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean) }
        let v = ss / (2 * n - 1)
        guard v > 0, v.isFinite else {
            return (0, [Double](repeating: 0, count: k), [Double](repeating: 0, count: k))
        }
        var first = [Double](repeating: 0, count: k), total = [Double](repeating: 0, count: k)
        for i in 0..<k {
            let ab = fAB[i]
            var s = 0.0, t = 0.0
            for j in rows {
                s += fB[j] * (ab[j] - fA[j])
                t += (fA[j] - ab[j]) * (fA[j] - ab[j])
            }
            first[i] = s / n / v
            total[i] = t / n / (2 * v)
        }
        return (v, first, total)
    }
}
