import Foundation

/// A plot axis: maps data values to pixels on a linear or logarithmic (base-10) scale and chooses
/// readable tick marks.
///
///     let x = Axis(title: "particle size (µm)", scale: .logarithmic, range: 0.3...500)
///     x.ticks   // [1, 10, 100] with minor ticks at 2…9 × 10ⁿ
public struct Axis: Sendable, Equatable {
    /// Linear or base-10 logarithmic scale.
    public enum Scale: Sendable, Equatable { case linear, logarithmic }

    /// How log-axis ticks are labelled: `.automatic` (plain numbers while every tick lies in 0.001…100 000,
    /// otherwise powers of ten) or always `.powersOfTen` (e.g. penetrations, so that every such chart reads alike).
    public enum LabelStyle: Sendable, Equatable { case automatic, powersOfTen }

    public var title: String
    public var scale: Scale
    public var labelStyle: LabelStyle = .automatic
    /// Data range shown (for a log scale both bounds must be positive).
    public var range: ClosedRange<Double>

    public init(title: String, scale: Scale = .linear, range: ClosedRange<Double>) {
        self.title = title
        self.scale = scale
        if scale == .logarithmic {
            let lo = max(range.lowerBound, 1e-300)
            let hi = max(range.upperBound, lo * 10)
            self.range = lo...hi
        } else if range.lowerBound == range.upperBound {
            let v = range.lowerBound
            self.range = (v - max(abs(v) * 0.1, 1))...(v + max(abs(v) * 0.1, 1))
        } else {
            self.range = range
        }
    }

    /// An axis spanning `values` (non-finite values and, on a log scale, non-positive ones are ignored),
    /// widened to whole decades on a log scale and to nice numbers on a linear one.
    public static func fitting(_ values: [Double], title: String, scale: Scale = .linear,
                               includeZero: Bool = false) -> Axis {
        let usable = values.filter { $0.isFinite && (scale == .linear || $0 > 0) }
        guard var lo = usable.min(), var hi = usable.max() else {
            return Axis(title: title, scale: scale, range: scale == .linear ? 0...1 : 1...10)
        }
        switch scale {
        case .logarithmic:
            lo = pow(10, floor(log10(lo)))
            hi = pow(10, ceil(log10(hi)))
            if hi <= lo { hi = lo * 10 }
        case .linear:
            if includeZero { lo = min(lo, 0); hi = max(hi, 0) }
            if hi == lo { hi = lo + 1 }
            let step = Axis.niceStep((hi - lo) / 5)
            lo = floor(lo / step) * step
            hi = ceil(hi / step) * step
        }
        return Axis(title: title, scale: scale, range: lo...hi)
    }

    /// Position of `value` as a fraction of the axis length (0 at the lower bound, 1 at the upper).
    public func fraction(_ value: Double) -> Double {
        switch scale {
        case .linear:
            return (value - range.lowerBound) / (range.upperBound - range.lowerBound)
        case .logarithmic:
            let v = max(value, range.lowerBound * 1e-3)
            return (log10(v) - log10(range.lowerBound)) / (log10(range.upperBound) - log10(range.lowerBound))
        }
    }

    /// Major tick values inside the range.
    public var ticks: [Double] {
        switch scale {
        case .logarithmic:
            let first = Int(floor(log10(range.lowerBound) + 1e-9)), last = Int(ceil(log10(range.upperBound) - 1e-9))
            let decades = (first...max(first, last)).map { pow(10, Double($0)) }
            return decades.filter { $0 >= range.lowerBound * (1 - 1e-9) && $0 <= range.upperBound * (1 + 1e-9) }
        case .linear:
            let step = Axis.niceStep((range.upperBound - range.lowerBound) / 5)
            var t = ceil(range.lowerBound / step - 1e-9) * step
            var out: [Double] = []
            while t <= range.upperBound + step * 1e-9 {
                out.append(abs(t) < step * 1e-9 ? 0 : t)
                t += step
            }
            return out
        }
    }

    /// Minor ticks (2…9 × 10ⁿ on a log axis; none on a linear one).
    public var minorTicks: [Double] {
        guard scale == .logarithmic else { return [] }
        let first = Int(floor(log10(range.lowerBound))), last = Int(ceil(log10(range.upperBound)))
        var out: [Double] = []
        for e in first..<max(first + 1, last) {
            for m in 2...9 {
                let v = Double(m) * pow(10, Double(e))
                if v > range.lowerBound && v < range.upperBound { out.append(v) }
            }
        }
        return out
    }

    /// The label of every major tick, all in one format: on a log axis plain numbers while every tick lies in
    /// 0.001…100 000, otherwise powers of ten for all of them ("10⁻²", "10⁰", "10⁶"); on a linear axis the same
    /// number of decimals for every tick (those of the tick step: "0.0", "0.2", …, "1.0" or "0", "500", "1000").
    public var tickLabels: [String] {
        let t = ticks
        switch scale {
        case .logarithmic:
            let plain = labelStyle == .automatic && t.allSatisfy { $0 >= 1e-3 * (1 - 1e-9) && $0 <= 1e5 * (1 + 1e-9) }
            return t.map { plain ? Axis.format($0) : Axis.powerOfTen($0) }
        case .linear:
            let step = Axis.niceStep((range.upperBound - range.lowerBound) / 5)
            let decimals = max(0, Int(-floor(log10(step) + 1e-9)))
            return t.map { Axis.fixed($0, decimals: decimals) }
        }
    }

    /// The label of one major tick (see ``tickLabels``); a value that is not a tick is formatted plainly.
    public func label(_ value: Double) -> String {
        if let i = ticks.firstIndex(of: value) { return tickLabels[i] }
        return Axis.format(value)
    }

    /// "10ⁿ" with a superscript exponent, for a power of ten (other values: the nearest power's exponent with
    /// the mantissa, "2×10³").
    static func powerOfTen(_ v: Double) -> String {
        guard v > 0, v.isFinite else { return Axis.format(v) }
        let e = Int(floor(log10(v) + 1e-9))
        let m = v / pow(10, Double(e))
        let superscripts: [Character: Character] = ["-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴",
                                                    "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"]
        let exponent = String(String(e).map { superscripts[$0] ?? $0 })
        return abs(m - 1) < 1e-9 ? "10" + exponent : Axis.format(m) + "×10" + exponent
    }

    /// `v` with exactly `decimals` decimals ("-0" printed as "0").
    static func fixed(_ v: Double, decimals: Int) -> String {
        let s = String(format: "%.\(decimals)f", v)
        return Double(s) == 0 ? String(format: "%.\(decimals)f", 0.0) : s
    }

    /// 1, 2 or 5 × 10ⁿ closest above `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let e = floor(log10(rough)), f = rough / pow(10, e)
        let nice: Double = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10
        return nice * pow(10, e)
    }

    /// Plain decimal formatting with at most 4 significant digits.
    static func format(_ v: Double) -> String {
        if v == 0 { return "0" }
        let a = abs(v)
        if a >= 1e6 || a < 1e-4 { return String(format: "%.0e", v) }
        var s = String(format: "%.4g", v)
        if s.contains("e") { s = String(format: "%.6f", v) }
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }
}
