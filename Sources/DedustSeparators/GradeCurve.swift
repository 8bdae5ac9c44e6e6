import Foundation
import DedustPhysics

/// Reading a grade-efficiency curve carried on a size grid.
public enum GradeCurve {
    /// The size at which the grade efficiency first crosses `level` (default ½: the cut size x50), interpolated
    /// linearly in η between neighbouring class means on a log-size axis. Nil when the curve never crosses
    /// `level` on the grid.
    ///
    /// Example: means 10 µm and 20 µm with η = 0.4 and 0.6 → x50 = √(10·20) = 14.14 µm.
    public static func cutSize(grid: SizeGrid, efficiency: [Double], level: Double = 0.5) -> Double? {
        cutSize(sizes: grid.means, efficiency: efficiency, level: level)
    }

    /// The same reading for a curve given at `sizes` (increasing, e.g. class means): the one copy every model,
    /// the model spread and the trajectory results use.
    public static func cutSize(sizes x: [Double], efficiency: [Double], level: Double = 0.5) -> Double? {
        guard x.count == efficiency.count, let first = efficiency.first else { return nil }
        if first >= level { return nil }
        for i in 1..<x.count where efficiency[i] >= level {
            let e0 = efficiency[i - 1], e1 = efficiency[i]
            let s = e1 > e0 ? (level - e0) / (e1 - e0) : 0
            return exp(log(x[i - 1]) + s * (log(x[i]) - log(x[i - 1])))
        }
        return nil
    }

    /// Grade efficiency of units in series (or of a unit carrying an insert): penetrations multiply per class,
    /// η = 1 − Π_k (1 − η_k) (physics.md §1.12, item 1).
    ///
    /// Example: η₁ = 0.5 and η₂ = 0.6 in one class → 1 − 0.5·0.4 = 0.8.
    public static func series(_ curves: [[Double]]) -> [Double] {
        guard let n = curves.first?.count else { return [] }
        return (0..<n).map { i in 1 - curves.reduce(1.0) { $0 * (1 - $1[i]) } }
    }
}
