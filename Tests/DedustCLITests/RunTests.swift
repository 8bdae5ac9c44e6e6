import Testing
import Foundation

@Suite("dedust run, compare, models")
struct RunTests {
    static let scenarios = DedustBinary.packageRoot.appendingPathComponent("scenarios")

    static var scenarioFiles: [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: scenarios, includingPropertiesForKeys: nil)) ?? [])
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    private func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    private func configurations(_ doc: [String: Any]) throws -> [[String: Any]] {
        try #require(doc["configurations"] as? [[String: Any]])
    }

    /// Every scenario shipped in scenarios/ validates and runs, its JSON closes the dust balance, and the JSON is
    /// byte-identical for `--threads 1` and `--threads 2` (results do not depend on the thread count;
    /// `--omit-timings` drops the one time-dependent field).
    @Test func everyShippedScenarioValidatesRunsAndIsThreadIndependent() throws {
        let files = Self.scenarioFiles
        #expect(files.count >= 3)
        for file in files {
            let name = file.lastPathComponent
            let v = try DedustBinary.run(["validate", file.path])
            #expect(v.status == 0, "\(name): \(v.stderr)")
            let args = ["run", file.path, "--format", "json", "--quiet", "--omit-timings", "--threads"]
            let one = try DedustBinary.run(args + ["1"])
            let two = try DedustBinary.run(args + ["2"])
            #expect(one.status == 0 && two.status == 0, "\(name): \(one.stderr) \(two.stderr)")
            guard one.status == 0 else { continue }
            #expect(!one.stdout.isEmpty)
            #expect(one.stdout == two.stdout, "\(name) differs between 1 and 2 threads")
            for c in try configurations(json(one.stdout)) {
                let solver = try #require(c["solver"] as? [String: Any])
                let closure = try #require(solver["mass_closure_error"] as? Double)
                #expect(closure <= 1e-9, "\(name) \(c["name"] ?? "")")
            }
        }
    }

    /// scenarios/recycle-loop.yaml: η₁ = 0.6, η₂ = 0.5 and 40 % of the cleaned gas back to stage 1. Per class the
    /// stack penetration is (1 − r) p₁p₂ / (1 − r p₁p₂) = 0.6·0.2/0.92 (closed form), so the overall efficiency is
    /// 1 − 0.12/0.92 = 0.869565…; stage 1 sees the feed dust ×1/0.92 in the gas ×1/0.6, i.e.
    /// 10 000 mg/Nm³ · 0.6/0.92 = 6521.739 mg/Nm³.
    @Test func recycleScenarioReproducesTheAnalyticLoop() throws {
        let file = Self.scenarios.appendingPathComponent("recycle-loop.yaml")
        let r = try DedustBinary.run(["run", file.path, "--format", "json", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let configs = try configurations(json(r.stdout))
        let single = try #require(configs.first { $0["name"] as? String == "single_pass" })
        let loop = try #require(configs.first { $0["name"] as? String == "with_recycle" })
        #expect(abs((single["overall_efficiency"] as? Double ?? 0) - 0.8) < 1e-13)
        #expect(abs((loop["overall_efficiency"] as? Double ?? 0) - (1 - 0.12 / 0.92)) < 1e-13)
        let units = try #require(loop["units"] as? [[String: Any]])
        #expect(abs((units[0]["inlet_mg_per_Nm3"] as? Double ?? 0) - 10_000 * 0.6 / 0.92) < 1e-8)
        let outlet = try #require(loop["outlet"] as? [String: Any])
        #expect(abs((outlet["concentration_mg_per_Nm3"] as? Double ?? 0) - 10_000 * 0.12 / 0.92) < 1e-8)
        // Mass closure: feed = stack + collected (kg/h).
        let inlet = try #require(loop["inlet"] as? [String: Any])
        let feed = try #require(inlet["dust_kg_per_h"] as? Double)
        let stack = try #require(outlet["dust_kg_per_h"] as? Double)
        let collected = units.compactMap { $0["collected_kg_per_h"] as? Double }.reduce(0, +)
        #expect(abs(feed - stack - collected) <= 1e-9 * feed)
        // The recycled gas does not leave the stack: same normal flow in and out.
        #expect(abs((inlet["flow_Nm3_per_h"] as? Double ?? 0) - (outlet["flow_Nm3_per_h"] as? Double ?? 1)) < 1e-8)
    }

    /// The JSON contract's keys (docs/json-output.md) are present.
    @Test func jsonContractKeys() throws {
        let file = Self.scenarios.appendingPathComponent("recycle-loop.yaml")
        let r = try DedustBinary.run(["run", file.path, "--format", "json", "--quiet", "--seed", "99"])
        let doc = try json(r.stdout)
        for key in ["scenario", "seed", "version", "configurations"] { #expect(doc[key] != nil, "top-level \(key)") }
        #expect(doc["seed"] as? Int == 99)
        let c = try #require(configurations(doc).first)
        for key in ["name", "overall_efficiency", "outlet", "pressure_drop_Pa", "fan_power_kW", "limits", "units"] {
            #expect(c[key] != nil, "configuration \(key)")
        }
        let outlet = try #require(c["outlet"] as? [String: Any])
        for key in ["concentration_mg_per_Nm3", "concentration_mg_per_m3", "temperature_C"] { #expect(outlet[key] != nil) }
        let limit = try #require((c["limits"] as? [[String: Any]])?.first)
        for key in ["name", "value", "limit", "ok"] { #expect(limit[key] != nil, "limit \(key)") }
        let unit = try #require((c["units"] as? [[String: Any]])?.first)
        for key in ["id", "type", "model", "efficiency", "inlet_mg_per_Nm3", "outlet_mg_per_Nm3", "pressure_drop_Pa",
                    "temperature_in_C", "temperature_out_C", "collected_kg_per_h", "warnings", "grade_efficiency"] {
            #expect(unit[key] != nil, "unit \(key)")
        }
        let grade = try #require(unit["grade_efficiency"] as? [String: Any])
        #expect((grade["edges_um"] as? [Double])?.count == 13)
        #expect((grade["eta"] as? [Double])?.count == 12)
        // Fan power ΔP·Q/η_fan with Q at the stack (20 °C, 101.325 − 1 kPa):
        // 1000 Pa · (10 000 Nm³/h → 3.01088 m³/s) / 0.75 = 4.0145 kW.
        let q = 10_000.0 / 3600 * 293.15 / 273.15 * 101_325 / 100_325
        #expect(abs((c["fan_power_kW"] as? Double ?? 0) - 1000 * q / 0.75 / 1000) < 1e-9)
    }

    @Test func repeatedUnitsGetDistinctIDs() throws {
        let file = Self.scenarios.appendingPathComponent("cyclone-curve-and-cooler.yaml")
        let r = try DedustBinary.run(["run", file.path, "--format", "json", "--quiet"])
        let c = try #require(configurations(json(r.stdout)).first { $0["name"] as? String == "two_cyclones_parallel" })
        let ids = (c["units"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids == ["cyclone#1", "cyclone#2", "cooler", "filter"])
    }

    /// `--format all --output DIR` prints the table and writes the JSON, the CSV tables and the HTML report.
    @Test func formatAllWritesEveryReport() throws {
        let file = Self.scenarios.appendingPathComponent("recycle-loop.yaml")
        let dir = try DedustBinary.temporaryDirectory()
        let r = try DedustBinary.run(["run", file.path, "--format", "all", "--output", dir.path, "--quiet"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("with_recycle"))
        let written = Set((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
        #expect(written == ["recycle-loop.json", "recycle-loop.html", "recycle-loop-configurations.csv",
                            "recycle-loop-units.csv", "recycle-loop-limits.csv", "recycle-loop-curves.csv",
                            "recycle-loop-psd.csv"])
        let html = try String(contentsOf: dir.appendingPathComponent("recycle-loop.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("with_recycle"))
    }

    /// A run that fails (here: a unit returning all its collected dust to itself with η = 1 — a loop with no
    /// way out, singular) prints the error to stderr, no report, and exits 1.
    @Test func failedRunExitsOneWithoutAReport() throws {
        var lines = BaseScenario.lines
        lines.insert("  c: {type: specified, model: constant, efficiency: 1}", at: 12)
        let yaml = lines.joined(separator: "\n") + "\n" + """
              trap:
                train: [c]
                recycle: [{from: c.collected, to: c, fraction: 1}]

            """
        let r = try DedustBinary.run("run", yaml: yaml)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("error: run failed: configuration \"trap\""))
        #expect(r.stderr.contains("singular"))
    }

    /// `--threads 0` is a usage error (exit 64, nothing on stdout) for `run` and `compare` alike.
    @Test func zeroThreadsIsAUsageErrorForBothCommands() throws {
        let file = Self.scenarios.appendingPathComponent("recycle-loop.yaml")
        for command in ["run", "compare"] {
            let r = try DedustBinary.run([command, file.path, "--threads", "0", "--quiet"])
            #expect(r.status == 64, "\(command): \(r.stderr)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains("--threads must be at least 1, got 0"), "\(command): \(r.stderr)")
        }
    }

    @Test func outputDirectoryAndCompare() throws {
        let dir = try DedustBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = Self.scenarios.appendingPathComponent("recycle-loop.yaml")
        let r = try DedustBinary.run(["run", file.path, "--format", "json", "--output", dir.path, "--quiet"])
        #expect(r.status == 0)
        let written = try String(contentsOf: dir.appendingPathComponent("recycle-loop.json"), encoding: .utf8)
        #expect(try json(written)["scenario"] as? String == "Two-stage loop with a gas recycle (analytic check)")

        let c = try DedustBinary.run(["compare", file.path, "--format", "json", "--quiet"])
        #expect(c.status == 0)
        let doc = try json(c.stdout)
        #expect(doc["baseline"] as? String == "single_pass")
        let loop = try #require(configurations(doc).first { $0["name"] as? String == "with_recycle" })
        let eff = try #require((loop["kpis"] as? [[String: Any]])?.first { $0["key"] as? String == "overall_efficiency" })
        #expect(abs((eff["delta"] as? Double ?? 0) - (100 * (1 - 0.12 / 0.92) - 80)) < 1e-9)
        let bad = try DedustBinary.run(["compare", file.path, "--baseline", "nope"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--baseline \"nope\" is not a configuration"))
    }

    @Test func modelsListsEveryRegisteredModel() throws {
        let r = try DedustBinary.run(["models"])
        #expect(r.status == 0)
        for fragment in ["type: cyclone", "model: muschelknautz_vdi", "type: gravity_settler", "model: dispersion",
                         "type: specified", "cut_size (length > 0 m, required)",
                         "pressure_drop (pressure difference ≥ 0 Pa, default 0 Pa)", "drag laws:", "  schiller_naumann — "] {
            #expect(r.stdout.contains(fragment), "\(fragment)")
        }
    }
}
