/// A plain-text table with right-aligned numeric columns, for terminals.
struct TableLayout {
    var headers: [String]
    var rows: [[String]] = []
    /// Columns aligned left (others right).
    var leftAligned: Set<Int> = [0]

    init(_ headers: [String], leftAligned: Set<Int> = [0]) {
        self.headers = headers
        self.leftAligned = leftAligned
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render(indent: String = "  ") -> String {
        let all = [headers] + rows
        let n = headers.count
        var widths = [Int](repeating: 0, count: n)
        for r in all { for (i, c) in r.enumerated() where i < n { widths[i] = max(widths[i], c.count) } }
        func line(_ r: [String]) -> String {
            (0..<n).map { i in
                let c = i < r.count ? r[i] : ""
                let padding = String(repeating: " ", count: widths[i] - c.count)
                return leftAligned.contains(i) ? c + padding : padding + c
            }.joined(separator: "  ")
        }
        let rule = (0..<n).map { String(repeating: "─", count: widths[$0]) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).map { indent + $0 }.joined(separator: "\n")
    }
}
