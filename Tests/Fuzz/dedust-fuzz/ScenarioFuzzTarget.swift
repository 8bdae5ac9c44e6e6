import Foundation
import DedustReports
import DedustScenario

/// In-process fuzz target for the scenario loader, validator, runner and report writers (issue 18 item 10).
///
/// Built with libFuzzer (`scripts/fuzz.sh`: `-sanitize=fuzzer -DDEDUST_FUZZ`) it is a libFuzzer binary that mutates
/// the shipped scenarios (`scenarios/` is the seed corpus) and feeds each mutant through ``check(_:)``; built
/// normally it is a replay tool, `dedust-fuzz FILE|DIR …`, that runs the same check on saved inputs (a crash
/// libFuzzer wrote, or a whole corpus) and prints how many it ran.
///
/// What counts as a finding — each is a trap, so libFuzzer stops and saves the input:
/// - any trap in the code under test (an `Int(_:)` of a huge `Double`, an index out of range, a force-unwrap …);
/// - a scenario refused with no located error (``ScenarioValidationError`` with no diagnostics);
/// - a run that succeeds with a result the final consistency pass would refuse;
/// - a run slower than libFuzzer's `-timeout` (a hang).
/// Work is bounded per input: one thread, and trajectory units above 10⁷ worst-case particle-steps are refused
/// (``ScenarioRunner/maxParticleSteps``), so the fuzzer spends its time on the inputs, not on Monte Carlo.
enum ScenarioFuzzTarget {
    static let maxParticleSteps = 1e7

    static func check(_ data: Data) {
        guard let text = String(data: data, encoding: .utf8) else { return }
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.parse(text, file: "fuzz.yaml")
        } catch let error as ScenarioValidationError {
            precondition(!error.diagnostics.isEmpty, "a scenario was refused without a located error")
            return
        } catch {
            preconditionFailure("the loader threw something other than a validation error: \(error)")
        }
        var runner = ScenarioRunner(threads: 1)
        runner.maxParticleSteps = maxParticleSteps
        guard let result = try? runner.run(scenario) else { return }
        for c in result.configurations {
            precondition(c.inconsistencies.isEmpty, "configuration \(c.name) passed with \(c.inconsistencies)")
        }
        _ = JSONReport(toolVersion: "fuzz", omitTimings: true).render(result)
        _ = TableReport().render(result)
    }
}

#if DEDUST_FUZZ
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    ScenarioFuzzTarget.check(Data(bytes: start, count: count))
    return 0
}

/// libFuzzer's driver (`-sanitize=fuzzer` links it in).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry point as `<module>_main` and aliases `main` to it, so libFuzzer's own
/// `main` is not used; this entry point hands the command line to libFuzzer's driver instead.
@_cdecl("dedust_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { start, size in
        ScenarioFuzzTarget.check(Data(bytes: start, count: size))
        return 0
    }
}
#else
@main
struct ReplayFuzzInputs {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: dedust-fuzz FILE|DIR … (replays saved fuzz inputs)\n".utf8))
            exit(64)
        }
        var count = 0
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("dedust-fuzz: no such file \(path)\n".utf8))
                exit(66)
            }
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                ScenarioFuzzTarget.check(data)
                count += 1
            }
        }
        print("dedust-fuzz: \(count) inputs replayed, no finding")
    }
}
#endif
