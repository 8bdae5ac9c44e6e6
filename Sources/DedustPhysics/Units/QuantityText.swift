/// A quantity string split into its number and its unit: `"600 degC"` → ("600", "degC").
///
/// The number is the leading run of characters from `0-9 + - . e E ,` (the comma is included only so
/// that `"12,350"` is reported as a malformed number instead of an unknown unit); the rest, trimmed, is
/// the unit. A unit that itself starts with `e`/`E` would be misread, and none does.
struct QuantityText {
    var number: Substring
    var unit: Substring

    init(_ text: String) {
        let trimmed = text.drop { $0.isWhitespace }
        var end = trimmed.startIndex
        while end < trimmed.endIndex, "0123456789+-.eE,".contains(trimmed[end]) {
            // An `e`/`E` is part of the number only right after a digit or '.'.
            if "eE".contains(trimmed[end]) {
                guard end > trimmed.startIndex, "0123456789.".contains(trimmed[trimmed.index(before: end)]) else { break }
            }
            end = trimmed.index(after: end)
        }
        number = trimmed[trimmed.startIndex..<end]
        var rest = trimmed[end...]
        while let last = rest.last, last.isWhitespace { rest = rest.dropLast() }
        unit = rest.drop { $0.isWhitespace }
    }
}
