/// What `dedust models` prints about one model: its parameters with their defaults, and its reference.
public struct ModelInfo: Sendable, Equatable {
    /// One parameter of a unit's YAML mapping.
    public struct Parameter: Sendable, Equatable {
        /// Field name in the scenario (snake_case).
        public var name: String
        /// What it holds, e.g. "length", "fraction in [0, 1]", "mapping".
        public var kind: String
        /// Default written as in a scenario ("0 Pa"), or nil when the parameter is required or optional
        /// without default.
        public var defaultValue: String?
        /// Whether the parameter must be given.
        public var required: Bool
        /// One line of meaning.
        public var summary: String

        public init(_ name: String, _ kind: String, default defaultValue: String? = nil, required: Bool = false,
                    _ summary: String) {
            self.name = name
            self.kind = kind
            self.defaultValue = defaultValue
            self.required = required
            self.summary = summary
        }
    }

    /// Unit type (`type:`) and model name (`model:`).
    public var unitType: String
    public var model: String
    /// What the model computes.
    public var summary: String
    /// Published source of the model.
    public var reference: String
    public var parameters: [Parameter]

    public init(unitType: String, model: String, summary: String, reference: String, parameters: [Parameter]) {
        self.unitType = unitType
        self.model = model
        self.summary = summary
        self.reference = reference
        self.parameters = parameters
    }
}
