import Foundation
import DedustNumerics
import DedustScenario

/// Evaluates a study's scenario variants concurrently and streams them into a ``StudyStore``.
///
/// The scenario is loaded and validated once; each evaluation sets its values by parameter path
/// (``ScenarioDocument/setting(_:)-([(ParameterPath,String)])``: the composed tree is re-validated, no text is parsed)
/// and runs every configuration of the study on one thread, while evaluations run side by side on Dispatch workers.
/// Results are stored in index order in batches (one transaction each), so memory stays bounded and an interrupted
/// study loses at most one batch. Any thread count, any split into shards and any interruption give the same
/// stored values: evaluation `e` depends only on (study, seed, e) (``StudyPlan``), and every trajectory unit
/// inside uses the scenario's seed in every evaluation (common random numbers: its Monte Carlo error is the same in
/// every sample and does not add to the spread; ``StudyOutput/Kind/monteCarloBound`` records its size).
public struct StudyRunner: Sendable {
    public var threads: Int?
    /// Evaluations per worker in one stored batch.
    public var batchPerWorker = 32
    /// The part of the evaluations this run computes.
    public var shard = StudyShard.whole
    /// Stop after storing this many new evaluations (nil: run to the end of the shard) — what an interruption does.
    public var stopAfter: Int?
    /// Called after each stored batch with (evaluations stored in this shard, evaluations of this shard, evaluations
    /// computed by this run).
    public var progress: (@Sendable (Int, Int, Int) -> Void)?

    public init(threads: Int? = nil) { self.threads = threads }

    /// Runs the evaluations of `shard` that `store` does not hold yet.
    @discardableResult
    public func run(_ plan: StudyPlan, store: StudyStore) throws -> StudyRunSummary {
        let header = try Self.header(for: plan)
        try store.register(header)
        let range = shard.range(of: plan.evaluationCount)
        let done = try store.completed(header.studyID, in: range)
        let todo = range.filter { !done.contains($0) }
        let limit = min(todo.count, stopAfter ?? todo.count)
        let workers = max(1, threads ?? ParallelWork.coreCount)
        let batch = max(1, batchPerWorker * workers)
        let evaluator = StudyEvaluator(plan: plan, outputs: header.outputs)
        var computed = 0, failed = 0
        progress?(done.count, range.count, 0)
        while computed < limit {
            let chunk = Array(todo[computed..<min(limit, computed + batch)])
            let records = ParallelWork.map(chunk.count, threads: workers) { evaluator.evaluate(chunk[$0]) }
            try store.insert(header.studyID, records)
            computed += chunk.count
            failed += records.filter { $0.failure != nil }.count
            progress?(done.count + computed, range.count, computed)
        }
        return StudyRunSummary(studyID: header.studyID, shardEvaluations: range.count,
                               stored: done.count + computed, computed: computed, failed: failed,
                               complete: try store.completedCount(header.studyID) == plan.evaluationCount)
    }

    /// The study's stored description: its id, inputs and the outputs of its nominal run.
    public static func header(for plan: StudyPlan) throws -> StudyHeader {
        let study = plan.study
        let nominal = try StudyEvaluator.run(study.document.scenario, configurations: study.configurations)
        let outputs = StudyOutputs(nominal.configurations, currency: nominal.currency)
        return StudyHeader(
            studyID: study.fingerprint, name: study.name, studyFile: study.file, scenarioFile: study.scenarioFile,
            seed: study.seed, method: study.sampling.method.rawValue, samples: study.sampling.samples,
            sensitivity: study.sensitivity.rawValue, evaluations: plan.evaluationCount, confidence: study.confidence,
            bootstrap: study.bootstrap,
            inputs: study.inputs.map {
                .init(path: $0.path.description, distribution: $0.distributionText, unit: $0.siUnit,
                      nominal: $0.nominal, choices: $0.choices)
            },
            outputs: outputs)
    }
}

/// Evaluates one study evaluation into its stored record (a failure is recorded, not thrown: a variant the
/// scenario's rules refuse, or a model outside its range, is an outcome the study reports).
public struct StudyEvaluator: Sendable {
    public let plan: StudyPlan
    public let outputs: StudyOutputs

    public init(plan: StudyPlan, outputs: StudyOutputs) {
        self.plan = plan
        self.outputs = outputs
    }

    public func evaluate(_ e: Int) -> EvaluationRecord {
        let ev = plan.evaluation(e)
        let inputs = zip(plan.study.inputs, ev.values).map { (value: $1, text: $0.text(value: $1)) }
        var record = EvaluationRecord(index: e, role: ev.role.description, row: ev.row, gridPoint: ev.gridPoint,
                                      inputs: inputs,
                                      outputs: outputs.outputs.map { Array(repeating: nil, count: $0.count) }, failure: nil)
        do {
            let variant = try plan.study.document.setting(ev.changes)
            let result = try Self.run(variant.scenario, configurations: plan.study.configurations)
            for (c, name) in outputs.configurations.enumerated() {
                guard let r = result.configurations.first(where: { $0.name == name }) else { continue }
                record.outputs[c] = outputs.values(c, r, currency: result.currency)
            }
        } catch {
            record.failure = String(describing: error)
        }
        return record
    }

    /// Runs `configurations` of `scenario` on one thread.
    public static func run(_ scenario: Scenario, configurations: [String]) throws -> ScenarioResult {
        var s = scenario
        s.configurations = s.configurations.filter { configurations.contains($0.name) }
        return try ScenarioRunner(threads: 1).run(s)
    }
}

/// Which part of a study's evaluations one run computes: shard k of n holds the contiguous indices
/// [⌊(k−1)·M/n⌋, ⌊k·M/n⌋) of M.
public struct StudyShard: Sendable, Equatable, CustomStringConvertible {
    public var index: Int
    public var count: Int

    public static let whole = StudyShard(index: 1, count: 1)

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// `k/n` with 1 ≤ k ≤ n.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, k >= 1, k <= n else { return nil }
        self.init(index: k, count: n)
    }

    public func range(of total: Int) -> Range<Int> {
        let lo = (index - 1) * total / count, hi = index * total / count
        return lo..<hi
    }

    public var description: String { "\(index)/\(count)" }
}

/// What a run did.
public struct StudyRunSummary: Sendable {
    public var studyID: String
    public var shardEvaluations: Int
    public var stored: Int
    public var computed: Int
    public var failed: Int
    /// Whether the database now holds every evaluation of the study.
    public var complete: Bool
}
