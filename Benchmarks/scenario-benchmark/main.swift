// scenario-benchmark — whole-scenario wall time of the carbide case: correlation models only versus the same
// trains with the cyclones (and circulating cyclone) evaluated by the Lagrangian trajectory engine.
//
//     swift run -c release scenario-benchmark [--runs N] [--threads N] [scenario.yaml]
//
// Each variant is loaded once, run once to warm up, then timed `runs` times (default 5); the table gives the
// median and the range, and the ratio trajectory/correlation of the medians. The trajectory variant is the
// same file with `model: muschelknautz_vdi` (cyclones) and `model: reduced_order` (circulating cyclone)
// replaced by `model: trajectory`; when this build has no trajectory model for a unit type, the variant is
// reported as unavailable instead of timed. Numbers vary by machine and load: compare ratios from one run.
import DedustScenario
import DedustNumerics
import Foundation

var runs = 5
var threads: Int? = nil
var path = "scenarios/carbide-furnace-81mva.yaml"
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    switch a {
    case "--runs": runs = max(1, Int(args.next() ?? "") ?? runs)
    case "--threads": threads = Int(args.next() ?? "")
    case "--help", "-h":
        print("usage: scenario-benchmark [--runs N] [--threads N] [scenario.yaml]")
        exit(0)
    default: path = a
    }
}

guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
    FileHandle.standardError.write(Data("scenario-benchmark: cannot read \(path) (run from the package root)\n".utf8))
    exit(1)
}

struct Timing {
    var name: String
    var seconds: [Double]
    var configurations: Int
    var units: Int
    var particles: Int
    var median: Double { let s = seconds.sorted(); return s[s.count / 2] }
}

/// Loads `yaml`, runs it once to warm up, then `runs` times; nil with the reason when it does not load.
@MainActor func time(_ name: String, _ yaml: String) -> Result<Timing, Error> {
    Result {
        let scenario = try ScenarioLoader.parse(yaml, file: path)
        let runner = ScenarioRunner(threads: threads)
        let warm = try runner.run(scenario)
        var seconds: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let d = try clock.measure { _ = try runner.run(scenario) }
            seconds.append(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
        }
        let units = warm.configurations.reduce(0) { $0 + $1.units.count }
        let particles = warm.configurations.flatMap(\.units).compactMap(\.statistics).reduce(0) { $0 + $1.particles }
        return Timing(name: name, seconds: seconds, configurations: warm.configurations.count, units: units,
                      particles: particles)
    }
}

let trajectoryText = text
    .replacingOccurrences(of: "model: muschelknautz_vdi", with: "model: trajectory")
    .replacingOccurrences(of: "model: reduced_order", with: "model: trajectory")

print("scenario-benchmark: \(path), \(runs) timed runs per variant, threads \(threads.map(String.init) ?? "all (\(ParallelWork.coreCount))")")
print("")
print("variant                 configurations  units  particles   median s     min s     max s")
var medians: [String: Double] = [:]
for (name, yaml) in [("correlations only", text), ("trajectory cyclones", trajectoryText)] {
    switch time(name, yaml) {
    case let .success(t):
        medians[name] = t.median
        let line = [name.padding(toLength: 22, withPad: " ", startingAt: 0),
                    String(format: "%15d", t.configurations), String(format: "%6d", t.units),
                    String(format: "%10d", t.particles), String(format: "%10.4f", t.median),
                    String(format: "%9.4f", t.seconds.min() ?? 0), String(format: "%9.4f", t.seconds.max() ?? 0)]
        print(line.joined(separator: " "))
    case let .failure(error):
        let reason = String(describing: error).split(separator: "\n").prefix(2).joined(separator: "; ")
        print("\(name.padding(toLength: 22, withPad: " ", startingAt: 0)) unavailable in this build: \(reason)")
    }
}
if let c = medians["correlations only"], let t = medians["trajectory cyclones"], c > 0 {
    print("")
    print(String(format: "ratio trajectory / correlations (medians): %.1f×", t / c))
}
