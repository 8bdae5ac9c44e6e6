import Foundation
import DedustPhysics

/// A conventional reverse-flow cyclone (tangential slot inlet), possibly `count` identical cyclones in parallel
/// sharing the flow equally, with a chosen grade-efficiency model and pressure-drop model
/// (physics.md §1; registry names in `CycloneModels`).
///
/// Each cyclone sees Q/count at the inlet gas state, loading c_o = ṁ_dust/ṁ_gas and the inlet size
/// distribution; grade efficiency and pressure drop are those of one cyclone (parallel units have the same η and
/// ΔP). The gas leaves at the inlet temperature (no heat loss modelled).
///
/// Validity: that of the chosen models (each documents its own); the unit adds no physics beyond the equal flow
/// split among parallel cyclones (identical units, identical inlet ducting assumed).
///
/// Checks reported as warnings (physics.md §1.2, §1.11, §5.5):
/// * inlet velocity outside `inletVelocityRange` (default 10–30 m/s, the usual design range);
/// * v_in above `saltationWarningRatio` (1.36) × the Kalen–Zenz saltation velocity (re-entrainment);
/// * the Alexander natural vortex ending on the cone or barrel wall above the dust outlet;
/// * the inlet overlapping the vortex finder radially (R − b < R_x, e.g. Stairmand HT: scroll inlet needed);
/// * whatever the efficiency model reports (Iozia–Leith β clamped, …).
///
/// Details (SI, unit in the key): everything the efficiency model reports (e.g. "cut_size_m",
/// "wall_velocity_m_per_s", "vortex_exponent", "mass_loading_limit") plus "inlet_velocity_m_per_s",
/// "flow_per_cyclone_m3_per_s", "count", "loading_kg_per_kg", "saltation_velocity_m_per_s",
/// "natural_vortex_length_m", "euler_number", "feed_median_m".
///
/// Example: one Stairmand HE cyclone D = 1 m at Q = 1.5 m³/s (v_in = 15 m/s), air 20 °C, ρ_p = 2000 kg/m³,
/// clean gas (ρ = 1.2 kg/m³, μ = 1.81e-5 Pa·s), `MuschelknautzVDI()` (λ₀ = 0.005): α = 0.6212,
/// v_θw = 19.32 m/s, v_θCS = 25.87 m/s, n = 0.421, h_sep = 3.0 m, cut size 4.176 µm; with the default
/// `MuschelknautzPressureDrop` ΔP = 1252 Pa (Eu = 9.28), with `ShepherdLapplePressureDrop` 864 Pa.
public struct ConventionalCyclone: SeparatorModel {
    /// Which size represents a class in the correlations.
    public enum ClassSize: String, Sendable {
        /// √(x_lo x_hi), the `SizeGrid` convention (default).
        case geometricMean = "geometric_mean"
        /// (x_lo + x_hi)/2, Dyssol's convention.
        case arithmeticMean = "arithmetic_mean"
    }

    /// How the feed median d_50 of the loading limit is obtained from the classes.
    public enum MedianConvention: String, Sendable {
        /// Cumulative undersize interpolated log-linearly within the class holding the median
        /// (`SeparatorInlet.massMedianDiameter`; default).
        case logInterpolated = "log_interpolated"
        /// Dyssol's `GetDistributionMedian`: the cumulative undersize at each class's *upper edge* is assigned
        /// to its arithmetic class mean and interpolated linearly. For a symmetric PSD on a linear grid this
        /// gives a value half a class below the true median (0.495 instead of 0.500 mm in Dyssol's own test).
        case dyssol = "dyssol"
    }

    public var geometry: CycloneGeometry
    /// Identical cyclones in parallel (≥ 1).
    public var count: Int
    public var efficiencyModel: any CycloneEfficiencyModel
    public var pressureDropModel: any CyclonePressureDropModel
    public var classSize: ClassSize
    public var medianConvention: MedianConvention
    /// Inlet velocities outside this range (m/s) give a warning.
    public var inletVelocityRange: ClosedRange<Double>
    /// Warn when v_in exceeds this multiple of the Kalen–Zenz saltation velocity.
    public var saltationWarningRatio: Double

    public init(geometry: CycloneGeometry, count: Int = 1,
                efficiencyModel: any CycloneEfficiencyModel = MuschelknautzVDI(),
                pressureDropModel: any CyclonePressureDropModel = MuschelknautzPressureDrop(),
                classSize: ClassSize = .geometricMean, medianConvention: MedianConvention = .logInterpolated,
                inletVelocityRange: ClosedRange<Double> = 10...30, saltationWarningRatio: Double = 1.36) {
        self.geometry = geometry
        self.count = count
        self.efficiencyModel = efficiencyModel
        self.pressureDropModel = pressureDropModel
        self.classSize = classSize
        self.medianConvention = medianConvention
        self.inletVelocityRange = inletVelocityRange
        self.saltationWarningRatio = saltationWarningRatio
    }

    public var unitType: String { "cyclone" }
    public var modelName: String { efficiencyModel.name }

    /// The operating point of one of the `count` cyclones for `inlet`.
    public func operatingPoint(for inlet: SeparatorInlet) throws -> CycloneOperatingPoint {
        guard count >= 1 else { throw CycloneError.invalidParameter("count must be ≥ 1 cyclone, got \(count)") }
        let problems = geometry.inconsistencies
        guard problems.isEmpty else { throw CycloneError.invalidGeometry(problems) }
        let gas = inlet.gasState
        let diameters: [Double]
        switch classSize {
        case .geometricMean: diameters = inlet.grid.means
        case .arithmeticMean:
            diameters = (0..<inlet.grid.count).map { 0.5 * (inlet.grid.edges[$0] + inlet.grid.edges[$0 + 1]) }
        }
        let median: Double?
        switch medianConvention {
        case .logInterpolated: median = inlet.massMedianDiameter
        case .dyssol: median = Self.dyssolMedian(edges: inlet.grid.edges, massFractions: inlet.massFractions)
        }
        return CycloneOperatingPoint(volumetricFlow: inlet.volumetricFlow / Double(count), gas: gas,
                                     particleDensity: inlet.particleDensity, loading: inlet.loading,
                                     classDiameters: diameters, massFractions: inlet.massFractions,
                                     medianDiameter: median)
    }

    public func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
        let point = try operatingPoint(for: inlet)
        let eff = try efficiencyModel.efficiency(of: geometry, at: point)
        let dp = try pressureDropModel.pressureDrop(of: geometry, at: point)
        let vIn = point.volumetricFlow / geometry.inletArea
        var warnings = eff.warnings
        var details = eff.details
        if !inletVelocityRange.contains(vIn) {
            warnings.append(String(format: "inlet velocity %.3g m/s is outside the usual cyclone range %g–%g m/s",
                                   vIn, inletVelocityRange.lowerBound, inletVelocityRange.upperBound))
        }
        let vs = SaltationVelocity.kalenZenz(geometry, inletVelocity: vIn, gas: point.gas,
                                             particleDensity: point.particleDensity)
        if vIn > saltationWarningRatio * vs {
            warnings.append(String(format: "inlet velocity %.3g m/s exceeds %.2f × the Kalen–Zenz saltation velocity %.3g m/s: collected dust may be re-entrained",
                                   vIn, saltationWarningRatio, vs))
        }
        if geometry.vortexFinderRadius > geometry.radius - geometry.inletWidth {
            warnings.append(String(format: "the inlet (R − b = %.3g m) overlaps the vortex finder (R_x = %.3g m) radially: a plain tangential slot short-circuits; the correlations assume a scroll inlet",
                                   geometry.radius - geometry.inletWidth, geometry.vortexFinderRadius))
        }
        let ln = NaturalVortexLength.alexander(geometry)
        switch NaturalVortexLength.vortexEnd(geometry) {
        case .reachesDustOutlet: break
        case let .coneWall(depth):
            warnings.append(String(format: "the natural vortex (Alexander, L_n = %.3g m) ends on the cone wall %.3g m below the roof, above the dust outlet: wall erosion and re-entrainment risk",
                                   ln, depth))
        case let .barrelWall(depth):
            warnings.append(String(format: "the natural vortex (Alexander, L_n = %.3g m) ends on the barrel wall %.3g m below the roof: the cone below it does not separate",
                                   ln, depth))
        }
        details["inlet_velocity_m_per_s"] = vIn
        details["flow_per_cyclone_m3_per_s"] = point.volumetricFlow
        details["count"] = Double(count)
        details["loading_kg_per_kg"] = point.loading
        details["saltation_velocity_m_per_s"] = vs
        details["natural_vortex_length_m"] = ln
        details["euler_number"] = dp / (0.5 * point.gas.density * vIn * vIn)
        details["cut_size_m"] = eff.cutSize
        if let m = point.medianDiameter { details["feed_median_m"] = m }
        return SeparatorResult(model: efficiencyModel.name, gradeEfficiency: eff.gradeEfficiency.map { min(1, max(0, $0)) },
                               pressureDrop: dp, outletTemperature: inlet.temperature, warnings: warnings,
                               details: details)
    }

    /// Dyssol's median (`GetDistributionValue(grid, Q3, 0.5)`): Q3 at the upper class edges, paired with the
    /// arithmetic class means, interpolated linearly. Nil without dust.
    public static func dyssolMedian(edges: [Double], massFractions: [Double]) -> Double? {
        let total = massFractions.reduce(0, +)
        let n = massFractions.count
        guard total > 0, n >= 1, edges.count == n + 1 else { return nil }
        if n == 1 { return (edges[1] + edges[0]) * 0.5 }
        var q3 = [Double](repeating: 0, count: n)
        var s = 0.0
        for i in 0..<n { s += massFractions[i] / total; q3[i] = s }
        var left = 0
        while left < n - 1 && q3[left] < 0.5 { left += 1 }
        if left == 0 { return 0.5 * (edges[0] + edges[1]) }  // Dyssol returns 0 here; the first class mean is meaningful
        left -= 1
        let right = left + 1
        let dL = (edges[left] + edges[left + 1]) / 2, dR = (edges[right] + edges[right + 1]) / 2
        let qL = q3[left], qR = q3[right]
        if qL == qR { return (dL + dR) * 0.5 }
        return dL + (dR - dL) * (0.5 - qL) / (qR - qL)
    }
}

extension ConventionalCyclone {
    /// A cyclone configured by scenario names (see `CycloneModels`): `model` is the efficiency model,
    /// `pressureDropModel` the ΔP model (nil: `CycloneModels.defaultPressureDropName(forEfficiency:)`).
    ///
    ///     let c = try ConventionalCyclone(geometry: .standard(.stairmandHE, diameter: 2.3), count: 2,
    ///                                     model: "muschelknautz_vdi", pressureDropModel: nil,
    ///                                     parameters: ParameterValues(["wall_friction": .number(0.0075)]))
    public init(geometry: CycloneGeometry, count: Int = 1, model: String, pressureDropModel: String? = nil,
                parameters: ParameterValues = .init()) throws {
        let eff = try CycloneModels.efficiency(named: model, parameters: parameters)
        let dp = try CycloneModels.pressureDrop(named: pressureDropModel ?? CycloneModels.defaultPressureDropName(forEfficiency: model),
                                                parameters: parameters)
        self.init(geometry: geometry, count: count, efficiencyModel: eff, pressureDropModel: dp)
    }
}
