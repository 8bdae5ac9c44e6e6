import DedustNumerics
import Foundation

/// Cheng (2009) for smooth spheres, valid for Re_p ≤ 2·10⁵:
///
///     C_D = 24/Re (1 + 0.27 Re)^0.43 + 0.47 [1 − exp(−0.04 Re^0.38)]
///     f = C_D Re/24 = (1 + 0.27 Re)^0.43 + 0.47 [1 − exp(−0.04 Re^0.38)] Re/24
///
/// Reference: N.-S. Cheng (2009), "Comparison of formulas for drag coefficient and settling velocity of spherical
/// particles", Powder Technol. 189(3):395–398, doi:10.1016/j.powtec.2008.07.006, eq. 13 (fitted to the standard
/// drag curve over 2·10⁻³ ≤ Re ≤ 2·10⁵). Unlike Schiller–Naumann it needs no Newton-regime switch at Re = 1000
/// and it is smooth throughout. Against Schiller–Naumann its C_D is +1 % at Re = 100, −2 % at 300, +6 % at 1000
/// (where Schiller–Naumann jumps to 0.44) and −4…−5 % from 2000 to 10⁴; below Re ≈ 50 the two agree within 3 %.
/// So fine particles move alike, and coarse ones (x ≳ 0.5 mm in air) settle a few per cent slower or faster. Reference values (Caleb Bell's `fluids` 1.3.1, `fluids.drag.Cheng`, the same
/// formula): Re = 200 → C_D = 0.7939143028294227; Re = 1 → 26.616297903853276; Re = 10⁴ → 0.4167540890899904.
///
/// Example: Re_p = 1 → f = 1.27^0.43 + 0.47 (1 − e^−0.04) / 24 = 1.108245 + 0.000768 = 1.109012, C_D = 26.6163.
public struct ChengDrag: VectorDragLaw {
    public init() {}
    public var name: String { "cheng" }
    @inlinable public func stokesCorrection(reynolds re: Double) -> Double {
        guard re > 0 else { return 1 }
        return Foundation.pow(1 + 0.27 * re, 0.43) + 0.47 * (1 - Foundation.exp(-0.04 * Foundation.pow(re, 0.38))) * re / 24
    }

    public typealias KernelConstants = ReynoldsFactor

    @inlinable @inline(__always)
    public func stokesCorrection8(slipSquared q: SIMD8<Double>, _ c: ReynoldsFactor) -> SIMD8<Double> {
        let logRe = c.logReynolds(slipSquared: q), re = c.reynolds(slipSquared: q)
        let wake = 0.47 * (1 - FastMath.exp(-0.04 * FastMath.exp(0.38 * logRe))) * re / 24
        return FastMath.exp(0.43 * FastMath.log(1 + 0.27 * re)) + wake
    }
}

extension ChengDrag: DescribedModel {
    public static let descriptor = ModelDescriptor(
        name: "cheng", summary: "C_D = 24/Re (1 + 0.27 Re)^0.43 + 0.47 [1 − exp(−0.04 Re^0.38)] (smooth spheres), Re_p ≤ 2·10⁵",
        reference: "Cheng, N.-S., Comparison of formulas for drag coefficient and settling velocity of spherical "
            + "particles, Powder Technol. 189 (2009) 395–398")
}
