import Testing
import DedustScenario

/// Aliases and explicit `? key`s as mapping keys are refused before Yams composes the tree: Yams hashes composed
/// keys to find duplicates, and an alias bomb as a key made that exponential (a fuzz finding,
/// Tests/Fuzz/regressions/12-alias-bomb-as-explicit-key.yaml).
@Suite struct NonScalarKeyTests {
    func firstError(_ text: String) -> String? {
        do {
            _ = try ScenarioLoader.parse(text, file: "k.yaml")
            return nil
        } catch let e as ScenarioValidationError {
            return e.diagnostics.first?.description
        } catch {
            return "\(error)"
        }
    }

    @Test func aliasAndExplicitKeysAreRefusedWhereTheyStand() {
        #expect(firstError("scenario: x\nbase: &b {a: 1}\n*b: 2\n")?.contains("k.yaml:3:1: error: an alias (\"*b\") as a mapping key") == true)
        #expect(firstError("scenario: x\nconfigurations:\n  ? train\n  : [a]\n")?.contains("k.yaml:3:3: error: an explicit key") == true)
        #expect(firstError("scenario: x\nlimits:\n  - {at: outlet, *k: 1}\n")?.contains("k.yaml:3:18: error: an alias") == true)
        #expect(firstError("scenario: x\nlimits:\n  - ? a\n")?.contains("k.yaml:3:5: error: an explicit key") == true)
        #expect(firstError("scenario: x\ntrain: [{parallel: [a, b]}: c]\n")?.contains("k.yaml:2:27: error: a flow collection") == true)
        #expect(firstError("scenario: x\n[a, b]: c\n")?.contains("k.yaml:2:7: error: a flow collection") == true)
    }

    @Test func aliasesAsValuesQuotesAndCommentsAreFine() {
        for text in ["scenario: x\nbase: &b [a]\ntrain: *b\n", "scenario: \"*b: 1\"\n", "scenario: x # *b: 1 and ? y\n",
                     "scenario: x\nlist: [*b, 'a ? b']\n"] {
            #expect(firstError(text)?.contains("as a mapping key") != true, "\(text)")
        }
    }
}
