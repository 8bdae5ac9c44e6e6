// study-benchmark: how many study evaluations per second one core gives, on the carbide study.
//
//     swift build -c release --product study-benchmark && ./.build/release/study-benchmark [study.yaml] [--evaluations N]
//
// A study evaluation is one scenario variant (its uncertain inputs set by parameter path, the composed YAML tree
// re-validated; no text parsed) plus a run of every configuration of the study (correlation models: the carbide
// study's four configurations). The benchmark times, in one run and one after the other:
//   1. the variants alone (ScenarioDocument.setting),
//   2. the whole evaluation on one thread without a store,
//   3. the study runner with its SQLite store on 1 and on 2 threads,
// and prints evaluations per second per core, and the 2-thread speed-up. Shared machines are noisy: read the load
// average it prints, and compare figures from one run only.
import Foundation
import DedustNumerics
import DedustScenario
import DedustStudy

var arguments = Array(CommandLine.arguments.dropFirst())
var evaluations = 256
if let i = arguments.firstIndex(of: "--evaluations"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
    evaluations = n
    arguments.removeSubrange(i...(i + 1))
}
let file = arguments.first ?? "scenarios/studies/carbide-furnace-study.yaml"

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func load() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
}

do {
    let study = try StudyLoader.load(path: file)
    let plan = try StudyPlan(study)
    let n = min(evaluations, plan.evaluationCount)
    print("study-benchmark: \(study.name)")
    print("  \(file): \(study.configurations.count) configurations, \(study.inputs.count) inputs, \(n) evaluations per measurement")
    print("  machine: \(ParallelWork.coreCount) cores, load average \(load()) (1, 5, 15 min) at start")

    let header = try StudyRunner.header(for: plan)
    let evaluator = StudyEvaluator(plan: plan, outputs: header.outputs)
    _ = evaluator.evaluate(0)   // warm-up

    var variants: [ScenarioDocument] = []
    variants.reserveCapacity(n)
    let tVariant = try seconds {
        for e in 0..<n { variants.append(try study.document.setting(plan.evaluation(e).changes)) }
    }
    let tRun = try seconds {
        for v in variants { _ = try StudyEvaluator.run(v.scenario, configurations: study.configurations) }
    }
    var failed = 0
    let tEvaluate = seconds {
        for e in 0..<n where evaluator.evaluate(e).failure != nil { failed += 1 }
    }
    func perSecond(_ t: Double) -> String { String(format: "%.0f", Double(n) / t) }
    func perEvaluation(_ t: Double) -> String { String(format: "%.3f ms", t / Double(n) * 1000) }
    print("")
    print("  one thread, no store                     per evaluation   evaluations/s")
    print("    variant (setting by path, validated)   \(perEvaluation(tVariant).padding(toLength: 15, withPad: " ", startingAt: 0))  \(perSecond(tVariant))")
    print("    run of \(study.configurations.count) configurations               \(perEvaluation(tRun).padding(toLength: 15, withPad: " ", startingAt: 0))  \(perSecond(tRun))")
    print("    whole evaluation                       \(perEvaluation(tEvaluate).padding(toLength: 15, withPad: " ", startingAt: 0))  \(perSecond(tEvaluate))")
    if failed > 0 { print("    (\(failed) evaluations failed: their time is included)") }

    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("study-benchmark-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var times: [Int: Double] = [:]
    for threads in [1, 2] {
        let store = try StudyStore(path: directory.appendingPathComponent("t\(threads).db").path)
        var runner = StudyRunner(threads: threads)
        runner.stopAfter = n
        times[threads] = try seconds { try runner.run(plan, store: store) }
    }
    print("")
    print("  study runner with its SQLite store")
    print("    1 thread                               \(perEvaluation(times[1]!).padding(toLength: 15, withPad: " ", startingAt: 0))  \(perSecond(times[1]!))")
    print("    2 threads                              \(perEvaluation(times[2]!).padding(toLength: 15, withPad: " ", startingAt: 0))  \(perSecond(times[2]!))   speed-up \(String(format: "%.2f", times[1]! / times[2]!))×")
    print("")
    print("  evaluations per second per core (whole evaluation, one thread): \(perSecond(tEvaluate)); target ≥ 1000")
    print("  load average at the end: \(load())")
} catch {
    FileHandle.standardError.write(Data("study-benchmark: \(error)\n".utf8))
    exit(1)
}
