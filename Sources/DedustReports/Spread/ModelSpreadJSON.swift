import DedustScenario

/// The `model_spread` value added at the end of the JSON document when the scenario asks for a spread
/// (an added key: documents without a spread are unchanged). Per unit instance: `configuration`, `unit`,
/// `equipment`, `inlet_mg_per_Nm3`, `inlet_temperature_C`, and `models` [{`model`, `kind` (correlation or
/// trajectory), `configured`, `pressure_drop_model`, `cut_size_um`, `efficiency`, `outlet_mg_per_Nm3`,
/// `outlet_mg_per_m3`, `pressure_drop_Pa`, `grade_efficiency` {`eta`, `ci_low`, `ci_high`}}], then
/// `efficiency_range`, `cut_size_um_range` and `outlet_mg_per_Nm3_range` as [min, max]; and `not_evaluated`
/// (reasons, in words).
public enum ModelSpreadJSON {
    public static func value(_ s: ModelSpreadResult) -> JSONValue {
        func range(_ r: ClosedRange<Double>?, scale: Double = 1) -> JSONValue {
            guard let r else { return .null }
            return .array([.finite(r.lowerBound * scale), .finite(r.upperBound * scale)])
        }
        return .object([
            ("units", .array(s.units.map { u in
                .object([
                    ("configuration", .string(u.configuration)), ("unit", .string(u.unitID)),
                    ("equipment", .string(u.equipment)),
                    ("inlet_mg_per_Nm3", .finite(u.inletNormalConcentration * 1e6)),
                    ("inlet_temperature_C", .finite(u.inletTemperature - 273.15)),
                    ("models", .array(u.entries.map { e in
                        .object([
                            ("model", .string(e.model)), ("kind", .string(e.kind.rawValue)), ("configured", .bool(e.configured)),
                            ("pressure_drop_model", .string(e.pressureDropModel)),
                            ("cut_size_um", .finite(e.cutSize.map { $0 * 1e6 })), ("efficiency", .finite(e.efficiency)),
                            ("outlet_mg_per_Nm3", .finite(e.outletNormalConcentration * 1e6)),
                            ("outlet_mg_per_m3", .finite(e.outletActualConcentration * 1e6)),
                            ("pressure_drop_Pa", .finite(e.pressureDrop)),
                            ("grade_efficiency", .object([
                                ("eta", .array(e.gradeEfficiency.map { .finite($0) })),
                                ("ci_low", e.confidenceLow.map { .array($0.map { .finite($0) }) } ?? .null),
                                ("ci_high", e.confidenceHigh.map { .array($0.map { .finite($0) }) } ?? .null),
                            ])),
                        ])
                    })),
                    ("efficiency_range", range(u.range { $0.efficiency })),
                    ("cut_size_um_range", range(u.range { $0.cutSize }, scale: 1e6)),
                    ("outlet_mg_per_Nm3_range", range(u.range { $0.outletNormalConcentration }, scale: 1e6)),
                ])
            })),
            ("not_evaluated", .array(s.failures.map { .string($0) })),
        ])
    }

    /// `document` with `model_spread` appended as the last top-level key.
    public static func appending(_ s: ModelSpreadResult, to document: JSONValue) -> JSONValue {
        guard case var .object(pairs) = document else { return document }
        pairs.append(("model_spread", value(s)))
        return .object(pairs)
    }
}
