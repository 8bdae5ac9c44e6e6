import Foundation
import Testing
@testable import DedustNumerics

/// The vectorised Box–Muller kernel (own log, sin, cos) against Foundation's libm functions.
@Suite struct BoxMullerKernelTests {
    /// libm reference for one pair of words.
    static func reference(_ w1: UInt32, _ w2: UInt32) -> (Double, Double) {
        let u1 = RandomStream.uniform(w1), u2 = RandomStream.uniform(w2)
        let r = (-2 * Foundation.log(u1)).squareRoot()
        let phi = 2 * Double.pi * u2
        return (r * Foundation.cos(phi), r * Foundation.sin(phi))
    }

    /// 2·10⁵ word pairs from a stream plus the extreme and quadrant-edge words: |Δz| ≤ 4·10⁻¹⁵·max(1, |z|).
    @Test func matchesLibmBoxMuller() {
        var s = RandomStream(StreamKey(seed: 31))
        var pairs: [(UInt32, UInt32)] = (0..<200_000).map { _ in (s.nextWord(), s.nextWord()) }
        let edges: [UInt32] = [0, 1, 2, 0x3FFF_FFFF, 0x4000_0000, 0x7FFF_FFFF, 0x8000_0000, 0xBFFF_FFFF,
                               0xC000_0000, 0xDFFF_FFFF, 0xE000_0000, 0xFFFF_FFFE, 0xFFFF_FFFF, 0x1FFF_FFFF, 0x2000_0000]
        for a in edges { for b in edges { pairs.append((a, b)) } }
        var worst = 0.0
        for (w1, w2) in pairs {
            let (z0, z1) = RandomStream.boxMuller(w1, w2)
            let (r0, r1) = Self.reference(w1, w2)
            worst = max(worst, abs(z0 - r0) / max(1, abs(r0)), abs(z1 - r1) / max(1, abs(r1)))
        }
        #expect(worst <= 4e-15, "largest deviation from libm: \(worst)")
    }

    @Test func logAndCosSinPieces() {
        // ln of exact powers of two and of values either side of the √2 split of the mantissa.
        let xs: [Double] = [0.5, 0.25, 1.0 / 1024, 0x1p-33, 0.7071067811865475, 0.7071067811865477, 0.999, 0.3,
                            1 - 0x1p-33]
        for x in xs {
            let l = BoxMullerKernel.log(x)
            #expect(abs(l - Foundation.log(x)) <= 2 * Double.ulpOfOne * abs(Foundation.log(x)), "ln \(x)")
        }
        // Quarter and eighth turns: (cos, sin) of 2πu.
        let h = 0.5.squareRoot()
        let cases: [(u: Double, c: Double, s: Double)] = [(0, 1, 0), (0.25, 0, 1), (0.5, -1, 0), (0.75, 0, -1),
                                                          (0.125, h, h), (0.375, -h, h), (0.625, -h, -h),
                                                          (0.875, h, -h), (1, 1, 0)]
        for t in cases {
            let (c, sn) = BoxMullerKernel.cosSinTwoPi(t.u)
            #expect(abs(c - t.c) < 1e-15 && abs(sn - t.s) < 1e-15, "u = \(t.u)")
        }
    }

    /// The worked example of the kernel's documentation; reference values from Python's `math`
    /// (`r = sqrt(-2*log(0.5 + 2**-33))`, `r*cos(2*pi*(0.125 + 2**-33))`, `r*sin(…)`).
    @Test func workedExample() {
        let (z0, z1) = RandomStream.boxMuller(0x8000_0000, 0x2000_0000)
        #expect(abs(z0 - 0.8325546104088892) < 4e-16)
        #expect(abs(z1 - 0.8325546116268484) < 4e-16)
        #expect(abs((z0 * z0 + z1 * z1).squareRoot() - 1.1774100223177266) < 4e-16)
    }
}

extension BoxMullerKernelTests {
    /// The public in-place transform over uniforms gives the bits of `RandomStream.nextNormal()`
    /// (an odd trailing element is left untouched).
    @Test func transformInPlaceEqualsStreamNormals() {
        var words = RandomStream(StreamKey(seed: 8, tile: 3))
        var normals = words
        var u = (0..<601).map { _ in RandomStream.uniform(words.nextWord()) }
        let last = u[600]
        u.withUnsafeMutableBufferPointer { BoxMullerKernel.transformInPlace($0) }
        let z = (0..<600).map { _ in normals.nextNormal() }
        #expect(Array(u[0..<600]).map(\.bitPattern) == z.map(\.bitPattern))
        #expect(u[600] == last)
    }
}
