import Testing
import Foundation

/// Every class of bad input gives exit code 2 and a message with the exact file:line:column and field path.
@Suite("dedust validate: located errors")
struct ValidationErrorTests {
    private func validate(_ yaml: String) throws -> DedustBinary.Output {
        try DedustBinary.run("validate", yaml: yaml)
    }

    @Test func validScenarioPasses() throws {
        let r = try validate(BaseScenario.text)
        #expect(r.status == 0)
        #expect(r.stdout.contains("bad.yaml: valid — 1 configuration(s)"))
    }

    @Test func yamlSyntaxError() throws {
        // An unclosed flow sequence on line 6: libyaml notices at the next line and names where it began.
        let r = try validate(BaseScenario.replacing(line: 6, with: "  temperature: [20 degC"))
        #expect(r.status == 2)
        #expect(r.stderr.contains(
            "bad.yaml:7:5: error: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence at line 6, column 16)"))
    }

    @Test func unknownKeyWithSuggestionAndTheMissingFieldTogether() throws {
        let r = try validate(BaseScenario.replacing(line: 6, with: "  temprature: 20 degC"))
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.yaml:6:3: error: gas.temprature: unknown key \"temprature\"; did you mean \"temperature\"?"))
        #expect(r.stderr.contains("bad.yaml:4:3: error: gas: missing required field \"temperature\""))
        #expect(r.stderr.contains("2 errors in bad.yaml"))
    }

    @Test func missingRequiredField() throws {
        let r = try validate(BaseScenario.replacing(line: 9, with: nil))
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.yaml:8:3: error: dust: missing required field \"particle_density\""))
    }

    @Test func wrongDimension() throws {
        let r = try validate(BaseScenario.replacing(line: 6, with: "  temperature: 20 m"))
        #expect(r.status == 2)
        #expect(r.stderr.contains(
            "bad.yaml:6:16: error: gas.temperature: \"20 m\" is a length, expected a temperature (e.g. \"600 degC\", \"873.15 K\")"))
    }

    @Test func unknownUnit() throws {
        let r = try validate(BaseScenario.replacing(line: 5, with: "  flow: 1000 furlongs/h"))
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.yaml:5:9: error: gas.flow: \"1000 furlongs/h\": unknown unit \"furlongs/h\""))
    }

    @Test func negativeSize() throws {
        let r = try validate(BaseScenario.replacing(line: 2, with: "size_grid: {from: -1 um, to: 100 um, classes: 8}"))
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.yaml:2:19: error: size_grid.from: \"-1 um\" must be positive"))
    }

    @Test func fractionOutsideUnitInterval() throws {
        let r = try validate(BaseScenario.replacing(line: 13, with: "  a: {type: specified, model: constant, efficiency: 1.5}"))
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.yaml:13:53: error: equipment.a.efficiency: \"1.5\" is out of range; expected a value in [0, 1]"))
    }

    @Test func compositionNotSummingToOne() throws {
        let r = try validate(BaseScenario.replacing(line: 4, with: "  composition: {CO: 0.5, N2: 0.4}"))
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.yaml:4:16: error: gas.composition: mole fractions add up to 0.9, expected 1 (±1e-6)"))
        // With normalize the same composition is accepted.
        var lines = BaseScenario.lines
        lines[3] = "  composition: {CO: 0.5, N2: 0.4}"
        lines.insert("  normalize: true", at: 4)
        #expect(try validate(lines.joined(separator: "\n") + "\n").status == 0)
    }

    @Test func unknownUnitReference() throws {
        let r = try validate(BaseScenario.replacing(line: 16, with: "  base: {train: [a, cyclone]}"))
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.yaml:16:21: error: configurations.base.train[1]: unknown unit \"cyclone\""))
    }

    @Test func unknownModelListsTheAvailableOnes() throws {
        let r = try validate(BaseScenario.replacing(line: 13, with: "  a: {type: specified, model: constnt, efficiency: 0.5}"))
        #expect(r.status == 2)
        #expect(r.stderr.contains(
            "bad.yaml:13:31: error: equipment.a.model: unknown model \"constnt\" for specified; did you mean \"constant\"? (available: constant, logistic, table)"))
    }

    @Test func loopWithoutDeclaredRecycle() throws {
        let yaml = BaseScenario.text + """
              loop:
                streams:
                  - {from: feed, to: a}
                  - {from: a.outlet, to: b}
                  - {from: b.outlet, to: a, fraction: 0.5}
                  - {from: b.outlet, to: stack, fraction: 0.5}

            """
        let r = try validate(yaml)
        #expect(r.status == 2)
        #expect(r.stderr.contains(
            "bad.yaml:19:7: error: configurations.loop.streams: the streams a → b → a form a loop without a declared recycle"))
        // Declaring the closing stream a recycle makes it valid.
        let fixed = yaml.replacingOccurrences(of: "to: a, fraction: 0.5}", with: "to: a, fraction: 0.5, recycle: true}")
        #expect(try validate(fixed).status == 0)
    }

    @Test func allErrorsOfAFileAreReportedTogether() throws {
        var lines = BaseScenario.lines
        lines[1] = "size_grid: {from: 1 um, to: 100 um, classes: 0}"
        lines[5] = "  temperature: 20 m"
        lines[12] = "  a: {type: specified, model: constant, efficiency: -0.5}"
        lines[15] = "  base: {train: [a, c]}"
        let r = try validate(lines.joined(separator: "\n") + "\n")
        #expect(r.status == 2)
        let errorLines = r.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errorLines.count == 4)
        #expect(errorLines.first?.hasPrefix("bad.yaml:2:46: error: size_grid.classes: 0 is out of range") == true)
        #expect(r.stderr.contains("4 errors in bad.yaml"))
    }
}
