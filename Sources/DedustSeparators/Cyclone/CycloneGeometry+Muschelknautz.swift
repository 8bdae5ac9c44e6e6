import Foundation

extension CycloneGeometry {
    /// Total inner friction area A_R of the Muschelknautz method, Hoffmann & Stein form (physics.md §1.5.1 step 2):
    ///
    ///     A_R = π(R² − R_x²) + 2π R h + π(R + R_d) √(H_c² + (R − R_d)²) + 2π R_x S
    ///
    /// (roof, barrel, full cone, outside of the vortex finder). Stairmand HE, D = 1 m: A_R = 11.529 m².
    /// (The VDI/Dyssol version cuts the cone at the vortex-finder radius when B < D_x; see `MuschelknautzVDI`.)
    /// Validity: any consistent reverse-flow geometry (straight cone).
    public var frictionArea: Double {
        let r = radius, rx = vortexFinderRadius, rd = dustOutletRadius, hc = coneHeight
        return Double.pi * (r * r - rx * rx) + 2 * Double.pi * r * cylinderHeight
            + Double.pi * (r + rd) * (hc * hc + (r - rd) * (r - rd)).squareRoot()
            + 2 * Double.pi * rx * vortexFinderLength
    }

    /// Height of the control surface CS (the cylinder r = R_x below the vortex finder), physics.md §1.3:
    ///
    ///     H_CS = H − S                               if B ≥ D_x
    ///     H_CS = (H − S) − H_c (R_x − R_d)/(R − R_d)  if B < D_x (the CS meets the cone wall)
    ///
    /// With `limitedByNaturalVortex`, H_CS is further limited to the Alexander natural vortex length L_n
    /// (Hoffmann & Stein's suggestion, physics.md §5.5; off in the §1.10 regression tables and in VDI/Dyssol).
    /// Stairmand HE, D = 1 m: H_CS = 3.0 m (L_n = 2.478 m with the limit).
    public func controlSurfaceHeight(limitedByNaturalVortex: Bool = false) -> Double {
        var h = totalHeight - vortexFinderLength
        if dustOutletDiameter < vortexFinderDiameter {
            h -= coneHeight * (vortexFinderRadius - dustOutletRadius) / (radius - dustOutletRadius)
        }
        if limitedByNaturalVortex { h = min(h, NaturalVortexLength.alexander(self)) }
        return h
    }
}
