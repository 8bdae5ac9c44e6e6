import Foundation

/// Cunningham slip correction: the drag reduction of particles comparable in size to the gas mean free path.
///
///     C_c = 1 + Kn [A₁ + A₂ exp(−A₃ / Kn)],   Kn = 2λ/x
///
/// Default constants are Davies (1945), A = (1.257, 0.400, 1.10) (physics.md §4.1); Allen & Raabe (1985),
/// A = (1.142, 0.558, 0.999), is the accepted alternative.
///
/// Validity: the whole Knudsen range for solid spheres in air (Davies' fit to Millikan-type oil-drop data);
/// for x ≫ λ it tends to 1 + 2.514 λ/x.
///
/// Example: carbide gas at 600 °C (λ = 0.243 µm), x = 1 µm → C_c = 1.631 (physics.md §4.2).
public struct CunninghamSlip: Sendable, Equatable {
    public var a1: Double
    public var a2: Double
    public var a3: Double

    public init(a1: Double, a2: Double, a3: Double) {
        self.a1 = a1
        self.a2 = a2
        self.a3 = a3
    }

    /// Davies (1945).
    public static let davies = CunninghamSlip(a1: 1.257, a2: 0.400, a3: 1.10)
    /// Allen & Raabe (1985).
    public static let allenRaabe = CunninghamSlip(a1: 1.142, a2: 0.558, a3: 0.999)
    /// No slip, C_c = 1 (continuum drag; for comparisons with continuum-only references).
    public static let none = CunninghamSlip(a1: 0, a2: 0, a3: 1)

    /// C_c for a particle of diameter `diameter` (m) in a gas with mean free path `meanFreePath` (m).
    @inlinable
    public func correction(diameter: Double, meanFreePath: Double) -> Double {
        let kn = 2 * meanFreePath / diameter
        return 1 + kn * (a1 + a2 * exp(-a3 / kn))
    }
}
