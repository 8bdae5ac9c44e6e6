import Foundation
import DedustPhysics
import DedustScenario

/// Numbers written the way engineers say them, shared by every human-readable report (terminal table, HTML,
/// `dedust compare`), so one quantity reads the same everywhere.
///
///     EngineeringText.margin(check)       // "400× the limit", "22 % over", "85 % under", "19.1 K over"
///     EngineeringText.percent(0.99984)    // "99.984" — enough digits to show the penetration (0.016 %)
///     EngineeringText.percent(0.9307)     // "93.07"
public enum EngineeringText {
    /// How far a checked value is from its limit, in words.
    ///
    /// * temperatures (unit `degC`): the difference in kelvin — "19.1 K over", "20 K under" (for a minimum
    ///   temperature: "5 K below the minimum", "12 K above the minimum");
    /// * other maxima: "400× the limit" from twice the limit on, "22 % over" below that, "85 % under" when met;
    /// * other minima: "15 % under the minimum", "40 % above the minimum", "3× the minimum".
    ///
    /// Whether the limit is a maximum or a minimum follows from the check itself: a maximum is met below its
    /// limit, a minimum above it (`LimitCheck.ok` with `value` against `limit`).
    public static func margin(_ l: LimitCheck) -> String {
        guard l.value.isFinite, l.limit.isFinite else { return "–" }
        if l.value == l.limit { return "at the limit" }
        let below = l.value < l.limit
        let isMaximum = below == l.ok
        if l.unit == "degC" {
            let k = kelvin(abs(l.value - l.limit))
            if isMaximum { return below ? "\(k) K under" : "\(k) K over" }
            return below ? "\(k) K below the minimum" : "\(k) K above the minimum"
        }
        guard l.limit > 0 else { return below ? "under" : "over" }
        let r = l.value / l.limit
        let word = isMaximum ? "the limit" : "the minimum"
        if r >= 2 { return "\(ratio(r))× \(word)" }
        if below { return "\(share(1 - r)) % under" + (isMaximum ? "" : " the minimum") }
        return "\(share(r - 1)) % " + (isMaximum ? "over" : "above the minimum")
    }

    /// An efficiency (fraction) in percent: 4 significant digits below 99 %, and above that as many decimals as
    /// it takes to show the penetration 100 − η with two significant digits, at least three (99.512, 99.984,
    /// 99.9984); 100 for complete capture.
    public static func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "–" }
        let p = fraction * 100
        guard p < 100, let decimals = percentDecimals(fraction) else { return Units.formatNumber(p, significantDigits: 4) }
        return String(format: "%.\(decimals)f", p)
    }

    /// Decimals ``percent(_:)`` uses for an efficiency of 99 % or more (3…8); nil below 99 %.
    public static func percentDecimals(_ fraction: Double) -> Int? {
        let p = fraction * 100
        guard p >= 99, p.isFinite else { return nil }
        let penetration = 100 - p
        guard penetration > 0 else { return 2 }
        return min(8, max(3, 1 - Int(floor(log10(penetration)))))
    }

    /// A share in percent with two significant digits, whole numbers from 10 % on ("22", "3.6", "0.16").
    static func share(_ x: Double) -> String {
        let p = x * 100
        return p >= 10 ? String(Int(p.rounded())) : Units.formatNumber(p, significantDigits: 2)
    }

    /// A ratio: whole from 10 on ("400"), two significant digits below ("2.5").
    static func ratio(_ r: Double) -> String {
        r >= 10 ? String(Int(r.rounded())) : Units.formatNumber(r, significantDigits: 2)
    }

    /// A temperature difference with one decimal, without a trailing ".0" ("19.1", "20").
    static func kelvin(_ d: Double) -> String {
        let s = String(format: "%.1f", d)
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }
}
