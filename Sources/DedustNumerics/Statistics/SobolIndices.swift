/// First-order and total Sobol' sensitivity indices of one study output, one pair per uncertain input,
/// each with its bootstrap confidence interval (see ``SaltelliDesign/indices(fA:fB:fAB:bootstrap:seed:level:)``).
///
/// S_i = V[E(Y | X_i)]/V(Y) is the share of the output variance that input i explains alone; ST_i =
/// E[V(Y | X_~i)]/V(Y) the share it takes part in, interactions included (Sobol' 1993; Homma & Saltelli
/// 1996). ST_i ≥ S_i; Σ S_i ≤ 1; ST_i ≈ 0 means the input can be fixed anywhere in its range.
///
/// Example: for Y = X₁ + 2X₂ with independent uniform X: S = ST = (0.2, 0.8) (`StatisticsSobolTests.linearModel`).
public struct SobolIndices: Equatable, Codable, Sendable {
    /// S_i for each input, in input order.
    public var first: [Estimate]
    /// ST_i for each input, in input order.
    public var total: [Estimate]
    /// The output variance V(Y) from the A and B rows (0 for a constant output, and when not given).
    public var outputVariance: Double
    /// Why the indices are not informative, when they are not (e.g. a constant output); nil otherwise.
    public var note: String?

    public init(first: [Estimate], total: [Estimate], outputVariance: Double = 0, note: String? = nil) {
        self.first = first
        self.total = total
        self.outputVariance = outputVariance
        self.note = note
    }
}
