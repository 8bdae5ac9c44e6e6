import Testing
import Foundation

/// `dedust study` end to end: a bad study file exits 2 with located errors and no report; a good one writes every
/// format, the CSV files read as tables, and a second run resumes from the database without recomputing.
@Suite("dedust study")
struct StudyCommandTests {
    static let scenario = BaseScenario.text

    func directory(study: String) throws -> URL {
        let dir = try DedustBinary.temporaryDirectory()
        try Self.scenario.write(to: dir.appendingPathComponent("scenario.yaml"), atomically: true, encoding: .utf8)
        try study.write(to: dir.appendingPathComponent("study.yaml"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func badStudyExitsTwoWithLocatedErrors() throws {
        let dir = try directory(study: """
            study: bad
            scenario: scenario.yaml
            sampling: {samples: 0}
            inputs:
              gas.temprature: {distribution: uniform, lower: 10 degC, upper: 30 degC}
              gas.flow: {distribution: triangular, lower: 900 Nm3/h, mode: 1200 Nm3/h, upper: 1100 Nm3/h}
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try DedustBinary.run(["study", "study.yaml"], in: dir)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("study.yaml:3:21: error: sampling.samples"), "\(r.stderr)")
        #expect(r.stderr.contains("study.yaml:5:3: error:") && r.stderr.contains("did you mean \"temperature\""), "\(r.stderr)")
        #expect(r.stderr.contains("study.yaml:6:") && r.stderr.contains("mode"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("study.db").path))
    }

    @Test func aStudyFileGivenToRunSaysHowToRunIt() throws {
        let dir = try directory(study: "study: s\nscenario: scenario.yaml\ninputs: {}\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try DedustBinary.run(["run", "study.yaml"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("this is a study file") && r.stderr.contains("dedust study study.yaml"), "\(r.stderr)")
    }

    @Test func goodStudyWritesEveryFormatAndResumes() throws {
        let dir = try directory(study: """
            study: good
            scenario: scenario.yaml
            sampling: {method: latin_hypercube, samples: 24}
            inputs:
              gas.temperature: {distribution: uniform, lower: 10 degC, upper: 30 degC}
              dust.loading: {distribution: triangular, lower: 5 g/Nm3, mode: 10 g/Nm3, upper: 20 g/Nm3}
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try DedustBinary.run(["study", "study.yaml", "--format", "all", "--output", "out", "--threads", "2"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Study: good"))
        #expect(first.stderr.contains("24 evaluations computed"))
        for suffix in [".json", "-statistics.csv", "-evaluations.csv", ".html", ".db"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/study\(suffix)").path), "\(suffix)")
        }
        let json = try Data(contentsOf: dir.appendingPathComponent("out/study.json"))
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        #expect(object?["json_contract"] as? String == "study-1.0")
        // The evaluations CSV: a header and one row per evaluation, every row as wide as the header.
        let csv = try String(contentsOf: dir.appendingPathComponent("out/study-evaluations.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\n")
        #expect(rows.count == 25)
        #expect(rows[0].hasPrefix("evaluation,role,base_row,grid_point,status,message,gas.temperature [K],dust.loading"))
        let html = try String(contentsOf: dir.appendingPathComponent("out/study.html"), encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("Probability of meeting the limits"))

        // pandas reads both CSV files and the SQLite database (when this machine has pandas).
        if let python = OutputContractTests.pandasPython {
            let script = """
            import pandas as pd, sqlite3
            s = pd.read_csv("out/study-statistics.csv")
            assert s["value"].dtype == "float64", s["value"].dtype
            p = s[(s.section == "limit") & (s.key == "met.all")]
            e = pd.read_csv("out/study-evaluations.csv")
            db = pd.read_sql("SELECT * FROM output_value WHERE key = 'outlet_mg_per_Nm3'", sqlite3.connect("out/study.db"))
            assert len(e) == 24 and len(db) == 24, (len(e), len(db))
            assert abs(db["value"].mean() - e["base:outlet_mg_per_Nm3 [mg/Nm3]"].mean()) < 1e-9
            print(len(s), len(e.columns))
            """
            let py = try OutputContractTests.command([python, "-c", script], in: dir)
            #expect(py.status == 0, "\(py.stderr)")
        }

        // Run again: nothing to compute, the same report.
        let second = try DedustBinary.run(["study", "study.yaml", "--format", "json", "--database", "out/study.db"], in: dir)
        #expect(second.status == 0)
        #expect(second.stderr.contains("0 evaluations computed"))
        #expect(second.stdout == String(decoding: json, as: UTF8.self))
    }

    @Test func shardsMergeIntoTheWholeStudy() throws {
        let dir = try directory(study: """
            study: shards
            scenario: scenario.yaml
            sampling: {samples: 20}
            inputs:
              gas.temperature: {distribution: uniform, lower: 10 degC, upper: 30 degC}
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        let whole = try DedustBinary.run(["study", "study.yaml", "--format", "json"], in: dir)
        #expect(whole.status == 0)
        for k in 1...2 {
            let r = try DedustBinary.run(["study", "study.yaml", "--shard", "\(k)/2"], in: dir)
            #expect(r.status == 0 && r.stdout.isEmpty, "a shard writes no report")
            #expect(r.stderr.contains("shard \(k)/2 done"))
        }
        let merge = try DedustBinary.run(["study", "merge", "all.db", "study-shard-1-of-2.db", "study-shard-2-of-2.db"], in: dir)
        #expect(merge.status == 0, "\(merge.stderr)")
        let merged = try DedustBinary.run(["study", "study.yaml", "--format", "json", "--database", "all.db"], in: dir)
        #expect(merged.stdout == whole.stdout)
        let bad = try DedustBinary.run(["study", "study.yaml", "--shard", "3/2"], in: dir)
        #expect(bad.status == 64)
    }
}
