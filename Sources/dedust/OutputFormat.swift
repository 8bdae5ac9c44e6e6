import ArgumentParser
import DedustReports
import DedustScenario

/// One file a report writer produces: a name suffix (".json", "-kpis.csv") and its contents.
struct ReportFile {
    var suffix: String
    var contents: String
}

/// A report format. Adding a format is one case here plus one writer.
protocol ReportWriter {
    func files(_ result: ScenarioResult) throws -> [ReportFile]
}

/// `--format` of `dedust run`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, html, all

    /// The single formats `self` stands for.
    var expanded: [OutputFormat] { self == .all ? [.table, .json, .csv, .html] : [self] }

    /// The writer of a single format, or nil while that format is not implemented in this build.
    func writer(omitTimings: Bool) -> (any ReportWriter)? {
        switch self {
        case .table: return TableWriter()
        case .json: return JSONWriter(omitTimings: omitTimings)
        case .csv, .html, .all: return nil
        }
    }
}

struct TableWriter: ReportWriter {
    func files(_ result: ScenarioResult) throws -> [ReportFile] {
        [ReportFile(suffix: ".txt", contents: TableReport().render(result))]
    }
}

struct JSONWriter: ReportWriter {
    var omitTimings: Bool
    func files(_ result: ScenarioResult) throws -> [ReportFile] {
        [ReportFile(suffix: ".json",
                    contents: JSONReport(toolVersion: Dedust.version, omitTimings: omitTimings).render(result))]
    }
}
