extension DragLaws {
    /// The drag laws as a model category (each law's ``DescribedModel/descriptor``), default Schiller–Naumann —
    /// what `drag_law:` of a scenario chooses from.
    public static var category: ModelCategory {
        ModelCategory(noun: "drag law", models: all.map { law in
            (type(of: law) as? any DescribedModel.Type)?.descriptor
                ?? ModelDescriptor(name: law.name, summary: "—", reference: "—")
        }, defaultModel: SchillerNaumannDrag.descriptor.name)
    }
}
