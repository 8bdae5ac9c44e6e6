import DedustSeparators

/// The solved state of one unit instance.
public struct UnitSolution: Sendable {
    /// Instance id (e.g. `settler#2`).
    public var id: String
    /// Equipment name in the scenario library.
    public var equipment: String
    /// Unit type and model name, as the model reports them.
    public var unitType: String
    public var modelName: String
    /// Mixed stream at the unit inlet (including any recycle).
    public var inlet: ProcessStream
    /// Cleaned-gas stream at the unit outlet: T from the model, P = P_in − ΔP, dust (1 − η)·inlet.
    public var outlet: ProcessStream
    /// Dust collected per class, η·inlet (kg/s), before any of it is recycled.
    public var collected: [Double]
    /// Dust leaving the train from this unit per class (collected minus recycled), kg/s.
    public var discharged: [Double]
    /// What the model returned for `inlet`.
    public var result: SeparatorResult

    /// Overall efficiency of the unit for the dust it actually sees: collected / inlet.
    public var efficiency: Double {
        let inDust = inlet.dustMassFlow
        return inDust > 0 ? collected.reduce(0, +) / inDust : 0
    }
}

/// The solved flowsheet: the feed, every unit, the stack, and how the solution was reached.
public struct FlowsheetSolution: Sendable {
    /// Raw gas entering the train.
    public var feed: ProcessStream
    /// Units in train order.
    public var units: [UnitSolution]
    /// Gas leaving the train (stack).
    public var outlet: ProcessStream
    /// Fixed-point iterations used (1 for a train whose efficiencies do not change with the solved inlets).
    public var iterations: Int
    /// Largest relative mass-closure error over the size classes, |in − out − collected| / in.
    public var closureError: Double

    /// Overall efficiency of the train: 1 − dust at the stack / dust in the feed.
    public var overallEfficiency: Double {
        let fin = feed.dustMassFlow
        return fin > 0 ? 1 - outlet.dustMassFlow / fin : 0
    }

    /// Pressure drop from the feed to the stack (Pa).
    public var pressureDrop: Double { feed.pressure - outlet.pressure }
}
