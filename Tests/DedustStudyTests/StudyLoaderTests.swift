import Testing
import Foundation
import DedustScenario

/// Every bad study input gets a located message (file:line:column, field path, what is wrong and the fix).
@Suite struct StudyLoaderTests {
    func errors(_ body: String) throws -> [ScenarioDiagnostic] {
        let fixture = try StudyFixture(study: "study: bad\nscenario: scenario.yaml\n" + body)
        defer { fixture.remove() }
        do {
            _ = try fixture.load()
            Issue.record("the study loaded, but it should not")
            return []
        } catch let error as ScenarioValidationError {
            return error.diagnostics
        }
    }

    func expectError(_ body: String, line: Int, _ fragments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        let found = try errors(body)
        let match = found.first { d in d.line == line && fragments.allSatisfy { d.message.contains($0) || d.path.contains($0) } }
        #expect(match != nil, "expected an error at line \(line) with \(fragments); found \(found.map(\.description))",
                sourceLocation: sourceLocation)
        #expect(found.allSatisfy { $0.file == "study.yaml" }, sourceLocation: sourceLocation)
    }

    @Test func unknownPathSuggestsTheRightOne() throws {
        try expectError("inputs:\n  equipment.a.efficency: {distribution: uniform, lower: 0.6, upper: 0.9}\n", line: 4,
                        "efficency", "did you mean \"efficiency\"")
        try expectError("inputs:\n  equipment.c.efficiency: {distribution: uniform, lower: 0.6, upper: 0.9}\n", line: 4,
                        "no equipment \"c\"")
        try expectError("inputs:\n  gas.temprature: {distribution: uniform, lower: 500 degC, upper: 600 degC}\n", line: 4,
                        "did you mean \"temperature\"")
    }

    @Test func distributionsWithBadParameters() throws {
        try expectError("inputs:\n  equipment.a.efficiency: {distribution: uniform, lower: 0.9, upper: 0.6}\n", line: 4, "lower")
        try expectError("inputs:\n  equipment.a.efficiency: {distribution: triangular, lower: 0.5, mode: 0.95, upper: 0.9}\n",
                        line: 4, "mode")
        try expectError("inputs:\n  gas.temperature: {distribution: normal, mean: 600 degC, standard_deviation: -5 K}\n",
                        line: 4, "standard")
        try expectError("inputs:\n  dust.loading: {distribution: log_normal, median: 10 g/Nm3, gsd: 0.8}\n", line: 4, "gsd")
        try expectError("inputs:\n  equipment.a.efficiency: {distribution: gaussian, mean: 0.8}\n", line: 4,
                        "unknown distribution \"gaussian\"")
        try expectError("inputs:\n  equipment.a.efficiency: {distribution: uniform, lower: 0.5, upper: 0.9, mode: 0.7}\n",
                        line: 4, "unknown key \"mode\"")
        // A normal that reaches where the parameter is not valid must be truncated.
        try expectError("inputs:\n  equipment.a.efficiency: {distribution: normal, mean: 0.9, standard_deviation: 0.1}\n",
                        line: 4, "truncation")
        // A bound of the wrong dimension, and one on the other concentration basis.
        try expectError("inputs:\n  gas.temperature: {distribution: uniform, lower: 500 kPa, upper: 600 degC}\n", line: 4, "temperature")
        try expectError("inputs:\n  dust.loading: {distribution: uniform, lower: 5 g/m3, upper: 15 g/m3}\n", line: 4, "basis")
    }

    @Test func sampleCountMustBePositive() throws {
        try expectError("sampling: {samples: -4}\ninputs:\n  equipment.a.efficiency: {distribution: uniform, lower: 0.6, upper: 0.9}\n",
                        line: 3, "at least 1")
        try expectError("sampling: {method: halton, samples: 8}\ninputs:\n  equipment.a.efficiency: {distribution: uniform, lower: 0.6, upper: 0.9}\n",
                        line: 3, "sampling method")
    }

    @Test func choiceWeightsMustSumToOne() throws {
        try expectError("inputs:\n  equipment.a.model:\n    distribution: choice\n    weights: {constant: 0.5, logistic: 0.3}\n",
                        line: 6, "sum")
        try expectError("inputs:\n  equipment.a.model:\n    distribution: choice\n    weights: {constnt: 1}\n",
                        line: 6, "did you mean \"constant\"")
        try expectError("inputs:\n  equipment.a.efficiency: {distribution: choice, weights: {a: 1}}\n", line: 4,
                        "a choice distribution needs a choice")
    }

    @Test func correlationMatrixMustBePositiveDefinite() throws {
        let three = """
            inputs:
              equipment.a.efficiency: {distribution: uniform, lower: 0.6, upper: 0.9}
              equipment.b.efficiency: {distribution: uniform, lower: 0.3, upper: 0.7}
              dust.loading: {distribution: uniform, lower: 5 g/Nm3, upper: 15 g/Nm3}
            correlations:
              - {between: [equipment.a.efficiency, equipment.b.efficiency], rank: 0.9}
              - {between: [equipment.a.efficiency, dust.loading], rank: 0.9}
              - {between: [equipment.b.efficiency, dust.loading], rank: -0.9}

            """
        try expectError(three, line: 8, "positive definite")
        try expectError("""
            inputs:
              equipment.a.efficiency: {distribution: uniform, lower: 0.6, upper: 0.9}
            correlations:
              - {between: [equipment.a.efficiency, gas.temperature], rank: 0.5}

            """, line: 6, "not one of the study's inputs")
        try expectError("""
            inputs:
              equipment.a.efficiency: {distribution: uniform, lower: 0.6, upper: 0.9}
              equipment.b.efficiency: {distribution: uniform, lower: 0.3, upper: 0.7}
            correlations:
              - {between: [equipment.a.efficiency, equipment.b.efficiency], rank: 1.2}

            """, line: 7, "rank")
    }

    @Test func studyStructure() throws {
        try expectError("", line: 1, "needs \"inputs\"")
        try expectError("samples: 10\ninputs:\n  equipment.a.efficiency: {distribution: uniform, lower: 0.6, upper: 0.9}\n",
                        line: 3, "unknown key \"samples\"")
        try expectError("configurations: [one, three]\ninputs:\n  equipment.a.efficiency: {distribution: uniform, lower: 0.6, upper: 0.9}\n",
                        line: 3, "no configuration \"three\"")
        try expectError("sweep:\n  equipment.a.efficiency: {from: 0.5, to: 1.5, points: 3}\n", line: 4, "sweep reaches")
        try expectError("""
            inputs:
              equipment.a.efficiency: {distribution: uniform, lower: 0.6, upper: 0.9}
            correlations:
              - {between: [equipment.a.efficiency, equipment.a.efficiency], rank: 0.5}
            sensitivity: sobol

            """, line: 7, "Sobol")
    }

    @Test func aGoodStudyLoads() throws {
        let fixture = try StudyFixture(study: """
            study: good
            scenario: scenario.yaml
            inputs:
              gas.temperature: {distribution: uniform, lower: 10 degC, upper: 30 degC}
              equipment.a.model: {distribution: choice, weights: {constant: 1}}
            """)
        defer { fixture.remove() }
        let s = try fixture.load()
        #expect(s.inputs.count == 2 && s.sampling.samples == 256 && s.sampling.method == .sobol)
        #expect(s.inputs[0].text(value: 300) == "300.0 K")
        #expect(s.inputs[0].display(300) == 300 - 273.15)
        #expect(s.comparisons.map { "\($0.0)-\($0.1)" } == ["two-one"])
    }
}
