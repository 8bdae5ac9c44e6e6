/// A tidy CSV table (RFC 4180): a header row, then one row per observation. Fields containing a comma,
/// quote or line break are quoted; numbers are written in Swift's shortest round-trip form, empty when
/// not finite or absent.
public struct CSVTable: Sendable {
    public var header: [String]
    public private(set) var rows: [[String]] = []

    public init(header: [String]) { self.header = header }

    /// Appends a row; it must have one field per header column.
    public mutating func add(_ fields: [String]) {
        precondition(fields.count == header.count, "a CSV row needs \(header.count) fields, got \(fields.count)")
        rows.append(fields)
    }

    public var text: String {
        ([header] + rows).map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number field: shortest round-trip text, empty for nil or non-finite values.
    public static func number(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "" }
        if x == 0 { return "0" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }
}
