import Foundation
import DedustScenario
import DedustStudy

/// A small study over a scenario of `specified` units (fast, with closed-form answers), written to a fresh
/// temporary directory.
struct StudyFixture {
    let directory: URL

    /// One unit `a` with efficiency η_a, and a train `two` of `a` then `b` (η_b = 0.5 unless a study varies it):
    /// the stack concentration is 10 000 (1 − η_a) mg/Nm³ in `one` and 10 000 (1 − η_a)(1 − η_b) in `two`.
    static let scenario = """
        scenario: closed form
        seed: 1
        size_grid: {from: 1 um, to: 100 um, classes: 8}
        gas: {composition: {N2: 0.79, O2: 0.21}, flow: 1 Nm3/s, temperature: 20 degC, pressure: 101.325 kPa}
        dust: {loading: 10 g/Nm3, particle_density: 2000 kg/m3,
               size_distribution: {log_normal: {median: 10 um, geometric_std: 2}}}
        equipment:
          a: {type: specified, model: constant, efficiency: 0.8, pressure_drop: 500 Pa}
          b: {type: specified, model: constant, efficiency: 0.5, pressure_drop: 300 Pa}
        configurations:
          one: {train: [a]}
          two: {train: [a, b]}
        limits:
          - {at: outlet, max_concentration: 2000 mg/Nm3, name: stack}
        """

    init(study: String, scenario: String = StudyFixture.scenario) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("dedust-study-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try scenario.write(to: directory.appendingPathComponent("scenario.yaml"), atomically: true, encoding: .utf8)
        try study.write(to: studyFile, atomically: true, encoding: .utf8)
    }

    var studyFile: URL { directory.appendingPathComponent("study.yaml") }

    func database(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func load() throws -> StudySpecification { try StudyLoader.load(path: studyFile.path, displayName: "study.yaml") }

    /// Runs the whole study into `database` and returns its summary.
    func run(database name: String = "study.db", threads: Int = 1) throws -> (StudySummary, StudyStore) {
        let plan = try StudyPlan(load())
        let store = try StudyStore(path: database(name))
        let run = try StudyRunner(threads: threads).run(plan, store: store)
        return (try StudyAnalysis.analyse(plan, store: store, studyID: run.studyID), store)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}
