import DedustPhysics

/// Parameter helpers for unit factories. A bad value is reported (located) and the default returned; the
/// equipment reader treats any reported problem as a failed unit, so factories can read straight through.
extension YMap {
    /// A quantity of `kind` (SI), `fallback` when absent.
    func quantity(_ key: String, _ kind: QuantityKind, _ range: ValueRange = .positive, default fallback: Double) -> Double {
        self[key].flatMap { $0.quantity(kind, in: range) } ?? fallback
    }

    /// A quantity of `kind` (SI), nil when absent (or bad — then reported).
    func optionalQuantity(_ key: String, _ kind: QuantityKind, _ range: ValueRange = .positive) -> Double? {
        self[key].flatMap { $0.quantity(kind, in: range) }
    }

    /// A required quantity; 0 after a reported problem.
    func requiredQuantity(_ key: String, _ kind: QuantityKind, _ range: ValueRange = .positive, _ what: String? = nil) -> Double {
        required(key, what)?.quantity(kind, in: range) ?? 0
    }

    /// A plain number, `fallback` when absent.
    func number(_ key: String, _ range: ValueRange = .positive, default fallback: Double) -> Double {
        self[key].flatMap { $0.number(in: range) } ?? fallback
    }

    /// A plain number, nil when absent.
    func optionalNumber(_ key: String, _ range: ValueRange = .positive) -> Double? {
        self[key].flatMap { $0.number(in: range) }
    }

    /// A whole number, `fallback` when absent.
    func integer(_ key: String, _ range: ClosedRange<Int>, default fallback: Int) -> Int {
        self[key].flatMap { $0.integer(in: range) } ?? fallback
    }

    /// A boolean, nil when absent.
    func optionalBool(_ key: String) -> Bool? { self[key].flatMap { $0.bool() } }

    /// One of `options`, `fallback` when absent.
    func choice(_ key: String, _ options: [String], default fallback: String, what: String) -> String {
        self[key].flatMap { $0.choice(options, what: what) } ?? fallback
    }
}
