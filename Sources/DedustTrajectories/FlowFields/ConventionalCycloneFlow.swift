import DedustNumerics
import DedustSeparators
import Foundation

/// Reduced-order flow field of a reverse-flow cyclone with a slot inlet (physics.md §5.6, §1.3, §1.5),
/// in cylindrical coordinates: r, z measured up from the dust outlet (z = 0) to the roof (z = H).
///
/// Inputs (plain numbers, normally from the Muschelknautz calculation): wall velocity v_θw = u_o, control-
/// surface velocity v_θCS = u_f at R_x, short-circuit fraction φ_sc, core radius r_c.
///
/// * Tangential: outer power-law vortex with the friction-implied exponent n = ln(v_θCS/v_θw)/ln(R/R_x),
///   v_θ = v_θw (R/r)^n for r ≥ r_c; solid-body core v_θ = v_θ(r_c) r/r_c inside (Rankine-type, §5.1).
///   Default r_c = Iozia–Leith d_c/2 = 0.235 D (ab/D²)^(−0.25) (D_x/D)^1.4 (§1.8; 0.317 D/2 for Stairmand HE).
/// * Entrance region (above the vortex-finder lip z_lip = H − S, R_x < r < R): axial down-flow
///   w = −Q/(π(R² − R_x²)), no radial flow. Short circuit: the innermost fraction φ_sc of this annular
///   stream (R_x < r < r_sc, r_sc² = R_x² + φ_sc(R² − R_x²)) turns into the vortex finder at the lip
///   (MM lip leakage 10 %, VDI φ_sc = 0.0497 + 0.0684 n + 0.0949 n²; §5.4).
/// * Separation space (z_end < z < z_lip): Q_CS = (1 − φ_sc) Q crosses the control surface r = R_x uniformly
///   over H_CS = z_lip − z_end, q = Q_CS/H_CS per metre. Outside R_x (wall radius R_w(z)):
///   u_r = −q/(2πr) (§5.3: the CS inflow applied across the outer vortex, as in the Barth/MM
///   equilibrium-orbit picture), w = −q (z − z_end)/(π(R_w² − R_x²)); inside R_x: u_r = −(q/2πR_x)(r/R_x),
///   w = q (z − z_end)/(π R_x²) (mass-consistent in the core). The outer-region pair is the usual
///   reduced-order simplification, not divergence-free: a profile that vanishes at the wall would let every
///   particle that enters near the wall reach it whatever its size, which contradicts the measured cut sizes.
/// * Vortex end z_end: geometric (H_CS of §1.3, as in the §1.10 regression values and the VDI model) or
///   Alexander's natural vortex length L_n = 2.3 D_x (D²/(ab))^(1/3) below the lip when it is shorter
///   (§5.5). Below the vortex end particles are taken as collected (dust-bin region).
/// * Walls: barrel and cone wall collect; roof and vortex-finder outer wall reflect; particles in the core above
///   the lip, or in the short-circuit stream at the lip, escape. Under turbulence the collecting wall takes a
///   touching particle with the Wilson–Ferrandino–Thurtell (1989) probability 1 − R = 2v_d/(σ_r√(2/π) + v_d)
///   for its centrifugal drift v_d = τ' v_θ(R_w)²/R_w and reflects it otherwise (``CycloneWallDeposition``,
///   default `.centrifugalDrift`); a deposited particle is then subject to the wall interaction. Without
///   turbulence, or with `wallDeposition: .onContact`, every contact deposits.
///
/// Time step Δt = c r_c/v_θ(r_c) (c = 0.05, i.e. 1/126 of a core revolution; §4.3); time limit 50 mean
/// residence times V/Q. Default turbulence σ_r = σ_z = 0.1 v_in, σ_θ = 0.15 v_in, T_L = 0.1 (R − R_x)/σ_r
/// (§5.6). Barth's equilibrium orbit is built in: a particle on the CS is held by τ v_θCS²/R_x = q/(2π R_x).
/// Example: Stairmand HE, D = 0.305 m, Q = 0.1395 m³/s, v_θw = 19.32, v_θCS = 25.34 m/s → n = 0.391,
/// H_CS = 0.915 m, u_r(R_x) = −0.2864 m/s with φ_sc = 0.1, r_c = 0.0483 m, Δt = 79.7 µs.
public struct ConventionalCycloneFlow: FlowField {
    /// Where the vortex ends.
    public enum VortexEnd: String, Sendable, Equatable {
        /// Geometric separation height (CS down to the dust outlet or to where the cone radius equals R_x).
        case geometric
        /// Alexander's natural vortex length when it is shorter than the geometric height.
        case alexander
    }

    public let geometry: CycloneGeometry
    public let volumetricFlow: Double
    public let wallVelocity: Double
    public let controlSurfaceVelocity: Double
    public let shortCircuitFraction: Double
    public let coreRadius: Double
    public let vortexEnd: VortexEnd
    /// c in Δt = c r_c/v_θ(r_c).
    public var angularResolution: Double
    /// Time limit in mean residence times V/Q.
    public var timeLimitFactor: Double
    /// Deposition at the collecting wall under turbulence (drift-limited by default; `.onContact` is the
    /// earlier capture on every contact).
    public var wallDeposition: CycloneWallDeposition

    public init(geometry: CycloneGeometry, volumetricFlow: Double, wallVelocity: Double,
                controlSurfaceVelocity: Double, shortCircuitFraction: Double = 0.1, coreRadius: Double? = nil,
                vortexEnd: VortexEnd = .geometric, angularResolution: Double = 0.05, timeLimitFactor: Double = 50,
                wallDeposition: CycloneWallDeposition = .centrifugalDrift) {
        self.wallDeposition = wallDeposition
        self.geometry = geometry
        self.volumetricFlow = volumetricFlow
        self.wallVelocity = wallVelocity
        self.controlSurfaceVelocity = controlSurfaceVelocity
        self.shortCircuitFraction = shortCircuitFraction
        self.coreRadius = coreRadius ?? ConventionalCycloneFlow.ioziaLeithCoreRadius(geometry)
        self.vortexEnd = vortexEnd
        self.angularResolution = angularResolution
        self.timeLimitFactor = timeLimitFactor
        let g = geometry
        R = g.radius
        rx = g.vortexFinderRadius
        rd = g.dustOutletRadius
        coneHeight = g.coneHeight
        lip = g.totalHeight - g.vortexFinderLength
        exponent = Foundation.log(controlSurfaceVelocity / wallVelocity) / Foundation.log(g.radius / g.vortexFinderRadius)
        var hcs = g.totalHeight - g.vortexFinderLength
        if g.dustOutletDiameter < g.vortexFinderDiameter {
            hcs -= g.coneHeight * (rx - rd) / (R - rd)
        }
        if vortexEnd == .alexander { hcs = Swift.min(hcs, ConventionalCycloneFlow.naturalVortexLength(g)) }
        separationHeight = hcs
        end = lip - hcs
        csFlowPerHeight = (1 - shortCircuitFraction) * volumetricFlow / hcs
        shortCircuitRadius2 = rx * rx + shortCircuitFraction * (R * R - rx * rx)
        entranceVelocity = -volumetricFlow / (Double.pi * (R * R - rx * rx))
        coreVelocity = wallVelocity * FastMath.pow(R / self.coreRadius, exponent)
    }

    // Derived constants (computed once).
    @usableFromInline let R, rx, rd, coneHeight, lip, end: Double
    /// Vortex exponent n of the outer vortex.
    public let exponent: Double
    /// Separation height H_CS (m).
    public let separationHeight: Double
    @usableFromInline let csFlowPerHeight, shortCircuitRadius2, entranceVelocity, coreVelocity: Double

    /// Height of the vortex end above the dust outlet (m).
    public var vortexEndHeight: Double { end }
    /// Inward radial velocity at the control surface, q/(2π R_x) (m/s).
    public var controlSurfaceRadialVelocity: Double { csFlowPerHeight / (2 * .pi * rx) }
    /// Inlet velocity Q/(ab) (m/s).
    public var inletVelocity: Double { volumetricFlow / geometry.inletArea }

    /// Iozia–Leith core radius d_c/2 = 0.235 D (ab/D²)^(−0.25) (D_x/D)^1.4 (physics.md §1.8).
    public static func ioziaLeithCoreRadius(_ g: CycloneGeometry) -> Double {
        let d = g.diameter
        return 0.235 * d * pow(g.inletArea / (d * d), -0.25) * pow(g.vortexFinderDiameter / d, 1.4)
    }

    /// Alexander's natural vortex length L_n = 2.3 D_x (D²/(ab))^(1/3) (physics.md §5.5).
    public static func naturalVortexLength(_ g: CycloneGeometry) -> Double {
        2.3 * g.vortexFinderDiameter * cbrt(g.diameter * g.diameter / g.inletArea)
    }

    /// Gas volume of barrel and cone less the vortex finder (m³).
    public var volume: Double {
        let g = geometry
        let barrel = Double.pi * R * R * g.cylinderHeight
        let cone = Double.pi * coneHeight * (R * R + R * rd + rd * rd) / 3
        return barrel + cone - Double.pi * rx * rx * g.vortexFinderLength
    }

    /// Wall radius at height z.
    @inline(__always)
    func wallRadius(_ z: Double) -> Double {
        z >= coneHeight ? R : rd + (R - rd) * Swift.max(z, 0) / coneHeight
    }

    /// Tangential gas velocity at radius r.
    @inline(__always)
    public func tangentialVelocity(_ r: Double) -> Double {
        r >= coreRadius ? wallVelocity * FastMath.pow(R / r, exponent) : coreVelocity * r / coreRadius
    }

    public var coordinates: CoordinateSystem { .cylindrical }
    public var zoneCount: Int { 1 }
    public var inletZone: Int { 0 }
    public var timeStep: Double { angularResolution * coreRadius / coreVelocity }
    public var timeLimit: Double { timeLimitFactor * volume / volumetricFlow }
    public var referenceVelocity: Double { inletVelocity }
    public var defaultTurbulenceIntensity: (a: Double, b: Double, c: Double) { (0.1, 0.1, 0.15) }
    public var defaultIntegralTimeScale: Double { 0.1 * (R - rx) / (0.1 * inletVelocity) }
    public var lengthScale: Double { R }
    public var turbulenceLengthScale: Double { .infinity }

    public func inject(zone: Int, uniforms: (Double, Double, Double, Double)) -> (a: Double, b: Double) {
        let top = geometry.totalHeight
        let bottom = Swift.max(top - geometry.inletHeight, lip)
        return (R - geometry.inletWidth * uniforms.0, bottom + (top - bottom) * uniforms.1)
    }


    @inline(__always)
    public func gas(zone: Int, a r: Double, b z: Double) -> GasSample {
        // Branch-free (selects only), so the step kernel vectorises.
        let outer = wallVelocity * FastMath.pow(R / Swift.max(r, coreRadius), exponent)
        let ut = r >= coreRadius ? outer : coreVelocity * r / coreRadius
        let q = csFlowPerHeight
        let height = Swift.max(z - end, 0)
        let rw = z >= coneHeight ? R : rd + (R - rd) * Swift.max(z, 0) / coneHeight
        let annulus = Swift.max(rw * rw - rx * rx, 1e-12 * R * R)
        let isOuter = r >= rx, isEntrance = isOuter && z > lip
        let urOuter = -q / (2 * .pi * Swift.max(r, rx))
        let urCore = -q / (2 * .pi * rx) * (r / rx)
        let ur = isEntrance ? 0 : (isOuter ? urOuter : urCore)
        let wOuter = -q * height / (.pi * annulus), wCore = q * height / (.pi * rx * rx)
        let w = isEntrance ? entranceVelocity : (isOuter ? wOuter : wCore)
        return GasSample(ua: ur, ub: w, uc: ut)
    }

    /// ``gas(zone:a:b:)`` on vectors (same equations, compares and blends instead of selects).
    @_transparent  // always inlined into the step kernel (plain @inline(__always) was not honoured there)
    public func gas8(zone: SIMD8<Int32>, a r: SIMD8<Double>, b z: SIMD8<Double>) -> GasLanes {
        let inCore = r .< coreRadius
        let outer = wallVelocity * FastMath.pow(R / r.replacing(with: coreRadius, where: inCore), exponent)
        let ut = outer.replacing(with: (coreVelocity / coreRadius) * r, where: inCore)
        let q = csFlowPerHeight
        let dz = z - end
        let height = dz.replacing(with: 0, where: dz .< 0)
        let cone = rd + ((R - rd) / coneHeight) * z.replacing(with: 0, where: z .< 0)
        let rw = cone.replacing(with: R, where: z .>= coneHeight)
        let annulus0 = rw * rw - rx * rx, floor = 1e-12 * R * R
        let annulus = annulus0.replacing(with: floor, where: annulus0 .< floor)
        let isOuter = r .>= rx, isEntrance = isOuter .& (z .> lip)
        let urOuter = (-q / (2 * .pi)) / r.replacing(with: rx, where: r .< rx)
        let urCore = (-q / (2 * .pi * rx * rx)) * r
        let ur = urCore.replacing(with: urOuter, where: isOuter).replacing(with: 0, where: isEntrance)
        let wOuter = (-q / .pi) * height / annulus, wCore = (q / (.pi * rx * rx)) * height
        let w = wCore.replacing(with: wOuter, where: isOuter).replacing(with: entranceVelocity, where: isEntrance)
        return GasLanes(ua: ur, ub: w, uc: ut)
    }

    /// The cases in which ``resolve(zone:previousA:previousB:state:)`` returns `.active` untouched.
    @inline(__always)
    public func isInterior(zone: Int, previousA: Double, previousB: Double, a: Double, b: Double) -> Bool {
        guard a >= 0 && b <= geometry.totalHeight && b > end && b > 0 && a < wallRadius(b) else { return false }
        if b > lip { return a >= rx }
        return !(previousB > lip && a >= rx && a * a < shortCircuitRadius2)
    }

    public func resolve(zone: Int, previousA: Double, previousB: Double, state s: inout ParticleState) -> ParticleFate {
        if s.a < 0 {  // through the axis
            s.a = -s.a
            s.va = -s.va
            s.wa = -s.wa
        }
        let top = geometry.totalHeight
        if s.b > top {  // roof
            s.b = 2 * top - s.b
            s.vb = -s.vb
            s.wb = -s.wb
        }
        if s.b <= end || s.b <= 0 { return .captured }
        let rw = wallRadius(s.b)
        if s.a >= rw {
            s.a = Swift.max(2 * rw - s.a, 0)
            guard wallDeposition == .centrifugalDrift else { return .wallContact(normalIsA: true) }
            let ut = tangentialVelocity(rw)
            return .centrifugalWall(centrifugalAcceleration: ut * ut / rw)
        }
        if s.b > lip {
            if s.a < rx {
                if previousA >= rx && previousB > lip {  // vortex-finder outer wall
                    s.a = 2 * rx - s.a
                    s.va = -s.va
                    s.wa = -s.wa
                    return .active
                }
                return .escaped  // up through the vortex finder
            }
            return .active
        }
        // Short circuit: crossing the lip plane downward in the innermost part of the entrance stream.
        if previousB > lip && s.a >= rx && s.a * s.a < shortCircuitRadius2 { return .escaped }
        return .active
    }
}
