import DedustPhysics

/// Small helpers for writing well-formed HTML: escaped text, tables whose rows always have the header's
/// column count, and number formatting that never prints NaN or infinity.
struct HTMLBuilder {
    private(set) var html = ""

    mutating func raw(_ s: String) { html += s }
    mutating func text(_ tag: String, _ s: String, cssClass: String? = nil) {
        let c = cssClass.map { " class=\"\($0)\"" } ?? ""
        html += "<\(tag)\(c)>\(s.xmlEscaped)</\(tag)>\n"
    }

    /// A table cell: text (escaped) or pre-built inline HTML, with an optional CSS class.
    struct Cell {
        var html: String
        var cssClass: String?
        static func t(_ s: String, _ c: String? = nil) -> Cell { Cell(html: s.xmlEscaped, cssClass: c) }
        static func l(_ s: String) -> Cell { Cell(html: s.xmlEscaped, cssClass: "l") }
        static func html(_ s: String, _ c: String? = nil) -> Cell { Cell(html: s, cssClass: c) }
        static func n(_ x: Double?, _ digits: Int = 4) -> Cell {
            guard let x, x.isFinite else { return Cell(html: "–", cssClass: "na") }
            return Cell(html: HTMLBuilder.number(x, digits).xmlEscaped, cssClass: nil)
        }
        static func pass(_ ok: Bool, _ s: String? = nil) -> Cell {
            Cell(html: (s ?? (ok ? "pass" : "FAIL")).xmlEscaped, cssClass: ok ? "pass" : "fail")
        }
    }

    mutating func table(headers: [String], rows: [[Cell]], leftColumns: Set<Int> = [0], rowClasses: [String?]? = nil) {
        html += "<table>\n<thead><tr>"
        for (i, h) in headers.enumerated() { html += "<th\(leftColumns.contains(i) ? " class=\"l\"" : "")>\(h.xmlEscaped)</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for (r, row) in rows.enumerated() {
            let rc = rowClasses?[r].map { " class=\"\($0)\"" } ?? ""
            html += "<tr\(rc)>"
            for i in 0..<headers.count {
                let cell = i < row.count ? row[i] : .t("")
                let cls = cell.cssClass ?? (leftColumns.contains(i) ? "l" : nil)
                html += "<td\(cls.map { " class=\"\($0)\"" } ?? "")>\(cell.html)</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
    }

    /// 4 significant digits, plain decimal where readable; whole numbers from 10 000 on, in groups of three
    /// digits split by a narrow no-break space ("120 088", the SI way, as in the README); "–" for non-finite
    /// values.
    static func number(_ x: Double, _ digits: Int = 4) -> String {
        guard x.isFinite else { return "–" }
        let a = abs(x)
        if a >= 1e4 && a < 1e7 { return grouped(Int64(x.rounded())) }
        return Units.formatNumber(x, significantDigits: digits)
    }

    /// An integer in groups of three digits split by U+202F.
    static func grouped(_ n: Int64) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "\u{202F}" }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A report unit written for reading ("mg/Nm3" → "mg/Nm³", "degC" → "°C").
    static func unit(_ u: String) -> String {
        switch u {
        case "mg/Nm3": return "mg/Nm³"
        case "mg/m3": return "mg/m³"
        case "degC": return "°C"
        default: return u
        }
    }

    /// A percentage with enough digits to tell 99.5 % from 99.9 % (``EngineeringText/percent(_:)``).
    static func percent(_ fraction: Double) -> String { EngineeringText.percent(fraction) }
}
