import Testing
import Foundation
import DedustPhysics
import DedustSeparators
import DedustTestSupport

/// The worked examples in the models' doc comments, recomputed: each row names the text of an `Example:` line
/// (which must still be in a doc comment under `Sources/`), the number printed there, and the code that computes
/// it. A changed model or a stale example fails here.
@Suite("Documented examples")
struct DocumentedExampleTests {
    struct Example: Sendable, CustomStringConvertible {
        /// Text that the doc comment contains (with the printed number in it).
        var text: String
        /// The number as printed in `text`.
        var printed: String
        var value: @Sendable () throws -> Double
        var description: String { text }
    }

    static let he1 = CycloneGeometry.standard(.stairmandHE, diameter: 1)
    static let air = StandardGas.textbookAir

    static let examples: [Example] = [
        Example(text: "Re_p = 1 → f = 1.15, C_D = 27.6", printed: "1.15") { SchillerNaumannDrag().stokesCorrection(reynolds: 1) },
        Example(text: "Re_p = 1 → f = 1.15, C_D = 27.6", printed: "27.6") { SchillerNaumannDrag().dragCoefficient(reynolds: 1) },
        Example(text: "Re_p = 100 → C_D = 1.0938", printed: "1.0938") { CliftGauvinDrag().dragCoefficient(reynolds: 100) },
        Example(text: "Re_p = 200 → C_D = 0.79596", printed: "0.79596") { HaiderLevenspielDrag().dragCoefficient(reynolds: 200) },
        Example(text: "Stairmand HE (ab/D_x² = 0.4): N_H = 6.40", printed: "6.40") {
            ShepherdLapplePressureDrop().eulerNumber(of: he1)
        },
        Example(text: "v_in = 15 m/s, ρ = 1.2 kg/m³ → ΔP = 864 Pa", printed: "864") {
            let point = CycloneOperatingPoint(volumetricFlow: 15 * he1.inletArea, gas: air, particleDensity: 2000, loading: 0,
                                              classDiameters: [1e-6], massFractions: [1])
            return try ShepherdLapplePressureDrop().pressureDrop(of: he1, at: point)
        },
        Example(text: "Stairmand HE (ab/D_x² = 0.4): Eu = 5.138", printed: "5.138") {
            CasalMartinezBenetPressureDrop().eulerNumber(of: he1)
        },
        Example(text: "Example: Stairmand HE: Eu = 4.846", printed: "4.846") { DirgoPressureDrop().eulerNumber(of: he1) },
        Example(text: "Example: Stairmand HE: Eu = 5.232", printed: "5.232") { StairmandPressureDrop().eulerNumber(of: he1) },
        Example(text: "L_n = 2.478 m < H − S = 3.5 m", printed: "2.478") { NaturalVortexLength.alexander(he1) },
        Example(text: "w = 0.6900 m/s, v_s = 11.67 m/s", printed: "0.6900") {
            SaltationVelocity.characteristicVelocity(gas: air, particleDensity: 2000)
        },
        Example(text: "w = 0.6900 m/s, v_s = 11.67 m/s", printed: "11.67") {
            SaltationVelocity.kalenZenz(he1, inletVelocity: 15, gas: air, particleDensity: 2000)
        },
        Example(text: "η = 0.4 and 0.6 → x50 = √(10·20) = 14.14 µm", printed: "14.14") {
            // Two classes whose geometric means are 10 and 20 µm.
            let means = try SizeGrid(edges: [10e-6 / sqrt(2), 10e-6 * sqrt(2), 20e-6 * sqrt(2)])
            return (GradeCurve.cutSize(grid: means, efficiency: [0.4, 0.6]) ?? .nan) * 1e6
        },
        Example(text: "η₁ = 0.5 and η₂ = 0.6 in one class → 1 − 0.5·0.4 = 0.8", printed: "0.8") {
            GradeCurve.series([[0.5], [0.6]])[0]
        },
        Example(text: "d50 = 3.097 µm (D = 0.305 m)", printed: "3.097") {
            try lappleCut(diameter: 0.305)
        },
        Example(text: "and 5.608 µm (D = 1 m)", printed: "5.608") { try lappleCut(diameter: 1) },
    ]

    static func lappleCut(diameter: Double) throws -> Double {
        let g = CycloneGeometry.standard(.stairmandHE, diameter: diameter)
        let point = CycloneOperatingPoint(volumetricFlow: 15 * g.inletArea, gas: air, particleDensity: 2000, loading: 0,
                                          classDiameters: [1e-6], massFractions: [1])
        return try Lapple().efficiency(of: g, at: point).cutSize * 1e6
    }

    @Test(arguments: examples)
    func exampleStillHolds(_ e: Example) throws {
        #expect(e.text.contains(e.printed), "the row's printed number is not in its text")
        #expect(!SourceText.filesDocumenting(e.text).isEmpty, "no doc comment under Sources/ says \"\(e.text)\"")
        let v = try e.value()
        #expect(agreesWithPrinted(v, e.printed), "\(e.text): computed \(v)")
    }
}
