import Testing
@testable import DedustPhysics

/// Slip, drag and terminal settling velocity against physics.md §4.2 and Caleb Bell's `fluids` 1.3.1.
///
/// Reference script (Python 3, fluids 1.3.1, scipy), run 2026-11-23; g = 9.80665 m/s², ρ_p = 2200 kg/m³:
///
///     from fluids.drag import v_terminal, Haider_Levenspiel
///     from scipy.optimize import brentq
///     def solve(D, rhop, rho, mu, cd):      # force balance v = sqrt(4 g D (ρp−ρ) / (3 C_D(Re) ρ))
///         f = lambda v: v - (4*g*D*(rhop-rho)/(3*cd(rho*v*D/mu)*rho))**0.5
///         vs = g*D*D*(rhop-rho)/(18*mu)
///         return brentq(f, vs*1e-6, vs, xtol=1e-16, rtol=1e-14)
///     v_terminal(D, 2200, rho, mu, Method='Haider_Levenspiel')       # `fluids` end to end
///     solve(D, 2200, rho, mu, Haider_Levenspiel)                      # fluids' C_D, exact root
///     solve(D, 2200, rho, mu, lambda Re: 24/Re*(1+0.15*Re**0.687) if Re < 1000 else 0.44)   # Schiller–Naumann
///     solve(D, 2200, rho, mu, lambda Re: 24/Re*(1+0.15*Re**0.687) + 0.42/(1+42500*Re**-1.16))  # Clift–Gauvin (CGW)
///
/// `fluids` has no slip correction, so these comparisons use ``CunninghamSlip/none``; slip is tested
/// separately against physics.md §4.2. Note `v_terminal` returns the Stokes velocity whenever the Stokes
/// Reynolds number is below 0.01 (its documented shortcut), so for the smallest sizes it differs from the exact
/// Haider–Levenspiel root by up to 0.5 %; the exact-root column is compared at 1e-7.
@Suite("Particle dynamics")
struct ParticleDynamicsTests {
    static let sizes = [1.0, 2, 5, 10, 20, 50, 100, 200, 300, 500].map { $0 * 1e-6 }

    /// Carbide gas case A at 600 °C, 1 atm (physics.md §4.2): ρ = 0.3667 kg/m³, μ = 3.728e-5 Pa·s.
    static let furnaceGas = GasState(temperature: 873.15, pressure: 101_325, density: 0.3667, viscosity: 3.728e-5,
                                     molarMass: 0.026_27)
    /// Air at 20 °C, 1 atm (CoolProp 8.0.0: ρ = 1.2041 kg/m³, μ = 18.205 µPa·s).
    static let air = GasState(temperature: 293.15, pressure: 101_325, density: 1.2041, viscosity: 1.8205e-5,
                              molarMass: 0.028_965)

    struct Case: Sendable {
        var gas: GasState
        var fluidsHaiderLevenspiel: [Double]
        var exactHaiderLevenspiel: [Double]
        var schillerNaumann: [Double]
        var cliftGauvin: [Double]
    }

    static let cases: [Case] = [
        Case(gas: furnaceGas,
             fluidsHaiderLevenspiel: [3.214567522e-05, 0.0001285827009, 0.0008036418806, 0.003214567522,
                                      0.01285827009, 0.07862688686, 0.2972024902, 1.004261089, 1.872693191,
                                      3.693390134],
             exactHaiderLevenspiel: [3.214530756e-05, 0.0001285770671, 0.0008034340965, 0.003211387315,
                                     0.01280976058, 0.07862688686, 0.2972024902, 1.004261089, 1.872693191,
                                     3.693390134],
             schillerNaumann: [3.214551015e-05, 0.0001285799457, 0.0008035280921, 0.003212669716, 0.01282669344,
                               0.07908926038, 0.3018023042, 1.033436393, 1.933597747, 3.791682131],
             cliftGauvin: [3.214551015e-05, 0.0001285799457, 0.0008035280921, 0.003212669716, 0.01282669344,
                           0.07908926036, 0.3018022961, 1.033434997, 1.933579107, 3.791382237]),
        Case(gas: air,
             fluidsHaiderLevenspiel: [6.580250179e-05, 0.0002632100072, 0.001645062545, 0.006580250179,
                                      0.02579528601, 0.1477117296, 0.4770449853, 1.249620763, 2.004987085,
                                      3.396385112],
             exactHaiderLevenspiel: [6.579840861e-05, 0.0002631473023, 0.001642753481, 0.00654509602,
                                     0.02579528601, 0.1477117296, 0.4770449853, 1.249620763, 2.004987085,
                                     3.396385112],
             schillerNaumann: [6.580045484e-05, 0.0002631758472, 0.001643653192, 0.006556833866, 0.02593741936,
                               0.1505242358, 0.4920177759, 1.284011082, 2.03829538, 3.396297625],
             cliftGauvin: [6.580045484e-05, 0.0002631758472, 0.001643653192, 0.006556833866, 0.02593741935,
                           0.1505242239, 0.4920161247, 1.283924557, 2.03770806, 3.391329209]),
    ]

    private func terminal(_ drag: any DragLaw, _ d: Double, _ gas: GasState) -> Double {
        ParticleDynamics(particleDensity: 2200, drag: drag, slip: .none).terminalVelocity(diameter: d, gas: gas)
    }

    @Test("Haider–Levenspiel terminal velocity, 1–500 µm (Re_p up to 112): within 1 % of fluids.v_terminal, 1e-7 of the exact root")
    func haiderLevenspiel() {
        for c in Self.cases {
            for (i, d) in Self.sizes.enumerated() {
                let v = terminal(HaiderLevenspielDrag(), d, c.gas)
                #expect(abs(v / c.fluidsHaiderLevenspiel[i] - 1) < 0.01, "x = \(d): \(v) vs \(c.fluidsHaiderLevenspiel[i])")
                #expect(abs(v / c.exactHaiderLevenspiel[i] - 1) < 1e-7, "x = \(d): \(v) vs \(c.exactHaiderLevenspiel[i])")
            }
        }
    }

    @Test("Schiller–Naumann and Clift–Gauvin terminal velocities, 1–500 µm, within 1e-7 of an independent solve")
    func schillerNaumannAndCliftGauvin() {
        for c in Self.cases {
            for (i, d) in Self.sizes.enumerated() {
                let sn = terminal(SchillerNaumannDrag(), d, c.gas)
                let cg = terminal(CliftGauvinDrag(), d, c.gas)
                #expect(abs(sn / c.schillerNaumann[i] - 1) < 1e-7, "SN x = \(d): \(sn) vs \(c.schillerNaumann[i])")
                #expect(abs(cg / c.cliftGauvin[i] - 1) < 1e-7, "CG x = \(d): \(cg) vs \(c.cliftGauvin[i])")
                // and the non-Stokes range really is non-Stokes: at 500 µm drag has cut v_t by a factor 2–5
                if d == 500e-6 {
                    let stokes = terminal(StokesDrag(), d, c.gas)
                    #expect(sn < 0.5 * stokes)
                }
            }
        }
    }

    @Test("Stokes terminal velocity equals g x² (ρ_p − ρ)/(18 μ) exactly")
    func stokes() {
        for d in Self.sizes {
            let gas = Self.furnaceGas
            let expected = 9.80665 * d * d * (2200 - gas.density) / (18 * gas.viscosity)
            #expect(abs(terminal(StokesDrag(), d, gas) / expected - 1) < 1e-14)
        }
    }

    /// physics.md §4.2: carbide gas A, 1 atm, Davies constants. The gas states use the §7.3 viscosities
    /// (3.728e-5 and 2.690e-5 Pa·s) so that the slip formula is tested on its own; our mixture viscosity is
    /// 0.25 % higher at 600 °C, which moves C_c(0.5 µm) by 0.003 (tested in the gas suite through λ).
    @Test("mean free path and Cunningham slip reproduce physics.md §4.2")
    func slip() throws {
        let hot = GasState(temperature: 873.15, pressure: 101_325, molarMass: 0.026_27, viscosity: 3.728e-5)
        let warm = GasState(temperature: 533.15, pressure: 101_325, molarMass: 0.026_27, viscosity: 2.690e-5)
        #expect(abs(hot.meanFreePath - 0.243e-6) < 0.0005e-6)
        #expect(abs(warm.meanFreePath - 0.137e-6) < 0.0005e-6)
        let p = ParticleDynamics(particleDensity: 2200)
        let hotTable: [(Double, Double)] = [(0.5, 2.347), (1, 1.631), (3, 1.204), (5, 1.122), (10, 1.061),
                                            (20, 1.031), (50, 1.012), (100, 1.006), (200, 1.003)]
        for (x, cc) in hotTable {
            #expect(abs(p.slipCorrection(diameter: x * 1e-6, gas: hot) - cc) < 0.0006, "C_c(\(x) µm, 600 °C)")
        }
        for (x, cc) in [(0.5, 1.718), (1, 1.346), (3, 1.115), (10, 1.034)] {
            #expect(abs(p.slipCorrection(diameter: x * 1e-6, gas: warm) - cc) < 0.0006, "C_c(\(x) µm, 260 °C)")
        }
        // closed-form limits of the Davies formula
        let davies = CunninghamSlip.davies
        #expect(abs(davies.correction(diameter: 1, meanFreePath: 1e-7) - (1 + 2.514e-7)) < 1e-15)
        #expect(abs(davies.correction(diameter: 1e-9, meanFreePath: 1e-7) / (200 * (1.257 + 0.400)) - 1) < 0.01)
        #expect(CunninghamSlip.none.correction(diameter: 1e-7, meanFreePath: 1e-7) == 1)
    }

    /// physics.md §4.2 table (600 °C, μ = 3.728e-5, ρ = 0.3667, ρ_p = 2200), printed to 3 digits.
    @Test("relaxation time, Stokes velocity with slip and Schiller–Naumann without slip match the physics.md §4.2 table")
    func physicsTable() {
        let gas = GasState(temperature: 873.15, pressure: 101_325, density: 0.3667, viscosity: 3.728e-5,
                           molarMass: 0.026_27)
        let withSlip = ParticleDynamics(particleDensity: 2200)
        let table: [(x: Double, tau: Double, stokes: Double, sn: Double)] = [
            (1, 5.35e-6, 5.24e-5, 3.21e-5), (3, 3.55e-5, 3.48e-4, 2.89e-4), (5, 9.20e-5, 9.02e-4, 8.04e-4),
            (10, 3.48e-4, 3.41e-3, 3.21e-3), (20, 1.35e-3, 1.33e-2, 1.28e-2), (50, 8.30e-3, 8.14e-2, 7.91e-2),
            (100, 3.30e-2, 0.323, 0.302), (200, 0.132, 1.29, 1.03),
        ]
        for row in table {
            let x = row.x * 1e-6
            #expect(abs(withSlip.relaxationTime(diameter: x, gas: gas) / row.tau - 1) < 0.006, "τ(\(row.x) µm)")
            #expect(abs(withSlip.stokesVelocity(diameter: x, gas: gas) / row.stokes - 1) < 0.006, "v_St(\(row.x) µm)")
            #expect(abs(terminal(SchillerNaumannDrag(), x, gas) / row.sn - 1) < 0.006, "v_SN(\(row.x) µm)")
            // with both effects (the default) v_t lies between SN without slip and Stokes with slip
            let both = withSlip.terminalVelocity(diameter: x, gas: gas)
            #expect(both <= withSlip.stokesVelocity(diameter: x, gas: gas) * (1 + 1e-12))
            #expect(both >= terminal(SchillerNaumannDrag(), x, gas))
        }
    }

    @Test("drag laws: Stokes limit, published C_D values")
    func dragLaws() {
        #expect(abs(HaiderLevenspielDrag().dragCoefficient(reynolds: 200) - 0.7959551680251666) < 1e-12)  // fluids doc
        #expect(abs(SchillerNaumannDrag().dragCoefficient(reynolds: 1) - 27.6) < 1e-12)
        #expect(abs(CliftGauvinDrag().dragCoefficient(reynolds: 100) - 1.0937857067991494) < 1e-12)
        let laws: [any DragLaw] = [StokesDrag(), SchillerNaumannDrag(), CliftGauvinDrag(), HaiderLevenspielDrag(),
                                   ChengDrag()]
        for law in laws {
            #expect(abs(law.stokesCorrection(reynolds: 1e-12) - 1) < 1e-6, "\(law.name) → Stokes at Re → 0")
        }
        // Newton regime: C_D ≈ 0.4–0.5 at Re = 1e4
        for law in [SchillerNaumannDrag(), CliftGauvinDrag(), HaiderLevenspielDrag(), ChengDrag()] as [any DragLaw] {
            let cd = law.dragCoefficient(reynolds: 1e4)
            #expect(cd > 0.38 && cd < 0.5, "\(law.name): C_D(1e4) = \(cd)")
        }
    }

    /// Reference values from Caleb Bell's `fluids` 1.3.1 (`fluids.drag.Cheng`, the same formula; Re = 200 is the
    /// example of its documentation), and the worked example of `ChengDrag`.
    @Test("Cheng (2009): C_D against fluids 1.3.1 from Re 0.01 to 2e5; worked example f(1) = 1.109012")
    func cheng() {
        let law = ChengDrag()
        let fluids: [(Double, Double)] = [(0.01, 2402.7875146264214), (1, 26.616297903853276),
                                          (10, 4.255483251055416), (100, 1.102382956188921),
                                          (200, 0.7939143028294227), (1000, 0.46634122684139834),
                                          (1e4, 0.4167540890899904), (2e5, 0.4754821294070638)]
        for (re, cd) in fluids {
            #expect(abs(law.dragCoefficient(reynolds: re) / cd - 1) < 1e-13, "Re = \(re)")
        }
        #expect(abs(law.stokesCorrection(reynolds: 1) - 1.109012) < 1e-6)
        #expect(law.stokesCorrection(reynolds: 0) == 1)
    }

    @Test("Stokes number and its inverse")
    func stokesNumber() throws {
        let gas = Self.furnaceGas
        let p = ParticleDynamics(particleDensity: 2200)
        let stk = p.stokesNumber(diameter: 10e-6, gas: gas, velocity: 20, length: 0.1)
        #expect(abs(stk - p.relaxationTime(diameter: 10e-6, gas: gas) * 200) < 1e-15)
        #expect(abs(stk - 0.0697) < 0.0005)
        for x in [0.3e-6, 1e-6, 10e-6, 100e-6] {
            let s = p.stokesNumber(diameter: x, gas: gas, velocity: 15, length: 0.05)
            let back = try p.diameter(forStokesNumber: s, gas: gas, velocity: 15, length: 0.05)
            #expect(abs(back / x - 1) < 1e-10, "round trip at \(x)")
        }
        // a particle no denser than the gas does not settle
        #expect(ParticleDynamics(particleDensity: 0.3).terminalVelocity(diameter: 1e-5, gas: gas) == 0)
    }
}
