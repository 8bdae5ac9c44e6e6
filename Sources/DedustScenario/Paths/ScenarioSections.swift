import DedustPhysics

/// Descriptors of the scenario's own sections (`seed`, `size_grid`, `gas`, `dust`, `economics`), so that
/// parameter paths reach them as they reach unit parameters. The section readers in `Loading/` check the same
/// keys, kinds and ranges.
enum ScenarioSections {
    static let seed = ParameterDescriptor(key: "seed", kind: .integer, range: ValueRange(lower: 0),
                                          requirement: .value(.integer(1)), doc: "seed of every random stream")

    static let sizeGrid: [ParameterDescriptor] = [
        ParameterDescriptor(key: "from", kind: .quantity(.length), range: .positive, requirement: .required,
                            doc: "smallest size"),
        ParameterDescriptor(key: "to", kind: .quantity(.length), range: .positive, requirement: .required,
                            doc: "largest size"),
        ParameterDescriptor(key: "classes", kind: .integer, range: ValueRange(lower: 1, upper: 2000),
                            requirement: .required, doc: "number of log-spaced classes"),
    ]

    static let composition = ParameterDescriptor(
        key: "composition", kind: .record(ScenarioReader.species.map {
            ParameterDescriptor(key: $0, kind: .number, range: .fraction, requirement: .optional, doc: "mole fraction of \($0)")
        }), requirement: .required, doc: "mole fractions by species")

    static let gas: [ParameterDescriptor] = [
        composition,
        ParameterDescriptor(key: "normalize", kind: .flag, requirement: .value(.flag(false)),
                            doc: "rescale the mole fractions to sum 1"),
        ParameterDescriptor(key: "flow", kind: .quantity(.volumetricFlow), range: .positive, requirement: .required,
                            doc: "volumetric flow at the train inlet, normal (Nm3/h) or actual (m3/h)"),
        ParameterDescriptor(key: "temperature", kind: .quantity(.temperature), range: .positive, requirement: .required,
                            doc: "gas temperature at the train inlet"),
        ParameterDescriptor(key: "pressure", kind: .quantity(.pressure), range: .positive,
                            requirement: .value(.number(PhysicalConstants.normalPressure)), doc: "absolute pressure",
                            defaultText: "101.325 kPa"),
        ParameterDescriptor(key: "density", kind: .quantity(.density), range: .positive,
                            requirement: .computed("computed"), doc: "measured density at the inlet"),
        ParameterDescriptor(key: "viscosity", kind: .quantity(.viscosity), range: .positive,
                            requirement: .computed("computed"), doc: "measured viscosity at the inlet"),
    ]

    static let distributionForms: [ParameterDescriptor] = [
        ParameterDescriptor(key: "rosin_rammler", kind: .record([
            ParameterDescriptor(key: "d63", kind: .quantity(.length), range: .positive, requirement: .required,
                                doc: "size at 63.2 % undersize"),
            ParameterDescriptor(key: "n", kind: .number, range: .positive, requirement: .required, doc: "spread exponent"),
        ]), doc: "F = 1 − exp(−(d/d63)ⁿ)"),
        ParameterDescriptor(key: "log_normal", kind: .record([
            ParameterDescriptor(key: "median", kind: .quantity(.length), range: .positive, requirement: .required,
                                doc: "mass median diameter"),
            ParameterDescriptor(key: "geometric_std", kind: .number, range: ValueRange(lower: 1, lowerInclusive: false),
                                requirement: .required, doc: "geometric standard deviation σ_g"),
        ]), doc: "log-normal by mass"),
        ParameterDescriptor(key: "gates_gaudin_schuhmann", kind: .record([
            ParameterDescriptor(key: "d_max", kind: .quantity(.length), range: .positive, requirement: .required,
                                doc: "largest size"),
            ParameterDescriptor(key: "m", kind: .number, range: .positive, requirement: .required, doc: "distribution modulus"),
        ]), doc: "F = (d/d_max)ᵐ"),
        ParameterDescriptor(key: "cumulative_undersize", kind: .structure("list of [size, F]"), doc: "a table"),
        ParameterDescriptor(key: "class_fractions", kind: .structure("list of fractions"), doc: "per class"),
        ParameterDescriptor(key: "size_scale", kind: .number, range: ValueRange(lower: 0.1, upper: 10),
                            requirement: .value(.number(1)),
                            doc: "factor on every size of a cumulative_undersize table (moves its median)"),
    ]

    static let dust: [ParameterDescriptor] = [
        ParameterDescriptor(key: "loading", kind: .quantity(.concentration), range: .nonNegative, requirement: .required,
                            doc: "dust content of the raw gas with its basis"),
        ParameterDescriptor(key: "particle_density", kind: .quantity(.density), range: .positive, requirement: .required,
                            doc: "particle true density"),
        ParameterDescriptor(key: "size_distribution", kind: .record(distributionForms), requirement: .required,
                            doc: "exactly one form"),
    ]

    static let economics: [ParameterDescriptor] = [
        ParameterDescriptor(key: "operating_hours", kind: .number, range: ValueRange(lower: 0, upper: 8784),
                            requirement: .value(.number(Economics().operatingHours)), doc: "hours per year"),
        ParameterDescriptor(key: "electricity_price", kind: .number, range: .nonNegative,
                            requirement: .value(.number(Economics().electricityPrice)), doc: "price per kWh"),
        ParameterDescriptor(key: "grid_co2", kind: .number, range: .nonNegative,
                            requirement: .value(.number(Economics().gridCO2)), doc: "kg CO₂ per kWh"),
        ParameterDescriptor(key: "fan_efficiency", kind: .number, range: .openFraction,
                            requirement: .value(.number(Economics().fanEfficiency)), doc: "fan efficiency η_fan"),
    ]

    /// Top-level sections a path can start with (besides `equipment`).
    static let top: [ParameterDescriptor] = [
        seed,
        ParameterDescriptor(key: "size_grid", kind: .record(sizeGrid), doc: "size classes"),
        ParameterDescriptor(key: "gas", kind: .record(gas), requirement: .required, doc: "raw gas"),
        ParameterDescriptor(key: "dust", kind: .record(dust), requirement: .required, doc: "raw dust"),
        ParameterDescriptor(key: "economics", kind: .record(economics), doc: "fan and energy economics"),
    ]
}
