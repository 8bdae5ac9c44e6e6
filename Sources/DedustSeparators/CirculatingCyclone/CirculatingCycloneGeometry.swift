import Foundation

/// Dimensions of a circulating (环流式) cyclone as described in the field case (case-carbide-furnace.md;
/// physics.md §1.13, §2.5), in metres, every one with a default derived from the barrel diameter D.
///
///     barrel D ─┬─ top: central outlet tube D_x, entered radially through a gap of height L_out under the roof;
///               │       an annular slot under the roof takes the wall layer into the bypass duct (d_b)
///               ├─ primary zone: annulus between the internal (D_i) and the barrel, axial length L, through
///               │       which the gas spirals UP from the tangential inlet a × b at the bottom of the barrel
///               └─ lower chamber = "cone cyclone": the bypass enters tangentially (a_c × b_c) into a short
///                       cylinder h_c over a cone H_c with dust outlet B; its gas returns up the axis through the
///                       internal (D_i acts as its vortex finder, protruding S_c into the lower chamber)
///
/// | parameter | default | why |
/// |---|---|---|
/// | inlet a × b | 0.5 D × 0.2 D | Stairmand-HE inlet: the same v_in as a conventional cyclone of the same D |
/// | internal D_i | 0.5 D | annulus gap 0.25 D ≈ b, so the inlet jet fills the annulus |
/// | primary length L | 1.5 D | barrel height 2 D minus the inlet height |
/// | outlet D_x | 0.5 D | as a Stairmand-HE vortex finder |
/// | outlet entry L_out | 0.25 D | gap between the internal's top and the roof |
/// | bypass duct d_b | 0.2 D (round) | bypass velocity ≈ 0.5 v_in at φ = 0.15 |
/// | cone inlet a_c × b_c | 0.25 D × 0.1 D | cone inlet velocity ≈ 0.6 v_in at φ = 0.15 |
/// | cone cylinder h_c | 0.5 D | |
/// | cone height H_c | 2.0 D | Stairmand-HE cone (H − h = 2.5 D there) shortened by the short cylinder |
/// | return-tube depth S_c | 0.5 D | ≥ a_c, so the return tube reaches below the cone inlet |
/// | dust outlet B | 0.375 D | Stairmand HE |
///
/// These are reasoned placeholders: no drawing of the device was found (physics.md §1.13). Replace them with
/// the plant's dimensions when known.
///
/// Example: D = 2 m → a = 1.0, b = 0.4, D_i = 1.0, L = 3.0, D_x = 1.0, L_out = 0.5, d_b = 0.4 m.
public struct CirculatingCycloneGeometry: Sendable, Equatable {
    public var diameter: Double
    public var inletHeight: Double
    public var inletWidth: Double
    public var innerDiameter: Double
    public var primaryLength: Double
    public var outletDiameter: Double
    public var outletEntryHeight: Double
    public var bypassDuctDiameter: Double
    public var coneInletHeight: Double
    public var coneInletWidth: Double
    public var coneCylinderHeight: Double
    public var coneHeight: Double
    public var returnTubeDepth: Double
    public var dustOutletDiameter: Double

    /// Every dimension from `diameter` by the default ratios; override any argument.
    public init(diameter d: Double, inletHeight: Double? = nil, inletWidth: Double? = nil, innerDiameter: Double? = nil,
                primaryLength: Double? = nil, outletDiameter: Double? = nil, outletEntryHeight: Double? = nil,
                bypassDuctDiameter: Double? = nil, coneInletHeight: Double? = nil, coneInletWidth: Double? = nil,
                coneCylinderHeight: Double? = nil, coneHeight: Double? = nil, returnTubeDepth: Double? = nil,
                dustOutletDiameter: Double? = nil) {
        diameter = d
        self.inletHeight = inletHeight ?? 0.5 * d
        self.inletWidth = inletWidth ?? 0.2 * d
        self.innerDiameter = innerDiameter ?? 0.5 * d
        self.primaryLength = primaryLength ?? 1.5 * d
        self.outletDiameter = outletDiameter ?? 0.5 * d
        self.outletEntryHeight = outletEntryHeight ?? 0.25 * d
        self.bypassDuctDiameter = bypassDuctDiameter ?? 0.2 * d
        self.coneInletHeight = coneInletHeight ?? 0.25 * d
        self.coneInletWidth = coneInletWidth ?? 0.1 * d
        self.coneCylinderHeight = coneCylinderHeight ?? 0.5 * d
        self.coneHeight = coneHeight ?? 2.0 * d
        self.returnTubeDepth = returnTubeDepth ?? 0.5 * d
        self.dustOutletDiameter = dustOutletDiameter ?? 0.375 * d
    }

    public var radius: Double { diameter / 2 }
    public var innerRadius: Double { innerDiameter / 2 }
    public var outletRadius: Double { outletDiameter / 2 }
    public var inletArea: Double { inletHeight * inletWidth }
    /// Annulus cross-section π(R² − r_i²).
    public var annulusArea: Double { Double.pi * (radius * radius - innerRadius * innerRadius) }

    /// Wall area rubbed by the primary swirl: barrel and internal over L, plus the roof annulus (m²).
    public var primaryFrictionArea: Double {
        2 * Double.pi * (radius + innerRadius) * primaryLength
            + Double.pi * (radius * radius - outletRadius * outletRadius)
    }

    /// The lower chamber as a reverse-flow cyclone (the cone stage), for the Muschelknautz model.
    public var coneCyclone: CycloneGeometry {
        CycloneGeometry(diameter: diameter, inletHeight: coneInletHeight, inletWidth: coneInletWidth,
                        vortexFinderDiameter: innerDiameter, vortexFinderLength: returnTubeDepth,
                        cylinderHeight: coneCylinderHeight, totalHeight: coneCylinderHeight + coneHeight,
                        dustOutletDiameter: dustOutletDiameter)
    }

    /// The primary inlet as a slot-inlet cyclone geometry (for the inlet-constriction coefficient α(b/R, c_o)).
    var primaryInletAsCyclone: CycloneGeometry {
        CycloneGeometry(diameter: diameter, inletHeight: inletHeight, inletWidth: inletWidth,
                        vortexFinderDiameter: outletDiameter, vortexFinderLength: outletEntryHeight,
                        cylinderHeight: inletHeight + primaryLength, totalHeight: inletHeight + primaryLength + coneHeight,
                        dustOutletDiameter: dustOutletDiameter)
    }

    /// Geometric problems, as messages (empty when consistent).
    public var inconsistencies: [String] {
        var m: [String] = []
        let all = [("diameter", diameter), ("inlet_height", inletHeight), ("inlet_width", inletWidth),
                   ("inner_diameter", innerDiameter), ("primary_length", primaryLength),
                   ("outlet_diameter", outletDiameter), ("outlet_entry_height", outletEntryHeight),
                   ("bypass_duct_diameter", bypassDuctDiameter), ("cone_inlet_height", coneInletHeight),
                   ("cone_inlet_width", coneInletWidth), ("cone_cylinder_height", coneCylinderHeight),
                   ("cone_height", coneHeight), ("return_tube_depth", returnTubeDepth),
                   ("dust_outlet_diameter", dustOutletDiameter)]
        for (name, v) in all where !(v > 0) || !v.isFinite { m.append("\(name) must be positive, got \(v) m") }
        if innerDiameter >= diameter { m.append("inner_diameter \(innerDiameter) m must be smaller than the diameter \(diameter) m") }
        if inletWidth > radius - innerRadius {
            m.append("inlet_width \(inletWidth) m must fit in the annulus gap \(radius - innerRadius) m")
        }
        if outletDiameter >= diameter { m.append("outlet_diameter must be smaller than the diameter") }
        if dustOutletDiameter >= diameter { m.append("dust_outlet_diameter must be smaller than the diameter") }
        return m
    }
}
