import DedustNumerics
import Foundation

/// How the random increments of the dispersion models are drawn.
///
/// Grade efficiency is an expectation over trajectories, so the Wiener increments only need the right low
/// moments (weak convergence; Kloeden & Platen 1992, §14.2): the **three-point** variate takes −√3, 0, +√3 with
/// probabilities 1/6, 2/3, 1/6 and matches the Gaussian moments E ξ = 0, E ξ² = 1, E ξ³ = 0, E ξ⁴ = 3 (weak
/// order 2 for additive noise). It costs one 32-bit word and no transcendental function. The **Gaussian** mode
/// (Box–Muller on two words) is kept for comparison; a test shows both give the same grade efficiencies
/// within the Monte Carlo interval.
public enum RandomVariates: String, Sendable, CaseIterable {
    case threePoint = "three_point"
    case gaussian = "gaussian"
}

/// The random numbers of one particle tile: the ``RandomStream`` of the tile's ``StreamKey`` (block `j` is
/// `Philox4x32(counter: (j, tile, class | unit << 16, configuration), key: seed)`), drawn in bulk once per step
/// with the numerics module's fast fills: `fillThreePoint` (eight Philox blocks side by side in SIMD registers,
/// the word-to-variate map on vectors) or `fillNormal` (vectorised fdlibm Box–Muller). The numbers are those
/// of successive `nextThreePoint()`/`nextNormal()` calls, so they depend only on the key and on how many
/// were drawn before — never on the thread. Each step draws a multiple of 8 values, so the stream stays on a
/// block boundary and the bulk path does nearly all the work.
///
/// Rare per-particle events (injection positions, wall rebound decisions) use a second Philox key
/// (the seed xor a fixed constant) with the counter `(particle << 18 | event, tile, class | unit << 16,
/// configuration)`, so they depend only on the particle's identity and event count, never on the schedule.
struct TileRandom {
    var stream: RandomStream
    let eventKey: Philox4x32.Key
    let words: (UInt32, UInt32, UInt32)

    init(_ id: StreamKey) {
        stream = RandomStream(id)
        let key = id.philoxKey
        eventKey = (key.0 ^ 0xA5A5_A5A5, key.1 ^ 0x3C6E_F372)
        let c = id.philoxCounter(block: 0)
        words = (c.1, c.2, c.3)
    }

    /// Fills `out[0 ..< count]` with the next `count` variates of the stream (three-point or Gaussian).
    @inline(__always)
    mutating func fill(_ kind: RandomVariates, into out: UnsafeMutablePointer<Double>, count: Int) {
        let buffer = UnsafeMutableBufferPointer(start: out, count: count)
        switch kind {
        case .threePoint: stream.fillThreePoint(buffer)
        case .gaussian: stream.fillNormal(buffer)
        }
    }

    /// Four uniforms in (0, 1) for event `event` of particle `particle`.
    func eventUniforms(particle: Int32, event: Int32) -> (Double, Double, Double, Double) {
        let serial = (UInt32(truncatingIfNeeded: particle) << 18) | (UInt32(truncatingIfNeeded: event) & 0x3FFFF)
        let c = Philox4x32.block(counter: (serial, words.0, words.1, words.2), key: eventKey)
        return (RandomStream.uniform(c.0), RandomStream.uniform(c.1), RandomStream.uniform(c.2),
                RandomStream.uniform(c.3))
    }
}
