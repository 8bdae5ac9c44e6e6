import DedustNumerics

/// Stokes drag, f = 1 (creeping flow; Stokes 1851). Valid for Re_p ≲ 0.3 (C_D = 24/Re_p is 5 % low at
/// Re_p = 0.3 against Schiller–Naumann); beyond that it overstates settling and drift velocities.
///
/// Example: any Re_p → f = 1; Re_p = 0.1 → C_D = 240.
public struct StokesDrag: VectorDragLaw {
    public init() {}
    public var name: String { "stokes" }
    @inlinable public func stokesCorrection(reynolds: Double) -> Double { 1 }
    @inlinable public func terminalSlip(stokesSpeed: Double, reynoldsFactor: Double) -> Double { Swift.max(stokesSpeed, 0) }

    public struct KernelConstants: Sendable { @inlinable public init() {} }
    @inlinable public func kernelConstants(reynoldsFactor: Double) -> KernelConstants { KernelConstants() }
    @inlinable @inline(__always)
    public func stokesCorrection8(slipSquared q: SIMD8<Double>, _ c: KernelConstants) -> SIMD8<Double> {
        SIMD8(repeating: 1)
    }
}

extension StokesDrag: DescribedModel {
    public static let descriptor = ModelDescriptor(
        name: "stokes", summary: "creeping flow, f = 1 (C_D = 24/Re_p), Re_p ≲ 0.3",
        reference: "Stokes, G. G., On the effect of the internal friction of fluids on the motion of pendulums, "
            + "Trans. Camb. Phil. Soc. 9 (1851) 8–106")
}
