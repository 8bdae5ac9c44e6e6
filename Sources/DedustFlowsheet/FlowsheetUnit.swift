import DedustSeparators

/// One unit instance in a flowsheet: a separator model and the id reports use for it.
///
/// The same equipment used twice (in series or in parallel branches) becomes two instances with distinct
/// ids, e.g. `settler#1` and `settler#2`.
public struct FlowsheetUnit: Sendable {
    /// Instance id, unique within the flowsheet.
    public var id: String
    /// Name of the equipment in the scenario's library (shared by repeated instances).
    public var equipment: String
    /// The model that evaluates this unit.
    public var model: any SeparatorModel

    public init(id: String, equipment: String, model: any SeparatorModel) {
        self.id = id
        self.equipment = equipment
        self.model = model
    }
}
