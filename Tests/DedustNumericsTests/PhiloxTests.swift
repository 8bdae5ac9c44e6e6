import Testing
@testable import DedustNumerics

/// Philox-4×32-10 against the known-answer vectors published with Random123 (Salmon et al., SC'11;
/// `tests/kat_vectors` of the Random123 distribution, lines `philox4x32 10 <ctr ×4> <key ×2> <out ×4>`).
/// The same three vectors appear in TensorFlow's Philox tests, which cite Random123-Boost's test_philox.cpp.
@Suite struct PhiloxTests {
    static let vectors: [(counter: [UInt32], key: [UInt32], expected: [UInt32])] = [
        ([0, 0, 0, 0], [0, 0], [0x6627_e8d5, 0xe169_c58d, 0xbc57_ac4c, 0x9b00_dbd8]),
        ([0xffff_ffff, 0xffff_ffff, 0xffff_ffff, 0xffff_ffff], [0xffff_ffff, 0xffff_ffff],
         [0x408f_276d, 0x41c8_3b0e, 0xa20b_c7c6, 0x6d54_51fd]),
        ([0x243f_6a88, 0x85a3_08d3, 0x1319_8a2e, 0x0370_7344], [0xa409_3822, 0x299f_31d0],
         [0xd16c_fe09, 0x94fd_cceb, 0x5001_e420, 0x2412_6ea1]),
    ]

    @Test(arguments: 0..<3)
    func random123KnownAnswers(index: Int) {
        let v = Self.vectors[index]
        let out = Philox4x32.block(counter: (v.counter[0], v.counter[1], v.counter[2], v.counter[3]),
                                   key: (v.key[0], v.key[1]))
        #expect([out.0, out.1, out.2, out.3] == v.expected)
    }

    /// A one-bit change of the counter or of the key changes about half of the 128 output bits
    /// (avalanche); a sanity check that every input word is mixed in.
    @Test func everyInputWordIsMixedIn() {
        let base = Philox4x32.block(counter: (1, 2, 3, 4), key: (5, 6))
        func flipped(_ c: Philox4x32.Counter, _ k: Philox4x32.Key) -> Int {
            let o = Philox4x32.block(counter: c, key: k)
            return (o.0 ^ base.0).nonzeroBitCount + (o.1 ^ base.1).nonzeroBitCount
                + (o.2 ^ base.2).nonzeroBitCount + (o.3 ^ base.3).nonzeroBitCount
        }
        let changes = [flipped((0, 2, 3, 4), (5, 6)), flipped((1, 3, 3, 4), (5, 6)),
                       flipped((1, 2, 2, 4), (5, 6)), flipped((1, 2, 3, 5), (5, 6)),
                       flipped((1, 2, 3, 4), (4, 6)), flipped((1, 2, 3, 4), (5, 7))]
        for c in changes { #expect(c > 40 && c < 88, "\(c) of 128 bits changed") }
    }
}

extension PhiloxTests {
    /// The eight-lane version equals eight scalar evaluations, including a counter that wraps.
    @Test func blocks8EqualsEightBlocks() {
        for start: UInt32 in [0, 1000, 0xFFFF_FFFC] {
            let (a, b, c, d) = Philox4x32.blocks8(start, 11, 22, 33, key: (0xDEAD_BEEF, 0x1234_5678))
            for lane in 0..<8 {
                let o = Philox4x32.block(counter: (start &+ UInt32(lane), 11, 22, 33), key: (0xDEAD_BEEF, 0x1234_5678))
                #expect([a[lane], b[lane], c[lane], d[lane]] == [o.0, o.1, o.2, o.3])
            }
        }
    }
}
