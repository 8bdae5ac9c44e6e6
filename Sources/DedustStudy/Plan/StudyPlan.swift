import DedustNumerics
import DedustScenario

/// Which scenario variant evaluation `e` of a study is: a pure function of (study, seed, e), so that any
/// evaluation can be computed alone — by any thread, in any shard, after any interruption — and give the same
/// numbers.
///
/// Layouts (k inputs, N = `sampling.samples`):
/// - plain study: e = s, s ∈ [0, N): the inputs at unit-cube point s;
/// - Saltelli design (`sensitivity: sobol`): e = j·(k+2) + r over a 2k-dimensional point j; r = 0 is row A_j,
///   r = 1 row B_j, r = 2+i the row A_j with input i taken from B_j (``SaltelliDesign``);
/// - sweep: e = g·S + s, g the grid point (first axis slowest), s the input sample (S = N with inputs, 1 without):
///   every grid point sees the same input sample (common random numbers along the curve).
///
/// Correlated inputs go through a Gaussian copula on the unit-cube point before each marginal quantile.
public struct StudyPlan: Sendable {
    public let study: StudySpecification
    public let evaluationCount: Int
    /// Grid points of the sweep (1 without one) and input samples per grid point.
    public let gridPoints: Int
    public let samplesPerPoint: Int
    let sampler: UnitCubeSampler?
    let copula: GaussianCopula?

    public init(_ study: StudySpecification) throws {
        self.study = study
        let k = study.inputs.count
        gridPoints = study.sweep.reduce(1) { $0 * $1.points.count }
        switch (study.sensitivity, k) {
        case (_, 0):
            samplesPerPoint = 1
            sampler = nil
        case (.sobol, _):
            samplesPerPoint = study.sampling.samples
            sampler = try UnitCubeSampler(method: study.sampling.method, dimensions: 2 * k,
                                          count: study.sampling.samples, seed: study.seed)
        default:
            samplesPerPoint = study.sampling.samples
            sampler = try UnitCubeSampler(method: study.sampling.method, dimensions: k,
                                          count: study.sampling.samples, seed: study.seed)
        }
        evaluationCount = study.sensitivity == .sobol
            ? SaltelliDesign.evaluationCount(base: study.sampling.samples, inputs: k)
            : gridPoints * samplesPerPoint
        copula = study.hasCorrelations ? try GaussianCopula(rankCorrelation: study.rankCorrelation) : nil
    }

    /// What evaluation `e` is and the scenario values it sets.
    public func evaluation(_ e: Int) -> StudyEvaluation {
        precondition(e >= 0 && e < evaluationCount, "evaluation \(e) outside [0, \(evaluationCount))")
        let k = study.inputs.count
        var role = StudyEvaluation.Role.sample
        var row = e, grid = 0
        var u: [Double] = []
        if let sampler {
            if study.sensitivity == .sobol {
                row = e / (k + 2)
                let r = e % (k + 2)
                role = r == 0 ? .a : r == 1 ? .b : .ab(r - 2)
                u = SaltelliDesign.point(evaluation: e, inputs: k, sampler: sampler)
            } else {
                grid = e / samplesPerPoint
                row = e % samplesPerPoint
                u = sampler.point(row)
            }
            if let copula { u = copula.correlate(u) }
        } else {
            grid = e
            row = 0
        }
        let values = zip(study.inputs, u).map { $0.distribution.quantile($1) }
        var changes: [(ParameterPath, String)] = zip(study.inputs, values).flatMap { input, v in
            let text = input.text(value: v)
            return ([input.path] + input.also).map { ($0, text) }
        }
        if !study.sweep.isEmpty {
            for (axis, i) in zip(study.sweep, gridIndices(grid)) {
                changes.removeAll { $0.0 == axis.path }   // the grid value wins over an uncertain one
                changes.append((axis.path, axis.points[i]))
            }
        }
        return StudyEvaluation(index: e, role: role, row: row, gridPoint: grid, values: values, changes: changes)
    }

    /// The grid indices (one per axis) of grid point `g`.
    public func gridIndices(_ g: Int) -> [Int] {
        var rest = g
        var out: [Int] = []
        for axis in study.sweep.reversed() {
            out.append(rest % axis.points.count)
            rest /= axis.points.count
        }
        return out.reversed()
    }
}

/// One evaluation of a study: its place in the design and the scenario values it sets.
public struct StudyEvaluation: Sendable {
    public enum Role: Sendable, Equatable, CustomStringConvertible {
        /// A draw of a plain study or of a sweep point.
        case sample
        /// Saltelli matrices A and B, and A with input i from B.
        case a, b, ab(Int)

        public var description: String {
            switch self {
            case .sample: return "sample"
            case .a: return "A"
            case .b: return "B"
            case let .ab(i): return "AB\(i)"
            }
        }

        public init?(_ text: String) {
            switch text {
            case "sample": self = .sample
            case "A": self = .a
            case "B": self = .b
            default:
                guard text.hasPrefix("AB"), let i = Int(text.dropFirst(2)) else { return nil }
                self = .ab(i)
            }
        }
    }

    public var index: Int
    public var role: Role
    /// Input-sample row (base row j of a Saltelli design).
    public var row: Int
    /// Sweep grid point (0 without a sweep).
    public var gridPoint: Int
    /// Each input's SI value (a choice: its index).
    public var values: [Double]
    /// The scenario values set: inputs, then sweep axes.
    public var changes: [(ParameterPath, String)]
}
