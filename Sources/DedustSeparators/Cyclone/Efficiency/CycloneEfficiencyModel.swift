/// A grade-efficiency model of one reverse-flow cyclone (Lapple, Barth, Muschelknautz, Leith–Licht, …).
///
/// Each conforming type is one file in this folder with its equations, source and validity in its doc
/// comment. `ConventionalCyclone` calls it once per evaluation for one cyclone at its share of the flow.
public protocol CycloneEfficiencyModel: Sendable {
    /// Scenario name (e.g. "muschelknautz_vdi").
    var name: String { get }
    /// Grade efficiency per class of `point.classDiameters`, the cut size and model details.
    func efficiency(of geometry: CycloneGeometry, at point: CycloneOperatingPoint) throws -> CycloneEfficiency
}

/// What a cyclone efficiency model returns.
public struct CycloneEfficiency: Sendable {
    /// η per class, each in [0, 1] (including any loading-limit "en masse" separation).
    public var gradeEfficiency: [Double]
    /// The model's 50 % cut size (m) of its classifying (inner-vortex) curve.
    public var cutSize: Double
    /// Model-specific scalars, SI, snake_case keys with the unit in the key ("wall_velocity_m_per_s").
    public var details: [String: Double]
    /// Validity warnings (extrapolation, clamping, …).
    public var warnings: [String]

    public init(gradeEfficiency: [Double], cutSize: Double, details: [String: Double] = [:], warnings: [String] = []) {
        self.gradeEfficiency = gradeEfficiency
        self.cutSize = cutSize
        self.details = details
        self.warnings = warnings
    }
}

/// A pressure-drop model of one reverse-flow cyclone (gas inlet to gas outlet).
public protocol CyclonePressureDropModel: Sendable {
    /// Scenario name (e.g. "shepherd_lapple").
    var name: String { get }
    /// Pressure drop ΔP (Pa) of one cyclone at `point`.
    func pressureDrop(of geometry: CycloneGeometry, at point: CycloneOperatingPoint) throws -> Double
}

extension CyclonePressureDropModel {
    /// Euler number Eu = ΔP / (½ ρ v_in²) (the "number of inlet velocity heads" N_H).
    public func eulerNumber(of geometry: CycloneGeometry, at point: CycloneOperatingPoint) throws -> Double {
        let vIn = point.volumetricFlow / geometry.inletArea
        return try pressureDrop(of: geometry, at: point) / (0.5 * point.gas.density * vIn * vIn)
    }
}
