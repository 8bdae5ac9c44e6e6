/// A limit every configuration must meet (`limits:` entries).
public struct LimitSpecification: Sendable, Equatable {
    /// Where the limit applies.
    public enum Point: Sendable, Equatable, CustomStringConvertible {
        /// The raw gas entering the train.
        case trainInlet
        /// The stack (gas leaving the train).
        case trainOutlet
        /// The inlet or outlet of a unit: an equipment name (every instance of it) or an instance id
        /// (`settler#2`).
        case unitInlet(String)
        case unitOutlet(String)
        /// A unit itself (for its pressure drop).
        case unit(String)

        public var description: String {
            switch self {
            case .trainInlet: return "inlet"
            case .trainOutlet: return "outlet"
            case let .unitInlet(u): return "\(u).inlet"
            case let .unitOutlet(u): return "\(u).outlet"
            case let .unit(u): return u
            }
        }
    }

    /// What is limited, in SI.
    public enum Quantity: Sendable, Equatable {
        /// Maximum dust concentration on the normal basis (kg/Nm³).
        case normalConcentration(Double)
        /// Maximum dust concentration at actual conditions (kg/m³).
        case actualConcentration(Double)
        /// Maximum gas temperature (K).
        case temperature(Double)
        /// Minimum gas temperature (K), e.g. to stay above the dew point.
        case minimumTemperature(Double)
        /// Maximum pressure drop (Pa): of a unit, or of the whole train at `outlet`.
        case pressureDrop(Double)
    }

    /// Name shown in reports (given, or made from the point and quantity).
    public var name: String
    public var point: Point
    public var quantity: Quantity
    /// 1-based line of the limit in the file (for messages).
    public var line: Int
}
