import DedustPhysics

/// Registry of drag laws by name: one line per law. Every law is a ``VectorDragLaw``, so every law can be
/// selected in the trajectory engine (`drag_law:` of the trajectory models) as well as in the correlation
/// models (`ParticleDynamics`); `dedust models`, the did-you-mean of `drag_law:` and the docs tables read it.
///
/// The registry lives beside the engine, not in `DedustPhysics` with the laws, because its line is also the
/// compile-time specialisation of the kernel for the law: each `.law(_:)` adds the law's type to the type of
/// ``registry`` (a list of types, ``RegisteredDragLaws``), so answering a simulation walks concrete types and
/// Swift specialises the engine, down to the step kernel, for every registered law — Swift specialises generic
/// code only for types named in the source, and only code that sees the engine can name it.
public enum DragLaws {
    /// The registered laws. Adding a law: its file in `Sources/DedustPhysics/Drag/`, one line here, its tests.
    static let registry = NoDragLaws()
        .law(StokesDrag())
        .law(SchillerNaumannDrag())
        .law(CliftGauvinDrag())
        .law(HaiderLevenspielDrag())
        .law(ChengDrag())

    /// The registered laws, in order.
    public static var all: [any VectorDragLaw] { registry.laws }

    /// The law called `name` (one of `all`'s names), or nil.
    public static func named(_ name: String) -> (any VectorDragLaw)? {
        all.first { $0.name == name }
    }

    /// The names of `all`, in order (for did-you-mean messages and `dedust models`).
    public static var names: [String] { all.map(\.name) }

    /// The drag laws as a model category (each law's ``DescribedModel/descriptor``), default Schiller–Naumann —
    /// what `drag_law:` of a scenario chooses from.
    public static var category: ModelCategory {
        ModelCategory(noun: "drag law", models: all.map { law in
            (type(of: law) as? any DescribedModel.Type)?.descriptor
                ?? ModelDescriptor(name: law.name, summary: "—", reference: "—")
        }, defaultModel: SchillerNaumannDrag.descriptor.name)
    }
}

/// A list of drag laws whose types are part of the list's type (built by ``law(_:)``).
protocol DragLawList: Sendable {
    /// The laws, in registration order.
    var laws: [any VectorDragLaw] { get }
    /// Whether a law of `law`'s type is in the list.
    func contains(_ law: any VectorDragLaw) -> Bool
    /// `request` answered by the engine specialised for the concrete type of `simulation`'s drag law; nil when
    /// that type is not in the list.
    func answer(_ simulation: TrajectorySimulation, _ request: EngineRequest) -> EngineAnswer?
}

extension DragLawList {
    /// This list with `law` added at the end.
    func law<L: VectorDragLaw>(_ law: L) -> RegisteredDragLaws<L, Self> { RegisteredDragLaws(law: law, earlier: self) }
}

/// The empty list, where ``DragLaws/registry`` starts.
struct NoDragLaws: DragLawList {
    var laws: [any VectorDragLaw] { [] }
    func contains(_ law: any VectorDragLaw) -> Bool { false }
    func answer(_ simulation: TrajectorySimulation, _ request: EngineRequest) -> EngineAnswer? { nil }
}

/// The laws of `Earlier` and then `law`, of type `L`.
struct RegisteredDragLaws<L: VectorDragLaw, Earlier: DragLawList>: DragLawList {
    let law: L
    let earlier: Earlier

    var laws: [any VectorDragLaw] { earlier.laws + [law] }

    func contains(_ other: any VectorDragLaw) -> Bool { other is L || earlier.contains(other) }

    func answer(_ simulation: TrajectorySimulation, _ request: EngineRequest) -> EngineAnswer? {
        if let drag = simulation.drag as? L { return request.answer(simulation, drag) }
        return earlier.answer(simulation, request)
    }
}
