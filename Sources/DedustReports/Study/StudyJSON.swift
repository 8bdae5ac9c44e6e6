import Foundation
import DedustStudy

/// A study's summary as JSON (`dedust study --format json`): the ``StudySummary`` with sorted keys, so the same
/// study gives the same bytes for any thread count or sharding. Every estimate is `{value, lower, upper, level}`.
/// A non-finite number (an estimate over no values) is written as the string "NaN" — the reader's `float()` parses
/// it.
public struct StudyJSON: Sendable {
    public var toolVersion: String

    public init(toolVersion: String) { self.toolVersion = toolVersion }

    public func render(_ s: StudySummary) throws -> String {
        struct Document: Encodable {
            var json_contract = "study-1.0"
            var tool: String
            var study: StudySummary
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity",
                                                                      negativeInfinity: "-Infinity", nan: "NaN")
        let data = try encoder.encode(Document(tool: "dedust \(toolVersion)", study: s))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
