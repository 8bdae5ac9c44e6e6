import DedustPhysics

/// One limit checked in one configuration.
///
/// `value` and `limit` are in the display unit `unit` (mg/Nm³ or mg/m³ for concentrations — the limit's own
/// basis —, °C for temperatures, Pa for pressure drops). `margin` is the relative headroom, positive when the
/// limit is met: (limit − value)/limit for a maximum, (value − limit)/limit for a minimum.
public struct LimitCheck: Sendable, Equatable {
    public var name: String
    /// The point as written (`bag_filter.inlet`), with the instance id when the equipment is repeated.
    public var at: String
    public var value: Double
    public var limit: Double
    public var unit: String
    public var margin: Double
    public var ok: Bool
    /// Whether the limit is a maximum (value ≤ limit) rather than a minimum.
    public var isMaximum: Bool = true
    /// Why the check fails, in words, for checks a unit makes of its own operating envelope (nil otherwise).
    public var reason: String? = nil
}
