import Foundation
import ArgumentParser
import DedustReports
import DedustScenario

/// One file a report writer produces: a name suffix (".json", "-kpis.csv") and its contents.
struct ReportFile {
    var suffix: String
    var contents: String

    /// Writes every file to `directory/<stem><suffix>` (creating the directory), naming each on stderr unless
    /// `quiet`; a failure prints the reason and exits 1.
    static func write(_ files: [ReportFile], into directory: String, stem: String, quiet: Bool) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for f in files {
                let path = URL(fileURLWithPath: directory).appendingPathComponent(stem + f.suffix).path
                try f.contents.write(toFile: path, atomically: true, encoding: .utf8)
                if !quiet { Terminal.error("wrote \(path)") }
            }
        } catch {
            Terminal.error("error: cannot write the report into \(directory): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}

/// A report format. Adding a format is one case here plus one writer.
protocol ReportWriter {
    /// The files written into `--output DIR`.
    func files(_ result: ScenarioResult) throws -> [ReportFile]
    /// What goes to stdout without `--output` (default: the files one after the other).
    func standardOutput(_ result: ScenarioResult) throws -> String
}

extension ReportWriter {
    func standardOutput(_ result: ScenarioResult) throws -> String { try files(result).map(\.contents).joined() }
}

/// `--format` of `dedust run`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, html, all

    /// The single formats `self` stands for.
    var expanded: [OutputFormat] { self == .all ? [.table, .json, .csv, .html] : [self] }

    /// The writer of a single format, or nil while that format is not implemented in this build.
    /// `spread` is the model-spread study, when the scenario asks for one.
    func writer(omitTimings: Bool, spread: ModelSpreadResult? = nil) -> (any ReportWriter)? {
        switch self {
        case .table: return TableWriter(spread: spread)
        case .json: return JSONWriter(omitTimings: omitTimings, spread: spread)
        case .csv: return CSVWriter(spread: spread)
        case .html: return HTMLWriter(spread: spread)
        case .all: return nil
        }
    }
}

struct TableWriter: ReportWriter {
    var spread: ModelSpreadResult? = nil
    func files(_ result: ScenarioResult) throws -> [ReportFile] {
        [ReportFile(suffix: ".txt", contents: TableReport().render(result)
                        + (spread.map { ModelSpreadTable().render($0) } ?? ""))]
    }
}

struct JSONWriter: ReportWriter {
    var omitTimings: Bool
    var spread: ModelSpreadResult? = nil
    func files(_ result: ScenarioResult) throws -> [ReportFile] {
        let report = JSONReport(toolVersion: Dedust.version, omitTimings: omitTimings)
        guard let spread else { return [ReportFile(suffix: ".json", contents: report.render(result))] }
        let document = ModelSpreadJSON.appending(spread, to: report.document(result))
        return [ReportFile(suffix: ".json", contents: document.serialized() + "\n")]
    }
}

/// Tidy CSV tables, one file per table (`CSVReport`); on stdout, where only one table fits, all of them as one
/// long-format table (`CSVLongTable`).
struct CSVWriter: ReportWriter {
    var spread: ModelSpreadResult? = nil
    func files(_ result: ScenarioResult) throws -> [ReportFile] {
        CSVReport(spread: spread).tables(result).map { ReportFile(suffix: $0.suffix, contents: $0.table.text) }
    }
    func standardOutput(_ result: ScenarioResult) throws -> String {
        CSVLongTable(spread: spread).table(result).text
    }
}

/// One self-contained HTML file with inline SVG charts (`HTMLReport`).
struct HTMLWriter: ReportWriter {
    var spread: ModelSpreadResult? = nil
    func files(_ result: ScenarioResult) throws -> [ReportFile] {
        [ReportFile(suffix: ".html", contents: HTMLReport(toolVersion: Dedust.version, spread: spread).render(result))]
    }
}
