import DedustNumerics
import Foundation
import DedustPhysics

/// Per-size-class constants of the equation of motion (physics.md §4.1).
///
///     τ = ρ_p x² C_c / (18 μ)        relaxation time incl. Cunningham slip (Davies constants by default)
///     Re_p = (ρ x / μ) |u_seen − v|  particle Reynolds number
///     f(Re_p)                        the drag law's correction (default Schiller–Naumann:
///                                    1 + 0.15 Re_p^0.687 for Re_p < 1000, 0.44 Re_p/24 above)
///     g' = g (1 − ρ/ρ_p)             gravity less buoyancy
///
/// Example: x = 10 µm, ρ_p = 2000 kg/m³, air 20 °C (μ = 1.81e-5 Pa s, λ = 65 nm): C_c = 1.0164, τ = 6.24e-4 s.
public struct ParticleClass: Sendable {
    public var diameter: Double
    public var relaxationTime: Double
    public var reynoldsFactor: Double
    public var effectiveGravity: Double
    /// Terminal settling velocity v_t (m/s) with the drag law `dragLaw` (root-found by ``ParticleDynamics``).
    public var settlingVelocity: Double
    /// Name of the drag law `settlingVelocity` was computed with; the engine runs a class only with that law.
    public var dragLaw: String

    public init(diameter: Double, dynamics: ParticleDynamics, gas: GasState,
                gravity: Double = PhysicalConstants.standardGravity) {
        self.diameter = diameter
        relaxationTime = dynamics.relaxationTime(diameter: diameter, gas: gas)
        reynoldsFactor = gas.density * diameter / gas.viscosity
        effectiveGravity = gravity * (1 - gas.density / dynamics.particleDensity)
        settlingVelocity = dynamics.terminalVelocity(diameter: diameter, gas: gas, acceleration: gravity)
        dragLaw = dynamics.drag.name
    }
}

/// The fused step over the active slots of a tile: gas velocity, seen velocity, the drag law's correction
/// f(Re_p) (its 8-wide form, ``VectorDragLaw/stokesCorrection8(slipSquared:_:)``, specialised at compile time)
/// with the exact exponential relaxation, centrifugal/Coriolis/gravity terms, dispersion update — one pass.
///
/// Equation of motion per component with seen velocity s, drag time τ' = τ/f and body acceleration A
/// (cylindrical: A_r = v_θ²/r, A_θ = −v_r v_θ/r; both: A_z = −g'), with s, τ', A frozen over the step:
///
///     dv/dt = (s − v)/τ' + A   ⇒   v(Δt) = v_eq + (v − v_eq) e^(−Δt/τ'),  v_eq = s + A τ'
///     x(Δt) = x + v_eq Δt + (v − v_eq) τ' (1 − e^(−Δt/τ'))
///
/// This is exact for frozen coefficients and unconditionally stable: for τ' ≪ Δt (a 0.3 µm particle has
/// τ ≈ 0.5 µs against Δt ≈ 50 µs in a cyclone) it returns the local terminal velocity s + A τ' instead of
/// oscillating (physics.md §4.3).
@inline(__always)
func stepKernel<F: FlowField, D: Dispersion, L: VectorDragLaw>(field: F, dispersion: D, drag: L,
                                                               particle: ParticleClass, dt: Double,
                                                               tile: ParticleTile, count n: Int) {
    motionKernel(field: field, drag: drag, sigma: dispersion.sigma, particle: particle, dt: dt, tile: tile, count: n,
                 keepsDragTime: D.usesEddyTimer)
    if dispersion.sigma != (0, 0, 0) {
        dispersionKernel(dispersion: dispersion, cylindrical: field.coordinates == .cylindrical, dt: dt, tile: tile,
                         count: n)
    }
}

// Kernel notes (measured with objdump/perf on the reference machine): both kernels are written on explicit
// `SIMD8<Double>` groups, because LLVM's auto-vectoriser left the equivalent scalar loops partly scalar; the
// motion and dispersion updates stay two loops (one fused loop over all arrays measured 5–7 % slower, twice:
// register pressure); variate planes get their own pointers (an index such as `n + i` is overflow-checked).

/// Kernel 1: gas velocity, seen velocity, drag and the exponential update of velocity and position; leaves
/// slip, turbulence shape (and, for the random walk, the drag time) for kernel 2. Runs on explicit `SIMD8`
/// groups; a field without its own vector ``FlowField/gas8(zone:a:b:)`` is sampled lane by lane through the
/// protocol's default.
@inline(__always)
func motionKernel<F: FlowField, L: VectorDragLaw>(field: F, drag: L, sigma: (a: Double, b: Double, c: Double),
                                                  particle: ParticleClass, dt: Double, tile: ParticleTile,
                                                  count n: Int, keepsDragTime: Bool = true) {
    motionKernel8(field: field, drag: drag, sigma: sigma, particle: particle, dt: dt, tile: tile, count: n,
                  keepsDragTime: keepsDragTime)
}

/// Kernel 1 on explicit `SIMD8<Double>` groups (whole groups of eight; lanes behind `n` are never read):
/// the fast `exp`/`log`/`pow`/`√` of ``FastMath`` on vectors, selects as compares and blends.
@inline(never)  // its own function, so the inliner's budget goes to the vector math inside it
func motionKernel8<F: FlowField, L: VectorDragLaw>(field: F, drag: L, sigma: (a: Double, b: Double, c: Double),
                                                   particle: ParticleClass, dt: Double, tile: ParticleTile,
                                                   count n: Int, keepsDragTime: Bool) {
    let cylindrical = field.coordinates == .cylindrical
    let tau = particle.relaxationTime, reFactor = particle.reynoldsFactor, gEff = particle.effectiveGravity
    let rMin = 1e-6 * field.lengthScale
    let A = tile.a, B = tile.b, VA = tile.va, VB = tile.vb, VC = tile.vc
    let WA = tile.wa, WB = tile.wb, WC = tile.wc, PA = tile.previousA, PB = tile.previousB
    let Z = tile.zone, SL = tile.slipSquared, TP = tile.dragTime, PH = tile.shape
    let GA = tile.shapeGradientA, GB = tile.shapeGradientB
    let zero = SIMD8<Double>.zero
    // The drag law's per-class constants (for Schiller–Naumann 0.687 ln(ρx/μ) and the Newton-regime threshold),
    // so its vector form works from q = |s − v|² alone.
    let dragConstants = drag.kernelConstants(reynoldsFactor: reFactor)
    var i = 0
    while i < n {
        let a = A.load8(i), b = B.load8(i), va = VA.load8(i), vb = VB.load8(i)
        let vc = cylindrical ? VC.load8(i) : zero
        let g = field.gas8(zone: Z.load8(i), a: a, b: b)
        let phi = g.turbulence
        let sa = g.ua + (sigma.a * phi) * WA.load8(i)
        let sb = g.ub + (sigma.b * phi) * WB.load8(i)
        let sc = cylindrical ? g.uc + (sigma.c * phi) * WC.load8(i) : zero
        let da = sa - va, db = sb - vb, dc = sc - vc
        let q = da * da + db * db + dc * dc
        let f = drag.stokesCorrection8(slipSquared: q, dragConstants)
        let tp = tau / f
        let e = FastMath.decayFactor((-dt / tau) * f)
        let decay = tp * (1 - e)
        var accA = zero, accC = zero
        if cylindrical {
            let r = a.replacing(with: rMin, where: a .< rMin)
            accA = vc * vc / r
            accC = -va * vc / r
        }
        let eqA = sa + accA * tp, eqB = sb - gEff * tp, eqC = sc + accC * tp
        A.store8(a + eqA * dt + (va - eqA) * decay, i)
        B.store8(b + eqB * dt + (vb - eqB) * decay, i)
        let nva = eqA + (va - eqA) * e, nvb = eqB + (vb - eqB) * e, nvc = eqC + (vc - eqC) * e
        VA.store8(nva, i)
        VB.store8(nvb, i)
        if cylindrical { VC.store8(nvc, i) }
        PA.store8(a, i)
        PB.store8(b, i)
        // Crossing-trajectory slip, squared: seen-gas minus particle velocity at the end of the step (the drift
        // through the eddies). Using the mean gas velocity instead would make T* depend on the particle's own
        // turbulent velocity and destroy the Gaussian stationary state of w.
        let na = sa - nva, nb = sb - nvb, nc = sc - nvc
        SL.store8(na * na + nb * nb + nc * nc, i)
        if keepsDragTime { TP.store8(tp, i) }
        PH.store8(phi, i)
        GA.store8(g.turbulenceGradientA, i)
        GB.store8(g.turbulenceGradientB, i)
        i += 8
    }
}

/// Kernel 2: the seen-velocity update of the dispersion model, from the slip, drag time and turbulence
/// shape left by kernel 1 and this step's variates: three planes of `variatePlane(count: n)` values at
/// `tile.variates` (the third is read only in cylindrical fields). Written on explicit `SIMD8<Double>` groups
/// (``Dispersion/advance8(_:dt:)``): LLVM's auto-vectoriser left the scalar form of this loop scalar. It runs
/// over whole groups of eight; lanes behind `n` belong to finished particles and are never read.
@inline(never)
func dispersionKernel<D: Dispersion>(dispersion: D, cylindrical: Bool, dt: Double, tile: ParticleTile, count n: Int) {
    let WA = tile.wa, WB = tile.wb, WC = tile.wc, T = tile.timer
    let plane = variatePlane(count: n)
    let X0 = tile.variates, X1 = tile.variates + plane, X2 = tile.variates + 2 * plane
    let SL = tile.slipSquared, TP = tile.dragTime, PH = tile.shape, GA = tile.shapeGradientA, GB = tile.shapeGradientB
    let timed = D.usesEddyTimer
    let zero = SIMD8<Double>()
    var i = 0
    while i < n {
        var l = DispersionLanes(wa: WA.load8(i), wb: WB.load8(i), wc: cylindrical ? WC.load8(i) : zero,
                                timer: timed ? T.load8(i) : zero,
                                turbulence: PH.load8(i), gradientA: GA.load8(i), gradientB: GB.load8(i),
                                slipSquared: SL.load8(i), relaxationTime: timed ? TP.load8(i) : zero,
                                xi0: X0.load8(i), xi1: X1.load8(i), xi2: cylindrical ? X2.load8(i) : zero)
        dispersion.advance8(&l, dt: dt)
        WA.store8(l.wa, i)
        WB.store8(l.wb, i)
        if cylindrical { WC.store8(l.wc, i) }
        if timed { T.store8(l.timer, i) }
        i += 8
    }
}

/// Length of one variate plane for `n` active particles: `n` rounded up to whole groups of eight.
@inline(__always)
func variatePlane(count n: Int) -> Int { (n + 7) & ~7 }
