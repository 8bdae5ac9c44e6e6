/// Spelling suggestions for unknown keys and references.
enum DidYouMean {
    /// Levenshtein edit distance (insertions, deletions, substitutions each cost 1), case-insensitive.
    /// `distance("setps", "steps") == 2`, `distance("lenght", "length") == 2`.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The closest candidate within a third of the word's length (at least 2 edits), if any.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        let scored = candidates.map { ($0, distance(word, $0)) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }?.0
    }

    /// ` (did you mean "x"?)` or ` (expected one of: a, b, c)`.
    static func hint(for word: String, among candidates: [String]) -> String {
        if let s = suggestion(for: word, among: candidates) { return "; did you mean \"\(s)\"?" }
        return candidates.isEmpty ? "" : " (expected one of: \(candidates.joined(separator: ", ")))"
    }
}
