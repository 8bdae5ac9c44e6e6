import DedustPhysics

/// What enters a train: the gas model, the raw-gas stream, and the dust's particle density and size grid.
public struct FlowsheetFeed: Sendable {
    /// Gas property model (the composition does not change along the train).
    public var gas: any GasModel
    /// The raw-gas stream (T, P, gas mass flow, dust per class).
    public var stream: ProcessStream
    /// Particle true density ρ_p (kg/m³).
    public var particleDensity: Double
    /// Size classes of `stream.dust`.
    public var grid: SizeGrid

    public init(gas: any GasModel, stream: ProcessStream, particleDensity: Double, grid: SizeGrid) {
        precondition(stream.dust.count == grid.count, "one dust mass flow per size class")
        self.gas = gas
        self.stream = stream
        self.particleDensity = particleDensity
        self.grid = grid
    }
}
