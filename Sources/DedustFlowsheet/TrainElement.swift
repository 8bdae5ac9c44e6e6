/// A train as engineers draw it: units in series, and parallel groups that split the gas between branches
/// and merge it again.
///
///     // two settlers in parallel (equal flow), then a cyclone
///     let train: [TrainElement] = [.parallel([[.unit("settler")], [.unit("settler")]], split: nil),
///                                  .unit("cyclone")]
public indirect enum TrainElement: Sendable, Equatable {
    /// A reference to equipment in the scenario library.
    case unit(String)
    /// Branches in parallel; `split` are the gas fractions per branch (nil: equal flow).
    case parallel([[TrainElement]], split: [Double]?)

    /// Equipment references in train order (depth first).
    public static func references(_ train: [TrainElement]) -> [String] {
        train.flatMap { element -> [String] in
            switch element {
            case let .unit(name): return [name]
            case let .parallel(branches, _): return branches.flatMap { references($0) }
            }
        }
    }

    /// Instance ids for the references of `train`, in train order: the equipment name when it is used once,
    /// `name#k` (k = 1, 2, …) when it is used several times.
    public static func instanceIDs(_ train: [TrainElement]) -> [String] {
        let refs = references(train)
        var total: [String: Int] = [:]
        for r in refs { total[r, default: 0] += 1 }
        var seen: [String: Int] = [:]
        return refs.map { r in
            guard total[r, default: 0] > 1 else { return r }
            seen[r, default: 0] += 1
            return "\(r)#\(seen[r, default: 0])"
        }
    }

    /// The streams of `train` (feed to the first element, series links, splits and merges, last element to
    /// the stack), with units numbered in train order like ``instanceIDs(_:)``.
    public static func streams(_ train: [TrainElement]) -> [FlowsheetStream] {
        var streams: [FlowsheetStream] = []
        var nextIndex = 0
        func connect(_ elements: [TrainElement], from sources: [(StreamSource, Double)]) -> [(StreamSource, Double)] {
            var current = sources
            for element in elements {
                switch element {
                case .unit:
                    let index = nextIndex
                    nextIndex += 1
                    for (s, f) in current { streams.append(FlowsheetStream(from: s, to: .unit(index), fraction: f)) }
                    current = [(.outlet(index), 1)]
                case let .parallel(branches, split):
                    let fractions = split ?? [Double](repeating: 1 / Double(max(branches.count, 1)),
                                                      count: branches.count)
                    var merged: [(StreamSource, Double)] = []
                    for (b, branch) in branches.enumerated() {
                        let share = b < fractions.count ? fractions[b] : 0
                        merged += connect(branch, from: current.map { ($0.0, $0.1 * share) })
                    }
                    current = merged
                }
            }
            return current
        }
        let last = connect(train, from: [(.feed, 1)])
        for (s, f) in last { streams.append(FlowsheetStream(from: s, to: .stack, fraction: f)) }
        return streams
    }
}
