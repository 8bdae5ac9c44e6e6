import Foundation
import GRDB

/// The SQLite results store of studies: every evaluation's inputs and outputs, keyed by `study_id`, so a study
/// can be resumed (evaluations already stored are not recomputed), split into shards and merged, queried from
/// pandas, R or any SQL tool, and exported to CSV. The schema is documented in `docs/study.md`:
///
///     study               (study_id, name, study_file, scenario_file, seed, method, samples, sensitivity,
///                          evaluations, confidence, bootstrap)
///     study_input         (study_id, input_index, path, distribution, unit, nominal, choices)
///     study_configuration (study_id, configuration_index, configuration)
///     study_output        (study_id, configuration_index, output_index, key, label, unit, kind,
///                          lower_is_better, limit_value, is_maximum)
///     evaluation          (study_id, evaluation_index, role, base_row, grid_point, status, message)
///     evaluation_input    (study_id, evaluation_index, input_index, value, text)
///     evaluation_output   (study_id, configuration_index, output_index, evaluation_index, value)
///     output_value        view: evaluation_output with configuration and key names
///
/// Values are SI for inputs (a choice: its index, with its name in `text`) and in each output's display unit
/// for outputs; a missing output is NULL. Nothing time-dependent is stored, so a resumed or merged study gives the
/// same contents as one run straight through.
public final class StudyStore: @unchecked Sendable {
    public let path: String
    let queue: DatabaseQueue

    /// Opens (creating if needed) the database at `path`.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        try queue.write { db in try Self.createSchema(db) }
    }

    static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS study (
              study_id TEXT PRIMARY KEY, name TEXT NOT NULL, study_file TEXT NOT NULL, scenario_file TEXT NOT NULL,
              seed INTEGER NOT NULL, method TEXT NOT NULL, samples INTEGER NOT NULL, sensitivity TEXT NOT NULL,
              evaluations INTEGER NOT NULL, confidence REAL NOT NULL, bootstrap INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS study_input (
              study_id TEXT NOT NULL, input_index INTEGER NOT NULL, path TEXT NOT NULL, distribution TEXT NOT NULL,
              unit TEXT NOT NULL, nominal TEXT NOT NULL, choices TEXT NOT NULL,
              PRIMARY KEY (study_id, input_index)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS study_configuration (
              study_id TEXT NOT NULL, configuration_index INTEGER NOT NULL, configuration TEXT NOT NULL,
              PRIMARY KEY (study_id, configuration_index)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS study_output (
              study_id TEXT NOT NULL, configuration_index INTEGER NOT NULL, output_index INTEGER NOT NULL,
              key TEXT NOT NULL, label TEXT NOT NULL, unit TEXT NOT NULL, kind TEXT NOT NULL,
              lower_is_better INTEGER NOT NULL, limit_value REAL, is_maximum INTEGER,
              PRIMARY KEY (study_id, configuration_index, output_index)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS evaluation (
              study_id TEXT NOT NULL, evaluation_index INTEGER NOT NULL, role TEXT NOT NULL, base_row INTEGER NOT NULL,
              grid_point INTEGER NOT NULL, status TEXT NOT NULL, message TEXT,
              PRIMARY KEY (study_id, evaluation_index)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS evaluation_input (
              study_id TEXT NOT NULL, evaluation_index INTEGER NOT NULL, input_index INTEGER NOT NULL,
              value REAL NOT NULL, text TEXT NOT NULL,
              PRIMARY KEY (study_id, evaluation_index, input_index)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS evaluation_output (
              study_id TEXT NOT NULL, configuration_index INTEGER NOT NULL, output_index INTEGER NOT NULL,
              evaluation_index INTEGER NOT NULL, value REAL,
              PRIMARY KEY (study_id, configuration_index, output_index, evaluation_index)) WITHOUT ROWID;
            CREATE VIEW IF NOT EXISTS output_value AS
              SELECT o.study_id, o.evaluation_index, c.configuration, so.key, so.unit, o.value
              FROM evaluation_output o
              JOIN study_configuration c USING (study_id, configuration_index)
              JOIN study_output so USING (study_id, configuration_index, output_index);
            """)
    }

    // MARK: - The study's description

    /// Records the study's description, or checks that the stored one is the same (a study id names one study).
    public func register(_ header: StudyHeader) throws {
        try queue.write { db in
            if let existing = try Row.fetchOne(db, sql: "SELECT evaluations, seed FROM study WHERE study_id = ?",
                                               arguments: [header.studyID]) {
                let n: Int = existing["evaluations"], seed: Int64 = existing["seed"]
                guard n == header.evaluations, seed == Int64(bitPattern: header.seed) else {
                    throw StudyStoreError("\(path) holds a different study under id \(header.studyID)")
                }
                let outputs = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM study_output WHERE study_id = ?",
                                               arguments: [header.studyID]) ?? 0
                guard outputs == header.outputs.outputs.reduce(0, { $0 + $1.count }) else {
                    throw StudyStoreError("\(path) holds study \(header.studyID) with other outputs; was the scenario "
                                          + "changed? Use a new database")
                }
                return
            }
            try db.execute(sql: """
                INSERT INTO study (study_id, name, study_file, scenario_file, seed, method, samples, sensitivity,
                                   evaluations, confidence, bootstrap) VALUES (?,?,?,?,?,?,?,?,?,?,?)
                """, arguments: [header.studyID, header.name, header.studyFile, header.scenarioFile,
                                 Int64(bitPattern: header.seed), header.method, header.samples, header.sensitivity,
                                 header.evaluations, header.confidence, header.bootstrap])
            for (i, input) in header.inputs.enumerated() {
                try db.execute(sql: "INSERT INTO study_input VALUES (?,?,?,?,?,?,?)",
                               arguments: [header.studyID, i, input.path, input.distribution, input.unit, input.nominal,
                                           input.choices.joined(separator: "|")])
            }
            for (c, name) in header.outputs.configurations.enumerated() {
                try db.execute(sql: "INSERT INTO study_configuration VALUES (?,?,?)", arguments: [header.studyID, c, name])
                for (o, out) in header.outputs.outputs[c].enumerated() {
                    try db.execute(sql: "INSERT INTO study_output VALUES (?,?,?,?,?,?,?,?,?,?)",
                                   arguments: [header.studyID, c, o, out.key, out.label, out.unit, out.kind.rawValue,
                                               out.lowerIsBetter ? 1 : 0, out.limit, out.isMaximum.map { $0 ? 1 : 0 }])
                }
            }
        }
    }

    /// The outputs recorded for `studyID`.
    public func outputs(_ studyID: String) throws -> StudyOutputs {
        try queue.read { db in
            let names = try String.fetchAll(db, sql: "SELECT configuration FROM study_configuration WHERE study_id = ? "
                                            + "ORDER BY configuration_index", arguments: [studyID])
            var outputs: [[StudyOutput]] = Array(repeating: [], count: names.count)
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM study_output WHERE study_id = ? "
                                        + "ORDER BY configuration_index, output_index", arguments: [studyID])
            for r in rows {
                let c: Int = r["configuration_index"]
                let isMax: Int? = r["is_maximum"]
                outputs[c].append(StudyOutput(key: r["key"], label: r["label"], unit: r["unit"],
                                              kind: StudyOutput.Kind(rawValue: r["kind"]) ?? .kpi,
                                              lowerIsBetter: (r["lower_is_better"] as Int) != 0,
                                              limit: r["limit_value"], isMaximum: isMax.map { $0 != 0 }))
            }
            return StudyOutputs(configurations: names, outputs: outputs)
        }
    }

    // MARK: - Evaluations

    /// Indices in `range` already stored for `studyID`.
    public func completed(_ studyID: String, in range: Range<Int>) throws -> Set<Int> {
        try queue.read { db in
            Set(try Int.fetchAll(db, sql: "SELECT evaluation_index FROM evaluation WHERE study_id = ? AND "
                                 + "evaluation_index >= ? AND evaluation_index < ?",
                                 arguments: [studyID, range.lowerBound, range.upperBound]))
        }
    }

    public func completedCount(_ studyID: String) throws -> Int {
        try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM evaluation WHERE study_id = ?", arguments: [studyID]) ?? 0
        }
    }

    /// Stores a batch of finished evaluations in one transaction (all or none: an interrupted batch is recomputed).
    public func insert(_ studyID: String, _ records: [EvaluationRecord]) throws {
        try queue.write { db in
            let e = try db.makeStatement(sql: "INSERT INTO evaluation VALUES (?,?,?,?,?,?,?)")
            let i = try db.makeStatement(sql: "INSERT INTO evaluation_input VALUES (?,?,?,?,?)")
            let o = try db.makeStatement(sql: "INSERT INTO evaluation_output VALUES (?,?,?,?,?)")
            for r in records {
                try e.execute(arguments: [studyID, r.index, r.role, r.row, r.gridPoint, r.failure == nil ? "ok" : "failed",
                                          r.failure])
                for (k, v) in r.inputs.enumerated() { try i.execute(arguments: [studyID, r.index, k, v.value, v.text]) }
                for (c, values) in r.outputs.enumerated() {
                    for (k, v) in values.enumerated() { try o.execute(arguments: [studyID, c, k, r.index, v]) }
                }
            }
        }
    }

    /// One output of one configuration over every stored evaluation, by evaluation index (NULL → nil).
    public func column(_ studyID: String, configuration c: Int, output o: Int) throws -> [(index: Int, value: Double?)] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT evaluation_index, value FROM evaluation_output WHERE study_id = ? AND "
                             + "configuration_index = ? AND output_index = ? ORDER BY evaluation_index",
                             arguments: [studyID, c, o]).map { ($0[0], $0[1]) }
        }
    }

    /// Every stored evaluation's design place and status, by index.
    public func evaluations(_ studyID: String) throws -> [StoredEvaluation] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT evaluation_index, role, base_row, grid_point, status, message FROM evaluation "
                             + "WHERE study_id = ? ORDER BY evaluation_index", arguments: [studyID]).map {
                StoredEvaluation(index: $0[0], role: $0[1], row: $0[2], gridPoint: $0[3], ok: ($0[4] as String) == "ok",
                                 message: $0[5])
            }
        }
    }

    /// One input over every stored evaluation, by evaluation index.
    public func inputColumn(_ studyID: String, input k: Int) throws -> [Double] {
        try queue.read { db in
            try Double.fetchAll(db, sql: "SELECT value FROM evaluation_input WHERE study_id = ? AND input_index = ? "
                                + "ORDER BY evaluation_index", arguments: [studyID, k])
        }
    }

    /// Every study id in the database.
    public func studyIDs() throws -> [String] {
        try queue.read { db in try String.fetchAll(db, sql: "SELECT study_id FROM study ORDER BY study_id") }
    }

    // MARK: - Export

    /// Every evaluation of `studyID` as one CSV row (RFC 4180): `evaluation, role, base_row, grid_point, status,
    /// message`, then one column per input (its path; SI value, choices by name) and one per configuration and
    /// output (`configuration:key [unit]`). Read in chunks of evaluations, so memory stays bounded.
    public func exportCSV(_ studyID: String, chunk: Int = 4096) throws -> String {
        let outputs = try self.outputs(studyID)
        let inputs = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT path, unit, choices FROM study_input WHERE study_id = ? ORDER BY input_index",
                             arguments: [studyID]).map { (path: $0[0] as String, unit: $0[1] as String, choices: $0[2] as String) }
        }
        func field(_ s: String) -> String {
            guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        func number(_ x: Double?) -> String {
            guard let x, x.isFinite else { return "" }
            return "\(x)"
        }
        var header = ["evaluation", "role", "base_row", "grid_point", "status", "message"]
        header += inputs.map { $0.path + ($0.unit.isEmpty || !$0.choices.isEmpty ? "" : " [\($0.unit)]") }
        for (c, name) in outputs.configurations.enumerated() {
            header += outputs.outputs[c].map { "\(name):\($0.key)" + ($0.unit.isEmpty ? "" : " [\($0.unit)]") }
        }
        var out = header.map(field).joined(separator: ",") + "\n"
        let total = try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(evaluation_index) + 1, 0) FROM evaluation WHERE study_id = ?",
                             arguments: [studyID]) ?? 0
        }
        var start = 0
        while start < total {
            let end = min(total, start + chunk)
            try queue.read { db in
                var rows: [Int: [String]] = [:]
                for r in try Row.fetchAll(db, sql: "SELECT evaluation_index, role, base_row, grid_point, status, message "
                                          + "FROM evaluation WHERE study_id = ? AND evaluation_index >= ? AND evaluation_index < ?",
                                          arguments: [studyID, start, end]) {
                    let m: String? = r[5]
                    rows[r[0]] = [String(r[0] as Int), r[1], String(r[2] as Int), String(r[3] as Int), r[4], m ?? ""]
                }
                var texts: [Int: [String]] = [:]
                for r in try Row.fetchAll(db, sql: "SELECT evaluation_index, input_index, value, text FROM evaluation_input "
                                          + "WHERE study_id = ? AND evaluation_index >= ? AND evaluation_index < ? "
                                          + "ORDER BY evaluation_index, input_index", arguments: [studyID, start, end]) {
                    let k: Int = r[1]
                    texts[r[0], default: []].append(inputs[k].choices.isEmpty ? number(r[2]) : r[3])
                }
                var values: [Int: [String]] = [:]
                for c in outputs.configurations.indices {
                    for o in outputs.outputs[c].indices {
                        let column = try Row.fetchAll(db, sql: "SELECT evaluation_index, value FROM evaluation_output "
                                                      + "WHERE study_id = ? AND configuration_index = ? AND output_index = ? "
                                                      + "AND evaluation_index >= ? AND evaluation_index < ?",
                                                      arguments: [studyID, c, o, start, end])
                        var seen: [Int: Double?] = [:]
                        for r in column { seen[r[0]] = r[1] as Double? }
                        for e in rows.keys { values[e, default: []].append(number(seen[e] ?? nil)) }
                    }
                }
                for e in rows.keys.sorted() {
                    out += (rows[e]! + (texts[e] ?? []) + (values[e] ?? [])).map(field).joined(separator: ",") + "\n"
                }
            }
            start = end
        }
        return out
    }

    // MARK: - Merging and comparing

    /// Copies every row of `other` (shards of the same study) into this database. Rows already here must be equal;
    /// a study description that differs is an error.
    public func merge(from other: String) throws {
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS shard", arguments: [other])
            defer { try? db.execute(sql: "DETACH DATABASE shard") }
            try db.inTransaction {
                // A study already here must be described the same way in the shard (both ways round).
                let known = Set(try String.fetchAll(db, sql: "SELECT study_id FROM main.study"))
                for table in ["study", "study_input", "study_configuration", "study_output"] {
                    for (a, b) in [("shard", "main"), ("main", "shard")] {
                        let differing = try String.fetchAll(db, sql: """
                            SELECT DISTINCT study_id FROM (SELECT * FROM \(a).\(table) EXCEPT SELECT * FROM \(b).\(table))
                            """).filter { known.contains($0) && (try? Int.fetchOne(db, sql: "SELECT COUNT(*) FROM shard.study WHERE study_id = ?", arguments: [$0])) ?? 0 > 0 }
                        guard differing.isEmpty else {
                            throw StudyStoreError("\(other) describes study \(differing[0]) differently from \(path) (table "
                                                  + "\(table)); shards must come from the same study file and scenario")
                        }
                    }
                }
                for table in ["study", "study_input", "study_configuration", "study_output"] {
                    try db.execute(sql: "INSERT OR IGNORE INTO main.\(table) SELECT * FROM shard.\(table)")
                }
                // Evaluations already here must hold the same values in the shard (checked before anything is copied).
                for table in ["evaluation", "evaluation_input", "evaluation_output"] {
                    let differing = try Int.fetchOne(db, sql: """
                        SELECT COUNT(*) FROM (SELECT * FROM shard.\(table) EXCEPT SELECT * FROM main.\(table)) s
                        WHERE EXISTS (SELECT 1 FROM main.evaluation m WHERE m.study_id = s.study_id
                                      AND m.evaluation_index = s.evaluation_index)
                        """) ?? 0
                    guard differing == 0 else {
                        throw StudyStoreError("\(other) and \(path) hold different results for the same evaluation "
                                              + "(table \(table)): not shards of one study")
                    }
                }
                for table in ["evaluation", "evaluation_input", "evaluation_output"] {
                    try db.execute(sql: "INSERT OR IGNORE INTO main.\(table) SELECT * FROM shard.\(table)")
                }
                return .commit
            }
        }
    }

    /// Every row of every table, in key order, as text: two databases with the same contents give the same dump
    /// (the test of resumed and sharded studies).
    public func dump() throws -> String {
        try queue.read { db in
            var out = ""
            let tables: [(String, String)] = [
                ("study", "study_id"), ("study_input", "study_id, input_index"),
                ("study_configuration", "study_id, configuration_index"),
                ("study_output", "study_id, configuration_index, output_index"),
                ("evaluation", "study_id, evaluation_index"), ("evaluation_input", "study_id, evaluation_index, input_index"),
                ("evaluation_output", "study_id, configuration_index, output_index, evaluation_index"),
            ]
            for (table, order) in tables {
                out += "# \(table)\n"
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)") {
                    out += row.databaseValues.map { v -> String in
                        if case let .double(x) = v.storage { return String(x.bitPattern, radix: 16) }
                        return v.description
                    }.joined(separator: "|") + "\n"
                }
            }
            return out
        }
    }
}

/// The description of a study as stored.
public struct StudyHeader: Sendable {
    public struct Input: Sendable {
        public var path, distribution, unit, nominal: String
        public var choices: [String]
    }

    public var studyID, name, studyFile, scenarioFile: String
    public var seed: UInt64
    public var method: String
    public var samples: Int
    public var sensitivity: String
    public var evaluations: Int
    public var confidence: Double
    public var bootstrap: Int
    public var inputs: [Input]
    public var outputs: StudyOutputs
}

/// One finished evaluation, as stored.
public struct EvaluationRecord: Sendable {
    public var index: Int
    public var role: String
    public var row: Int
    public var gridPoint: Int
    public var inputs: [(value: Double, text: String)]
    /// Per configuration, each output's value (nil: missing, e.g. after a failure).
    public var outputs: [[Double?]]
    public var failure: String?
}

/// An evaluation's place and status, read back.
public struct StoredEvaluation: Sendable {
    public var index: Int
    public var role: String
    public var row: Int
    public var gridPoint: Int
    public var ok: Bool
    public var message: String?
}

public struct StudyStoreError: Error, CustomStringConvertible {
    public var description: String
    public init(_ d: String) { description = d }
}
