import Foundation
import DedustPhysics

/// Lapple (1951) cyclone model ("lapple"), physics.md §1.2:
///
///     d50  = √( 9 μ b / (2π N_e v_in (ρ_p − ρ)) )
///     η(d) = 1 / (1 + (d50/d)²)                    (Theodore–DePaola fit of Lapple's curve) [V:S5, S19]
///     N_e  = (h + H_c/2)/a                         (number of effective turns, `Turns.geometric`, default) [M-H]
///     N_e  = 6.1 [1 − exp(−0.2165 v_in[m/s])]      (Kalen & Zenz 1974 empirical, `Turns.kalenZenz`) [M-M]
///
/// Source: Lapple C.E. (1951) "Processes use many collector types", Chem. Eng. 58:144; as given by Cooper &
/// Alley and Theodore & DePaola. No loading limit (the method defines none). Validity: the standard Lapple
/// geometry and its relatives at v_in ≈ 15–30 m/s [V:S4]; the slope (exponent 2) is shallower than measured
/// curves (2–6).
///
/// Example (physics.md §1.10): Stairmand HE (N_e = 5.5), ρ_p = 2000 kg/m³, air μ = 1.81e-5 Pa·s, ρ = 1.2 kg/m³,
/// v_in = 15 m/s: d50 = 3.097 µm (D = 0.305 m) and 5.608 µm (D = 1 m).
public struct Lapple: CycloneEfficiencyModel, Equatable {
    public enum Turns: Sendable, Equatable {
        /// N_e = (h + H_c/2)/a.
        case geometric
        /// N_e = 6.1 [1 − exp(−0.2165 v_in)].
        case kalenZenz
        /// A given N_e.
        case fixed(Double)
    }

    public var turns: Turns

    public init(turns: Turns = .geometric) { self.turns = turns }

    public var name: String { "lapple" }

    /// N_e for `geometry` at inlet velocity `inletVelocity` (m/s).
    public func effectiveTurns(_ geometry: CycloneGeometry, inletVelocity: Double) -> Double {
        switch turns {
        case .geometric: return (geometry.cylinderHeight + geometry.coneHeight / 2) / geometry.inletHeight
        case .kalenZenz: return 6.1 * (1 - exp(-0.2165 * inletVelocity))
        case let .fixed(n): return n
        }
    }

    public func efficiency(of geometry: CycloneGeometry, at point: CycloneOperatingPoint) throws -> CycloneEfficiency {
        try point.validate(for: geometry)
        let vIn = point.volumetricFlow / geometry.inletArea
        let ne = effectiveTurns(geometry, inletVelocity: vIn)
        guard ne > 0 else { throw CycloneError.invalidParameter("number of effective turns N_e must be > 0, got \(ne)") }
        let d50 = (9 * point.gas.viscosity * geometry.inletWidth
            / (2 * Double.pi * ne * vIn * point.densityDifference)).squareRoot()
        let eta = point.classDiameters.map { d in 1 / (1 + (d50 / d) * (d50 / d)) }
        return CycloneEfficiency(gradeEfficiency: eta, cutSize: d50,
                                 details: ["cut_size_m": d50, "effective_turns": ne, "inlet_velocity_m_per_s": vIn])
    }
}

extension Lapple: RegisteredCycloneEfficiencyModel {
    public static let turnsParameter = Parameter<ParameterValue?>.choiceOrNumber(
        "lapple_turns", ["geometric", "kalen_zenz"], range: .positive, requirement: .value(.choice("geometric")),
        doc: "effective number of turns N_e")

    public static let descriptor = ModelDescriptor(
        name: "lapple",
        summary: "Lapple's cut-size model with η = 1/(1 + (d50/d)²)",
        reference: "Lapple (1951), Processes use many collector types, Chem. Eng. 58(5) 144–151; "
            + "Cooper & Alley (2011), Air Pollution Control: A Design Approach, 4th ed., chap. 7",
        parameters: [turnsParameter.descriptor])
    public static let defaultPressureDropModel = "shepherd_lapple"

    public init(parameters p: ParameterValues) throws {
        switch p[Self.turnsParameter] {
        case .choice("kalen_zenz")?: self.init(turns: .kalenZenz)
        case let .number(n)?: self.init(turns: .fixed(n))
        default: self.init(turns: .geometric)
        }
    }
}
