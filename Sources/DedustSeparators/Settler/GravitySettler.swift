import Foundation
import DedustNumerics
import DedustPhysics

/// Gravity settling chamber ("settling cooler"): a rectangular chamber L × W × H, optionally split into
/// `trays` horizontal channels (Howard chamber), `count` identical chambers in parallel sharing the flow,
/// optionally cooling the gas through its walls and optionally carrying an inertial baffle.
///
/// Per tray channel (height H_c = H/trays, flow Q_c = Q/(count·trays)) and cooling segment k of length ΔL:
///
///     N_k  = v_t,k k_A W ΔL / Q_k            (v_t,k: terminal velocity at the segment's T, any Re —
///                                             ParticleDynamics with Schiller–Naumann drag and Cunningham slip)
///     Q_k  = Q_c T_k / T_in                  (ideal gas, constant pressure, constant mass flow)
///     Pe_k = v_t,k H_c / ε_y,k               (``VerticalDiffusivity``)
///     laminar    η = min(1, Σ N_k)           mixed  η = 1 − exp(−Σ N_k)
///     dispersion η = 1 − P({N_k, Pe_k})      (``VerticalDispersionColumn``)
///
/// Without cooling and with one segment these are exactly η = min(1, v_t k_A L W trays/Q_chamber) and
/// 1 − exp(−…) (physics.md §3.1, §3.2, §3.4 multi-tray). k_A (0.5–1) is the effective-area factor for dead
/// zones and short-circuiting (§3.4): the gas is taken to use only k_A of the width, at velocity U/k_A.
/// Cooling: ``WallHeatTransfer`` in `segments` (≥ 10) steps, c_p from ``GasHeatCapacity`` plus the dust's heat
/// capacity; each segment updates Q, μ, ρ and v_t. Pressure drop: ``SettlerPressureDrop``.
/// Baffle: a carried insert (e.g. ``PerforatedBaffle``) is evaluated at the local gas state at
/// `baffleLocation` (fraction of L) with the chamber flow; its penetration multiplies the settler's per class
/// (P = P_settler · P_baffle) and its pressure drop adds.
/// Re-entrainment: a warning when the horizontal velocity in the active flow exceeds `reentrainmentVelocity`
/// (≈ 3 m/s generally; use ≈ 1–1.5 m/s for light, fluffy dust such as carbide dust, bulk density 0.3–0.5 t/m³,
/// physics.md §3.4).
/// Validity: v_t ≪ U is not required, but plug horizontal flow is; the model ignores re-entrainment,
/// agglomeration and the thermophoretic deposition on cooled walls.
///
/// Example (laminar, no cooling): L = 9, W = 3, H = 4 m, Q = 3.6 m³/s, carbide gas at 600 °C, ρ_p = 2200:
/// 50 µm settles at 0.0800 m/s → η = 0.0800·27/3.6 = 0.600; U = 0.30 m/s; d100 ≈ 65 µm.
/// `complete_capture_size_m` (laminar model only) is that analytic d100, the size with Σ N_k = 1; the mixed and
/// dispersion models capture no size completely and report none.
public struct GravitySettler: SeparatorModel {
    public var length: Double
    public var width: Double
    public var height: Double
    /// Horizontal trays (channels of height H/trays each, each with floor area L W).
    public var trays: Int
    /// Identical chambers in parallel, sharing the flow.
    public var count: Int
    public var mixing: SettlingMixing
    /// Effective-area factor k_A ∈ (0, 1].
    public var effectiveAreaFactor: Double
    /// ε_y for the dispersion model.
    public var verticalDiffusivity: VerticalDiffusivity
    /// Wall cooling (nil: adiabatic).
    public var heatTransfer: WallHeatTransfer?
    /// Cooling / property segments along L (≥ 10 required when `heatTransfer` is set).
    public var segments: Int
    public var gasHeatCapacity: GasHeatCapacity
    /// Dust specific heat (J/(kg·K)); CaO/MgO dust ≈ 750 (25 °C) – 950 (600 °C). The inlet dust flow is carried
    /// through the whole chamber (what settles stays near gas temperature — a small overestimate of the
    /// heat capacity rate).
    public var dustSpecificHeat: Double
    /// Horizontal velocity above which a re-entrainment warning is given (m/s).
    public var reentrainmentVelocity: Double
    public var pressureDropModel: SettlerPressureDrop
    /// An inertial insert (baffle) carried by the chamber.
    public var baffle: (any SeparatorModel)?
    /// Position of the baffle as a fraction of L (0 inlet … 1 outlet).
    public var baffleLocation: Double
    public var dragLaw: any DragLaw
    /// Cells of the dispersion column.
    public var columnCells: Int

    /// Re-entrainment threshold suggested for light, fluffy dust (m/s).
    public static let fluffyDustReentrainmentVelocity = 1.2

    public init(length: Double, width: Double, height: Double, trays: Int = 1, count: Int = 1,
                mixing: SettlingMixing = .dispersion, effectiveAreaFactor: Double = 1,
                verticalDiffusivity: VerticalDiffusivity = .channelFlow(), heatTransfer: WallHeatTransfer? = nil,
                segments: Int = 10, gasHeatCapacity: GasHeatCapacity = .diatomic(), dustSpecificHeat: Double = 850,
                reentrainmentVelocity: Double = 3, pressureDropModel: SettlerPressureDrop = SettlerPressureDrop(),
                baffle: (any SeparatorModel)? = nil, baffleLocation: Double = 0.5,
                dragLaw: any DragLaw = SchillerNaumannDrag(), columnCells: Int = 100) {
        self.length = length
        self.width = width
        self.height = height
        self.trays = trays
        self.count = count
        self.mixing = mixing
        self.effectiveAreaFactor = effectiveAreaFactor
        self.verticalDiffusivity = verticalDiffusivity
        self.heatTransfer = heatTransfer
        self.segments = segments
        self.gasHeatCapacity = gasHeatCapacity
        self.dustSpecificHeat = dustSpecificHeat
        self.reentrainmentVelocity = reentrainmentVelocity
        self.pressureDropModel = pressureDropModel
        self.baffle = baffle
        self.baffleLocation = baffleLocation
        self.dragLaw = dragLaw
        self.columnCells = columnCells
    }

    public var unitType: String { "gravity_settler" }
    public var modelName: String { mixing.rawValue }

    private static let unit = "gravity_settler"

    func validate() throws {
        let u = Self.unit
        try SeparatorParameterError.requirePositive("length", length, unit: u, what: "a positive length in m")
        try SeparatorParameterError.requirePositive("width", width, unit: u, what: "a positive width in m")
        try SeparatorParameterError.requirePositive("height", height, unit: u, what: "a positive height in m")
        guard trays >= 1 else { throw SeparatorParameterError("trays", Double(trays), expected: "an integer ≥ 1", unit: u) }
        guard count >= 1 else { throw SeparatorParameterError("count", Double(count), expected: "an integer ≥ 1", unit: u) }
        guard effectiveAreaFactor > 0, effectiveAreaFactor <= 1 else {
            throw SeparatorParameterError("effective_area", effectiveAreaFactor, expected: "a factor in (0, 1]", unit: u)
        }
        guard segments >= 1 else {
            throw SeparatorParameterError("segments", Double(segments), expected: "an integer ≥ 1", unit: u)
        }
        if let heatTransfer {
            try heatTransfer.validate(unit: u)
            guard segments >= 10 else {
                throw SeparatorParameterError("segments", Double(segments),
                                              expected: "at least 10 segments when the chamber cools the gas", unit: u)
            }
        }
        try verticalDiffusivity.validate(unit: u)
        try gasHeatCapacity.validate(unit: u)
        try SeparatorParameterError.requireNonNegative("dust_specific_heat", dustSpecificHeat, unit: u,
                                                       what: "a specific heat ≥ 0 in J/(kg·K)")
        try SeparatorParameterError.requirePositive("reentrainment_velocity", reentrainmentVelocity, unit: u,
                                                    what: "a positive velocity in m/s")
        try SeparatorParameterError.requireRange("baffle_location", baffleLocation, 0...1, unit: u)
        try pressureDropModel.validate(unit: u)
        guard columnCells >= 2 else {
            throw SeparatorParameterError("column_cells", Double(columnCells), expected: "an integer ≥ 2", unit: u)
        }
    }

    public func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
        try validate()
        try validateInlet(inlet, unit: Self.unit)
        let tIn = inlet.temperature, p = inlet.pressure
        let inletState = inlet.gasState
        let chamberFlow = inlet.volumetricFlow / Double(count)
        let trayFlow = chamberFlow / Double(trays)
        let trayHeight = height / Double(trays)
        let kA = effectiveAreaFactor
        let dL = length / Double(segments)
        let dynamics = ParticleDynamics(particleDensity: inlet.particleDensity, drag: dragLaw)
        let grid = inlet.grid

        let march = coolingMarch(inletTemperature: tIn, wall: heatTransfer, segments: segments,
                                 gasMassFlow: chamberFlow * inletState.density,
                                 dustMassFlow: chamberFlow * inlet.dustConcentration,
                                 dustSpecificHeat: dustSpecificHeat, heatCapacity: gasHeatCapacity,
                                 molarMass: inlet.gas.molarMass)

        // Per segment: settling numbers and Péclet numbers per class, friction.
        var settling = [[Double]](repeating: [], count: segments)
        var peclet = [[Double]](repeating: [], count: segments)
        var frictionLoss = 0.0
        var firstDiffusivity = 0.0
        let dh = DuctFriction.hydraulicDiameter(width: width, height: trayHeight)
        for (k, seg) in march.enumerated() {
            let gas = inlet.gas.state(temperature: seg.meanTemperature, pressure: p)
            let q = trayFlow * seg.meanTemperature / tIn
            let u = q / (width * trayHeight)
            let eps = verticalDiffusivity.value(velocity: u, width: width, height: trayHeight,
                                                roughness: pressureDropModel.wallRoughness,
                                                kinematicViscosity: gas.kinematicViscosity)
            if k == 0 { firstDiffusivity = eps }
            let f = DuctFriction.darcy(reynolds: u * dh / gas.kinematicViscosity,
                                       roughness: pressureDropModel.wallRoughness, hydraulicDiameter: dh)
            frictionLoss += f * dL / dh * 0.5 * gas.density * u * u
            settling[k] = grid.means.map { dynamics.terminalVelocity(diameter: $0, gas: gas) * kA * width * dL / q }
            peclet[k] = grid.means.map { x in
                let vt = dynamics.terminalVelocity(diameter: x, gas: gas)
                return eps > 0 ? vt * trayHeight / eps : .infinity
            }
        }

        let column = VerticalDispersionColumn(cells: columnCells)
        if mixing == .dispersion {
            let work = (0..<grid.count).reduce(0.0) { sum, i in
                sum + column.cellUpdates(pieces: (0..<segments).map { (settling[$0][i], peclet[$0][i]) })
            }
            if !(work <= VerticalDispersionColumn.maxCellUpdates) {
                throw WorkLimitExceeded(message: "gravity_settler/dispersion: the dispersion column could take up to "
                    + String(format: "%.3g", work) + " cell updates (\(grid.count) size classes × sub-steps × "
                    + "\(columnCells) column_cells), above \(String(format: "%.3g", VerticalDispersionColumn.maxCellUpdates)); "
                    + "lower column_cells (default 100)")
            }
        }
        var efficiency = (0..<grid.count).map { i -> Double in
            let total = settling.reduce(0) { $0 + $1[i] }
            switch mixing {
            case .laminar: return SettlingMixing.laminarEfficiency(settlingNumber: total)
            case .mixed: return SettlingMixing.mixedEfficiency(settlingNumber: total)
            case .dispersion:
                let pieces = (0..<segments).map { (settlingNumber: settling[$0][i], peclet: peclet[$0][i]) }
                return 1 - column.penetration(pieces: pieces)
            }
        }

        // Pressure drop, duct to duct, per chamber (chambers in parallel share it).
        let outletTemperature = march.last?.outletTemperature ?? tIn
        let outletState = inlet.gas.state(temperature: outletTemperature, pressure: p)
        let ductArea = chamberFlow / pressureDropModel.ductVelocity
        let areaRatio = ductArea / (width * height)
        let vOut = chamberFlow * outletTemperature / tIn / ductArea
        let entryLoss = SettlerPressureDrop.expansionLoss(areaRatio: areaRatio) * 0.5 * inletState.density
            * pressureDropModel.ductVelocity * pressureDropModel.ductVelocity
        let exitLoss = SettlerPressureDrop.contractionLoss(areaRatio: areaRatio) * 0.5 * outletState.density * vOut * vOut
        var pressureDrop = entryLoss + frictionLoss + exitLoss

        var warnings: [String] = []
        var details: [String: Double] = [:]
        let uNominal = chamberFlow / (width * height)
        let uActive = uNominal / kA
        if uActive > reentrainmentVelocity {
            warnings.append(String(format: "gravity settler: horizontal velocity %.2f m/s exceeds the re-entrainment "
                                   + "threshold %.2f m/s; settled dust may be picked up again", uActive,
                                   reentrainmentVelocity))
        }
        if areaRatio >= 1 {
            warnings.append(String(format: "gravity settler: the connecting duct (%.3g m² at %.1f m/s) is not smaller "
                                   + "than the chamber cross-section %.3g m²; entry/exit losses set to 0",
                                   ductArea, pressureDropModel.ductVelocity, width * height))
        }

        if let baffle {
            let index = min(Int(baffleLocation * Double(segments)), segments - 1)
            let t = march[index].meanTemperature
            let local = SeparatorInlet(gas: inlet.gas, temperature: t, pressure: p, volumetricFlow: chamberFlow * t / tIn,
                                       dustConcentration: inlet.dustConcentration * tIn / t,
                                       particleDensity: inlet.particleDensity, grid: grid,
                                       massFractions: inlet.massFractions)
            let b = try baffle.evaluate(local, context: context)
            efficiency = GradeCurve.series([efficiency, b.gradeEfficiency])
            pressureDrop += b.pressureDrop
            warnings += b.warnings.map { "baffle (\(b.model)): \($0)" }
            for (key, value) in b.details { details["baffle_" + key] = value }
            details["baffle_pressure_drop_Pa"] = b.pressureDrop
        }

        let residence = march.reduce(0.0) { acc, seg in acc + dL * width * trayHeight * kA / (trayFlow * seg.meanTemperature / tIn) }
        details["horizontal_velocity_m_per_s"] = uNominal
        details["active_horizontal_velocity_m_per_s"] = uActive
        details["outlet_horizontal_velocity_m_per_s"] = uNominal * outletTemperature / tIn
        details["residence_time_s"] = residence
        details["effective_area_factor"] = kA
        details["vertical_diffusivity_m2_per_s"] = firstDiffusivity
        details["reynolds_number"] = uNominal * dh / inletState.kinematicViscosity
        details["heat_removed_W"] = march.reduce(0) { $0 + $1.heatRemoved } * Double(count)
        details["outlet_volumetric_flow_m3_per_s"] = inlet.volumetricFlow * outletTemperature / tIn
        details["entry_pressure_drop_Pa"] = entryLoss
        details["exit_pressure_drop_Pa"] = exitLoss
        details["friction_pressure_drop_Pa"] = frictionLoss
        details["floor_area_m2"] = length * width * Double(trays) * Double(count)
        if let d50 = GradeCurve.cutSize(grid: grid, efficiency: efficiency) { details["cut_size_m"] = d50 }
        if mixing == .laminar {
            // Plug flow: the analytic complete-capture size, Σ_k N_k(d₁₀₀) = 1 (with the model's drag law, slip and
            // cooling; Stokes without cooling: d₁₀₀ = √(18 μ Q_tray/(g ρ_p k_A L W))). Vertical mixing (mixed,
            // dispersion) lets some of every size through: those models have none.
            let pieces = march.map { seg in (gas: inlet.gas.state(temperature: seg.meanTemperature, pressure: p),
                                             flow: trayFlow * seg.meanTemperature / tIn) }
            func settlingNumber(_ d: Double) -> Double {
                pieces.reduce(0) { $0 + dynamics.terminalVelocity(diameter: d, gas: $1.gas) * kA * width * dL / $1.flow }
            }
            let lo = log(1e-9), hi = log(1e-2)
            if settlingNumber(exp(hi)) > 1, settlingNumber(exp(lo)) < 1,
               let u = try? RootFinding.brent(in: lo, hi, relativeTolerance: 1e-14, absoluteTolerance: 1e-13, {
                   log(settlingNumber(exp($0)))
               }) {
                details["complete_capture_size_m"] = exp(u)
            }
        }
        return SeparatorResult(model: modelName, gradeEfficiency: efficiency, pressureDrop: pressureDrop,
                               outletTemperature: outletTemperature, warnings: warnings, details: details)
    }
}
