/// Why a flowsheet could not be solved. Every case is an error of the run, never a warning.
public enum FlowsheetError: Error, Equatable, CustomStringConvertible {
    /// The topology is inconsistent (see ``Flowsheet/inconsistencies``).
    case inconsistent([String])
    /// A unit model failed.
    case unitFailed(unit: String, message: String)
    /// The mass balance of a size class does not close: in ≠ out + collected.
    case massClosure(sizeClass: Int, diameter: Double, feed: Double, accounted: Double, relativeError: Double)
    /// The loop iteration (for loading-dependent efficiencies in a recycle) did not converge.
    case notConverged(iterations: Int, change: Double)
    /// The linear mass balance is singular (e.g. a recycle returning everything with nothing leaving).
    case singular(sizeClass: Int, message: String)
    /// The solved state is physically impossible (see ``FlowsheetSolution/inconsistencies(gas:)``).
    case impossibleState(String)

    public var description: String {
        switch self {
        case let .inconsistent(problems):
            return "the flowsheet is inconsistent: " + problems.joined(separator: "; ")
        case let .unitFailed(unit, message):
            return "unit \(unit) failed: \(message)"
        case let .massClosure(k, d, feed, accounted, rel):
            return "mass balance does not close in size class \(k) (\(d * 1e6) µm): feed \(feed) kg/s, "
                + "outlet + collected \(accounted) kg/s, relative error \(rel) (limit 1e-9)"
        case let .notConverged(n, change):
            return "the recycle iteration did not converge in \(n) iterations (last relative change \(change))"
        case let .impossibleState(problem):
            return "the solved train is not a physical state: \(problem)"
        case let .singular(k, message):
            return "the mass balance of size class \(k) is singular (a loop with no way out?): \(message)"
        }
    }
}
