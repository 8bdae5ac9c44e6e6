import Foundation
import DedustPhysics

/// What one cyclone sees: its gas flow and gas state, the dust density and loading, and the feed size
/// classes. Every cyclone efficiency and pressure-drop model works from this (SI units throughout).
///
/// `ConventionalCyclone` builds it from a `SeparatorInlet` (dividing the flow among `count` cyclones and
/// choosing the class representative sizes and the median convention); tests and other models (the
/// circulating cyclone's cone, Dyssol cross-checks) can build it directly.
///
///     let air = GasState(temperature: 293.15, pressure: 101_325, density: 1.2, viscosity: 1.81e-5,
///                        molarMass: 0.028_96)
///     let op = CycloneOperatingPoint(volumetricFlow: 1.5, gas: air, particleDensity: 2000, loading: 0,
///                                    classDiameters: [1e-6, 5e-6], massFractions: [0.5, 0.5])
public struct CycloneOperatingPoint: Sendable {
    /// Actual gas flow through this one cyclone, Q (m³/s).
    public var volumetricFlow: Double
    /// Gas state (density ρ, viscosity μ, temperature, mean free path).
    public var gas: GasState
    /// Particle true density ρ_p (kg/m³).
    public var particleDensity: Double
    /// Solids loading c_o = ṁ_dust/ṁ_gas (kg/kg).
    public var loading: Double
    /// Representative particle diameter of each class (m).
    public var classDiameters: [Double]
    /// Mass fraction of the feed in each class (need not be normalised).
    public var massFractions: [Double]
    /// Mass-median diameter of the feed (m), used by the loading limits (nil: none given; models that
    /// need it compute it from the classes by log interpolation).
    public var medianDiameter: Double?

    public init(volumetricFlow: Double, gas: GasState, particleDensity: Double, loading: Double,
                classDiameters: [Double], massFractions: [Double], medianDiameter: Double? = nil) {
        self.volumetricFlow = volumetricFlow
        self.gas = gas
        self.particleDensity = particleDensity
        self.loading = loading
        self.classDiameters = classDiameters
        self.massFractions = massFractions
        self.medianDiameter = medianDiameter
    }

    /// ρ_p − ρ (kg/m³).
    public var densityDifference: Double { particleDensity - gas.density }

    /// The feed median to use: the given one, or the mass median from the class fractions with the cumulative
    /// undersize interpolated linearly between class diameters (nil without dust).
    public var effectiveMedianDiameter: Double? {
        if let medianDiameter { return medianDiameter }
        let total = massFractions.reduce(0, +)
        guard total > 0, !classDiameters.isEmpty else { return nil }
        var cumulative = 0.0
        for i in 0..<classDiameters.count {
            let next = cumulative + massFractions[i] / total
            if next >= 0.5 {
                if i == 0 { return classDiameters[0] }
                // cumulative undersize at class centres: F(x_{i-1}) ≈ cumulative − f_{i-1}/2, F(x_i) ≈ next − f_i/2
                let fPrev = cumulative - massFractions[i - 1] / total / 2
                let fHere = next - massFractions[i] / total / 2
                if 0.5 <= fPrev { return classDiameters[i - 1] }
                if fHere <= 0.5 { return classDiameters[i] }
                let s = (0.5 - fPrev) / (fHere - fPrev)
                return classDiameters[i - 1] * pow(classDiameters[i] / classDiameters[i - 1], s)
            }
            cumulative = next
        }
        return classDiameters.last
    }

    /// Checks that the inputs are physical; throws a `CycloneError` naming the offending value otherwise.
    public func validate() throws {
        func positive(_ v: Double, _ what: String, _ unit: String) throws {
            guard v > 0, v.isFinite else { throw CycloneError.invalidInput("\(what) must be positive, got \(v) \(unit)") }
        }
        try positive(volumetricFlow, "gas flow per cyclone", "m³/s")
        try positive(gas.density, "gas density", "kg/m³")
        try positive(gas.viscosity, "gas viscosity", "Pa·s")
        guard densityDifference > 0 else {
            throw CycloneError.invalidInput(
                "particle density \(particleDensity) kg/m³ must exceed the gas density \(gas.density) kg/m³")
        }
        guard loading >= 0, loading.isFinite else {
            throw CycloneError.invalidInput("solids loading must be ≥ 0 kg/kg, got \(loading)")
        }
        guard classDiameters.count == massFractions.count else {
            throw CycloneError.invalidInput(
                "\(classDiameters.count) class diameters but \(massFractions.count) mass fractions; expected one per class")
        }
        for (i, d) in classDiameters.enumerated() where !(d > 0) || !d.isFinite {
            throw CycloneError.invalidInput("class \(i) diameter must be positive, got \(d) m")
        }
    }

    /// ``validate()``, then `geometry`'s consistency (``CycloneGeometry/inconsistencies``, thrown as
    /// `CycloneError.invalidGeometry`): the first step of every cyclone model's calculation.
    func validate(for geometry: CycloneGeometry) throws {
        try validate()
        let problems = geometry.inconsistencies
        guard problems.isEmpty else { throw CycloneError.invalidGeometry(problems) }
    }
}

/// Why a cyclone model cannot be evaluated, in words with the offending value.
public enum CycloneError: Error, CustomStringConvertible, Equatable {
    case invalidGeometry([String])
    case invalidInput(String)
    case invalidParameter(String)
    case unknownModel(kind: String, name: String, known: [String])

    public var description: String {
        switch self {
        case let .invalidGeometry(m): return "cyclone geometry is inconsistent: " + m.joined(separator: "; ")
        case let .invalidInput(m): return "cyclone input: " + m
        case let .invalidParameter(m): return "cyclone parameter: " + m
        case let .unknownModel(kind, name, known):
            return "unknown cyclone \(kind) model \"\(name)\"; expected one of: " + known.joined(separator: ", ")
        }
    }
}
