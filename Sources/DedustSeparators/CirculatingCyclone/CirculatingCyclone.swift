import Foundation
import DedustPhysics

/// Per-class results of the circulating cyclone's stages, for reports and for comparison with trajectory models.
public struct CirculatingCycloneStages: Sendable {
    /// Time-of-flight efficiency of the primary annulus (fraction reaching the barrel wall), per class.
    public var timeOfFlight: [Double]
    /// Rejection at the top outlet's equilibrium orbit, per class (§2.3).
    public var outletOrbit: [Double]
    /// η₁ = 1 − (1 − η_tof)(1 − η_orbit): fraction sent into the wall layer and bypass per pass.
    public var primary: [Double]
    /// η₂: the cone (lower reverse-flow cyclone, Muschelknautz VDI) at the bypass flow and loading.
    public var cone: [Double]
    /// η = η₁η₂/(1 − η₁(1 − η₂)) (``RecycleLoop``).
    public var overall: [Double]
    /// Mass fractions of the cone feed (the wall layer, including recycled dust).
    public var coneFeedFractions: [Double]
    /// Solids loading of the bypass gas (kg/kg).
    public var coneLoading: Double
    /// Fixed-point iterations of the cone loading ↔ η₂ coupling.
    public var coneIterations: Int
    /// Device pressure drop (Pa).
    public var pressureDrop: Double
    public var details: [String: Double]
    public var warnings: [String]
}

/// Circulating (环流式) cyclone, reduced-order model of physics.md §2.5 (the device of the field case: tangential
/// entry at the bottom of the barrel, upward primary spiral around an internal, most of the gas out of the top,
/// a bypass carrying the wall layer into a lower reverse-flow "cone" cyclone whose gas returns up the axis).
///
/// Flows: φ (default 0.15) is the fraction of the primary-zone gas drawn into the bypass. The returned cone gas
/// re-enters the primary zone (that is what makes the loop formula hold), so with fresh flow Q
///
///     Q_p = Q/(1 − φ) through the annulus,   Q_b = φ Q_p through the bypass and cone,   Q out of the top
///
/// Primary zone (annulus r_i < r < R, length L, axial velocity w = Q_p/(π(R² − r_i²))):
///
///     v_θw(0) = v_in (R − b/2)/(α R) · Q/Q_p          angular momentum of the fresh jet shared with the returned gas
///                                                      (which is taken to bring none); α = VDI α(b/R, c_o)
///     v_θw(z) = v_θw(0)/[1 + λ_s A(z) v_θw(0)/(2Q_p)],  A(z) = 2π(R + r_i)z       swirl decay §2.4
///     n from the Muschelknautz friction relation between R and r_i (or given): v_θ(r) = v_θw (R/r)^n
///     λ_s = λ₀(1 + 2√c_o) (c_o ≤ 1; 1 + 3√c_o above), c_o = fresh-feed loading
///     η_tof: plug §2.1 with ∫v_θw² dz = v_θw(0)² L/(1 + kL); mixed §2.2 η = 1 − exp(−2πτ∫v_θw²dz/Q_p);
///            or intermediate with a radial eddy diffusivity (``RadialMixing``, ``RadialDriftAnnulus``)
///     outlet orbit §2.3: v_r = Q/(2π R_x L_out), v_θCS = v_θw(L)(R/R_x)^n,
///            x_orbit = √(18 μ v_r R_x/((ρ_p − ρ) v_θCS²)), η_orbit = VDI cosine curve (width D = 3) around x_orbit
///     η₁ = 1 − (1 − η_tof)(1 − η_orbit)     (particles still in the core at the top get a second chance: those
///                                            above the orbit size stay in the swirl and join the wall layer)
///
/// Cone: ``MuschelknautzVDI`` on `geometry.coneCyclone` at Q_b, fed with the wall layer
/// W_i = f_i η₁/(1 − η₁(1 − η₂)) (fresh plus recycled dust), at loading c_b = c_in Q ΣW_i/(ρ Q_b) — high, so
/// its en-masse separation dominates; η₂ ↔ c_b is solved by damped fixed-point iteration.
/// Recycle per class: η = η₁η₂/(1 − η₁(1 − η₂)) (``RecycleLoop``, physics.md §1.12).
///
/// Pressure drop along the device's own flow path (Muschelknautz forms, physics.md §1.5.1 step 8):
///
///     ΔP_body   = λ_s A_p ρ (v_θw(0) v_θw(L))^{1.5} / (2 Q_p)       A_p = annulus walls + roof (primary friction)
///     ΔP_exit   = [2 + (v_θCS/v_x)² + 3 (v_θCS/v_x)^{4/3}] ½ρ v_x²,  v_x = Q/(π R_x²)
///     ΔP_loop   = ζ_b ½ρ v_b² + ΔP_cone(Q_b)                         (bypass duct + cone, Muschelknautz ΔP)
///     ΔP        = ΔP_body + ΔP_exit + (Q_b/Q) ΔP_loop                (the loop's dissipation per unit of through-flow)
///
/// The inlet contraction loss is neglected, as in the conventional Muschelknautz ΔP. The loop must be driven by
/// the swirl's radial pressure difference between the barrel wall under the roof and the vortex axis, where the
/// return gas rejoins: free vortex down to R_x plus a solid-body core, ρ v_θw(L)²[(R/R_x)^{2n} − 1]/(2n) + ½ρ v_θCS²;
/// a warning is given when ΔP_loop exceeds it (the bypass would then carry less than φ).
///
/// Comparison with a conventional cyclone (`details`): a `referenceCyclone` (default Stairmand HE) of the same D
/// at the same v_in and loading, with the same Muschelknautz ΔP model ("conventional_pressure_drop_Pa") and with
/// Shepherd–Lapple ("conventional_shepherd_lapple_pressure_drop_Pa"); "pressure_drop_ratio_to_conventional" is
/// ours over the Muschelknautz one. What this model gives, and why: with the default geometry, clean air at
/// 20 °C, D = 1 m and v_in = 15 m/s, the ratio is 0.74 (935 Pa against 1256 Pa; Shepherd–Lapple gives 867 Pa for
/// the conventional one); at the carbide conditions of the tests (600 °C gas, D = 2 m, v_in = 18 m/s, 0.1 kg/kg)
/// it is 0.70 (305 Pa against 436 Pa; loading lowers both). Both pressure drops are dominated by the exit loss
/// (here 822 of 935 Pa, and 257 of 305 Pa), which scales with the swirl at the outlet radius. Ours is lower because (1) the fresh jet's angular momentum is shared with the returned bypass gas (factor 1 − φ on
/// v_θ), and (2) the swirl decays along the long annulus whose friction area (both walls) is large. It is not ½
/// because this reduced-order model keeps the full free-vortex spin-up into the central outlet; a ratio of ½
/// requires the outlet swirl to be ≈ 70 % of the conventional one, e.g. a larger outlet or an outlet that does
/// not spin the gas up (the field claim remains a calibration target, physics.md §1.13).
///
/// Validity: reduced order, uncalibrated; geometry defaults are placeholders (``CirculatingCycloneGeometry``).
/// No en-masse deposition in the primary zone (conservative for η₁ at high loading).
///
/// Example: D = 2 m, Q = 7.2 m³/s (v_in = 18 m/s), carbide gas at 600 °C (ρ = 0.3667, μ = 3.728e-5), 0.1 kg/kg,
/// ρ_p = 2200: α = 0.659, v_θw = 18.6 → 14.8 m/s along the annulus, n = 0.527, w = 3.6 m/s (0.83 s), D_T = 0.144 m²/s,
/// outlet orbit size 39 µm, primary cut size 16 µm, cone loading 0.29 kg/kg (en-masse 97 %), ΔP = 305 Pa.
public struct CirculatingCyclone: SeparatorModel {
    public var geometry: CirculatingCycloneGeometry
    /// Identical units in parallel, sharing the flow.
    public var count: Int
    /// φ: fraction of the primary-zone gas drawn into the bypass (0 < φ < 1).
    public var bypassFraction: Double
    public var radialMixing: RadialMixing
    /// λ₀: clean-gas wall friction (0.005 smooth; 0.0065–0.01 rough or lined).
    public var wallFriction: Double
    /// Vortex exponent n of v_θ r^n = const; nil: from the friction relation.
    public var vortexExponent: Double?
    /// Width D of the cosine grade curve at the outlet equilibrium orbit.
    public var outletGradeCurveWidth: Double
    /// The cone's efficiency model (its `wallFriction` is replaced by λ₀ above).
    public var coneModel: MuschelknautzVDI
    /// ζ_b of the bypass duct on its own velocity head (entry ≈ 0.5, two bends ≈ 2 × 0.3–0.5, exit ≈ 1: ≈ 2–2.5).
    public var bypassLossCoefficient: Double
    public var constriction: InletConstriction
    /// The conventional cyclone the pressure drop is compared with.
    public var referenceCyclone: CycloneGeometry.Standard
    /// Axial pieces for the swirl decay in the intermediate-mixing solver, and its radial cells.
    public var axialPieces: Int
    public var annulusCells: Int

    public init(geometry: CirculatingCycloneGeometry, count: Int = 1, bypassFraction: Double = 0.15,
                radialMixing: RadialMixing = .scaledDiffusivity(), wallFriction: Double = 0.005,
                vortexExponent: Double? = nil, outletGradeCurveWidth: Double = 3,
                coneModel: MuschelknautzVDI = MuschelknautzVDI(), bypassLossCoefficient: Double = 2.5,
                constriction: InletConstriction = .vdi, referenceCyclone: CycloneGeometry.Standard = .stairmandHE,
                axialPieces: Int = 20, annulusCells: Int = 200) {
        self.geometry = geometry
        self.count = count
        self.bypassFraction = bypassFraction
        self.radialMixing = radialMixing
        self.wallFriction = wallFriction
        self.vortexExponent = vortexExponent
        self.outletGradeCurveWidth = outletGradeCurveWidth
        self.coneModel = coneModel
        self.bypassLossCoefficient = bypassLossCoefficient
        self.constriction = constriction
        self.referenceCyclone = referenceCyclone
        self.axialPieces = axialPieces
        self.annulusCells = annulusCells
    }

    public var unitType: String { "circulating_cyclone" }
    public var modelName: String { "reduced_order" }

    private static let unit = "circulating_cyclone"

    func validate() throws {
        let u = Self.unit
        let problems = geometry.inconsistencies
        guard problems.isEmpty else {
            throw SeparatorParameterError(message: "circulating_cyclone geometry: " + problems.joined(separator: "; "))
        }
        guard count >= 1 else { throw SeparatorParameterError("count", Double(count), expected: "an integer ≥ 1", unit: u) }
        guard bypassFraction > 0, bypassFraction < 1 else {
            throw SeparatorParameterError("bypass_fraction", bypassFraction, expected: "a fraction strictly between 0 and 1",
                                          unit: u)
        }
        try SeparatorParameterError.requireNonNegative("wall_friction", wallFriction, unit: u)
        if let n = vortexExponent { try SeparatorParameterError.requireRange("vortex_exponent", n, 0.05...1.5, unit: u) }
        guard outletGradeCurveWidth > 1 else {
            throw SeparatorParameterError("outlet_grade_curve_D", outletGradeCurveWidth, expected: "a width > 1", unit: u)
        }
        try SeparatorParameterError.requireNonNegative("bypass_loss_coefficient", bypassLossCoefficient, unit: u)
        switch radialMixing {
        case let .diffusivity(d):
            try SeparatorParameterError.requireNonNegative("radial_diffusivity", d, unit: u, what: "D_T ≥ 0 in m²/s")
        case let .scaledDiffusivity(k):
            try SeparatorParameterError.requireNonNegative("radial_diffusivity_coefficient", k, unit: u)
        case .plug, .mixed: break
        }
        guard axialPieces >= 1, annulusCells >= 2 else {
            throw SeparatorParameterError("axial_pieces", Double(axialPieces), expected: "≥ 1 (and annulus_cells ≥ 2)", unit: u)
        }
    }

    public func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
        let s = try stages(for: inlet)
        return SeparatorResult(model: modelName, gradeEfficiency: s.overall, pressureDrop: s.pressureDrop,
                               outletTemperature: inlet.temperature, warnings: s.warnings, details: s.details)
    }

    /// η₁ (primary), η₂ (cone) and the recycled overall η per class, with the pressure drop and details.
    public func stages(for inlet: SeparatorInlet) throws -> CirculatingCycloneStages {
        try validate()
        try validateInlet(inlet, unit: Self.unit)
        let g = geometry
        let gas = inlet.gasState
        let rho = gas.density, mu = gas.viscosity
        let q = inlet.volumetricFlow / Double(count)
        let phi = bypassFraction
        let qp = q / (1 - phi), qb = phi * qp
        let co = inlet.loading
        let r = g.radius, ri = g.innerRadius, rx = g.outletRadius
        var warnings: [String] = []
        var details: [String: Double] = [:]

        // Primary swirl.
        let vIn = q / g.inletArea
        let alpha = constriction.coefficient(for: g.primaryInletAsCyclone, loading: co)
        let lambdaS = MuschelknautzVDI(wallFriction: wallFriction).wallFriction(loading: co)
        let v0 = vIn * (r - g.inletWidth / 2) / (alpha * r) * q / qp
        let k = lambdaS * 2 * Double.pi * (r + ri) * v0 / (2 * qp)
        let length = g.primaryLength
        let vTop = v0 / (1 + k * length)
        let frictionArea = g.primaryFrictionArea
        var n: Double
        if let given = vortexExponent {
            n = given
        } else {
            let ui = v0 * (r / ri) / (1 + lambdaS / 2 * frictionArea / qp * v0 * (r / ri).squareRoot())
            n = log(ui / v0) / log(r / ri)
            if n < 0.05 {
                warnings.append(String(format: "circulating cyclone: friction-implied vortex exponent %.3f is below 0.05 "
                                       + "(friction dominates the spin-up); 0.05 used", n))
                n = 0.05
            }
        }
        let w = qp / g.annulusArea
        // ∫ v_θw² dz over [a, b] for the decaying swirl.
        func swirlIntegral(_ a: Double, _ b: Double) -> Double {
            k > 0 ? v0 * v0 / k * (1 / (1 + k * a) - 1 / (1 + k * b)) : v0 * v0 * (b - a)
        }
        let integral = swirlIntegral(0, length)
        let dyn = ParticleDynamics(particleDensity: inlet.particleDensity)
        let taus = inlet.grid.means.map { dyn.relaxationTime(diameter: $0, gas: gas) }
        let p = 2 * n + 2
        let rp = pow(r, p), rip = pow(ri, p)
        let annulus = RadialDriftAnnulus(cells: annulusCells)
        let diffusivity = radialMixing.diffusivity(inletVelocity: vIn, diameter: g.diameter)
        let timeOfFlight = taus.map { tau -> Double in
            switch radialMixing {
            case .plug:
                let rcp = rp - p * tau * pow(r, 2 * n) * integral / w
                if rcp <= rip { return 1 }
                let rc = pow(rcp, 1 / p)
                return (r * r - rc * rc) / (r * r - ri * ri)
            case .mixed:
                return -expm1(-2 * Double.pi * tau * integral / qp)
            case .diffusivity, .scaledDiffusivity:
                let dz = length / Double(axialPieces)
                let pieces = (0..<axialPieces).map { j in
                    RadialDriftAnnulus.Piece(shift: p * tau * pow(r, 2 * n)
                                                 * swirlIntegral(Double(j) * dz, Double(j + 1) * dz) / w,
                                             diffusion: (diffusivity ?? 0) * dz / w)
                }
                return 1 - annulus.penetration(innerRadius: ri, outerRadius: r, exponent: n, pieces: pieces)
            }
        }
        // Outlet equilibrium orbit (§2.3).
        let vr = q / (2 * Double.pi * rx * g.outletEntryHeight)
        let vThetaCS = vTop * pow(r / rx, n)
        let xOrbit = (18 * mu * vr * rx / ((inlet.particleDensity - rho) * vThetaCS * vThetaCS)).squareRoot()
        let orbit = inlet.grid.means.map {
            MuschelknautzVDI.cosineCurve(diameter: $0, cutSize: xOrbit, width: outletGradeCurveWidth)
        }
        let primary = zip(timeOfFlight, orbit).map { 1 - (1 - $0) * (1 - $1) }

        // Cone at the bypass flow and the wall-layer loading, iterated with the recycle.
        var cone = coneModel
        cone.wallFriction = wallFriction
        let coneGeometry = g.coneCyclone
        let fresh: [Double] = {
            let t = inlet.massFractions.reduce(0, +)
            return t > 0 ? inlet.massFractions.map { $0 / t } : [Double](repeating: 0, count: inlet.grid.count)
        }()
        func coneEfficiency(feed: [Double], loading: Double) throws -> CycloneEfficiency {
            let weights = feed.reduce(0, +) > 0 ? feed : primary
            let point = CycloneOperatingPoint(volumetricFlow: qb, gas: gas, particleDensity: inlet.particleDensity,
                                              loading: loading, classDiameters: inlet.grid.means, massFractions: weights)
            return try cone.efficiency(of: coneGeometry, at: point)
        }
        func feedAndLoading(_ eta2: [Double]) -> ([Double], Double) {
            let feed = (0..<primary.count).map { fresh[$0] * RecycleLoop.coneFeedRatio(primary: primary[$0], secondary: eta2[$0]) }
            return (feed, inlet.dustConcentration * q * feed.reduce(0, +) / (rho * qb))
        }
        let firstFeed = zip(fresh, primary).map { $0 * $1 }
        var coneResult = try coneEfficiency(feed: firstFeed,
                                            loading: inlet.dustConcentration * q * firstFeed.reduce(0, +) / (rho * qb))
        var eta2 = coneResult.gradeEfficiency.map { min(1, max(0, $0)) }
        var iterations = 0
        var converged = false
        var feed = firstFeed, coneLoading = 0.0
        while iterations < 200 {
            iterations += 1
            (feed, coneLoading) = feedAndLoading(eta2)
            coneResult = try coneEfficiency(feed: feed, loading: coneLoading)
            let next = coneResult.gradeEfficiency.map { min(1, max(0, $0)) }
            let change = zip(next, eta2).map { abs($0 - $1) }.max() ?? 0
            eta2 = zip(eta2, next).map { 0.5 * ($0 + $1) }
            if change < 1e-10 { converged = true; break }
        }
        (feed, coneLoading) = feedAndLoading(eta2)
        if !converged {
            warnings.append("circulating cyclone: the cone loading ↔ efficiency iteration did not converge in 200 steps")
        }
        warnings += coneResult.warnings.map { "cone: " + $0 }
        let overall = zip(primary, eta2).map { RecycleLoop.efficiency(primary: $0, secondary: $1) }

        // Pressure drop along the device's own path.
        let body = lambdaS * frictionArea * rho * pow(v0 * vTop, 1.5) / (2 * qp)
        let vx = q / (Double.pi * rx * rx)
        let ratio = vThetaCS / vx
        let exit = (2 + ratio * ratio + 3 * pow(ratio, 4.0 / 3.0)) * 0.5 * rho * vx * vx
        let vb = qb / (Double.pi * g.bypassDuctDiameter * g.bypassDuctDiameter / 4)
        let duct = bypassLossCoefficient * 0.5 * rho * vb * vb
        let conePoint = CycloneOperatingPoint(volumetricFlow: qb, gas: gas, particleDensity: inlet.particleDensity,
                                              loading: coneLoading, classDiameters: inlet.grid.means,
                                              massFractions: feed.reduce(0, +) > 0 ? feed : primary)
        let coneDrop = try MuschelknautzPressureDrop(wallFriction: wallFriction, constriction: constriction)
            .pressureDrop(of: coneGeometry, at: conePoint)
        let loop = duct + coneDrop
        let pressureDrop = body + exit + qb / q * loop
        let drive = rho * vTop * vTop * (pow(r / rx, 2 * n) - 1) / (2 * n) + 0.5 * rho * vThetaCS * vThetaCS
        if loop > drive {
            warnings.append(String(format: "circulating cyclone: the bypass loop needs %.0f Pa but the swirl's radial pressure "
                                   + "difference is only %.0f Pa; the bypass will carry less than φ = %.2f", loop, drive, phi))
        }
        if vIn < 10 || vIn > 30 {
            warnings.append(String(format: "circulating cyclone: inlet velocity %.3g m/s is outside the usual 10–30 m/s", vIn))
        }

        // The conventional cyclone of the same D at the same v_in and loading.
        let reference = CycloneGeometry.standard(referenceCyclone, diameter: g.diameter)
        let refPoint = CycloneOperatingPoint(volumetricFlow: vIn * reference.inletArea, gas: gas,
                                             particleDensity: inlet.particleDensity, loading: co,
                                             classDiameters: inlet.grid.means, massFractions: inlet.massFractions)
        if let refDrop = try? MuschelknautzPressureDrop(wallFriction: wallFriction, constriction: constriction)
            .pressureDrop(of: reference, at: refPoint) {
            details["conventional_pressure_drop_Pa"] = refDrop
            details["pressure_drop_ratio_to_conventional"] = pressureDrop / refDrop
        }
        if let sl = try? ShepherdLapplePressureDrop().pressureDrop(of: reference, at: refPoint) {
            details["conventional_shepherd_lapple_pressure_drop_Pa"] = sl
        }

        details["inlet_velocity_m_per_s"] = vIn
        details["flow_per_unit_m3_per_s"] = q
        details["count"] = Double(count)
        details["primary_flow_m3_per_s"] = qp
        details["bypass_flow_m3_per_s"] = qb
        details["bypass_fraction"] = phi
        details["loading_kg_per_kg"] = co
        details["constriction_coefficient"] = alpha
        details["wall_friction"] = lambdaS
        details["wall_velocity_m_per_s"] = v0
        details["top_wall_velocity_m_per_s"] = vTop
        details["vortex_exponent"] = n
        details["axial_velocity_m_per_s"] = w
        details["primary_residence_time_s"] = length / w
        if let diffusivity { details["radial_diffusivity_m2_per_s"] = diffusivity }
        details["outlet_tangential_velocity_m_per_s"] = vThetaCS
        details["outlet_radial_velocity_m_per_s"] = vr
        details["outlet_orbit_cut_size_m"] = xOrbit
        details["cone_loading_kg_per_kg"] = coneLoading
        details["cone_inlet_velocity_m_per_s"] = qb / coneGeometry.inletArea
        details["cone_cut_size_m"] = coneResult.cutSize
        details["cone_iterations"] = Double(iterations)
        details["body_pressure_drop_Pa"] = body
        details["exit_pressure_drop_Pa"] = exit
        details["bypass_duct_pressure_drop_Pa"] = duct
        details["cone_pressure_drop_Pa"] = coneDrop
        details["bypass_loop_pressure_drop_Pa"] = loop
        details["bypass_drive_pressure_Pa"] = drive
        for (key, value) in coneResult.details where key.hasSuffix("loading_limit") || key == "loading_limit_efficiency" {
            details["cone_" + key] = value
        }
        if let x = GradeCurve.cutSize(grid: inlet.grid, efficiency: primary) { details["primary_cut_size_m"] = x }
        if let x = GradeCurve.cutSize(grid: inlet.grid, efficiency: overall) { details["cut_size_m"] = x }
        return CirculatingCycloneStages(timeOfFlight: timeOfFlight, outletOrbit: orbit, primary: primary, cone: eta2,
                                        overall: overall, coneFeedFractions: {
                                            let t = feed.reduce(0, +)
                                            return t > 0 ? feed.map { $0 / t } : feed
                                        }(), coneLoading: coneLoading, coneIterations: iterations,
                                        pressureDrop: pressureDrop, details: details, warnings: warnings)
    }
}
