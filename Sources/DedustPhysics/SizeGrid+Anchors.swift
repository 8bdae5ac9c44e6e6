import Foundation

extension SizeGrid {
    /// A grid of `classes` classes whose edges include every size in `anchors` (e.g. the rows of a measured
    /// size table), log-spaced between consecutive anchors. Classes are shared out in proportion to the log
    /// width of each interval (largest remainder, at least one class per interval), so the grid is as close
    /// to uniform in ln d as the anchors allow.
    ///
    /// Example: anchors 0.3, 1, 3, 5, 10, 20, 50, 100, 300 µm with 48 classes → 8, 8, 4, 5, 5, 6, 5, 7 classes
    /// per interval; every anchor is an edge.
    ///
    /// - Throws: ``Failure`` when the anchors are not ≥ 2 positive increasing sizes, or `classes` is smaller
    ///   than the number of intervals.
    public static func logSpaced(through anchors: [Double], classes: Int) throws -> SizeGrid {
        guard anchors.count >= 2 else { throw Failure.tooFewEdges(anchors.count) }
        _ = try SizeGrid(edges: anchors)    // validates positivity and order
        let intervals = anchors.count - 1
        guard classes >= intervals else { throw Failure.invalidClassCount(classes) }
        let widths = (0..<intervals).map { log(anchors[$0 + 1] / anchors[$0]) }
        let total = widths.reduce(0, +)
        let spare = classes - intervals
        let ideal = widths.map { Double(spare) * $0 / total }
        var counts = ideal.map { 1 + Int($0.rounded(.down)) }
        var remaining = classes - counts.reduce(0, +)
        let order = (0..<intervals).sorted {
            let r0 = ideal[$0] - ideal[$0].rounded(.down), r1 = ideal[$1] - ideal[$1].rounded(.down)
            return r0 != r1 ? r0 > r1 : $0 < $1
        }
        var k = 0
        while remaining > 0 {
            counts[order[k % intervals]] += 1
            remaining -= 1
            k += 1
        }
        var edges = [anchors[0]]
        for i in 0..<intervals {
            for j in 1...counts[i] {
                edges.append(j == counts[i] ? anchors[i + 1]
                             : anchors[i] * exp(widths[i] * Double(j) / Double(counts[i])))
            }
        }
        return try SizeGrid(edges: edges)
    }
}
