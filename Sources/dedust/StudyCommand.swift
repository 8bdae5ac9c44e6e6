import ArgumentParser
import Foundation
import DedustScenario
import DedustStudy
import DedustReports

/// `dedust study`: uncertainty, sensitivity and sweeps over a scenario.
struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Run a study over a scenario (uncertain inputs, sweeps, sensitivity) and report its statistics.",
        discussion: """
            A study file names a scenario and its uncertain inputs by parameter path (docs/study.md). Every \
            evaluation goes into an SQLite database; a study that is interrupted resumes where it stopped, and \
            shards (--shard k/n) run apart and are merged with `dedust study merge`.
            """,
        subcommands: [StudyRunCommand.self, StudyMergeCommand.self, StudyExportCommand.self],
        defaultSubcommand: StudyRunCommand.self)
}

/// `dedust study run FILE` (the default): evaluate what the database lacks, then report.
struct StudyRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Evaluate the study's samples (resuming from its database) and write the report.",
        discussion: """
            The database (--database, default <study file name>.db in --output DIR or the current directory; \
            <name>-shard-K-of-N.db for a shard) keeps every evaluation. A run computes only what it lacks, so an \
            interrupted study is resumed by running the same command again. The report is written only when the \
            database holds every evaluation: a shard stores its part and says so on stderr. Exit codes: 0 success, \
            1 failed run or store, 2 invalid study or scenario file, 64 usage error.
            """)

    @Argument(help: "Study file (YAML).")
    var file: String

    @Option(help: "SQLite database of the study's evaluations (created if missing).")
    var database: String?

    @Option(help: "Compute only shard K of N (K/N): contiguous evaluation indices; merge the shards' databases after.")
    var shard: String?

    @Option(help: "Worker threads (default: all cores).")
    var threads: Int?

    @Option(help: "Report format: table, json, csv, html or all.")
    var format: OutputFormat = .table

    @Option(help: "Directory to write the report files into (created if missing).")
    var output: String?

    @Flag(help: "No progress on stderr.")
    var quiet = false

    @Option(name: .customLong("stop-after"), help: ArgumentHelp("Stop after storing this many new evaluations (tests).",
                                                               visibility: .hidden))
    var stopAfter: Int?

    func validate() throws {
        if format == .all && output == nil { throw ValidationError("--format all needs --output DIR") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if let shard, StudyShard(parsing: shard) == nil {
            throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, e.g. --shard 2/3; found \"\(shard)\"")
        }
    }

    func run() throws {
        let study: StudySpecification
        do {
            study = try StudyLoader.load(path: file)
        } catch let error as ScenarioValidationError {
            Terminal.error(error.description)
            throw ExitCode(2)
        } catch {
            Terminal.error("error: \(error)")
            throw ExitCode(2)
        }
        let shard = self.shard.flatMap(StudyShard.init(parsing:)) ?? .whole
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let databasePath = database ?? URL(fileURLWithPath: output ?? ".")
            .appendingPathComponent(shard == .whole ? "\(stem).db" : "\(stem)-shard-\(shard.index)-of-\(shard.count).db").path
        let summary: StudySummary
        do {
            if let output { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) }
            let plan = try StudyPlan(study)
            let store = try StudyStore(path: databasePath)
            var runner = StudyRunner(threads: threads)
            runner.shard = shard
            runner.stopAfter = stopAfter
            let meter = StudyProgress(enabled: !quiet)
            runner.progress = { stored, total, computed in meter.update(stored: stored, total: total, computed: computed) }
            let result = try runner.run(plan, store: store)
            meter.finish()
            if !quiet {
                Terminal.error("study \(result.studyID): \(result.computed) evaluations computed, \(result.stored) of "
                               + "\(result.shardEvaluations) of shard \(shard) stored in \(databasePath)"
                               + (result.failed > 0 ? "; \(result.failed) failed" : ""))
            }
            guard result.complete else {
                Terminal.error(shard == .whole
                               ? "the study is not complete (stopped early); run the same command again to resume"
                               : "shard \(shard) done; merge every shard's database with `dedust study merge OUT.db "
                                 + "SHARD.db …`, then run `dedust study \(file) --database OUT.db` for the report")
                return
            }
            summary = try StudyAnalysis.analyse(plan, store: store, studyID: result.studyID)
        } catch {
            Terminal.error("error: study failed: \(error)")
            throw ExitCode(1)
        }
        try write(summary, stem: stem, databasePath: databasePath)
    }

    func write(_ summary: StudySummary, stem: String, databasePath: String) throws {
        var files: [ReportFile] = []
        var stdout = ""
        do {
            for f in format.expanded {
                let text: String
                switch f {
                case .table: text = StudyTableReport().render(summary)
                case .json: text = try StudyJSON(toolVersion: Dedust.version).render(summary)
                case .csv: text = StudyCSV().table(summary).text
                case .html: text = StudyHTMLReport(toolVersion: Dedust.version).render(summary)
                case .all: continue
                }
                if output == nil || (format == .all && f == .table) { stdout += text } else {
                    files.append(ReportFile(suffix: ["table": ".txt", "json": ".json", "csv": "-statistics.csv",
                                                     "html": ".html"][f.rawValue]!, contents: text))
                }
            }
            if output != nil {
                let store = try StudyStore(path: databasePath)
                files.append(ReportFile(suffix: "-evaluations.csv", contents: try store.exportCSV(summary.studyID)))
            }
        } catch {
            Terminal.error("error: writing the study report failed: \(error)")
            throw ExitCode(1)
        }
        if let output { try ReportFile.write(files, into: output, stem: stem, quiet: quiet) }
        print(stdout, terminator: "")
    }
}

/// `dedust study merge OUT IN…`: one database from the shards of a study.
struct StudyMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the databases of a study's shards into one (rows must agree where they overlap).")

    @Argument(help: "Database to merge into (created if missing).")
    var into: String

    @Argument(help: "Shard databases.")
    var shards: [String]

    func run() throws {
        do {
            let store = try StudyStore(path: into)
            for s in shards {
                guard FileManager.default.fileExists(atPath: s) else { throw StudyStoreError("no database \(s)") }
                try store.merge(from: s)
            }
            Terminal.error("merged \(shards.count) databases into \(into)")
        } catch {
            Terminal.error("error: merge failed: \(error)")
            throw ExitCode(1)
        }
    }
}

/// `dedust study export DB`: every evaluation as one wide CSV row.
struct StudyExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every evaluation of a study as CSV: one row per evaluation, a column per input and output.")

    @Argument(help: "Study database.")
    var database: String

    @Option(name: .customLong("study-id"), help: "Study id (default: the only study in the database).")
    var studyID: String?

    func run() throws {
        do {
            let store = try StudyStore(path: database)
            let ids = try store.studyIDs()
            guard let id = studyID ?? (ids.count == 1 ? ids[0] : nil) else {
                throw StudyStoreError(ids.isEmpty ? "\(database) holds no study"
                                      : "\(database) holds \(ids.count) studies; choose one with --study-id (\(ids.joined(separator: ", ")))")
            }
            print(try store.exportCSV(id), terminator: "")
        } catch {
            Terminal.error("error: export failed: \(error)")
            throw ExitCode(1)
        }
    }
}

/// Study progress on stderr: evaluations stored, evaluations per second, and the time left. On a terminal one
/// line rewritten in place; otherwise (a batch job's log) a line every 10 s.
final class StudyProgress: @unchecked Sendable {
    private let enabled: Bool
    private let tty = Terminal.stderrIsTerminal
    private let start = Date()
    private var last = Date.distantPast
    private var shown = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(stored: Int, total: Int, computed: Int) {
        guard enabled, total > 0 else { return }
        let now = Date(), elapsed = now.timeIntervalSince(start)
        guard now.timeIntervalSince(last) >= (tty ? 0.2 : 10) || stored == total else { return }
        last = now
        let rate = elapsed > 0 ? Double(computed) / elapsed : 0
        let left = rate > 0 ? Double(total - stored) / rate : .nan
        let line = "study: \(stored)/\(total) evaluations (" + String(format: "%.0f", 100 * Double(stored) / Double(total))
            + " %) · " + String(format: rate >= 10 ? "%.0f" : "%.2g", rate) + " evaluations/s · ETA "
            + (left.isFinite ? Self.duration(left) : "–")
        if tty {
            Terminal.write("\r\u{1B}[2K" + line)
            shown = true
        } else {
            Terminal.error(line)
        }
    }

    func finish() {
        if tty && shown { Terminal.write("\r\u{1B}[2K") }
    }

    static func duration(_ s: Double) -> String {
        s < 90 ? String(format: "%.0f s", s) : s < 5400 ? String(format: "%.0f min", s / 60) : String(format: "%.1f h", s / 3600)
    }
}
