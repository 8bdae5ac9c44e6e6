import Testing
import Foundation
import DedustNumerics
import DedustScenario
@testable import DedustStudy

/// Studies whose answers are known in closed form, run through the whole machinery (file → plan → runner →
/// SQLite store → statistics).
@Suite struct StudyClosedFormTests {
    /// η_a ~ U(0.58, 0.95): the stack concentration of `one` is 10 000 (1 − η_a) ~ U(500, 4200) mg/Nm³, so its
    /// p-quantile is 500 + 3700 p and P(stack ≤ 2000 mg/Nm³) = 1500/3700 = 0.4054.
    @Test func uniformEfficiencyGivesTheClosedFormQuantilesAndProbability() throws {
        let fixture = try StudyFixture(study: """
            study: uniform efficiency
            scenario: scenario.yaml
            seed: 11
            sampling: {method: sobol, samples: 512}
            inputs:
              equipment.a.efficiency: {distribution: uniform, lower: 0.58, upper: 0.95}
            """)
        defer { fixture.remove() }
        let (summary, _) = try fixture.run()
        let one = try #require(summary.configurations.first { $0.name == "one" })
        let outlet = try #require(one.outputs.first { $0.key == "outlet_mg_per_Nm3" })
        for q in outlet.quantiles {
            let truth = 500 + 3700 * q.probability
            #expect(q.estimate.covers(truth), "P\(Int(q.probability * 100)): \(q.estimate) vs \(truth)")
            #expect(abs(q.estimate.value - truth) < 0.01 * 3700, "P\(q.probability) = \(q.estimate.value), closed form \(truth)")
        }
        #expect(outlet.mean.covers(2350))
        let stack = try #require(one.limits.first { $0.name == "stack" })
        #expect(stack.probability.covers(1500.0 / 3700))
        #expect(abs(stack.probability.value - 1500.0 / 3700) < 0.01)
        // Common random numbers: `two` sees the same η_a, so its stack is exactly half of `one`'s in every sample and
        // the paired comparison is certain.
        let pair = try #require(summary.comparisons.first { $0.a == "two" && $0.b == "one" && $0.key == "outlet_mg_per_Nm3" })
        #expect(pair.probabilityABetter.value == 1)
        #expect(abs(pair.meanDifference.value + 2350 / 2) < 0.01 * 2350)
    }

    /// Y = c (1 − η_a)(1 − η_b) with independent uniform penetrations X_a = 1 − η_a ~ U(0.05, 0.45) and
    /// X_b ~ U(0.3, 0.7): for a product of independent factors V = σ_a²σ_b² + μ_b²σ_a² + μ_a²σ_b²,
    /// S_a = μ_b²σ_a²/V and S_T,a = (μ_b²σ_a² + σ_a²σ_b²)/V (Sobol' 1993; Saltelli et al. 2008, §4.3).
    @Test func sobolIndicesOfTwoUnitsInSeriesMatchTheProduct() throws {
        let fixture = try StudyFixture(study: """
            study: product of penetrations
            scenario: scenario.yaml
            seed: 5
            sampling: {method: sobol, samples: 1024}
            configurations: [two]
            inputs:
              equipment.a.efficiency: {distribution: uniform, lower: 0.55, upper: 0.95}
              equipment.b.efficiency: {distribution: uniform, lower: 0.3, upper: 0.7}
            sensitivity: sobol
            bootstrap: 300
            """)
        defer { fixture.remove() }
        let (summary, _) = try fixture.run(threads: 2)
        #expect(summary.evaluations == 1024 * 4)
        let two = try #require(summary.configurations.first)
        let outlet = try #require(two.outputs.first { $0.key == "outlet_mg_per_Nm3" })
        let s = try #require(outlet.sensitivity)
        let ma = 0.25, va = 0.4 * 0.4 / 12, mb = 0.5, vb = 0.4 * 0.4 / 12
        let v = va * vb + mb * mb * va + ma * ma * vb
        let first = [mb * mb * va / v, ma * ma * vb / v]
        let total = [(mb * mb * va + va * vb) / v, (ma * ma * vb + va * vb) / v]
        for i in 0..<2 {
            let f = try #require(s[i].firstOrder), t = try #require(s[i].total)
            #expect(abs(f.value - first[i]) < 0.05, "S1[\(i)] \(f) vs \(first[i])")
            #expect(abs(t.value - total[i]) < 0.05, "ST[\(i)] \(t) vs \(total[i])")
            #expect(f.lower - 0.02 <= first[i] && first[i] <= f.upper + 0.02)
            #expect(t.lower - 0.02 <= total[i] && total[i] <= t.upper + 0.02)
        }
    }

    /// A one-path sweep: the stack of `one` along η_a ∈ {0.55, 0.65, …, 0.95} is 10 000 (1 − η_a), and P(all limits)
    /// switches from 0 to 1 between 0.75 and 0.85 (2000 mg/Nm³).
    @Test func sweepFollowsTheClosedForm() throws {
        let fixture = try StudyFixture(study: """
            study: sweep
            scenario: scenario.yaml
            sweep:
              equipment.a.efficiency: {from: 0.55, to: 0.95, points: 5}
            """)
        defer { fixture.remove() }
        let (summary, _) = try fixture.run()
        let sweep = try #require(summary.sweep)
        let curve = try #require(sweep.curves.first { $0.configuration == "one" && $0.key == "outlet_mg_per_Nm3" })
        for (i, eta) in [0.55, 0.65, 0.75, 0.85, 0.95].enumerated() {
            let value = try #require(curve.mean[i])
            #expect(abs(value - 10_000 * (1 - eta)) < 1e-6 * 10_000)
        }
        let met = try #require(sweep.compliance["one"]).map { $0?.value }
        #expect(met == [0, 0, 0, 1, 1])
    }

    /// A trajectory unit inside a study uses the same particle random numbers in every evaluation: an input that
    /// does not change its physics (the dust loading, for a settler without loading effects) leaves its efficiency
    /// exactly constant — the Monte Carlo error does not masquerade as input uncertainty — and its size is reported
    /// as a bound.
    @Test func trajectoryMonteCarloErrorIsKeptApartFromInputUncertainty() throws {
        let scenario = """
            scenario: trajectory settler
            seed: 3
            size_grid: {from: 1 um, to: 100 um, classes: 6}
            gas: {composition: {air: 1}, flow: 0.1 m3/s, temperature: 20 degC}
            dust: {loading: 2 g/m3, particle_density: 2000 kg/m3, size_distribution: {log_normal: {median: 20 um, geometric_std: 2}}}
            equipment:
              chamber: {type: gravity_settler, model: trajectory, length: 3 m, width: 0.5 m, height: 0.5 m,
                        particles_per_class: 128, max_particles_per_class: 256, ci_half_width: 0.05}
            configurations:
              settler: {train: [chamber]}
            """
        let fixture = try StudyFixture(study: """
            study: trajectory
            scenario: scenario.yaml
            sampling: {samples: 6}
            inputs:
              dust.loading: {distribution: uniform, lower: 1 g/m3, upper: 3 g/m3}
            """, scenario: scenario)
        defer { fixture.remove() }
        let (summary, _) = try fixture.run(threads: 2)
        let settler = try #require(summary.configurations.first)
        let efficiency = try #require(settler.outputs.first { $0.key == "unit.chamber.efficiency_pct" })
        // The same particles in every evaluation: the efficiency moves only by the rounding of the mass flows.
        #expect(efficiency.maximum - efficiency.minimum < 1e-10 * efficiency.maximum, "\(efficiency.minimum) … \(efficiency.maximum)")
        #expect(efficiency.standardDeviation.value < 1e-10)
        let bound = try #require(settler.outputs.first { $0.key == "unit.chamber.monte_carlo_half_width_pct" })
        #expect(bound.maximum > 0 && bound.maximum < 10)
        #expect(summary.notes.contains { $0.contains("same particle random numbers") })
    }
}
