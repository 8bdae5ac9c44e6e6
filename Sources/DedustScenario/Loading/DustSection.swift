import Foundation
import DedustPhysics

extension ScenarioReader {
    func readDust(_ node: YNode, grid: SizeGrid) -> DustSpecification? {
        guard let m = node.mapping(allowed: ["loading", "particle_density", "size_distribution"]) else { return nil }
        let loading = m.required("loading", "e.g. 150 g/Nm3")?.concentration(in: .nonNegative)
        let rho = m.required("particle_density", "e.g. 2200 kg/m3")?.quantity(.density, in: .positive)
        let fractions = m.required("size_distribution", "e.g. rosin_rammler: {d63: 20 um, n: 1}").flatMap {
            readSizeDistribution($0, grid: grid)
        }
        guard let loading, let rho, let fractions else { return nil }
        return DustSpecification(loading: loading, particleDensity: rho, classFractions: fractions)
    }

    static let distributionForms = ["cumulative_undersize", "class_fractions", "rosin_rammler", "log_normal",
                                    "gates_gaudin_schuhmann"]

    /// Mass fractions per class from any distribution form. Mass outside the grid (below its first edge or
    /// above its last) is put into the first or last class, so the fractions always add up to 1.
    func readSizeDistribution(_ node: YNode, grid: SizeGrid) -> [Double]? {
        guard let m = node.mapping(allowed: Self.distributionForms + ["below", "above"]) else { return nil }
        guard let (form, value) = m.exactlyOne(of: Self.distributionForms, what: "size distribution form") else {
            return nil
        }
        let below = m["below"].map { $0.quantity(.length, in: .positive) }
        let above = m["above"].map { $0.quantity(.length, in: .positive) }
        if let b = below, b == nil { return nil }
        if let a = above, a == nil { return nil }
        if form != "cumulative_undersize" {
            for key in ["below", "above"] where m.has(key) {
                m[key]?.error("\"\(key)\" states a tail of a cumulative_undersize table; \(form) needs none")
                return nil
            }
        }
        let cdf: ((Double) -> Double)?
        switch form {
        case "class_fractions":
            return readClassFractions(value, grid: grid)
        case "rosin_rammler":
            guard let p = value.mapping(allowed: ["d63", "n"]),
                  let d63 = p.required("d63", "size at 63.2 % undersize")?.quantity(.length, in: .positive),
                  let n = p.required("n", "spread exponent")?.number(in: .positive) else { return nil }
            // RRSB: F(d) = 1 − exp(−(d/d63)^n)  (ISO 9276-3)
            cdf = { d in CumulativeForms.rosinRammler(d, d63: d63, n: n) }
        case "log_normal":
            guard let p = value.mapping(allowed: ["median", "geometric_std"]),
                  let d50 = p.required("median", "mass median diameter")?.quantity(.length, in: .positive),
                  let sg = p.required("geometric_std", "σ_g > 1")?.number(in: ValueRange(lower: 1, lowerInclusive: false))
            else { return nil }
            // F(d) = ½ erfc(−ln(d/d50) / (√2 ln σg))
            cdf = { d in CumulativeForms.logNormal(d, median: d50, geometricStd: sg) }
        case "gates_gaudin_schuhmann":
            guard let p = value.mapping(allowed: ["d_max", "m"]),
                  let dMax = p.required("d_max", "largest size")?.quantity(.length, in: .positive),
                  let mExp = p.required("m", "distribution modulus")?.number(in: .positive) else { return nil }
            // GGS: F(d) = (d/d_max)^m for d ≤ d_max, 1 above
            cdf = { d in CumulativeForms.gatesGaudinSchuhmann(d, dMax: dMax, m: mExp) }
        default:
            cdf = readCumulativeTable(value, below: below ?? nil, above: above ?? nil, tailNode: m)
        }
        guard let cdf else { return nil }
        return Self.discretize(cdf, grid: grid)
    }

    /// F at every edge, differenced; mass below the first edge joins class 0, above the last edge the last
    /// class.
    static func discretize(_ cdf: (Double) -> Double, grid: SizeGrid) -> [Double] {
        let f = grid.edges.map { min(1, max(0, cdf($0))) }
        var fractions = (0..<grid.count).map { max(0, f[$0 + 1] - f[$0]) }
        fractions[0] += f[0]
        fractions[grid.count - 1] += 1 - f[grid.count]
        let sum = fractions.reduce(0, +)
        return fractions.map { $0 / sum }
    }

    func readClassFractions(_ node: YNode, grid: SizeGrid) -> [Double]? {
        guard let items = node.sequence(what: "a list of mass fractions, one per size class") else { return nil }
        guard items.count == grid.count else {
            node.error("found \(items.count) class fractions, expected \(grid.count) (one per size class of size_grid)")
            return nil
        }
        let values = items.map { $0.number(in: .fraction) }
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        let x = values.compactMap { $0 }
        let sum = x.reduce(0, +)
        guard abs(sum - 1) <= 1e-6 else {
            node.error("class fractions add up to \(String(format: "%.6g", sum)), expected 1 (±1e-6)")
            return nil
        }
        return x.map { $0 / sum }
    }

    /// A cumulative-undersize table [[size, F], …]: sizes increasing, F non-decreasing in [0, 1], reaching
    /// 0 and 1 at its ends or through the stated tails `below` (size where F = 0) and `above` (size where
    /// F = 1). Interpolated linearly in ln d (monotone, never overshoots).
    func readCumulativeTable(_ node: YNode, below: Double?, above: Double?, tailNode: YMap) -> ((Double) -> Double)? {
        guard let rows = node.sequence(what: "a list of [size, cumulative fraction] pairs") else { return nil }
        var d: [Double] = [], f: [Double] = []
        var ok = true
        for row in rows {
            guard let pair = row.sequence(what: "a pair [size, cumulative fraction]") else { ok = false; continue }
            guard pair.count == 2 else {
                row.error("expected a pair [size, cumulative fraction], found \(pair.count) values")
                ok = false
                continue
            }
            guard let size = pair[0].quantity(.length, in: .positive), let frac = pair[1].number(in: .fraction) else {
                ok = false
                continue
            }
            if let last = d.last, !(size > last) {
                pair[0].error("sizes must increase from row to row; \(size) m follows \(last) m")
                ok = false
            }
            if let last = f.last, frac < last {
                pair[1].error("the cumulative undersize must not decrease; \(frac) follows \(last)")
                ok = false
            }
            d.append(size)
            f.append(frac)
        }
        guard ok else { return nil }
        guard d.count >= 1, let firstD = d.first, let lastD = d.last else {
            node.error("the table is empty; give [size, cumulative fraction] pairs")
            return nil
        }
        if f[0] > 0 {
            guard let b = below else {
                rows[0].error("the table starts at F = \(f[0]), not 0; state the lower tail with \"below: <size where F = 0>\"")
                return nil
            }
            guard b < firstD else {
                tailNode["below"]?.error("\"below\" (\(b) m) must be smaller than the first size of the table (\(firstD) m)")
                return nil
            }
            d.insert(b, at: 0)
            f.insert(0, at: 0)
        }
        if f[f.count - 1] < 1 {
            guard let a = above else {
                rows[rows.count - 1].error("the table ends at F = \(f[f.count - 1]), not 1; state the upper tail with \"above: <size where F = 1>\"")
                return nil
            }
            guard a > lastD else {
                tailNode["above"]?.error("\"above\" (\(a) m) must be larger than the last size of the table (\(lastD) m)")
                return nil
            }
            d.append(a)
            f.append(1)
        }
        let sizes = d, values = f
        return { x in CumulativeForms.table(x, sizes: sizes, values: values) }
    }
}

/// Cumulative undersize F(d) of the distribution forms (mass basis).
///
/// - RRSB (ISO 9276-3): F = 1 − exp(−(d/d63)^n); d = d63 gives 1 − e⁻¹ = 0.632.
/// - Log-normal: F = ½ erfc(−ln(d/d50) / (√2 ln σg)); d = d50 gives 0.5, d = d50·σg gives 0.841.
/// - Gates–Gaudin–Schuhmann: F = (d/d_max)^m up to d_max, 1 above; d = d_max/2, m = 1 gives 0.5.
/// - Table: linear in ln d between points (monotone, never overshoots), constant beyond the ends.
enum CumulativeForms {
    static func rosinRammler(_ d: Double, d63: Double, n: Double) -> Double {
        1 - Foundation.exp(-Foundation.pow(d / d63, n))
    }

    static func logNormal(_ d: Double, median: Double, geometricStd: Double) -> Double {
        let z = Foundation.log(d / median) / (2.0.squareRoot() * Foundation.log(geometricStd))
        return 0.5 * Foundation.erfc(-z)
    }

    static func gatesGaudinSchuhmann(_ d: Double, dMax: Double, m: Double) -> Double {
        min(1, Foundation.pow(d / dMax, m))
    }

    static func table(_ x: Double, sizes: [Double], values: [Double]) -> Double {
        if x <= sizes[0] { return values[0] }
        if x >= sizes[sizes.count - 1] { return values[values.count - 1] }
        var i = 0
        while sizes[i + 1] < x { i += 1 }
        let t = Foundation.log(x / sizes[i]) / Foundation.log(sizes[i + 1] / sizes[i])
        return values[i] + t * (values[i + 1] - values[i])
    }
}
