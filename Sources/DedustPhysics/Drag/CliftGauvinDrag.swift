import DedustNumerics
import Foundation

/// Clift & Gauvin (1970), valid up to Re_p ≈ 3·10⁵ (below the drag crisis):
///
///     C_D = 24/Re (1 + 0.15 Re^0.687) + 0.42 / (1 + 42 500 Re^−1.16)
///
/// Reference: R. Clift & W. H. Gauvin (1970), "The motion of particles in turbulent gas streams", Proc.
/// Chemeca '70, Butterworth, Melbourne, 1:14–28; in Clift, Grace & Weber, *Bubbles, Drops and Particles*
/// (Academic Press 1978), Table 5.2. (`fluids`' `Clift_Gauvin` uses the refitted constants quoted by Barati et
/// al. 2014, 0.152 Re^0.677 and 0.417/(1 + 5070 Re^−0.94); terminal velocities from the two differ by < 0.6 % for
/// x ≤ 500 µm in carbide gas at 600 °C, up to 1.4 % at Re_p ≈ 100.)
///
/// Example: Re_p = 100 → C_D = 1.0938; Re_p = 1 → C_D = 27.600.
public struct CliftGauvinDrag: VectorDragLaw {
    public init() {}
    public var name: String { "clift_gauvin" }
    @inlinable public func stokesCorrection(reynolds: Double) -> Double {
        guard reynolds > 0 else { return 1 }
        return 1 + 0.15 * pow(reynolds, 0.687) + 0.42 / (1 + 42_500 * pow(reynolds, -1.16)) * reynolds / 24
    }

    public typealias KernelConstants = ReynoldsFactor

    @inlinable @inline(__always)
    public func stokesCorrection8(slipSquared q: SIMD8<Double>, _ c: ReynoldsFactor) -> SIMD8<Double> {
        let logRe = c.logReynolds(slipSquared: q), re = c.reynolds(slipSquared: q)
        let newton = 0.42 / (1 + 42_500 * FastMath.exp(-1.16 * logRe)) * re / 24
        return 1 + 0.15 * FastMath.exp(0.687 * logRe) + newton
    }
}

extension CliftGauvinDrag: DescribedModel {
    public static let descriptor = ModelDescriptor(
        name: "clift_gauvin", summary: "C_D = 24/Re (1 + 0.15 Re^0.687) + 0.42/(1 + 42 500 Re^−1.16), Re_p < 3·10⁵",
        reference: "Clift, R. & Gauvin, W. H., Proc. Chemeca '70 1 (1970) 14; Clift, R., Grace, J. R. & Weber, M. E., "
            + "Bubbles, Drops and Particles, Academic Press (1978), Table 5.2")
}
