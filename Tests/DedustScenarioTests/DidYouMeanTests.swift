import Testing
@testable import DedustScenario

@Suite("Did-you-mean suggestions")
struct DidYouMeanTests {
    @Test func levenshteinDistances() {
        #expect(DidYouMean.distance("kitten", "sitting") == 3)  // the textbook example
        #expect(DidYouMean.distance("setps", "steps") == 2)
        #expect(DidYouMean.distance("", "abc") == 3)
        #expect(DidYouMean.distance("Flow", "flow") == 0)
    }

    @Test func suggestionsStayClose() {
        #expect(DidYouMean.suggestion(for: "temprature", among: ["temperature", "pressure"]) == "temperature")
        #expect(DidYouMean.suggestion(for: "xyz", among: ["temperature", "pressure"]) == nil)
        #expect(DidYouMean.hint(for: "xyz", among: ["a", "b"]) == " (expected one of: a, b)")
    }
}
