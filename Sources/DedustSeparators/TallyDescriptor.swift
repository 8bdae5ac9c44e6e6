/// What one counter of a Monte Carlo model's work means: its key in the reports, its words and what one count
/// is. A model's counters are one static list of these (the trajectory engine's is `TrajectoryTally.counters`);
/// ``SimulationStatistics`` carries the reported ones with their counts, and every report writer iterates
/// them, so a new counter reaches the JSON, CSV, HTML and table reports without another line.
public struct TallyDescriptor: Sendable, Hashable {
    /// Key in the JSON `statistics` object and the CSV column name (snake_case).
    public let key: String
    /// Words for a column header or a line of text (plural: "particle steps").
    public let label: String
    /// What one count is ("particle", "particle time step").
    public let unit: String
    /// One sentence: when the counter advances.
    public let doc: String

    public init(key: String, label: String, unit: String, doc: String) {
        self.key = key
        self.label = label
        self.unit = unit
        self.doc = doc
    }
}
