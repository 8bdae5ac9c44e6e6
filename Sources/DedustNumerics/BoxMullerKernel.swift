/// The Box–Muller transform with its own `log` and `sin`/`cos`: branch-free scalar code (no libm calls)
/// that the compiler vectorises when it runs over an array (the bulk `RandomStream.fillNormal`), and that
/// gives the same bits on every platform, in scalar and in bulk draws (no dependence on the C library's
/// `log`/`sin`/`cos`, whose last bits differ between versions).
///
/// For words `w₁, w₂` with `u = (w + ½)·2⁻³²` (``RandomStream/uniform(_:)``):
///
///     r = √(−2 ln u₁),   φ = 2π u₂,   z₀ = r cos φ,   z₁ = r sin φ        (Box & Muller 1958)
///
/// - `ln u`: `u = 2ᵉ·m` with `m ∈ [√½, √2)`, `f = m − 1`, `s = f/(2 + f)`, and
///   `ln(1 + f) = f − (f²/2 − s(f²/2 + R(s²)))` with the degree-14 minimax polynomial `R` of fdlibm's
///   `e_log.c` (Sun Microsystems 1993; |error| < 2⁻⁵⁸·⁴⁵ on the interval), plus `e·ln 2` in two parts.
/// - `sin`, `cos` of `φ = 2πu₂`: the reduction is exact in `u₂` (no π in it): `t = 4u₂` (exact),
///   quadrant `k = round(t)`, `x = t − k ∈ [−½, ½]` (exact), `θ = x·π/2 ∈ [−π/4, π/4]`; then fdlibm's
///   `k_sin.c`/`k_cos.c` polynomials (|error| < 2⁻⁵⁸) and a quarter-turn rotation by `k`.
///
/// Accuracy, checked by `BoxMullerKernelTests` against Foundation's `log`, `sin`, `cos` over 2·10⁵ word
/// pairs and at the extreme words: |Δz| ≤ 4·10⁻¹⁵·max(1, |z|). Worked example: the words
/// `(0x80000000, 0x20000000)` give `u₁ = 0.5 + 2⁻³³`, `u₂ = 0.125 + 2⁻³³`, `r = 1.1774100223177266`,
/// `φ = π/4 + 2⁻³⁰π`, so `z₀ = 0.8325546104088892`, `z₁ = 0.8325546116268484` (Python `math`, to ±1 ulp).
///
/// Public so that other modules that generate their own words (e.g. tiles of a trajectory engine) can use
/// the same fast, platform-independent transform: ``transformInPlace(_:)`` over uniforms.
public enum BoxMullerKernel {
    /// `c + z·p`, one Horner step.
    @inlinable @inline(__always)
    static func step(_ p: Double, _ z: Double, _ c: Double) -> Double {
        let zp: Double = z * p
        return zp + c
    }

    /// Natural logarithm of positive, finite, normal `x`.
    ///
    /// Written with integer bit operations and plain arithmetic only (no branches, no conversions), so
    /// that loops over it vectorise.
    @inlinable @inline(__always)
    public static func log(_ x: Double) -> Double {
        let ln2Hi = 6.93147180369123816490e-01, ln2Lo = 1.90821492927058770002e-10
        let lg1 = 6.666666666666735130e-01, lg2 = 3.999999999940941908e-01
        let lg3 = 2.857142874366239149e-01, lg4 = 2.222219843214978396e-01
        let lg5 = 1.818357216161805012e-01, lg6 = 1.531383769920937332e-01
        let lg7 = 1.479819860511658591e-01
        let bits = x.bitPattern
        // fdlibm's split: i = 1 when the mantissa is at least √2's (0x6a09e… in the high word), then
        // m = mantissa · 2^(−i) ∈ [√½, √2) and the exponent grows by i.
        let hiMantissa = (bits &>> 32) & 0x000F_FFFF
        let i = ((hiMantissa &+ 0x95F64) & 0x10_0000) &>> 20
        let m = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | ((0x3FF &- i) &<< 52))
        let biased = (bits &>> 52) &+ i                                   // exponent + 1023, positive
        let e = Double(bitPattern: biased | 0x4330_0000_0000_0000) - (0x1p52 + 1023)
        let f = m - 1
        let s = f / (2 + f)
        let z = s * s
        let w = z * z
        let t1: Double = w * step(step(lg6, w, lg4), w, lg2)
        let t2: Double = z * step(step(step(lg7, w, lg5), w, lg3), w, lg1)
        let r = t2 + t1
        let hfsq = 0.5 * f * f
        return e * ln2Hi - ((hfsq - (s * (hfsq + r) + e * ln2Lo)) - f)
    }

    /// `(cos 2πu, sin 2πu)` for `u ∈ [0, 1]` of the form `(w + ½)·2⁻³²` (any `u` with `4u` exact and not
    /// an odd multiple of ⅛ away from a quarter, so that the rounding below has no ties).
    @inlinable @inline(__always)
    public static func cosSinTwoPi(_ u: Double) -> (cos: Double, sin: Double) {
        let s1 = -1.66666666666666324348e-01, s2 = 8.33333333332248946124e-03
        let s3 = -1.98412698298579493134e-04, s4 = 2.75573137070700676789e-06
        let s5 = -2.50507602534068634195e-08, s6 = 1.58969099521155010221e-10
        let c1 = 4.16666666666666019037e-02, c2 = -1.38888888888741095749e-03
        let c3 = 2.48015872894767294178e-05, c4 = -2.75573143513906633035e-07
        let c5 = 2.08757232129817482790e-09, c6 = -1.13596475577881948265e-11
        let t = 4 * u
        // Round t to the nearest integer k by adding 1.5·2⁵²: the sum's low mantissa bits are k.
        let shifted = t + 0x1.8p52
        let k = shifted - 0x1.8p52
        let q = shifted.bitPattern & 3                   // quadrant k mod 4
        let x = (t - k) * 1.5707963267948966                            // θ ∈ [−π/4, π/4]
        let z = x * x
        let sinR: Double = step(step(step(step(s6, z, s5), z, s4), z, s3), z, s2)
        let xz: Double = x * z
        let sinT: Double = x + xz * step(sinR, z, s1)
        let cosP: Double = step(step(step(step(c6, z, c5), z, c4), z, c3), z, c2)
        let cosR: Double = z * step(cosP, z, c1)
        let hz = 0.5 * z
        let cw = 1 - hz
        let cosT = cw + (((1 - cw) - hz) + z * cosR)
        // Rotate by k quarter turns: k mod 4 = 0: (c, s), 1: (−s, c), 2: (−c, −s), 3: (s, −c).
        // Bit blends: swap the two for odd q, flip cos's sign for q = 1, 2 and sin's for q = 2, 3.
        let cb = cosT.bitPattern, sb = sinT.bitPattern
        let swap = 0 &- (q & 1)                                          // all ones when q is odd
        let cosBits = ((cb & ~swap) | (sb & swap)) ^ ((((q &+ 1) &>> 1) & 1) &<< 63)
        let sinBits = ((sb & ~swap) | (cb & swap)) ^ (((q &>> 1) & 1) &<< 63)
        return (Double(bitPattern: cosBits), Double(bitPattern: sinBits))
    }

    /// Box–Muller on two uniforms `u₁, u₂ ∈ (0, 1)` of the form `(w + ½)·2⁻³²`: `(r cos φ, r sin φ)`.
    @inlinable @inline(__always)
    public static func transform(_ u1: Double, _ u2: Double) -> (Double, Double) {
        let r = (-2 * log(u1)).squareRoot()
        let (c, s) = cosSinTwoPi(u2)
        return (r * c, r * s)
    }

    /// Replaces each pair of uniforms `(u₁, u₂)` in `pairs` by its Box–Muller normals `(z₀, z₁)`, exactly
    /// as ``transform(_:_:)`` would (same bits). The uniforms must lie in (0, 1) and have the form
    /// `(w + ½)·2⁻³²` (as ``RandomStream/uniform(_:)`` makes them); a trailing odd element is left as is.
    ///
    /// One branch-free loop that the compiler vectorises: the square root is the hardware one, because the
    /// numerical modules are built with `-Xcc -fno-math-errno` (Package.swift; without it `squareRoot()`
    /// keeps a C-library fallback branch that stops the vectoriser).
    @inlinable
    public static func transformInPlace(_ pairs: UnsafeMutableBufferPointer<Double>) {
        guard let p = pairs.baseAddress else { return }
        for k in 0..<(pairs.count / 2) {
            let (z0, z1) = transform(p[2 * k], p[2 * k + 1])
            p[2 * k] = z0
            p[2 * k + 1] = z1
        }
    }
}
