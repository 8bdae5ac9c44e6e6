import DedustNumerics
import Foundation

/// Schiller & Naumann (1933), the default drag law:
///
///     f = 1 + 0.15 Re_p^0.687   (Re_p < 1000),     C_D = 0.44, i.e. f = 0.44 Re_p / 24   (Re_p ≥ 1000)
///
/// Reference: L. Schiller & A. Naumann (1933), "Über die grundlegenden Berechnungen bei der
/// Schwerkraftaufbereitung", Z. Ver. Dtsch. Ing. 77:318–320; as quoted by Clift, Grace & Weber, *Bubbles, Drops
/// and Particles* (1978), Table 5.2. Validity: rigid spheres, Re_p < 800 within about 5 % of the standard drag
/// curve; the Newton constant above (the small step at Re_p = 1000 is the law's own).
///
/// Example: Re_p = 1 → f = 1.15, C_D = 27.6.
public struct SchillerNaumannDrag: VectorDragLaw {
    public init() {}
    public var name: String { "schiller_naumann" }
    @inlinable public func stokesCorrection(reynolds: Double) -> Double {
        reynolds < 1000 ? 1 + 0.15 * pow(reynolds, 0.687) : 0.44 * reynolds / 24
    }

    /// Root of v (1 + c v^0.687) = τ a, c = 0.15 k^0.687, by Newton's method from the Stokes value τ a, which
    /// lies above the root (the function is convex), so it converges monotonically; where k v ≥ 1000 the Newton
    /// regime's closed form v = √(24 τ a/(0.44 k)). Example: τ = 26.52 µs, a = 746.5 m/s² (x = 2 µm, ρ_p = 2000,
    /// air 20 °C, Re ≈ 0.003) → v = 0.01975 m/s (0.25 % below τ a); x = 10 µm (τ = 622.8 µs, Re = 0.29,
    /// f = 1.064) → 0.4369 m/s.
    public func terminalSlip(stokesSpeed target: Double, reynoldsFactor k: Double) -> Double {
        guard target > 0 else { return 0 }
        let c = 0.15 * Foundation.pow(k, 0.687)
        var v = target
        for _ in 0..<60 {
            let p = Foundation.pow(v, 0.687)
            let next = v - (v * (1 + c * p) - target) / (1 + 1.687 * c * p)
            if abs(next - v) <= 1e-12 * v { v = next; break }
            v = next
        }
        if k * v >= 1000 { v = (24 * target / (0.44 * k)).squareRoot() }  // Newton drag regime
        return v
    }

    /// Re^0.687 = exp(0.687 (ln k + ½ ln q)), so Re itself (a square root) is needed only where Re ≥ 1000,
    /// i.e. q ≥ (1000/k)².
    public struct KernelConstants: Sendable {
        @usableFromInline let logReynoldsFactor: Double  // 0.687 ln k
        @usableFromInline let turbulentSlipSquared: Double  // (1000/k)²
        @usableFromInline let newtonFactor: Double  // 0.44 k / 24

        @inlinable init(reynoldsFactor k: Double) {
            logReynoldsFactor = 0.687 * Foundation.log(k)
            turbulentSlipSquared = (1000 / k) * (1000 / k)
            newtonFactor = k * 0.44 / 24
        }
    }

    @inlinable public func kernelConstants(reynoldsFactor k: Double) -> KernelConstants {
        KernelConstants(reynoldsFactor: k)
    }

    @inlinable @inline(__always)
    public func stokesCorrection8(slipSquared q: SIMD8<Double>, _ c: KernelConstants) -> SIMD8<Double> {
        var f = 1 + 0.15 * FastMath.exp(FastMath.multiplyAdd(FastMath.log(q), 0.5 * 0.687, c.logReynoldsFactor))
        let turbulent = q .>= c.turbulentSlipSquared
        if any(turbulent) {
            f = f.replacing(with: c.newtonFactor * FastMath.squareRoot(q), where: turbulent)
        }
        return f
    }
}

extension SchillerNaumannDrag: DescribedModel {
    public static let descriptor = ModelDescriptor(
        name: "schiller_naumann", summary: "f = 1 + 0.15 Re_p^0.687 below Re_p = 1000, C_D = 0.44 above",
        reference: "Schiller, L. & Naumann, A., Über die grundlegenden Berechnungen bei der Schwerkraftaufbereitung, "
            + "Z. Ver. Dtsch. Ing. 77 (1933) 318–320")
}
