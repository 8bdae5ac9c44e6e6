import Foundation

/// The repository's source files, for tests that check documentation against code.
public enum SourceText {
    /// The package root (three levels above this file).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every `///` doc-comment line under `Sources/`, with its file (relative path).
    public static let docCommentLines: [(file: String, line: String)] = {
        var out: [(String, String)] = []
        let sources = root.appendingPathComponent("Sources")
        guard let e = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else { return [] }
        for case let url as URL in e where url.pathExtension == "swift" {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let rel = String(url.path.dropFirst(root.path.count + 1))
            for line in text.split(separator: "\n") where line.trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                out.append((rel, String(line)))
            }
        }
        return out
    }()

    /// The files whose doc comments contain `text`.
    public static func filesDocumenting(_ text: String) -> [String] {
        Array(Set(docCommentLines.filter { $0.line.contains(text) }.map(\.file))).sorted()
    }
}
