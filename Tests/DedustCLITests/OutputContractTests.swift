import Testing
import Foundation

/// Issue 18, small contract fixes: CSV on stdout, exit 64, `compare` in percentage points, one cut size per
/// trajectory unit, margins in words, and `make run` with only the report on stdout.
@Suite("output contracts")
struct OutputContractTests {
    static let scenarios = DedustBinary.packageRoot.appendingPathComponent("scenarios")

    /// Runs `args` through /usr/bin/env (found on PATH) in `directory`, with stdout and stderr captured.
    static func command(_ args: [String], in directory: URL? = nil) throws -> DedustBinary.Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return .init(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                     stderr: String(decoding: e, as: UTF8.self))
    }

    /// A Python 3 with pandas, if this machine has one (CI: `apt-get install python3-pandas`).
    static let pandasPython: String? = ["/usr/bin/python3", "python3"].first { python in
        (try? command([python, "-c", "import pandas"]))?.status == 0
    }

    /// Splits an RFC 4180 line without quoted line breaks.
    static func fields(_ line: String) -> [String] {
        var out: [String] = [], field = "", quoted = false, chars = Array(line), i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" && i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 }
                else if c == "\"" { quoted = false } else { field.append(c) }
            } else if c == "\"" { quoted = true } else if c == "," { out.append(field); field = "" } else { field.append(c) }
            i += 1
        }
        out.append(field)
        return out
    }

    /// `--format csv` without `--output`: one long-format table, 12 columns in every row, every `value` a
    /// number, and the recycle loop's overall efficiency 0.8 / (1 − 0.12/0.92) in its row; pandas reads it.
    @Test func csvOnStdoutIsOneLongTable() throws {
        let file = Self.scenarios.appendingPathComponent("recycle-loop.yaml")
        let r = try DedustBinary.run(["run", file.path, "--format", "csv", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "table,configuration,unit,model,limit,point,size_class,d_low_um,d_high_um,quantity,value,text")
        #expect(lines.filter { $0.hasPrefix("table,") }.count == 1)
        for line in lines.dropFirst() {
            let f = Self.fields(line)
            #expect(f.count == 12, "\(line)")
            if f.count == 12 { #expect(f[10].isEmpty != f[11].isEmpty && (f[10].isEmpty || Double(f[10]) != nil), "\(line)") }
        }
        #expect(lines.contains("configurations,single_pass,,,,,,,,overall_efficiency,0.8,"))
        let loop = try #require(lines.first { $0.hasPrefix("configurations,with_recycle,,,,,,,,overall_efficiency,") })
        #expect(abs((Double(Self.fields(loop)[10]) ?? 0) - (1 - 0.12 / 0.92)) < 1e-15)

        guard let python = Self.pandasPython else {
            print("pandas not installed: the long CSV was checked field by field only (apt-get install python3-pandas)")
            return
        }
        let dir = try DedustBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("run.csv")
        try r.stdout.write(to: csv, atomically: true, encoding: .utf8)
        let script = """
        import pandas as pd
        df = pd.read_csv("\(csv.path)")
        assert df["value"].dtype == "float64", df["value"].dtype
        curves = df[df.table == "curves"].pivot_table(index=["configuration", "unit", "size_class"], columns="quantity", values="value")
        eff = df[(df.table == "configurations") & (df.quantity == "overall_efficiency")].set_index("configuration")["value"]
        print(df.shape[0], df.shape[1], len(curves), "%.12f" % eff["with_recycle"])
        """
        let py = try Self.command([python, "-c", script])
        #expect(py.status == 0, "\(py.stderr)")
        // Rows without the header, 12 columns, 2 configurations × 2 units × 12 classes of curves.
        #expect(py.stdout == "\(lines.count - 1) 12 48 0.869565217391\n", "\(py.stdout)")
    }

    /// Usage errors exit 64 with the parser's message and nothing on stdout; the README documents the code.
    @Test func usageErrorsExitSixtyFourAndAreDocumented() throws {
        let file = Self.scenarios.appendingPathComponent("recycle-loop.yaml")
        let r = try DedustBinary.run(["run", file.path, "--format", "all"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("--format all needs --output DIR"), "\(r.stderr)")
        let unknown = try DedustBinary.run(["run", file.path, "--colour"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("Unknown option '--colour'"), "\(unknown.stderr)")
        let readme = try String(contentsOf: DedustBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("**64** a usage error"))
    }

    /// The carbide comparison: 99.984 % → 99.9980 %, +0.0143 percentage points, no relative change.
    @Test func compareShowsEfficienciesInPercentagePoints() throws {
        let file = Self.scenarios.appendingPathComponent("carbide-furnace-81mva.yaml")
        let r = try DedustBinary.run(["compare", file.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let block = try #require(r.stdout.components(separatedBy: "retrofit vs original").dropFirst().first)
        let row = try #require(block.split(separator: "\n").first { $0.contains("overall efficiency") })
        #expect(row.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                == ["overall", "efficiency", "%", "99.984", "99.9980", "+0.0143", "pp"])
        let json = try DedustBinary.run(["compare", file.path, "--quiet", "--format", "json"])
        #expect(json.stdout.contains("\"delta_unit\": \"percentage points\""))
    }

    /// A trajectory unit reports one cut size, its own: `cut_size_m` is where its grade-efficiency curve
    /// crosses ½ (log-interpolated between class means), the correlation's is `correlation_cut_size_m`.
    @Test func trajectoryUnitsReportTheirMonteCarloCutSize() throws {
        let file = Self.scenarios.appendingPathComponent("trajectory-vs-correlation.yaml")
        let r = try DedustBinary.run(["run", file.path, "--format", "json", "--quiet", "--omit-timings"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(doc["json_contract"] as? String == "1.1")
        let configs = try #require(doc["configurations"] as? [[String: Any]])
        let traj = try #require(configs.first { $0["name"] as? String == "trajectories" })
        let units = try #require(traj["units"] as? [[String: Any]])
        for u in units {
            let details = try #require(u["details"] as? [String: Double])
            #expect(details["trajectory_cut_size_m"] == nil)
            #expect(details["cut_size_m"] != nil && details["correlation_cut_size_m"] != nil, "\(u["id"] ?? "")")
        }
        let chamber = try #require(units.first { $0["id"] as? String == "chamber_traj" })
        let grade = try #require(chamber["grade_efficiency"] as? [String: Any])
        let edges = try #require(grade["edges_um"] as? [Double]), eta = try #require(grade["eta"] as? [Double])
        let means = zip(edges, edges.dropFirst()).map { ($0 * $1).squareRoot() }
        let i = try #require((1..<eta.count).first { eta[$0 - 1] < 0.5 && eta[$0] >= 0.5 })
        let t = (0.5 - eta[i - 1]) / (eta[i] - eta[i - 1])
        let x50 = exp(log(means[i - 1]) + t * (log(means[i]) - log(means[i - 1]))) * 1e-6
        let details = try #require(chamber["details"] as? [String: Double])
        #expect(abs(try #require(details["cut_size_m"]) / x50 - 1) < 1e-9)
        let mixed = try #require((configs.first { $0["name"] as? String == "correlations" }?["units"] as? [[String: Any]])?.first)
        #expect((mixed["details"] as? [String: Double])?["cut_size_m"] != nil)
    }

    /// The terminal table's limit margins in words (carbide, original train; the model spread left out, it
    /// changes no limit).
    @Test func terminalMarginsReadAsEngineersSayThem() throws {
        let text = try String(contentsOf: Self.scenarios.appendingPathComponent("carbide-furnace-81mva.yaml"), encoding: .utf8)
        let yaml = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("model_spread:") }.joined(separator: "\n")
        #expect(yaml != text)
        let r = try DedustBinary.run("run", yaml: yaml, name: "carbide.yaml", extra: ["--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let original = try #require(r.stdout.components(separatedBy: "\nretrofit\n").first)
        for phrase in ["400× the limit  FAILED", "197× the limit  FAILED", "19.1 K over  FAILED", "0.9 K under      ok",
                       "22 % over  FAILED"] {
            #expect(original.contains(phrase), "\(phrase)")
        }
        #expect(!r.stdout.contains("-39929"))
    }

    /// `make run` with a compiler that reports progress on stdout (as `swift build` does): stdout holds the
    /// report only, the progress is on stderr.
    @Test func makeRunKeepsTheCompilerOffStdout() throws {
        guard let dedust = DedustBinary.url else { Issue.record("dedust binary not found"); return }
        let dir = try DedustBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let swift = dir.appendingPathComponent("swift")
        try "#!/bin/sh\necho \"[1/2] Compiling dedust RunCommand.swift\"\necho \"Build of product 'dedust' complete!\"\n"
            .write(to: swift, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: swift.path)
        // As a user runs it: not nested in another make (the suite may run under `make test`).
        let make = try Self.command(["-u", "MAKELEVEL", "-u", "MAKEFLAGS", "-u", "MFLAGS", "make", "run", "SWIFT=\(swift.path)", "DEDUST=\(dedust.path)",
                                     "SCENARIO=scenarios/recycle-loop.yaml",
                                     "REPORT_DIR=\(dir.appendingPathComponent("report").path)"],
                                    in: DedustBinary.packageRoot)
        let o = make.stdout, e = make.stderr
        #expect(make.status == 0, "\(e)")
        let lines = o.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Scenario: Two-stage loop with a gas recycle") == true, "\(o.prefix(300))")
        #expect(!o.contains("Compiling") && !o.contains("Build of product") && !o.contains("Entering directory"))
        #expect(e.contains("[1/2] Compiling dedust RunCommand.swift"))
    }
}
