import DedustScenario

/// The unit types a report tells apart, read once from `UnitReport.type` (the scenario's `type:` names, as in
/// `dedust models`), so the report compares typed values instead of matching substrings of the name.
///
/// When `UnitReport` carries a typed unit kind of its own, this enum should go and the report use that.
enum ReportedUnitType: String, CaseIterable {
    case baffle
    case bagFilter = "bag_filter"
    case circulatingCyclone = "circulating_cyclone"
    case cooler
    case cyclone
    case gravitySettler = "gravity_settler"
    case specified

    /// The type of `unit`, or nil for a type this report does not know (it is then shown but not classified).
    init?(_ unit: UnitReport) { self.init(rawValue: unit.type) }

    /// Conventional and circulating cyclones (the report's cyclone table).
    var isCyclone: Bool { self == .cyclone || self == .circulatingCyclone }
}
