extension Flowsheet {
    /// Adds a recycle: the share `fraction` of `source` returns to the inlet of unit `destination`.
    ///
    /// For a unit outlet, the streams that already leave it are scaled by (1 − fraction) so the outlet is
    /// still split into fractions adding up to 1. For a collected-dust discharge the returned share is
    /// simply taken from what would otherwise leave the train.
    public mutating func addRecycle(from source: StreamSource, to destination: Int, fraction: Double) {
        if case .outlet = source {
            for k in streams.indices where streams[k].source == source { streams[k].fraction *= (1 - fraction) }
        }
        streams.append(FlowsheetStream(from: source, to: .unit(destination), fraction: fraction, isRecycle: true))
    }
}
