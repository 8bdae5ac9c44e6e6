/// A limit of a unit's own operating envelope that the unit checks itself (e.g. a bag filter that must be able to
/// reach its cleaning set point). The scenario runner lists each as a limit check of the configuration, so a
/// duty the unit cannot hold is a FAILED limit in the summary, with its reason.
public struct OperatingLimit: Sendable, Equatable {
    /// What is checked, stable across configurations ("cleaning interval ≥ 1 min").
    public var name: String
    /// Value and limit in `unit` (display units).
    public var value: Double
    public var limit: Double
    public var unit: String
    /// Whether `limit` is a maximum (value ≤ limit passes) or a minimum (value ≥ limit passes).
    public var isMaximum: Bool
    /// Why it fails, in words, when it does (nil when met).
    public var reason: String?

    public init(name: String, value: Double, limit: Double, unit: String, isMaximum: Bool, reason: String? = nil) {
        self.name = name
        self.value = value
        self.limit = limit
        self.unit = unit
        self.isMaximum = isMaximum
        self.reason = reason
    }

    /// Whether the value meets the limit.
    public var ok: Bool { isMaximum ? value <= limit : value >= limit }
}
