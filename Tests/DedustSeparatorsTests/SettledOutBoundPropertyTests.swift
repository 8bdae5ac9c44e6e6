import Testing
import Foundation
import PropertyBased
import DedustSeparators

/// The bounds that let the finite-volume separators stop early (issue 18 item 8): the fully mixed column or
/// annulus is the least efficient case, so P ≤ exp(−ΣN) (settler) and P ≤ exp(−k Σλ) (annulus) at any mixing
/// — checked on random pieces with swift-property-based, with the solvers' splitting error (≈ ΣN/(2n) in ln P)
/// as the tolerance.
@Suite("Settled-out bounds of the dispersion column and the drift annulus (property-based)")
struct SettledOutBoundPropertyTests {
    @Test func dispersionColumnPenetrationIsBelowTheMixedBound() async {
        let pieces = zip(Gen.double(in: 0...0.8), Gen.double(in: -4...6)).array(of: 1...6)
        await propertyCheck(count: 200, input: pieces) { raw in
            let p = raw.map { (settlingNumber: $0.0, peclet: pow(10, $0.1)) }
            let column = VerticalDispersionColumn(cells: 50)
            let total = p.reduce(0) { $0 + $1.settlingNumber }
            let penetration = column.penetration(pieces: p)
            #expect(penetration >= 0 && penetration <= 1)
            #expect(penetration <= exp(-total) * exp(total / (2 * 50) + 1e-12))
            // Laminar is the most efficient: P ≥ max(0, 1 − ΣN) − splitting error.
            #expect(penetration >= max(0, 1 - total) - 0.02)
        }
    }

    @Test func theColumnStopsOnceSettledOutWhateverTheSettlingNumber() async {
        await propertyCheck(count: 100, input: Gen.double(in: 56...300)) { exponent in
            // N up to 1e300 (a vanishing gas flow): no trap, no work, P = 0.
            let p = VerticalDispersionColumn().penetration(pieces: [(settlingNumber: pow(10, exponent / 10), peclet: 1)])
            #expect(p == 0)
        }
    }

    @Test func annulusPenetrationIsBelowTheMixedBound() async {
        let input = zip(Gen.double(in: 0.2...0.8), Gen.double(in: 0.3...0.9),
                            Gen.double(in: 0...0.02).array(of: 1...5), Gen.double(in: -4...0))
        await propertyCheck(count: 100, input: input) { ri, n, shifts, logD in
            let annulus = RadialDriftAnnulus(cells: 60)
            let pexp = 2 * n + 2
            let span = 1 - pow(ri, pexp)
            let pieces = shifts.map { RadialDriftAnnulus.Piece(shift: $0 * span * 10, diffusion: pow(10, logD)) }
            let lambda = pieces.reduce(0) { $0 + $1.shift } / span
            let k = 2 / pexp * span / (1 - ri * ri)
            let penetration = annulus.penetration(innerRadius: ri, outerRadius: 1, exponent: n, pieces: pieces)
            #expect(penetration >= 0 && penetration <= 1)
            #expect(penetration <= exp(-k * lambda) * exp(k * lambda / 60 + 1e-12))
        }
    }

    @Test func aTinyAnnulusDoesNotTrap() {
        // A 1 µm circulating cyclone makes λ ≈ 1e300: P = 0 at once.
        let p = RadialDriftAnnulus().penetration(innerRadius: 0.25e-6, outerRadius: 0.5e-6, exponent: 0.6,
                                                 pieces: [.init(shift: 1, diffusion: 0)])
        #expect(p == 0)
    }
}
