import DedustNumerics
import DedustPhysics

/// A validated study file: a scenario, the uncertain inputs over it, how to sample them, what to compute.
///
/// A study asks what a scenario run cannot: how likely each configuration is to meet each limit over the
/// operating range, which uncertain input drives the answer, and whether one retrofit beats another on the same
/// inputs. It is read by ``StudyLoader`` from a file that names its scenario:
///
///     study: carbide furnace over its operating range
///     scenario: carbide-furnace-81mva.yaml
///     seed: 7
///     sampling: {method: sobol, samples: 1024}
///     inputs:
///       dust.loading: {distribution: triangular, lower: 100 g/Nm3, mode: 150 g/Nm3, upper: 300 g/Nm3}
///       gas.temperature: {distribution: uniform, lower: 500 degC, upper: 700 degC}
///       equipment.alpha_cyclone.model:
///         distribution: choice
///         weights: {muschelknautz_vdi: 0.5, barth: 0.3, lapple: 0.2}
///     correlations:
///       - {between: [dust.loading, gas.temperature], rank: 0.5}
///     sensitivity: rank
///
/// Every value is a pure function of (seed, evaluation index) (``StudyPlan``), so a study can be split into shards
/// and resumed, and gives the same numbers for any thread count.
public struct StudySpecification: Sendable {
    /// Title (`study:`).
    public var name: String
    /// The study file, as named in messages.
    public var file: String
    /// The scenario file as written, and the loaded document every sample varies.
    public var scenarioFile: String
    public var document: ScenarioDocument
    /// Seed of the input sample (`seed:`, default the scenario's seed).
    public var seed: UInt64
    public var sampling: StudySampling
    /// Uncertain inputs, in file order.
    public var inputs: [StudyInput]
    /// Rank (Spearman) correlation matrix between the inputs (identity when none is declared).
    public var rankCorrelation: [[Double]]
    /// One- or two-path grid (`sweep:`); empty for a plain study.
    public var sweep: [SweepAxis]
    public var sensitivity: StudySensitivity
    /// Configurations evaluated, in the scenario's order (`configurations:`, default all).
    public var configurations: [String]
    /// Pairs compared on common random numbers (`compare:`, default every pair with the baseline first).
    public var comparisons: [(String, String)]
    /// Confidence level of every interval (`confidence:`, default 0.95).
    public var confidence: Double
    /// Bootstrap resamples of the Sobol' and correlation-ratio intervals (`bootstrap:`, default 500).
    public var bootstrap: Int
    /// The study's id: a hash (FNV-1a, 64 bit) of the study file's and the scenario file's text. Any change to
    /// either starts a new study in a results database; the same files resume the stored one.
    public var fingerprint: String = ""

    public var hasCorrelations: Bool {
        rankCorrelation.indices.contains { i in rankCorrelation.indices.contains { j in i != j && rankCorrelation[i][j] != 0 } }
    }
}

/// How the unit cube is sampled (`sampling:`).
public struct StudySampling: Sendable, Equatable {
    /// Scrambled Sobol' (default), Latin hypercube or plain random.
    public var method: SamplingMethod
    /// Samples: the number of input draws (per sweep point), or the base sample N of a Saltelli design
    /// (N·(k+2) evaluations).
    public var samples: Int
}

/// What the study says about which input drives each KPI (`sensitivity:`).
public enum StudySensitivity: String, Sendable, CaseIterable {
    /// None.
    case none
    /// Spearman rank correlation of each KPI with each numeric input, and the correlation ratio η for choices,
    /// from the study's own sample (no extra evaluations). Valid with correlated inputs.
    case rank
    /// First-order and total Sobol' indices from a Saltelli design (N·(k+2) evaluations; independent inputs).
    case sobol
}

/// One uncertain input: the parameter it sets, its distribution, and how a sampled value is written.
public struct StudyInput: Sendable {
    public var path: ParameterPath
    /// Further paths set to the same value (`also:`).
    public var also: [ParameterPath] = []
    /// What the path addresses (kind, unit, range).
    public var descriptor: ParameterDescriptor
    /// The distribution of the SI value (for a choice, over the index of ``choices``).
    public var distribution: InputDistribution
    /// For a choice: the names (models, geometry families, whole numbers) in the order of the weights.
    public var choices: [String]
    /// How the SI value is written into the scenario (unit and basis of the value it replaces).
    var writer: ValueWriter
    /// The value as the scenario file gives it ("150 g/Nm3"), for reports.
    public var nominal: String
    /// The distribution as the study file writes it ("triangular, lower 100 g/Nm3, mode 150 g/Nm3, …").
    public var distributionText: String = ""

    /// SI unit of the value ("K", "kg/Nm3"; empty for numbers and choices).
    public var siUnit: String {
        if case let .quantity(k) = descriptor.kind { return k.siUnitText }
        return ""
    }

    public var isChoice: Bool { !choices.isEmpty }

    /// The scenario text for the input's value at unit-cube coordinate `u` (after correlation).
    public func text(at u: Double) -> String { text(value: distribution.quantile(u)) }

    /// The scenario text for an SI value (or choice index).
    public func text(value: Double) -> String {
        isChoice ? choices[min(choices.count - 1, max(0, Int(value)))] : writer.text(value)
    }

    /// The value in the display unit of the study (the unit the bounds were written in), for tables and plots.
    public func display(_ value: Double) -> Double { isChoice ? value : writer.display(value) }

    /// Display unit ("g/Nm3", "degC"; empty for numbers and choices).
    public var displayUnit: String { isChoice ? "" : writer.displayUnit }
}

/// One axis of a sweep: a path and the values it takes (others stay at the scenario's values).
public struct SweepAxis: Sendable {
    public var path: ParameterPath
    public var descriptor: ParameterDescriptor
    /// The scenario text of each point, and its value in the display unit (the index for choices).
    public var points: [String]
    public var displayValues: [Double]
    public var displayUnit: String
    public var isChoice: Bool
}

/// Writes an SI value as scenario text in the unit and basis of the file (exact: shortest round-trip decimal).
struct ValueWriter: Sendable {
    enum Form: Sendable { case si(String), integer, plain }
    var form: Form
    /// Display unit of the study and the affine map SI → display (display = (si − offset) / scale).
    var displayUnit: String
    var scale: Double
    var offset: Double

    func text(_ x: Double) -> String {
        switch form {
        case let .si(unit): return "\(x) \(unit)"
        case .integer: return String(Int(x.rounded()))
        case .plain: return "\(x)"
        }
    }

    func display(_ si: Double) -> Double { (si - offset) / scale }
}

/// FNV-1a, 64 bit, as 16 hex digits: a stable id of file contents (not a cryptographic hash).
enum Fingerprint {
    static func of(_ texts: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for t in texts {
            for b in t.utf8 {
                h ^= UInt64(b)
                h = h &* 0x0000_0100_0000_01b3
            }
            h ^= 0xff
            h = h &* 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
