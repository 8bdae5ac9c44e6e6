import DedustNumerics
import DedustPhysics
import DedustSeparators
import Foundation
import Testing
@testable import DedustTrajectories

/// The worked examples in the trajectory engine's doc comments, recomputed, as `DocumentedExampleTests` does for
/// the physics and separator models (that suite's target cannot see this module): each row names the text of an
/// `Example:` line (still in a doc comment under `Sources/`), the number printed there, and the code that
/// computes it. The examples that are not recomputed here are listed in ``excluded`` with the reason.
@Suite("Documented examples: trajectory engine")
struct DocumentedTrajectoryExampleTests {
    struct Example: Sendable, CustomStringConvertible {
        var text: String
        var printed: String
        var value: @Sendable () throws -> Double
        var description: String { "\(text) [\(printed)]" }
    }

    /// The rounded air of the textbook hand calculations (μ = 1.81e-5 Pa·s, λ = 65 nm); the drift examples use
    /// the engine's own air at 20 °C (`air20`, μ = 1.8205e-5 Pa·s).
    static let air = GasState(temperature: 293.15, pressure: 101_325, density: 1.2, viscosity: 1.81e-5, molarMass: 0.02896)
    static let p2 = ParticleClass(diameter: 2e-6, dynamics: ParticleDynamics(particleDensity: 2000), gas: air20)
    static let p10 = ParticleClass(diameter: 10e-6, dynamics: ParticleDynamics(particleDensity: 2000), gas: air20)
    typealias WFT = WilsonFerrandinoThurtellDeposition
    static let cyclone305 = ConventionalCycloneFlow(geometry: .standard(.stairmandHE, diameter: 0.305), volumetricFlow: 0.1395,
                                                    wallVelocity: 19.32, controlSurfaceVelocity: 25.34)

    static let examples: [Example] = [
        Example(text: "k = 50, n = 100 → [0.4038, 0.5962]; k = 0, n = 100 → [0, 0.0370]", printed: "0.4038") {
            WilsonScoreInterval.bounds(successes: 50, trials: 100).low
        },
        Example(text: "k = 50, n = 100 → [0.4038, 0.5962]; k = 0, n = 100 → [0, 0.0370]", printed: "0.5962") {
            WilsonScoreInterval.bounds(successes: 50, trials: 100).high
        },
        Example(text: "k = 50, n = 100 → [0.4038, 0.5962]; k = 0, n = 100 → [0, 0.0370]", printed: "0.0370") {
            WilsonScoreInterval.bounds(successes: 0, trials: 100).high
        },
        Example(text: "σ = 0.3 m/s, v_d = 0.01 m/s → m = 0.23937 m/s, R = 0.91980, P_dep = 0.080204", printed: "0.23937") {
            WFT.meanArrivalSpeed(sigma: 0.3)
        },
        Example(text: "σ = 0.3 m/s, v_d = 0.01 m/s → m = 0.23937 m/s, R = 0.91980, P_dep = 0.080204", printed: "0.91980") {
            WFT.reflectionProbability(meanArrivalSpeed: WFT.meanArrivalSpeed(sigma: 0.3), depositionVelocity: 0.01)
        },
        Example(text: "σ = 0.3 m/s, v_d = 0.01 m/s → m = 0.23937 m/s, R = 0.91980, P_dep = 0.080204", printed: "0.080204") {
            WFT.depositionProbability(meanArrivalSpeed: WFT.meanArrivalSpeed(sigma: 0.3), depositionVelocity: 0.01)
        },
        Example(text: "σ = 0.3 m/s, v_t = 0.01 m/s → σ√(2/π) = 0.2394, R = 0.9198, capture probability 0.0802", printed: "0.0802") {
            WFT.depositionProbability(meanArrivalSpeed: WFT.meanArrivalSpeed(sigma: 0.3), depositionVelocity: 0.01)
        },
        Example(text: "a_c = 746.5 m/s², σ_r = 1.5 m/s, v_d = 0.01975 m/s → capture probability 0.0325", printed: "0.0325") {
            WFT.depositionProbability(meanArrivalSpeed: WFT.meanArrivalSpeed(sigma: 1.5), depositionVelocity: 0.01975)
        },
        Example(text: "σ_a = 0.05 m/s (σ√(2/π) = 0.0399), slip 0.002 m/s → capture probability 0.095", printed: "0.0399") {
            WFT.meanArrivalSpeed(sigma: 0.05)
        },
        Example(text: "σ_a = 0.05 m/s (σ√(2/π) = 0.0399), slip 0.002 m/s → capture probability 0.095", printed: "0.095") {
            WFT.depositionProbability(meanArrivalSpeed: WFT.meanArrivalSpeed(sigma: 0.05), depositionVelocity: 0.002)
        },
        Example(text: "/// slip 0.5 m/s → 1.", printed: "1") {
            WFT.depositionProbability(meanArrivalSpeed: WFT.meanArrivalSpeed(sigma: 0.05), depositionVelocity: 0.5)
        },
        Example(text: "v_in = 15 m/s (σ_r = 1.5 m/s, σ_n √(2/π) = 1.197 m/s)", printed: "1.197") { WFT.meanArrivalSpeed(sigma: 1.5) },
        Example(text: "at v_d = 0.01975 m/s and is deposited at 3.25 % of its contacts", printed: "3.25") {
            100 * WFT.depositionProbability(meanArrivalSpeed: WFT.meanArrivalSpeed(sigma: 1.5), depositionVelocity: 0.01975)
        },
        Example(text: "f = 1.064, v_d = 0.4369 m/s) at 53.5 %", printed: "53.5") {
            100 * WFT.depositionProbability(meanArrivalSpeed: WFT.meanArrivalSpeed(sigma: 1.5), depositionVelocity: 0.4369)
        },
        Example(text: "air 20 °C (μ = 1.81e-5 Pa s, λ = 65 nm): C_c = 1.0164, τ = 6.24e-4 s", printed: "1.0164") {
            ParticleDynamics(particleDensity: 2000).slipCorrection(diameter: 10e-6, gas: air)
        },
        Example(text: "air 20 °C (μ = 1.81e-5 Pa s, λ = 65 nm): C_c = 1.0164, τ = 6.24e-4 s", printed: "6.24e-4") {
            ParticleClass(diameter: 10e-6, dynamics: ParticleDynamics(particleDensity: 2000), gas: air).relaxationTime
        },
        Example(text: "τ = 26.52 µs, a = 746.5 m/s² (x = 2 µm, ρ_p = 2000, air 20 °C, Re ≈ 0.003) → v_d = 0.01975 m/s", printed: "26.52") {
            p2.relaxationTime * 1e6
        },
        Example(text: "τ = 26.52 µs, a = 746.5 m/s² (x = 2 µm, ρ_p = 2000, air 20 °C, Re ≈ 0.003) → v_d = 0.01975 m/s", printed: "0.01975") {
            SchillerNaumannDrag().terminalSlip(stokesSpeed: p2.relaxationTime * 746.5, reynoldsFactor: p2.reynoldsFactor)
        },
        Example(text: "τ a); x = 10 µm (τ = 622.8 µs, Re = 0.29, f = 1.064) → 0.4369 m/s", printed: "622.8") {
            p10.relaxationTime * 1e6
        },
        Example(text: "τ a); x = 10 µm (τ = 622.8 µs, Re = 0.29, f = 1.064) → 0.4369 m/s", printed: "0.4369") {
            SchillerNaumannDrag().terminalSlip(stokesSpeed: p10.relaxationTime * 746.5, reynoldsFactor: p10.reynoldsFactor)
        },
        Example(text: "τ a); x = 10 µm (τ = 622.8 µs, Re = 0.29, f = 1.064) → 0.4369 m/s", printed: "1.064") {
            let v = SchillerNaumannDrag().terminalSlip(stokesSpeed: p10.relaxationTime * 746.5, reynoldsFactor: p10.reynoldsFactor)
            return SchillerNaumannDrag().stokesCorrection(reynolds: p10.reynoldsFactor * v)
        },
        Example(text: "slip 0.1 m/s, Δt = 0.1 ms → T* = 4.989 ms, e^(−Δt/T*) = 0.98016", printed: "4.989") {
            OrnsteinUhlenbeckDispersion(sigma: (1.5, 1.5, 1.5), timeScale: 5e-3).correctedTimeScale(localSigma: 1.5, slip: 0.1) * 1e3
        },
        Example(text: "slip 0.1 m/s, Δt = 0.1 ms → T* = 4.989 ms, e^(−Δt/T*) = 0.98016", printed: "0.98016") {
            let t = OrnsteinUhlenbeckDispersion(sigma: (1.5, 1.5, 1.5), timeScale: 5e-3).correctedTimeScale(localSigma: 1.5, slip: 0.1)
            return exp(-1e-4 / t)
        },
        Example(text: "T_L = 10 ms → τ_e = 20 ms, L_e = 20 mm; τ = 1 ms, slip 30 m/s → t_cross = −τ ln(1/3) = 1.10 ms", printed: "1.10") {
            RandomWalkDispersion(sigma: (1, 1, 1), timeScale: 10e-3).interactionTime(localSigma: 1, slip: 30,
                                                                                      relaxationTime: 1e-3) * 1e3
        },
        Example(text: "/// Example: 40 of 2048 trajectories undecided → \"40 of 2048 trajectories were still undecided", printed: "40") {
            var t = TrajectoryTally()
            t.particles = 2048
            t.undecided = 40
            let w = TrajectoryResult(diameters: [1e-6], tallies: [t], wallTime: 0).statisticsWarnings
            return w.count == 1 && w[0].hasPrefix("40 of 2048 trajectories were still undecided at the time limit;") ? 40 : .nan
        },
        Example(text: "air 20 °C, Re ≈ 0.003) → v = 0.01975 m/s (0.25 % below τ a)", printed: "0.01975") {
            SchillerNaumannDrag().terminalSlip(stokesSpeed: p2.relaxationTime * 746.5, reynoldsFactor: p2.reynoldsFactor)
        },
        Example(text: "/// f = 1.064) → 0.4369 m/s.", printed: "0.4369") {
            SchillerNaumannDrag().terminalSlip(stokesSpeed: p10.relaxationTime * 746.5, reynoldsFactor: p10.reynoldsFactor)
        },
        Example(text: "ρ_p = 2200: v_t(20 µm) = 0.0262 m/s, laminar", printed: "0.0262") {
            ParticleDynamics(particleDensity: 2200).terminalVelocity(diameter: 20e-6, gas: air20)
        },
        Example(text: "/// η = 0.059, trajectory η with the default turbulence", printed: "0.059") {
            ParticleDynamics(particleDensity: 2200).terminalVelocity(diameter: 20e-6, gas: air20) * 9 * 3 / 12
        },
        Example(text: "v_t = 0.01 m/s ⇒ laminar η = min(1, 0.01·9·3/12) = 0.0225, mixed η = 1 − e^(−0.0225) = 0.0222", printed: "0.0225") {
            SettlingMixing.laminarEfficiency(settlingNumber: 0.01 * 9 * 3 / 12)
        },
        Example(text: "v_t = 0.01 m/s ⇒ laminar η = min(1, 0.01·9·3/12) = 0.0225, mixed η = 1 − e^(−0.0225) = 0.0222", printed: "0.0222") {
            SettlingMixing.mixedEfficiency(settlingNumber: 0.01 * 9 * 3 / 12)
        },
        Example(text: "/// U = 2 m/s and laminar η = 0.01125.", printed: "0.01125") {
            SettlingMixing.laminarEfficiency(settlingNumber: 0.01 * 9 * 3 * 0.5 / 12)
        },
        Example(text: "/// H_CS = 0.915 m, u_r(R_x) = −0.2864 m/s with φ_sc = 0.1, r_c = 0.0483 m, Δt = 79.7 µs.", printed: "0.0483") {
            cyclone305.coreRadius
        },
        Example(text: "/// H_CS = 0.915 m, u_r(R_x) = −0.2864 m/s with φ_sc = 0.1, r_c = 0.0483 m, Δt = 79.7 µs.", printed: "0.2864") {
            cyclone305.controlSurfaceRadialVelocity
        },
        Example(text: "/// H_CS = 0.915 m, u_r(R_x) = −0.2864 m/s with φ_sc = 0.1, r_c = 0.0483 m, Δt = 79.7 µs.", printed: "79.7") {
            cyclone305.timeStep * 1e6
        },
    ]

    /// `Example:` lines of the trajectory engine not recomputed above, with the reason.
    static let excluded: [(text: String, reason: String)] = [
        ("trajectory cut size ≈ 2 µm against MM-VDI's 2.3 µm", "Monte Carlo; TrajectoryModelTests checks it within 30 % of MM-VDI"),
        ("a particle survives k contacts with probability 0.2^k", "the definition of the rebound probability, no computed number"),
        ("has a bound of 8.5e9 particle-steps", "needs the carbide scenario's model spread (DedustScenario)"),
        ("U_j = 5 m/s with f = 0.05 needs Δt = 0.05 · 0.002/5 = 2e-5 s", "arithmetic of the time-step rule, not yet recomputed"),
        ("ψ_f = 0.5, ψ_b = 1 m²/s ⇒ u = 0.5·1 + 0.5·0 = 0.5 m/s", "not yet recomputed"),
        ("Q = 0.1395 m³/s, v_θw = 19.32, v_θCS = 25.34 m/s → n = 0.391", "n and H_CS not yet recomputed (r_c, u_r, Δt are)"),
        ("φ_b = 0.15 → Q_p = 9.412 m³/s, w = 3.995 m/s", "not yet recomputed"),
        ("Q = 8 m³/s air at 20 °C → v_in = 20 m/s", "model evaluation, not yet recomputed"),
    ]

    @Test(arguments: examples)
    func exampleStillHolds(_ e: Example) throws {
        #expect(e.text.contains(e.printed), "the row's printed number is not in its text")
        #expect(Self.documented(e.text), "no doc comment under Sources/ says \"\(e.text)\"")
        let v = try e.value()
        #expect(Self.agreesWithPrinted(v, e.printed), "\(e.text): computed \(v)")
    }

    @Test("every excluded example is still in a doc comment (an excluded one that is gone must leave the list)")
    func excludedStillDocumented() {
        for x in Self.excluded { #expect(Self.documented(x.text), "\(x.text)") }
    }

    // A copy of DedustTestSupport's `SourceText.filesDocumenting` and `agreesWithPrinted`: this test target does
    // not depend on DedustTestSupport (Package.swift).
    static let docLines: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var out: [String] = []
        guard let e = FileManager.default.enumerator(at: root.appendingPathComponent("Sources"),
                                                     includingPropertiesForKeys: nil) else { return [] }
        for case let url as URL in e where url.pathExtension == "swift" {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            out += text.split(separator: "\n").map(String.init)
                .filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("///") }
        }
        return out
    }()

    static func documented(_ text: String) -> Bool { docLines.contains { $0.contains(text) } }

    static func agreesWithPrinted(_ value: Double, _ printed: String) -> Bool {
        guard let x = Double(printed) else { return false }
        let parts = printed.lowercased().split(separator: "e")
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let decimals = parts[0].split(separator: ".").dropFirst().first?.count ?? 0
        return abs(value - x) <= 0.5 * Foundation.pow(10, Double(exponent - decimals)) * (1 + 1e-9)
    }
}
