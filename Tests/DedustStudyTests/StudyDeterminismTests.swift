import Testing
import Foundation
import DedustNumerics
import DedustScenario
@testable import DedustStudy

/// A study gives the same database contents and the same summary for any thread count, any split into shards
/// (merged after) and after an interruption and resume.
@Suite struct StudyDeterminismTests {
    static let study = """
        study: determinism
        scenario: scenario.yaml
        seed: 42
        sampling: {method: sobol, samples: 150}
        inputs:
          equipment.a.efficiency: {distribution: triangular, lower: 0.6, mode: 0.8, upper: 0.95}
          equipment.b.efficiency: {distribution: normal, mean: 0.5, standard_deviation: 0.1, lower: 0.1, upper: 0.9}
          dust.loading: {distribution: log_normal, median: 10 g/Nm3, gsd: 1.3}
          equipment.b.model: {distribution: choice, weights: {constant: 1}}
        correlations:
          - {between: [dust.loading, equipment.a.efficiency], rank: -0.3}
        """

    func summaryJSON(_ s: StudySummary) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return String(decoding: try e.encode(s), as: UTF8.self)
    }

    @Test func threadsShardsAndResumeGiveIdenticalResults() throws {
        let fixture = try StudyFixture(study: Self.study)
        defer { fixture.remove() }
        let plan = try StudyPlan(fixture.load())
        #expect(plan.evaluationCount == 150)

        // One thread, straight through.
        let (reference, referenceStore) = try fixture.run(database: "one.db", threads: 1)
        let referenceDump = try referenceStore.dump()
        #expect(reference.failed == 0)

        // Two threads.
        let (two, twoStore) = try fixture.run(database: "two.db", threads: 2)
        #expect(try twoStore.dump() == referenceDump)
        #expect(try summaryJSON(two) == summaryJSON(reference))

        // Three shards, merged.
        var shardPaths: [String] = []
        for k in 1...3 {
            let path = fixture.database("shard\(k).db")
            var runner = StudyRunner(threads: 2)
            runner.shard = StudyShard(index: k, count: 3)
            let r = try runner.run(plan, store: StudyStore(path: path))
            #expect(r.stored == runner.shard.range(of: 150).count)
            #expect(r.complete == false)
            shardPaths.append(path)
        }
        let merged = try StudyStore(path: fixture.database("merged.db"))
        for p in shardPaths { try merged.merge(from: p) }
        #expect(try merged.dump() == referenceDump)
        let mergedSummary = try StudyAnalysis.analyse(plan, store: merged, studyID: plan.study.fingerprint)
        #expect(try summaryJSON(mergedSummary) == summaryJSON(reference))

        // Interrupted after 37 evaluations (batches of 8), then resumed.
        let resumed = try StudyStore(path: fixture.database("resumed.db"))
        var interrupted = StudyRunner(threads: 2)
        interrupted.batchPerWorker = 4
        interrupted.stopAfter = 37
        let first = try interrupted.run(plan, store: resumed)
        #expect(first.computed == 37 && !first.complete)
        #expect(throws: StudyStoreError.self) { try StudyAnalysis.analyse(plan, store: resumed, studyID: first.studyID) }
        let second = try StudyRunner(threads: 1).run(plan, store: resumed)
        #expect(second.computed == 150 - 37 && second.complete)
        #expect(try resumed.dump() == referenceDump)
        #expect(try summaryJSON(StudyAnalysis.analyse(plan, store: resumed, studyID: second.studyID)) == summaryJSON(reference))

        // Merging a shard twice changes nothing; merging another study's results into the same evaluation fails.
        try merged.merge(from: shardPaths[0])
        #expect(try merged.dump() == referenceDump)
    }

    @Test func evaluationIsAPureFunctionOfItsIndex() throws {
        let fixture = try StudyFixture(study: Self.study)
        defer { fixture.remove() }
        let plan = try StudyPlan(fixture.load())
        let forward = (0..<plan.evaluationCount).map { plan.evaluation($0).values }
        let backward = (0..<plan.evaluationCount).reversed().map { plan.evaluation($0).values }.reversed()
        #expect(forward == Array(backward))
        // The correlation is there: Spearman of loading and η_a is near −0.3.
        let loading = forward.map { $0[2] }, eta = forward.map { $0[0] }
        let rho = SampleStatistics.rankCorrelation(loading, eta)
        #expect(abs(rho.value + 0.3) < 0.12, "ρ = \(rho)")
        // Every truncated normal draw stays inside its bounds.
        #expect(forward.allSatisfy { $0[1] >= 0.1 && $0[1] <= 0.9 })
    }
}
