/// A gas-cleaning flowsheet: unit instances joined by streams (series, parallel splits, recycles).
///
/// The flowsheet is pure topology plus models; ``FlowsheetSolver`` turns it and a feed into the streams at
/// every node. Build one from a train description with ``TrainElement/flowsheet(_:units:recycles:)`` or list
/// the streams directly.
public struct Flowsheet: Sendable {
    /// Unit instances, in the order they appear in the train.
    public var units: [FlowsheetUnit]
    /// Every stream, including recycles.
    public var streams: [FlowsheetStream]

    public init(units: [FlowsheetUnit], streams: [FlowsheetStream]) {
        self.units = units
        self.streams = streams
    }

    /// Structural problems, as sentences (empty when the flowsheet is consistent):
    /// indices out of range, fractions outside (0, 1], feed and outlet fractions not summing to 1,
    /// collected fractions above 1, units without an inlet, and loops made only of streams not declared
    /// as recycles.
    public var inconsistencies: [String] {
        var problems: [String] = []
        let n = units.count
        func name(_ s: StreamSource) -> String {
            switch s {
            case .feed: return "feed"
            case let .outlet(i): return i < n ? "\(units[i].id).outlet" : "unit \(i) outlet"
            case let .collected(i): return i < n ? "\(units[i].id).collected" : "unit \(i) collected"
            }
        }
        for s in streams {
            switch s.source {
            case let .outlet(i), let .collected(i):
                if i < 0 || i >= n { problems.append("stream from unknown unit index \(i)") }
            case .feed: break
            }
            if case let .unit(i) = s.destination, i < 0 || i >= n {
                problems.append("stream to unknown unit index \(i)")
            }
            if !(s.fraction > 0 && s.fraction <= 1) {
                problems.append("stream \(name(s.source)) → \(s.destination) has fraction \(s.fraction); expected a value in (0, 1]")
            }
        }
        if !problems.isEmpty { return problems }
        var sums: [StreamSource: Double] = [:]
        for s in streams { sums[s.source, default: 0] += s.fraction }
        let tol = 1e-9
        if abs(sums[.feed, default: 0] - 1) > tol {
            problems.append("the feed's stream fractions add up to \(sums[.feed, default: 0]); expected 1")
        }
        for i in 0..<n {
            let out = sums[.outlet(i), default: 0]
            if abs(out - 1) > tol {
                problems.append("the outlet of \(units[i].id) is split into fractions adding up to \(out); expected 1")
            }
            let col = sums[.collected(i), default: 0]
            if col > 1 + tol {
                problems.append("the collected dust of \(units[i].id) is returned with fractions adding up to \(col); expected at most 1")
            }
            if !streams.contains(where: { $0.destination == .unit(i) }) {
                problems.append("\(units[i].id) receives no stream")
            }
        }
        if let loop = undeclaredLoop() {
            problems.append("the streams \(loop.map { units[$0].id }.joined(separator: " → ")) form a loop without a declared recycle")
        }
        return problems
    }

    /// A loop (as unit indices, first repeated at the end) made of streams not declared as recycles, if any.
    public func undeclaredLoop() -> [Int]? {
        let n = units.count
        var next = [[Int]](repeating: [], count: n)
        for s in streams where !s.isRecycle {
            guard case let .unit(to) = s.destination else { continue }
            switch s.source {
            case let .outlet(i), let .collected(i): next[i].append(to)
            case .feed: break
            }
        }
        var state = [Int](repeating: 0, count: n)  // 0 new, 1 on stack, 2 done
        var path: [Int] = []
        func visit(_ u: Int) -> [Int]? {
            state[u] = 1
            path.append(u)
            for v in next[u] {
                if state[v] == 1, let start = path.firstIndex(of: v) { return Array(path[start...]) + [v] }
                if state[v] == 0, let loop = visit(v) { return loop }
            }
            path.removeLast()
            state[u] = 2
            return nil
        }
        for u in 0..<n where state[u] == 0 {
            if let loop = visit(u) { return loop }
        }
        return nil
    }

    /// Unit indices in an order where every unit comes after all units feeding it through non-recycle
    /// streams (Kahn's algorithm; ties keep the train order). Requires no undeclared loop.
    public var evaluationOrder: [Int] {
        let n = units.count
        var indegree = [Int](repeating: 0, count: n)
        var next = [[Int]](repeating: [], count: n)
        for s in streams where !s.isRecycle {
            guard case let .unit(to) = s.destination else { continue }
            switch s.source {
            case let .outlet(i), let .collected(i):
                next[i].append(to)
                indegree[to] += 1
            case .feed: break
            }
        }
        var ready = (0..<n).filter { indegree[$0] == 0 }
        var order: [Int] = []
        while !ready.isEmpty {
            let u = ready.removeFirst()
            order.append(u)
            for v in next[u] {
                indegree[v] -= 1
                if indegree[v] == 0 {
                    ready.append(v)
                    ready.sort()
                }
            }
        }
        return order
    }
}
