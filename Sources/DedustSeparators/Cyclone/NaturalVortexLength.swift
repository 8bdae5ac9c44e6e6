import Foundation

/// Natural vortex length of a reverse-flow cyclone, Alexander (1949):
///
///     L_n = 2.3 D_x (D² / (a b))^(1/3)        measured downward from the vortex-finder lip
///
/// Source: physics.md §5.5 / §1.6 [M-H] (Alexander, Proc. Australas. Inst. Min. Metall. 152–3 (1949) 203).
/// If L_n < H − S the vortex ends inside the cyclone: above the dust outlet, and when S + L_n > h on the
/// cone wall (erosion and re-entrainment risk); Hoffmann & Stein then use L_n as the separation height.
/// Validity: tangential slot inlets, clean gas; later correlations (Qian & Zhang 2005, Hoffmann et al. 2001)
/// add Reynolds-number, loading and cone effects, so treat it as ±30 %.
///
/// Example: Stairmand HE, D = 1 m (D_x = 0.5, a = 0.5, b = 0.2 m): L_n = 2.478 m < H − S = 3.5 m, so the
/// vortex end lies in the cone, 2.978 m below the roof (physics.md §1.1 table: L_n/D = 2.478).
public enum NaturalVortexLength {
    /// L_n (m) for `geometry`.
    public static func alexander(_ geometry: CycloneGeometry) -> Double {
        let d = geometry.diameter
        return 2.3 * geometry.vortexFinderDiameter * cbrt(d * d / geometry.inletArea)
    }

    /// Where the natural vortex ends.
    public enum VortexEnd: Sendable, Equatable {
        /// L_n ≥ H − S: the vortex reaches the dust outlet.
        case reachesDustOutlet
        /// The vortex ends on the barrel wall (S + L_n ≤ h), at `depth` below the roof (m).
        case barrelWall(depth: Double)
        /// The vortex ends on the cone wall at `depth` below the roof (m).
        case coneWall(depth: Double)
    }

    /// Classifies where the Alexander vortex ends in `geometry`.
    public static func vortexEnd(_ geometry: CycloneGeometry) -> VortexEnd {
        let ln = alexander(geometry)
        let depth = geometry.vortexFinderLength + ln
        if depth >= geometry.totalHeight { return .reachesDustOutlet }
        return depth > geometry.cylinderHeight ? .coneWall(depth: depth) : .barrelWall(depth: depth)
    }
}
