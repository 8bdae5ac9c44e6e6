import Foundation
import DedustPhysics

/// How the dust meets the size grid: a grid given in the file, or `size_grid: auto` (chosen from the dust).
enum GridChoice {
    case given(SizeGrid)
    case auto(YNode)
}

extension ScenarioReader {
    /// Dust above this mass fraction outside the size grid (below its first edge or above its last) is a warning
    /// (1 %); any amount is recorded in ``DustSpecification``.
    static let lumpedMassWarningFraction = 0.01

    func readDust(_ node: YNode, grid choice: GridChoice) -> (dust: DustSpecification, grid: SizeGrid)? {
        guard let m = node.mapping(allowed: ["loading", "particle_density", "size_distribution"]) else { return nil }
        let loading = m.required("loading", "e.g. 150 g/Nm3")?.concentration(in: .nonNegative)
        let rho = m.required("particle_density", "e.g. 2200 kg/m3")?.quantity(.density, in: .positive, plausible: .particleDensity)
        let sizes = m.required("size_distribution", "e.g. rosin_rammler: {d63: 20 um, n: 1}").flatMap {
            readSizeDistribution($0, grid: choice)
        }
        guard let loading, let rho, let sizes else { return nil }
        return (DustSpecification(loading: loading, particleDensity: rho, classFractions: sizes.fractions,
                                  massBelowGrid: sizes.below, massAboveGrid: sizes.above), sizes.grid)
    }

    /// Keys beside a cumulative_undersize table.
    static let tableKeys = ["below", "above", "interpolation", "size_scale"]

    static let distributionForms = ["cumulative_undersize", "class_fractions", "rosin_rammler", "log_normal",
                                    "gates_gaudin_schuhmann"]

    /// Mass fractions per class from any distribution form of the physics module (``ParticleSizeDistribution``),
    /// discretised onto the grid (or onto the grid `size_grid: auto` chooses for it, ``SizeGrid/auto(for:)``):
    /// mass below the grid's first edge is counted in the first class, above its last edge in the last class, so
    /// the fractions always add up to 1. That mass is returned, and above ``lumpedMassWarningFraction`` it is a
    /// warning that says how much, where it went and how to widen the grid.
    func readSizeDistribution(_ node: YNode, grid choice: GridChoice)
        -> (fractions: [Double], grid: SizeGrid, below: Double, above: Double)? {
        guard let m = node.mapping(allowed: Self.distributionForms + Self.tableKeys) else { return nil }
        guard let (form, value) = m.exactlyOne(of: Self.distributionForms, what: "size distribution form") else {
            return nil
        }
        if form != "cumulative_undersize" {
            for key in Self.tableKeys where m.has(key) {
                m[key]?.error("\"\(key)\" belongs to a cumulative_undersize table; \(form) takes none")
                return nil
            }
        }
        let distribution: (any ParticleSizeDistribution)?
        do {
            switch form {
            case "class_fractions":
                guard case let .given(grid) = choice else {
                    if case let .auto(gridNode) = choice {
                        gridNode.error("size_grid: auto chooses the grid from the size distribution, but class_fractions "
                                       + "are given on the grid; give size_grid as {from, to, classes} or {edges}")
                    }
                    return nil
                }
                return readClassFractions(value, grid: grid).map { ($0, grid, 0, 0) }
            case "rosin_rammler":
                guard let p = value.mapping(allowed: ["d63", "n"]),
                      let d63 = p.required("d63", "size at 63.2 % undersize")?.quantity(.length, in: .positive, plausible: .particleSize),
                      let n = p.required("n", "spread exponent")?.number(in: .positive) else { return nil }
                distribution = try RosinRammler(d63: d63, n: n)
            case "log_normal":
                guard let p = value.mapping(allowed: ["median", "geometric_std"]),
                      let d50 = p.required("median", "mass median diameter")?.quantity(.length, in: .positive, plausible: .particleSize),
                      let sg = p.required("geometric_std", "σ_g > 1")?.number(in: ValueRange(lower: 1, lowerInclusive: false))
                else { return nil }
                distribution = try LogNormalDistribution(median: d50, geometricStandardDeviation: sg)
            case "gates_gaudin_schuhmann":
                guard let p = value.mapping(allowed: ["d_max", "m"]),
                      let dMax = p.required("d_max", "largest size")?.quantity(.length, in: .positive, plausible: .particleSize),
                      let mExp = p.required("m", "distribution modulus")?.number(in: .positive) else { return nil }
                distribution = try GatesGaudinSchuhmann(maximumSize: dMax, modulus: mExp)
            default:
                distribution = readCumulativeTable(value, tails: m)
            }
        } catch {
            value.error(error.description)
            return nil
        }
        guard let distribution else { return nil }
        let grid: SizeGrid
        switch choice {
        case let .given(g): grid = g
        case let .auto(gridNode):
            do {
                grid = try SizeGrid.auto(for: distribution)
            } catch {
                gridNode.error("size_grid: auto could not choose a grid for this distribution: \(error)")
                return nil
            }
        }
        let outside = distribution.massOutside(grid)
        reportLumpedMass(outside, grid: grid, distribution: distribution, at: node)
        return (distribution.discretize(onto: grid), grid, outside.below, outside.above)
    }

    /// The warning for dust outside the grid above ``lumpedMassWarningFraction``, with the edge that would
    /// hold 99.9 % of the mass.
    private func reportLumpedMass(_ outside: (below: Double, above: Double), grid: SizeGrid,
                                  distribution: some ParticleSizeDistribution, at node: YNode) {
        func um(_ x: Double) -> String { Units.formatNumber(x * 1e6) + " um" }
        func percent(_ f: Double) -> String { Units.formatNumber(f * 100, significantDigits: 3) + " %" }
        let e = grid.edges
        if outside.below > Self.lumpedMassWarningFraction {
            let wanted = distribution.diameter(atCumulative: SizeGrid.autoTailFraction)
            node.warning("\(percent(outside.below)) of the dust mass lies below the size grid's first edge \(um(e[0])) and "
                         + "is counted in the first class (\(um(e[0]))–\(um(e[1]))); lower size_grid.from to about "
                         + "\(um(wanted)) or use size_grid: auto")
        }
        if outside.above > Self.lumpedMassWarningFraction {
            let n = e.count - 1
            let wanted = distribution.diameter(atCumulative: 1 - SizeGrid.autoTailFraction)
            node.warning("\(percent(outside.above)) of the dust mass lies above the size grid's last edge \(um(e[n])) and "
                         + "is counted in the last class (\(um(e[n - 1]))–\(um(e[n]))); raise size_grid.to to about "
                         + "\(um(wanted)) or use size_grid: auto")
        }
    }

    func readClassFractions(_ node: YNode, grid: SizeGrid) -> [Double]? {
        guard let items = node.sequence(what: "a list of mass fractions, one per size class") else { return nil }
        guard items.count == grid.count else {
            node.error("found \(items.count) class fractions, expected \(grid.count) (one per size class of size_grid)")
            return nil
        }
        let values = items.map { $0.number(in: .fraction) }
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        do {
            return try GridDistribution(grid: grid, fractions: values.compactMap { $0 }).discretize(onto: grid)
        } catch {
            node.error(error.description)
            return nil
        }
    }

    /// A cumulative-undersize table [[size, F], …] (``CumulativeTable``): sizes increasing, F non-decreasing in
    /// [0, 1], reaching 0 and 1 at its ends or through the stated tails `below` (size where F = 0) and `above`
    /// (size where F = 1); `interpolation` monotone_cubic (default) or log_linear. Row problems are reported
    /// at the row.
    ///
    /// `size_scale` s multiplies every size of the table and its tails (F_s(d) = F(d/s)): the same shape shifted
    /// along the size axis, its median moved by the factor s. A study varies it to carry the uncertainty of a
    /// measured distribution's position (default 1).
    func readCumulativeTable(_ node: YNode, tails m: YMap) -> CumulativeTable? {
        let scale = m["size_scale"].map { $0.number(in: ValueRange(lower: 0.1, upper: 10)) }
        if let s = scale, s == nil { return nil }
        let s = (scale ?? nil) ?? 1
        let below = m["below"].map { $0.quantity(.length, in: .positive, plausible: .particleSize).map { $0 * s } }
        let above = m["above"].map { $0.quantity(.length, in: .positive, plausible: .particleSize).map { $0 * s } }
        let interpolation = m["interpolation"].map {
            $0.choice(CumulativeTable.Interpolation.allCases.map(\.rawValue), what: "interpolation")
                .flatMap(CumulativeTable.Interpolation.init(rawValue:))
        }
        if let b = below, b == nil { return nil }
        if let a = above, a == nil { return nil }
        if let i = interpolation, i == nil { return nil }
        guard let table = node.sizePairs(of: "cumulative fraction", nonDecreasing: "cumulative undersize") else {
            return nil
        }
        let rows = table.rows
        do {
            return try CumulativeTable(sizes: s == 1 ? table.sizes : table.sizes.map { $0 * s }, fractions: table.values,
                                       below: below ?? nil,
                                       above: above ?? nil, interpolation: (interpolation ?? nil) ?? .monotoneCubic)
        } catch {
            switch error {
            case let .doesNotStartAtZero(row, _, _) where row < rows.count:
                rows[row].error(error.description)
            case .doesNotReachOne:
                rows[rows.count - 1].error(error.description)
            case .invalidTail:
                (m[error.description.contains("`below`") ? "below" : "above"] ?? node).error(error.description)
            default:
                node.error(error.description)
            }
            return nil
        }
    }
}
