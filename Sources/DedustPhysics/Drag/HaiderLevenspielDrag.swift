import DedustNumerics
import Foundation

/// Haider & Levenspiel (1989) for spheres (sphericity φ = 1), valid for Re_p < 2·10⁵:
///
///     C_D = 24/Re (1 + 0.1806 Re^0.6459) + 0.4251 / (1 + 6880.95/Re)
///
/// Reference: A. Haider & O. Levenspiel (1989), "Drag coefficient and terminal velocity of spherical and
/// nonspherical particles", Powder Technol. 58:63–70, eq. 11 with φ = 1.
///
/// Example: Re_p = 200 → C_D = 0.79596 (`fluids` 1.3.1 `Haider_Levenspiel(200.)`: 0.7959551680251666);
/// Re_p = 1 → C_D = 28.334.
public struct HaiderLevenspielDrag: VectorDragLaw {
    public init() {}
    public var name: String { "haider_levenspiel" }
    @inlinable public func stokesCorrection(reynolds: Double) -> Double {
        guard reynolds > 0 else { return 1 }
        return 1 + 0.1806 * pow(reynolds, 0.6459) + 0.4251 / (1 + 6880.95 / reynolds) * reynolds / 24
    }

    public typealias KernelConstants = ReynoldsFactor

    @inlinable @inline(__always)
    public func stokesCorrection8(slipSquared q: SIMD8<Double>, _ c: ReynoldsFactor) -> SIMD8<Double> {
        let logRe = c.logReynolds(slipSquared: q), re = c.reynolds(slipSquared: q)
        return 1 + 0.1806 * FastMath.exp(0.6459 * logRe) + 0.4251 / (1 + 6880.95 / re) * re / 24
    }
}

extension HaiderLevenspielDrag: DescribedModel {
    public static let descriptor = ModelDescriptor(
        name: "haider_levenspiel", summary: "C_D = 24/Re (1 + 0.1806 Re^0.6459) + 0.4251/(1 + 6880.95/Re) (spheres), Re_p < 2·10⁵",
        reference: "Haider, A. & Levenspiel, O., Drag coefficient and terminal velocity of spherical and nonspherical "
            + "particles, Powder Technol. 58 (1989) 63–70")
}
