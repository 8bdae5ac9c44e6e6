import DedustScenario

/// Every CSV table of a run as one long-format table, for `dedust run --format csv` without `--output`
/// (stdout holds one file, so it holds one table): one observation per row, identified by the columns that
/// apply to it and left empty where they do not.
///
/// | column | meaning |
/// |---|---|
/// | `table` | the tidy table the row comes from: `configurations`, `units`, `limits`, `curves`, `psd`, `model_spread` |
/// | `configuration`, `unit`, `model` | configuration, unit instance id, and (model spread only) the model |
/// | `limit`, `point` | the limit's name (limits), the point (`bag_filter.inlet` for limits, `inlet`/`outlet` for psd) |
/// | `size_class`, `d_low_um`, `d_high_um` | size class index and edges (curves, psd) |
/// | `quantity` | the column name of the tidy table (`efficiency`, `outlet_mg_per_Nm3`, `eta`, …), unit in the name |
/// | `value` | the number, empty for a text observation |
/// | `text` | a text observation (model names, warnings, `true`/`false`), empty for a number |
///
/// Absent observations (e.g. `ci_low` of a correlation) have no row. `pandas.read_csv` reads it as it is;
/// `df[df.table == "curves"].pivot_table(index=["configuration", "unit", "size_class"], columns="quantity",
/// values="value")` gives the curves back side by side.
public struct CSVLongTable: Sendable {
    public static let header = ["table", "configuration", "unit", "model", "limit", "point", "size_class", "d_low_um",
                                "d_high_um", "quantity", "value", "text"]

    /// Columns of each tidy table (by file suffix) that identify an observation, and their long-table names.
    static let identifiers: [String: (table: String, columns: [String: String])] = [
        "-configurations.csv": ("configurations", ["configuration": "configuration"]),
        "-units.csv": ("units", ["configuration": "configuration", "unit": "unit"]),
        "-limits.csv": ("limits", ["configuration": "configuration", "limit": "limit", "at": "point"]),
        "-curves.csv": ("curves", ["configuration": "configuration", "unit": "unit", "class": "size_class",
                                   "d_low_um": "d_low_um", "d_high_um": "d_high_um"]),
        "-psd.csv": ("psd", ["configuration": "configuration", "point": "point", "class": "size_class",
                             "d_low_um": "d_low_um", "d_high_um": "d_high_um"]),
        "-model-spread.csv": ("model_spread", ["configuration": "configuration", "unit": "unit", "model": "model"]),
    ]
    /// Columns left out because another table holds them (a curve's model is its unit's `model`).
    static let repeated: [String: Set<String>] = ["-curves.csv": ["model"]]

    public var spread: ModelSpreadResult?

    public init(spread: ModelSpreadResult? = nil) { self.spread = spread }

    public func table(_ r: ScenarioResult) -> CSVTable {
        var out = CSVTable(header: Self.header)
        for (suffix, tidy) in CSVReport(spread: spread).tables(r) {
            guard let id = Self.identifiers[suffix] else { continue }
            let skipped = Self.repeated[suffix] ?? []
            for row in tidy.rows {
                var keys: [String: String] = ["table": id.table]
                for (i, name) in tidy.header.enumerated() { if let long = id.columns[name] { keys[long] = row[i] } }
                for (i, name) in tidy.header.enumerated() where id.columns[name] == nil && !skipped.contains(name) {
                    let field = row[i]
                    guard !field.isEmpty else { continue }
                    let isNumber = Double(field).map(\.isFinite) == true
                    var fields = Self.header.map { keys[$0] ?? "" }
                    fields[9] = name
                    fields[10] = isNumber ? field : ""
                    fields[11] = isNumber ? "" : field
                    out.add(fields)
                }
            }
        }
        return out
    }
}
