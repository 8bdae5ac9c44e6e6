import DedustNumerics
import Foundation

/// A drag law for a sphere, expressed as the correction to Stokes drag
///
///     f(Re_p) = C_D Re_p / 24,    F_D = 3π μ x (u − v) f / C_c
///
/// so `f = 1` is Stokes flow. Each law is one file in `Sources/DedustPhysics/Drag/`; it is registered, and chosen
/// by name, with one line in `DragLaws.all` (`Sources/DedustTrajectories/Engine/DragLaws.swift`, where the
/// registration also specialises the trajectory kernel for it).
public protocol DragLaw: Sendable {
    /// Name used in scenario files and reports.
    var name: String { get }
    /// f(Re_p) = C_D Re_p / 24 at particle Reynolds number `reynolds` ≥ 0.
    func stokesCorrection(reynolds: Double) -> Double
    /// The slip speed v ≥ 0 at which this drag balances a body force whose Stokes slip speed is `stokesSpeed`
    /// = τ a (τ with Cunningham slip), i.e. the root of
    ///
    ///     v f(k v) = τ a,   Re_p = k v,   k = ρ x / μ (`reynoldsFactor`)
    ///
    /// — the terminal (settling or centrifugal drift) velocity. The default solves it with Brent's method on
    /// (0, τ a] (f ≥ 1 for every law here, so the Stokes speed bounds the root from above).
    func terminalSlip(stokesSpeed: Double, reynoldsFactor: Double) -> Double
}

extension DragLaw {
    /// Drag coefficient C_D = 24 f / Re_p (infinite at Re_p = 0).
    public func dragCoefficient(reynolds: Double) -> Double {
        24 * stokesCorrection(reynolds: reynolds) / reynolds
    }

    public func terminalSlip(stokesSpeed target: Double, reynoldsFactor k: Double) -> Double {
        guard target > 0 else { return 0 }
        let residual: (Double) -> Double = { v in v * self.stokesCorrection(reynolds: k * v) - target }
        if residual(target) <= 0 { return target }
        return (try? RootFinding.brent(in: 0, target, relativeTolerance: 1e-13, residual)) ?? target
    }
}

/// A drag law with the 8-wide vector form the trajectory engine's step kernel evaluates: the kernel is generic
/// over the law and specialised for it at compile time (no existential in the hot loop), as it is over the
/// dispersion model (`Dispersion.advance8`).
///
/// The kernel knows each particle's slip only as q = |s − v|² (a square root costs; Schiller–Naumann needs
/// none below Re = 1000), so the vector form takes q and constants prepared once per size class from the
/// Reynolds factor k = ρ x / μ (Re_p = k √q). Contract (tested for every law in `DragLaws.all`): for every
/// lane, `stokesCorrection8(slipSquared: q, c)` equals `stokesCorrection(reynolds: k √q)` within 1e-13
/// relative — the kernels' fast `exp`/`log` (`FastMath`) against Foundation's.
public protocol VectorDragLaw: DragLaw {
    /// Per-size-class constants of the vector form.
    associatedtype KernelConstants: Sendable
    /// The constants for particles of Reynolds factor `reynoldsFactor` = ρ x / μ (1/(m/s)).
    func kernelConstants(reynoldsFactor: Double) -> KernelConstants
    /// f(Re_p) for eight particles with squared slip speeds `slipSquared` (m²/s²).
    func stokesCorrection8(slipSquared q: SIMD8<Double>, _ constants: KernelConstants) -> SIMD8<Double>
}

/// Per-class constants of a vector form written on the Reynolds number itself: the Reynolds factor k = ρ x/μ
/// and its logarithm, so that Re_p = k √q and ln Re_p = ln k + ½ ln q for a squared slip q. A law whose
/// `KernelConstants` is this type gets ``VectorDragLaw/kernelConstants(reynoldsFactor:)`` for free.
public struct ReynoldsFactor: Sendable {
    /// k = ρ x / μ (1/(m/s)).
    public let value: Double
    /// ln k.
    public let logarithm: Double

    @inlinable public init(_ k: Double) {
        value = k
        logarithm = Foundation.log(k)
    }

    /// ln Re_p for eight squared slip speeds.
    @inlinable @inline(__always)
    public func logReynolds(slipSquared q: SIMD8<Double>) -> SIMD8<Double> {
        FastMath.multiplyAdd(FastMath.log(q), 0.5, logarithm)
    }

    /// Re_p for eight squared slip speeds.
    @inlinable @inline(__always)
    public func reynolds(slipSquared q: SIMD8<Double>) -> SIMD8<Double> { value * FastMath.squareRoot(q) }
}

extension VectorDragLaw where KernelConstants == ReynoldsFactor {
    @inlinable public func kernelConstants(reynoldsFactor k: Double) -> ReynoldsFactor { ReynoldsFactor(k) }
}
