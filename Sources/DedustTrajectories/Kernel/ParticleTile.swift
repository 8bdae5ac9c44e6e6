/// Structure-of-arrays storage for one tile of particles (256 … 16 384), owned and allocated once per work
/// item so it stays in cache while the tile is stepped.
///
/// Slots `0 ..< active` hold the particles still in flight; finished particles are swapped behind them
/// (a deterministic compaction that depends only on the particles' own states), so the kernels always run
/// over one contiguous range. Every array has `lanes` = `capacity` rounded up to a multiple of 8 slots, so
/// the explicit `SIMD8` kernels may run over whole groups of eight: the slots behind `active` hold finished
/// (or never used, zeroed) particles whose values are computed but never read.
final class ParticleTile {
    let capacity: Int
    /// Slots per array: `capacity` rounded up to a multiple of 8.
    let lanes: Int
    // Positions, velocities, normalised seen fluctuations, eddy timers, previous positions.
    let a, b, va, vb, vc, wa, wb, wc, timer, previousA, previousB: UnsafeMutablePointer<Double>
    /// Per-step scratch handed from the motion kernel to the dispersion kernel: squared slip |ū − v|², drag time τ/f,
    /// turbulence shape and its gradients.
    let slipSquared, dragTime, shape, shapeGradientA, shapeGradientB: UnsafeMutablePointer<Double>
    /// Zone, particle identity (slot at creation), event count.
    let zone, identity, events: UnsafeMutablePointer<Int32>
    /// Variates of the current step: up to three planes of `lanes` values.
    let variates: UnsafeMutablePointer<Double>
    /// Boundary-pass flags: 1 where the field's `isInterior` holds after this step's motion (moved with the
    /// particle by ``swapSlots(_:_:)``).
    let interior: UnsafeMutablePointer<UInt8>
    private let doubles: UnsafeMutablePointer<Double>
    private let ints: UnsafeMutablePointer<Int32>
    var active: Int

    init(capacity: Int) {
        self.capacity = capacity
        let n = (capacity + 7) & ~7
        lanes = n
        doubles = .allocate(capacity: 19 * n + TileRandom.slack)  // the variates (last) need the fill's slack
        doubles.initialize(repeating: 0, count: 19 * n + TileRandom.slack)
        a = doubles
        b = doubles + n
        va = doubles + 2 * n
        vb = doubles + 3 * n
        vc = doubles + 4 * n
        wa = doubles + 5 * n
        wb = doubles + 6 * n
        wc = doubles + 7 * n
        timer = doubles + 8 * n
        previousA = doubles + 9 * n
        previousB = doubles + 10 * n
        slipSquared = doubles + 11 * n
        dragTime = doubles + 12 * n
        shape = doubles + 13 * n
        shapeGradientA = doubles + 14 * n
        shapeGradientB = doubles + 15 * n
        variates = doubles + 16 * n
        ints = .allocate(capacity: 3 * n)
        ints.initialize(repeating: 0, count: 3 * n)
        zone = ints
        identity = ints + n
        events = ints + 2 * n
        interior = .allocate(capacity: n)
        interior.initialize(repeating: 0, count: n)
        active = capacity
    }

    deinit {
        doubles.deallocate()
        ints.deallocate()
        interior.deallocate()
    }

    /// Moves the particle in slot `i` to slot `j` and vice versa.
    @inline(__always)
    func swapSlots(_ i: Int, _ j: Int) {
        guard i != j else { return }
        swap(&a[i], &a[j])
        swap(&b[i], &b[j])
        swap(&va[i], &va[j])
        swap(&vb[i], &vb[j])
        swap(&vc[i], &vc[j])
        swap(&wa[i], &wa[j])
        swap(&wb[i], &wb[j])
        swap(&wc[i], &wc[j])
        swap(&timer[i], &timer[j])
        swap(&previousA[i], &previousA[j])
        swap(&previousB[i], &previousB[j])
        swap(&zone[i], &zone[j])
        swap(&identity[i], &identity[j])
        swap(&events[i], &events[j])
        swap(&interior[i], &interior[j])
        swap(&slipSquared[i], &slipSquared[j])  // read by the boundary pass at settler plates
    }

    func state(_ i: Int) -> ParticleState {
        ParticleState(a: a[i], b: b[i], va: va[i], vb: vb[i], vc: vc[i], wa: wa[i], wb: wb[i], wc: wc[i])
    }

    func store(_ s: ParticleState, _ i: Int) {
        a[i] = s.a
        b[i] = s.b
        va[i] = s.va
        vb[i] = s.vb
        vc[i] = s.vc
        wa[i] = s.wa
        wb[i] = s.wb
        wc[i] = s.wc
    }
}
