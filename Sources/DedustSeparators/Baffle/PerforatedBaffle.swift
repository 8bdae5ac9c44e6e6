import Foundation
import DedustPhysics

/// One zone of a perforated plate: its share of the plate area, its open-area ratio, and its holes.
public struct PerforationZone: Sendable, Equatable {
    /// Fraction of the plate area this zone covers (the shares of all zones sum to 1).
    public var areaShare: Double
    /// Open-area ratio φ (hole area / zone area), in (0, 1).
    public var openAreaRatio: Double
    /// Hole diameter (round) or slot width (slot), m.
    public var holeSize: Double
    public var shape: ImpactionCurve.Shape

    public init(areaShare: Double = 1, openAreaRatio: Double, holeSize: Double, shape: ImpactionCurve.Shape = .round) {
        self.areaShare = areaShare
        self.openAreaRatio = openAreaRatio
        self.holeSize = holeSize
        self.shape = shape
    }
}

/// A vertical perforated plate across a duct or chamber, possibly with non-uniform perforation (zones with their
/// own open-area ratio and hole size), separating by inertial impaction of the hole jets (physics.md §3.5).
///
/// Flow split — the zones are parallel resistances with the same ΔP (``PerforatedPlateLoss``):
///
///     ΔP = ζ_z ½ρ w_z²  for every zone z,   Σ_z w_z A_z = Q   ⇒   √(2ΔP/ρ) = Q / Σ_z (A_z/√ζ_z)
///     jet velocity U_j,z = w_z/φ_z,  Stk_z(x) = ρ_p C_c x² U_j,z/(9 μ W_j,z),  η_z = ``ImpactionCurve``
///     η(x) = Σ_z (Q_z/Q) · ε_t · η_z(x)
///
/// Impaction target ε_t: `.downstreamWall` — the jets strike a surface a few hole sizes behind the plate (a second,
/// staggered plate or the chamber wall): ε_t = 1 (impactor geometry, Marple & Liu). `.plateWeb` — a single plate:
/// particles that cannot follow the gas converging into the holes strike the solid web, whose share of the
/// approach flow is 1 − φ, so ε_t = 1 − φ_z (derived here; an upper-bound-style estimate, since the curve is the
/// jet's and the converging flow is gentler). Dust caught on a vertical plate falls to the floor (no horizontal
/// ledge to clog), which is the reason for the field-case option.
/// Validity: as ``ImpactionCurve`` and ``PerforatedPlateLoss``; uniform dust concentration upstream; no
/// re-entrainment from the plate (bounce of dry coarse dust is not modelled).
///
/// Example: one round-hole zone, φ = 0.3, 50 mm holes, plate 12 m² at Q = 3.6 m³/s, 600 °C carbide gas:
/// w = 0.3 m/s, U_j = 1.0 m/s, ζ = 19.32 → ΔP = 0.32 Pa, jet cut size ≈ 42.6 µm; with 15 mm holes at φ = 0.1
/// (U_j = 3 m/s, ζ = 249.5 → ΔP = 4.1 Pa) the jet cut size is ≈ 13.5 µm.
public struct PerforatedBaffle: SeparatorModel {
    public enum Target: String, Sendable, CaseIterable {
        case downstreamWall = "downstream_wall"
        case plateWeb = "plate_web"
    }

    /// Plate (duct or chamber cross-section) area, m².
    public var plateArea: Double
    public var zones: [PerforationZone]
    public var target: Target
    /// Steepness s of the impaction sigmoid (``ImpactionCurve``).
    public var steepness: Double

    public init(plateArea: Double, zones: [PerforationZone], target: Target = .plateWeb, steepness: Double = 2) {
        self.plateArea = plateArea
        self.zones = zones
        self.target = target
        self.steepness = steepness
    }

    public var unitType: String { "baffle" }
    public var modelName: String { "perforated_plate" }

    private static let unit = "baffle"

    func validate() throws {
        let u = Self.unit
        try SeparatorParameterError.requirePositive("plate_area", plateArea, unit: u, what: "a positive area in m²")
        guard !zones.isEmpty else { throw SeparatorParameterError(message: "baffle needs at least one perforation zone") }
        for (k, z) in zones.enumerated() {
            try SeparatorParameterError.requirePositive("zones[\(k)].area_share", z.areaShare, unit: u,
                                                        what: "a positive share of the plate area")
            guard z.openAreaRatio > 0, z.openAreaRatio < 1 else {
                throw SeparatorParameterError("zones[\(k)].open_area_ratio", z.openAreaRatio,
                                              expected: "an open-area ratio strictly between 0 and 1", unit: u)
            }
            try SeparatorParameterError.requirePositive("zones[\(k)].hole_size", z.holeSize, unit: u,
                                                        what: "a positive hole diameter or slot width in m")
        }
        let total = zones.reduce(0) { $0 + $1.areaShare }
        guard abs(total - 1) < 1e-6 else {
            throw SeparatorParameterError("sum of zones' area_share", total, expected: "1 (the zones cover the plate)", unit: u)
        }
        try SeparatorParameterError.requirePositive("steepness", steepness, unit: u, what: "a positive exponent")
    }

    /// Flow share Q_z/Q and approach velocity w_z (m/s) of each zone, and the plate ΔP (Pa), for flow `flow` (m³/s)
    /// of density `density` (kg/m³).
    public func flowSplit(flow: Double, density: Double) -> (shares: [Double], approachVelocities: [Double],
                                                             pressureDrop: Double) {
        let zetas = zones.map { PerforatedPlateLoss.coefficient(openAreaRatio: $0.openAreaRatio) }
        let conductance = zip(zones, zetas).reduce(0.0) { $0 + $1.0.areaShare * plateArea / $1.1.squareRoot() }
        let root = flow / conductance   // √(2ΔP/ρ)
        let w = zetas.map { root / $0.squareRoot() }
        let shares = zip(zones, w).map { $0.areaShare * plateArea * $1 / flow }
        return (shares, w, 0.5 * density * root * root)
    }

    public func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
        try validate()
        try validateInlet(inlet, unit: Self.unit)
        let gas = inlet.gasState
        let split = flowSplit(flow: inlet.volumetricFlow, density: gas.density)
        let dyn = ParticleDynamics(particleDensity: inlet.particleDensity)
        var eta = [Double](repeating: 0, count: inlet.grid.count)
        var details: [String: Double] = [:]
        var warnings: [String] = []
        for (k, z) in zones.enumerated() {
            let uj = split.approachVelocities[k] / z.openAreaRatio
            let curve = ImpactionCurve(shape: z.shape, steepness: steepness)
            let ceiling = target == .plateWeb ? 1 - z.openAreaRatio : 1
            var zoneEta = [Double](repeating: 0, count: inlet.grid.count)
            for (i, x) in inlet.grid.means.enumerated() {
                let stk = ImpactionCurve.stokesNumber(diameter: x, particleDensity: inlet.particleDensity,
                                                      slip: dyn.slipCorrection(diameter: x, gas: gas),
                                                      viscosity: gas.viscosity, jetVelocity: uj, jetWidth: z.holeSize)
                zoneEta[i] = ceiling * curve.efficiency(stokes: stk)
                eta[i] += split.shares[k] * zoneEta[i]
            }
            let n = k + 1
            details["zone\(n)_flow_share"] = split.shares[k]
            details["zone\(n)_jet_velocity_m_per_s"] = uj
            details["zone\(n)_jet_reynolds_number"] = gas.density * uj * z.holeSize / gas.viscosity
            if let x50 = jetCutSize(curve: curve, jetVelocity: uj, width: z.holeSize, gas: gas, dynamics: dyn) {
                details["zone\(n)_jet_cut_size_m"] = x50
            }
            if uj > 40 {
                warnings.append(String(format: "zone %d jet velocity %.1f m/s: expect erosion of the hole edges with "
                                       + "abrasive dust", n, uj))
            }
        }
        details["approach_velocity_m_per_s"] = inlet.volumetricFlow / plateArea
        if let x50 = GradeCurve.cutSize(grid: inlet.grid, efficiency: eta) { details["cut_size_m"] = x50 }
        return SeparatorResult(model: modelName, gradeEfficiency: eta, pressureDrop: split.pressureDrop,
                               outletTemperature: inlet.temperature, warnings: warnings, details: details)
    }

    /// Particle size at Stk = Stk₅₀ of a jet (with slip), by bisection on a log scale.
    func jetCutSize(curve: ImpactionCurve, jetVelocity: Double, width: Double, gas: GasState,
                    dynamics: ParticleDynamics) -> Double? {
        func stk(_ x: Double) -> Double {
            ImpactionCurve.stokesNumber(diameter: x, particleDensity: dynamics.particleDensity,
                                        slip: dynamics.slipCorrection(diameter: x, gas: gas), viscosity: gas.viscosity,
                                        jetVelocity: jetVelocity, jetWidth: width)
        }
        var lo = 1e-9, hi = 1e-1
        guard stk(lo) < curve.cutStokesNumber, stk(hi) > curve.cutStokesNumber else { return nil }
        for _ in 0..<200 {
            let mid = (lo * hi).squareRoot()
            if stk(mid) < curve.cutStokesNumber { lo = mid } else { hi = mid }
        }
        return (lo * hi).squareRoot()
    }
}
