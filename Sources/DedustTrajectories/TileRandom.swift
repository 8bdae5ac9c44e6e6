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

/// The random numbers of one particle tile, laid out exactly like ``RandomStream`` for the same
/// ``StreamKey``: block `j` of the stream is `Philox4x32(counter: (j, tile, class | unit << 16, configuration),
/// key: seed)`, so `fill` produces the same words as successive `RandomStream.nextWord()` calls (tested).
/// Blocks are computed independently, which lets the compiler vectorise the generator.
///
/// Rare per-particle events (injection positions, wall rebound decisions) use a second Philox key
/// (the seed xor a fixed constant) with the counter `(particle << 18 | event, tile, class | unit << 16,
/// configuration)`, so they depend only on the particle's identity and event count, never on the schedule.
struct TileRandom {
    let key: Philox4x32.Key
    let eventKey: Philox4x32.Key
    let words: (UInt32, UInt32, UInt32)
    /// Next block of the main stream.
    var block: UInt32 = 0

    init(_ id: StreamKey) {
        key = (UInt32(truncatingIfNeeded: id.seed), UInt32(truncatingIfNeeded: id.seed >> 32))
        eventKey = (key.0 ^ 0xA5A5_A5A5, key.1 ^ 0x3C6E_F372)
        words = (UInt32(truncatingIfNeeded: id.tile),
                 UInt32(truncatingIfNeeded: id.sizeClass) | (UInt32(truncatingIfNeeded: id.unit) << 16),
                 UInt32(truncatingIfNeeded: id.configuration))
    }

    /// Fills `out[0 ..< 4·blocks]` with the next `blocks` blocks of the stream.
    mutating func fill(_ out: UnsafeMutablePointer<UInt32>, blocks: Int) {
        precondition(Int(block) + blocks < Int(UInt32.max), "random stream of a tile exhausted (2^32 blocks)")
        let base = block, w = words, k = key
        for j in 0..<blocks {
            let c = Philox4x32.block(counter: (base &+ UInt32(truncatingIfNeeded: j), w.0, w.1, w.2), key: k)
            out[4 * j] = c.0
            out[4 * j + 1] = c.1
            out[4 * j + 2] = c.2
            out[4 * j + 3] = c.3
        }
        block &+= UInt32(truncatingIfNeeded: blocks)
    }

    /// Two uniforms in (0, 1) for event `event` of particle `particle`.
    func eventUniforms(particle: Int32, event: Int32) -> (Double, Double, Double, Double) {
        let serial = (UInt32(truncatingIfNeeded: particle) << 18) | (UInt32(truncatingIfNeeded: event) & 0x3FFFF)
        let c = Philox4x32.block(counter: (serial, words.0, words.1, words.2), key: eventKey)
        return (TileRandom.uniform(c.0), TileRandom.uniform(c.1), TileRandom.uniform(c.2), TileRandom.uniform(c.3))
    }

    @inline(__always)
    static func uniform(_ w: UInt32) -> Double { (Double(w) + 0.5) * 0x1p-32 }

    /// Three-point variate from one word: −√3 if w < ⌈2³²/6⌉, +√3 if w ≥ 2³² − ⌈2³²/6⌉, else 0.
    @inline(__always)
    static func threePoint(_ w: UInt32) -> Double {
        let lowTail: UInt32 = 715_827_883
        let highTail: UInt32 = 3_579_139_413  // 2^32 − 715_827_883
        let root3 = 1.7320508075688772
        return w < lowTail ? -root3 : (w >= highTail ? root3 : 0)
    }

    /// Converts `count` words into variates of the requested kind (`count` even for Gaussian).
    static func variates(_ kind: RandomVariates, words: UnsafePointer<UInt32>, into out: UnsafeMutablePointer<Double>,
                         count: Int) {
        switch kind {
        case .threePoint:
            for i in 0..<count { out[i] = threePoint(words[i]) }
        case .gaussian:
            var i = 0
            while i + 1 < count {
                let u1 = uniform(words[i]), u2 = uniform(words[i + 1])
                let r = (-2 * Foundation.log(u1)).squareRoot()
                let phi = 2 * Double.pi * u2
                out[i] = r * Foundation.cos(phi)
                out[i + 1] = r * Foundation.sin(phi)
                i += 2
            }
            precondition(i == count, "Gaussian variates are drawn in pairs")
        }
    }
}
