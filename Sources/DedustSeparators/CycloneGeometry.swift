/// Dimensions of a reverse-flow cyclone with a rectangular tangential slot inlet (Hoffmann & Stein notation,
/// physics.md §0.2), in metres.
///
///     D   barrel diameter            a   inlet height          b   inlet width
///     Dx  vortex-finder diameter     S   vortex-finder length  h   barrel (cylinder) height
///     H   total height               B   dust-outlet diameter
///
///     let g = CycloneGeometry.standard(.stairmandHE, diameter: 1.0)
///     g.inletHeight   // 0.5
public struct CycloneGeometry: Sendable, Equatable {
    public var diameter: Double
    public var inletHeight: Double
    public var inletWidth: Double
    public var vortexFinderDiameter: Double
    public var vortexFinderLength: Double
    public var cylinderHeight: Double
    public var totalHeight: Double
    public var dustOutletDiameter: Double

    public init(diameter: Double, inletHeight: Double, inletWidth: Double, vortexFinderDiameter: Double,
                vortexFinderLength: Double, cylinderHeight: Double, totalHeight: Double, dustOutletDiameter: Double) {
        self.diameter = diameter
        self.inletHeight = inletHeight
        self.inletWidth = inletWidth
        self.vortexFinderDiameter = vortexFinderDiameter
        self.vortexFinderLength = vortexFinderLength
        self.cylinderHeight = cylinderHeight
        self.totalHeight = totalHeight
        self.dustOutletDiameter = dustOutletDiameter
    }

    /// Standard geometry families with their ratios to D (physics.md §1.1).
    public enum Standard: String, Sendable, CaseIterable {
        case stairmandHE = "stairmand_he"
        case stairmandHT = "stairmand_ht"
        case swiftHE = "swift_he"
        case swiftGP = "swift_gp"
        case swiftHT = "swift_ht"
        case lapple = "lapple"

        /// (a, b, Dx, S, h, H, B) / D.
        public var ratios: (a: Double, b: Double, dx: Double, s: Double, h: Double, hTotal: Double, bOut: Double) {
            switch self {
            case .stairmandHE: return (0.5, 0.2, 0.5, 0.5, 1.5, 4.0, 0.375)
            case .swiftHE: return (0.44, 0.21, 0.4, 0.5, 1.4, 3.9, 0.4)
            case .lapple: return (0.5, 0.25, 0.5, 0.625, 2.0, 4.0, 0.25)
            case .swiftGP: return (0.5, 0.25, 0.5, 0.6, 1.75, 3.75, 0.4)
            case .stairmandHT: return (0.75, 0.375, 0.75, 0.875, 1.5, 4.0, 0.375)
            case .swiftHT: return (0.8, 0.35, 0.75, 0.85, 1.7, 3.7, 0.4)
            }
        }
    }

    /// A standard geometry scaled to `diameter`.
    public static func standard(_ family: Standard, diameter d: Double) -> CycloneGeometry {
        let r = family.ratios
        return CycloneGeometry(diameter: d, inletHeight: r.a * d, inletWidth: r.b * d, vortexFinderDiameter: r.dx * d,
                               vortexFinderLength: r.s * d, cylinderHeight: r.h * d, totalHeight: r.hTotal * d,
                               dustOutletDiameter: r.bOut * d)
    }

    /// Barrel radius R.
    public var radius: Double { diameter / 2 }
    /// Vortex-finder radius R_x.
    public var vortexFinderRadius: Double { vortexFinderDiameter / 2 }
    /// Dust-outlet radius R_d.
    public var dustOutletRadius: Double { dustOutletDiameter / 2 }
    /// Cone height H_c = H − h.
    public var coneHeight: Double { totalHeight - cylinderHeight }
    /// Inlet area a·b.
    public var inletArea: Double { inletHeight * inletWidth }
    /// Radius of the inlet centre line R_in = R − b/2.
    public var inletCentreRadius: Double { radius - inletWidth / 2 }

    /// Geometric problems, as messages (empty when the geometry is consistent).
    public var inconsistencies: [String] {
        var m: [String] = []
        let all = [("diameter", diameter), ("inlet_height", inletHeight), ("inlet_width", inletWidth),
                   ("vortex_finder_diameter", vortexFinderDiameter), ("vortex_finder_length", vortexFinderLength),
                   ("cylinder_height", cylinderHeight), ("total_height", totalHeight),
                   ("dust_outlet_diameter", dustOutletDiameter)]
        for (name, v) in all where !(v > 0) || !v.isFinite { m.append("\(name) must be positive, got \(v) m") }
        if inletWidth >= radius { m.append("inlet_width \(inletWidth) m must be smaller than the radius \(radius) m") }
        // A vortex finder wider than D − 2b overlaps the inlet radially; the standard high-throughput
        // geometries (Stairmand HT, Swift HT) do so (scroll inlets), so that is a warning of the unit models,
        // not an inconsistency. The vortex finder must fit inside the barrel.
        if vortexFinderDiameter >= diameter {
            m.append("vortex_finder_diameter \(vortexFinderDiameter) m must be smaller than the diameter \(diameter) m")
        }
        if cylinderHeight > totalHeight { m.append("cylinder_height must not exceed total_height") }
        if vortexFinderLength >= totalHeight { m.append("vortex_finder_length must be shorter than total_height") }
        if dustOutletDiameter > diameter { m.append("dust_outlet_diameter must not exceed the diameter") }
        return m
    }
}
