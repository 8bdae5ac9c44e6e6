import DedustNumerics
import DedustPhysics
import DedustSeparators
import Foundation

/// Circulating (环流式) cyclone evaluated by Lagrangian trajectories (scenario: `type: circulating_cyclone`,
/// `model: trajectory`), on the two-zone field ``CirculatingCycloneFlow`` (physics.md §2.5, §1.13).
///
/// Inputs and defaults (no drawings of the device exist, physics.md §1.13 — every ratio is a parameter):
/// barrel diameter D; inner body / return tube diameter d_i = 0.5 D; primary-zone length L = 2 D; bottom
/// tangential slot a × b = 0.5 D × 0.2 D; bypass fraction φ_b = 0.15 of the primary flow; wall friction
/// f = 0.005; vortex exponent n from Alexander, n = 1 − (1 − 0.67 D^0.14)(T/283)^0.3 (§1.6); cone: a Stairmand
/// HE cyclone sized for the bypass flow at the unit's inlet velocity, with its MM-VDI velocities (clean gas).
/// Wall velocity at the inlet v_θw0 = v_in (R − b/2)/(α R), α from the VDI constriction formula (§1.4 a) at the
/// inlet loading.
///
/// Pressure drop — an uncalibrated estimate (§2.5 step 5; the unit's correlation model does not exist yet):
/// MM body friction of the primary zone plus the MM exit loss of the top outlet of radius r_o = d_i/2,
///
///     ΔP_body = f A ρ (v_θw0 v_θw(L))^1.5 / (2 Q_p),   A = 2π (R + r_i) L
///     ΔP_x    = [2 + (v_θo/v_x)² + 3 (v_θo/v_x)^(4/3)] ½ ρ v_x²,   v_x = Q/(π r_o²),  v_θo = v_θw(L)(R/r_o)^n
///
/// The gas leaves at the inlet temperature. Example: D = 2 m, Q = 8 m³/s air at 20 °C → v_in = 20 m/s,
/// α = 0.6212 (b/R = 0.4), v_θw0 = 25.76 m/s, n = 0.7355 (Alexander at 293 K).
public struct TrajectoryCirculatingCyclone: SeparatorModel {
    public var diameter: Double
    public var innerDiameter: Double?
    public var primaryLength: Double?
    public var inletHeight: Double?
    public var inletWidth: Double?
    public var bypassFraction: Double
    public var wallFriction: Double
    public var vortexExponent: Double?
    public var coneGeometry: CycloneGeometry?
    public var count: Int
    public var dispersion: DispersionModel
    public var wall: WallModel
    /// Drag law of the trajectories (default Schiller–Naumann; ``TrajectorySimulation/drag``).
    public var drag: any VectorDragLaw
    public var settings: TrajectorySettings
    /// What a turbulent arrival at the primary or cone wall does (``CycloneWallDeposition``).
    public var wallDeposition: CycloneWallDeposition

    public init(diameter: Double, innerDiameter: Double? = nil, primaryLength: Double? = nil,
                inletHeight: Double? = nil, inletWidth: Double? = nil, bypassFraction: Double = 0.15,
                wallFriction: Double = 0.005, vortexExponent: Double? = nil, coneGeometry: CycloneGeometry? = nil,
                count: Int = 1, dispersion: DispersionModel = .ornsteinUhlenbeck(), wall: WallModel = .capture, drag: any VectorDragLaw = SchillerNaumannDrag(),
                settings: TrajectorySettings = TrajectorySettings(),
                wallDeposition: CycloneWallDeposition = .centrifugalDrift) {
        self.diameter = diameter
        self.innerDiameter = innerDiameter
        self.primaryLength = primaryLength
        self.inletHeight = inletHeight
        self.inletWidth = inletWidth
        self.bypassFraction = bypassFraction
        self.wallFriction = wallFriction
        self.vortexExponent = vortexExponent
        self.coneGeometry = coneGeometry
        self.count = count
        self.dispersion = dispersion
        self.wall = wall
        self.drag = drag
        self.settings = settings
        self.wallDeposition = wallDeposition
    }

    public var unitType: String { "circulating_cyclone" }
    public var modelName: String { "trajectory" }

    /// Alexander's vortex exponent n = 1 − (1 − 0.67 D^0.14)(T/283)^0.3 (physics.md §1.6; D in m, T in K).
    public static func alexanderExponent(diameter d: Double, temperature t: Double) -> Double {
        1 - (1 - 0.67 * pow(d, 0.14)) * pow(t / 283, 0.3)
    }

    /// The flow field for one unit handling `flow` m³/s of `gas` at loading `loading`, in `mode`.
    public func flowField(flow q: Double, gas: GasState, temperature: Double, particleDensity: Double,
                          loading: Double, mode: CirculatingCycloneFlow.Mode = .recirculating) throws
        -> CirculatingCycloneFlow {
        let d = diameter, r = d / 2
        guard d > 0, d.isFinite else { throw SeparatorParameterError("diameter", d, expected: "a positive diameter in m", unit: unitType) }
        guard count >= 1 else { throw SeparatorParameterError("count", Double(count), expected: "an integer ≥ 1", unit: unitType) }
        let a = inletHeight ?? 0.5 * d, b = inletWidth ?? 0.2 * d
        guard b > 0, b < r, a > 0 else {
            throw SeparatorParameterError(message: "circulating_cyclone: inlet \(a) m × \(b) m must be positive with a width below the radius \(r) m")
        }
        let vIn = q / (a * b)
        let alpha = InletConstriction.vdi(relativeInletWidth: b / r, loading: loading)
        let vw0 = vIn * (r - b / 2) / (alpha * r)
        let n = vortexExponent ?? Self.alexanderExponent(diameter: d, temperature: temperature)
        let qp = q / (1 - bypassFraction), qb = bypassFraction * qp
        let coneG = coneGeometry ?? CycloneGeometry.standard(.stairmandHE, diameter: (qb / (0.1 * vIn)).squareRoot())
        let point = CycloneOperatingPoint(volumetricFlow: qb, gas: gas, particleDensity: particleDensity, loading: 0,
                                          classDiameters: [], massFractions: [])
        let v = try MuschelknautzVDI().velocities(of: coneG, at: point)
        let cone = ConventionalCycloneFlow(geometry: coneG, volumetricFlow: qb, wallVelocity: v.wallVelocity,
                                           controlSurfaceVelocity: v.innerVelocity,
                                           shortCircuitFraction: v.secondaryFlowFraction,
                                           wallDeposition: wallDeposition)
        let field = CirculatingCycloneFlow(radius: r, innerRadius: 0.5 * (innerDiameter ?? 0.5 * d),
                                           primaryLength: primaryLength ?? 2 * d, volumetricFlow: q,
                                           bypassFraction: bypassFraction, inletWallVelocity: vw0, vortexExponent: n,
                                           wallFriction: wallFriction, cone: cone, mode: mode,
                                           wallDeposition: wallDeposition)
        if let problem = field.problems.first { throw SeparatorParameterError(message: "circulating_cyclone: \(problem)") }
        return field
    }

    /// The uncalibrated ΔP estimate of the type documentation (Pa).
    public static func pressureDrop(_ f: CirculatingCycloneFlow, density rho: Double) -> Double {
        let top = f.wallVelocity(atHeight: f.primaryLength)
        let area = 2 * Double.pi * (f.radius + f.innerRadius) * f.primaryLength
        let body = f.wallFriction * area * rho * pow(f.inletWallVelocity * top, 1.5) / (2 * f.primaryFlow)
        let ro = f.innerRadius
        let vx = f.volumetricFlow / (.pi * ro * ro)
        let u = top * pow(f.radius / ro, f.vortexExponent) / vx
        return body + (2 + u * u + 3 * pow(u, 4.0 / 3.0)) * 0.5 * rho * vx * vx
    }

    public func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
        let gas = inlet.gasState
        let q = inlet.volumetricFlow / Double(max(count, 1))
        let field = try flowField(flow: q, gas: gas, temperature: inlet.temperature,
                                  particleDensity: inlet.particleDensity, loading: inlet.loading)
        let sim = TrajectorySimulation(field: .circulatingCyclone(field), dispersion: dispersion, wall: wall, drag: drag,
                                       settings: settings)
        if let problem = sim.problems.first { throw SeparatorParameterError(message: "circulating_cyclone/trajectory: \(problem)") }
        try sim.admit(classCount: inlet.grid.count, context: context, unit: unitType)
        let r = sim.run(diameters: inlet.grid.means, particleDensity: inlet.particleDensity, gas: gas,
                        stream: StreamKey(seed: context.seed, configuration: context.configurationIndex,
                                          unit: context.unitIndex),
                        threads: context.threads, progress: context.progress)
        var warnings = r.statisticsWarnings
        warnings.append("circulating_cyclone/trajectory: pressure drop is an uncalibrated estimate (MM body friction + exit loss); geometry ratios are assumptions until drawings exist")
        let details: [String: Double] = [
            "inlet_wall_velocity_m_per_s": field.inletWallVelocity,
            "outlet_wall_velocity_m_per_s": field.wallVelocity(atHeight: field.primaryLength),
            "vortex_exponent": field.vortexExponent,
            "primary_flow_m3_per_s": field.primaryFlow,
            "bypass_flow_m3_per_s": field.bypassFlow,
            "cone_diameter_m": field.cone.geometry.diameter,
            "passes_per_particle": Double(r.total.transfers) / Double(max(r.total.particles, 1)),
            "time_step_s": sim.timeStep,
        ]
        return SeparatorResult(model: modelName, gradeEfficiency: r.gradeEfficiency, confidenceLow: r.confidenceLow,
                               confidenceHigh: r.confidenceHigh,
                               pressureDrop: Self.pressureDrop(field, density: gas.density),
                               outletTemperature: inlet.temperature, warnings: warnings,
                               details: details.merging(["trajectory_cut_size_m": r.cutSize ?? .nan]) { a, _ in a }
                                   .filter { $0.value.isFinite },
                               statistics: r.statistics)
    }
}
