import Foundation
import Testing
@testable import DedustSeparators

/// The annulus solver eliminates V + d K once per piece and sweeps two cells per link (issue 12 item 5). These
/// tests hold it to the scheme its documentation states, written out the plain way: a fresh Thomas elimination
/// with divisions in every half-step, Strang-split around the one-cell-per-Courant shift. The two differ only
/// by rounding, for odd and even cell counts and for pieces that do and do not settle the annulus out.
@Suite("Radial drift annulus: precomputed sweeps against the plain scheme")
struct RadialDriftAnnulusSweepTests {
    /// The documented scheme, as it stood before the sweeps were precomputed.
    static func plainPenetration(cells m: Int, innerRadius ri: Double, outerRadius rOut: Double, exponent n: Double,
                                 pieces: [RadialDriftAnnulus.Piece]) -> Double {
        let p = 2 * n + 2
        let s0 = pow(ri, p), s1 = pow(rOut, p)
        let ds = (s1 - s0) / Double(m)
        let edges = (0...m).map { k -> Double in k == 0 ? ri : (k == m ? rOut : pow(s0 + Double(k) * ds, 1 / p)) }
        let volume = (0..<m).map { Double.pi * (edges[$0 + 1] * edges[$0 + 1] - edges[$0] * edges[$0]) }
        let centre = (0..<m).map { 0.5 * (edges[$0] + edges[$0 + 1]) }
        let face = (0..<m).map { k -> Double in k == 0 ? 0 : 2 * Double.pi * edges[k] / (centre[k] - centre[k - 1]) }
        let total = volume.reduce(0, +)
        var mass = volume
        func diffuse(_ d: Double) {
            guard d > 0 else { return }
            if !(d * face.max()! / volume.min()! < 1e10) {
                let c = mass.reduce(0, +) / total
                mass = volume.map { c * $0 }
                return
            }
            var cp = [Double](repeating: 0, count: m), dp = cp, conc = cp
            for k in 0..<m {
                let lower = d * face[k], upper = k + 1 < m ? d * face[k + 1] : 0
                let denom = volume[k] + lower + upper + (k > 0 ? lower * cp[k - 1] : 0)
                cp[k] = -upper / denom
                dp[k] = (mass[k] + (k > 0 ? lower * dp[k - 1] : 0)) / denom
            }
            conc[m - 1] = dp[m - 1]
            for k in stride(from: m - 2, through: 0, by: -1) { conc[k] = dp[k] - cp[k] * conc[k + 1] }
            mass = zip(conc, volume).map { $0 * $1 }
        }
        var remaining = 1.0
        for piece in pieces {
            let lambda = max(piece.shift, 0) / (s1 - s0)
            guard lambda > 0 else { diffuse(piece.diffusion); continue }
            let steps = max(Int((lambda * Double(m)).rounded(.up)), 1)
            let courant = lambda * Double(m) / Double(steps)
            let d = piece.diffusion / Double(steps)
            for _ in 0..<steps {
                diffuse(0.5 * d)
                for k in stride(from: m - 1, through: 1, by: -1) { mass[k] += courant * (mass[k - 1] - mass[k]) }
                mass[0] *= (1 - courant)
                diffuse(0.5 * d)
            }
            remaining = mass.reduce(0, +) / total
        }
        return remaining < 1e-10 ? 0 : max(0, min(1, remaining))
    }

    @Test("odd and even cell counts, weak to strong mixing, one to many pieces",
          arguments: [2, 3, 7, 60, 61])
    func matchesThePlainScheme(cells: Int) {
        let annulus = RadialDriftAnnulus(cells: cells)
        let span = 1 - pow(0.5, 2 * 0.6 + 2)
        for drift in [0.003, 0.2, 1.3, 4.0] {
            for diffusion in [0.0, 1e-4, 3e-3, 0.05] {
                // Swirl decay: later pieces shift less, as in the circulating cyclone.
                let pieces = (0..<5).map { j in
                    RadialDriftAnnulus.Piece(shift: drift * span / 5 / (1 + 0.1 * Double(j)), diffusion: diffusion)
                }
                let fast = annulus.penetration(innerRadius: 0.5, outerRadius: 1, exponent: 0.6, pieces: pieces)
                let plain = Self.plainPenetration(cells: cells, innerRadius: 0.5, outerRadius: 1, exponent: 0.6,
                                                  pieces: pieces)
                #expect(abs(fast - plain) <= 1e-13, "cells \(cells), Σλ \(drift), D_T Δt \(diffusion): \(fast) vs \(plain)")
            }
        }
    }

    @Test("a class the well-mixed bound settles out returns what the march returns: 0")
    func settledOutBeforeMarching() {
        // k Σλ (1 − 1/cells) just above ln 1e10: returned at once; the plain march of the same pieces ends below 1e-10.
        let n = 0.6, p = 2 * n + 2, ri = 0.5
        let span = 1 - pow(ri, p)
        let k = 2 / p * span / (1 - ri * ri)
        let cells = 60
        let lambda = RadialDriftAnnulus.settledOut / (k * (1 - 1 / Double(cells))) * 1.001
        for diffusion in [0.0, 1e-3, 1e6] {
            let pieces = [RadialDriftAnnulus.Piece(shift: lambda * span, diffusion: diffusion)]
            #expect(RadialDriftAnnulus(cells: cells).penetration(innerRadius: ri, outerRadius: 1, exponent: n,
                                                                  pieces: pieces) == 0)
            #expect(Self.plainPenetration(cells: cells, innerRadius: ri, outerRadius: 1, exponent: n, pieces: pieces) == 0)
        }
    }
}
