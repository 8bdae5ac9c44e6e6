import DedustPhysics

/// A `[size, value]` table as read by ``YNode/sizePairs(of:nonDecreasing:)``: the row nodes (to locate later
/// errors), the sizes (m) and the values, one per row.
struct SizePairs {
    var rows: [YNode]
    var sizes: [Double]
    var values: [Double]
}

extension YNode {
    /// This node as a list of `[size, value]` pairs, e.g. `[[1 um, 0.2], [5 um, 0.9]]`: each size a positive
    /// length larger than the previous row's, each value a fraction in [0, 1] and, when `nonDecreasing` names
    /// the quantity, not smaller than the previous row's. `valueName` names the second entry in the messages
    /// ("expected a pair [size, efficiency], found 3 values"). Every bad row is reported, at the row or the
    /// cell, in file order; nil if the node is not a list or any row is bad. An empty list is returned as is.
    func sizePairs(of valueName: String, nonDecreasing quantity: String? = nil) -> SizePairs? {
        guard let rows = sequence(what: "a list of [size, \(valueName)] pairs") else { return nil }
        var sizes: [Double] = [], values: [Double] = []
        var ok = true
        for row in rows {
            guard let pair = row.sequence(what: "a pair [size, \(valueName)]") else { ok = false; continue }
            guard pair.count == 2 else {
                row.error("expected a pair [size, \(valueName)], found \(pair.count) values")
                ok = false
                continue
            }
            guard let size = pair[0].quantity(.length, in: .positive, plausible: .particleSize), let value = pair[1].number(in: .fraction) else {
                ok = false
                continue
            }
            if let last = sizes.last, !(size > last) {
                pair[0].error("sizes must increase from row to row; \(size) m follows \(last) m")
                ok = false
            }
            if let quantity, let last = values.last, value < last {
                pair[1].error("the \(quantity) must not decrease; \(value) follows \(last)")
                ok = false
            }
            sizes.append(size)
            values.append(value)
        }
        guard ok else { return nil }
        return SizePairs(rows: rows, sizes: sizes, values: values)
    }
}
