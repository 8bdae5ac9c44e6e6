import Foundation

/// Thread-safe progress of work split into `parts` (size classes, configurations, tiles): each part reports
/// its own fraction done, or adds increments, and the meter reports the mean over the parts, never going back.
/// One type serves the trajectory engine (tiles of a unit) and the scenario runner (configurations); the
/// command line turns the reports into its progress bar.
///
///     let meter = ProgressMeter(parts: 4) { print($0) }
///     meter.update(part: 0, to: 1)          // reports 0.25
///     meter.advance(part: 1, by: 0.5)       // reports 0.375
public final class ProgressMeter: @unchecked Sendable {
    private let lock = NSLock()
    private var fractions: [Double]
    private let report: (@Sendable (Double) -> Void)?

    /// A meter over `parts` parts (at least 1) that calls `report` with the overall fraction in [0, 1].
    public init(parts: Int = 1, report: (@Sendable (Double) -> Void)?) {
        fractions = [Double](repeating: 0, count: max(1, parts))
        self.report = report
    }

    /// Part `i` is `fraction` done (a smaller value than reported before is ignored).
    public func update(part i: Int, to fraction: Double) {
        guard let report else { return }
        lock.lock()
        fractions[i] = Swift.min(1, Swift.max(fractions[i], fraction))
        let total = fractions.reduce(0, +) / Double(fractions.count)
        lock.unlock()
        report(total)
    }

    /// Part `i` has done `increment` more.
    public func advance(part i: Int = 0, by increment: Double) {
        guard let report else { return }
        lock.lock()
        fractions[i] = Swift.min(1, fractions[i] + increment)
        let total = fractions.reduce(0, +) / Double(fractions.count)
        lock.unlock()
        report(total)
    }

    /// Everything is done.
    public func finish() { report?(1) }
}
