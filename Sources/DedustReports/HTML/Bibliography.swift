/// The full citations behind the short references of the model registry (`dedust models`, `ModelInfo.reference`),
/// so a report names works a reader can find instead of keys. The same list, with what each work is used for,
/// is `docs/references.md` (a test checks that every citation here appears there word for word).
///
///     Bibliography.works(citedIn: "Lapple (1951); Cooper & Alley, Air Pollution Control")
///     // [Lapple 1951, Cooper & Alley 2011]
enum Bibliography {
    struct Work: Equatable {
        /// Text of a registry reference that names this work ("Hoffmann & Stein").
        var cue: String
        /// The full citation.
        var citation: String
    }

    static let works: [Work] = [
        Work(cue: "Barth", citation: "Barth, W. (1956). Berechnung und Auslegung von Zyklonabscheidern auf Grund neuerer Untersuchungen. Brennstoff-Wärme-Kraft 8(1), 1–9."),
        Work(cue: "Camp (1946)", citation: "Camp, T. R. (1946). Sedimentation and the design of settling tanks. Transactions of the American Society of Civil Engineers 111, 895–936."),
        Work(cue: "Cooper & Alley", citation: "Cooper, C. D., Alley, F. C. (2011). Air Pollution Control: A Design Approach, 4th ed. Waveland Press, Long Grove IL."),
        Work(cue: "Dobbins (1944)", citation: "Dobbins, W. E. (1944). Effect of turbulence on sedimentation. Transactions of the American Society of Civil Engineers 109, 629–656."),
        Work(cue: "Dyssol", citation: "Skorych, V., Dosta, M., Heinrich, S. (2020). Dyssol — An open-source flowsheet simulation framework for particulate materials. SoftwareX 12, 100572."),
        Work(cue: "Hoffmann & Stein", citation: "Hoffmann, A. C., Stein, L. E. (2008). Gas Cyclones and Swirl Tubes: Principles, Design and Operation, 2nd ed. Springer, Berlin."),
        Work(cue: "Idelchik", citation: "Idelchik, I. E. (1994). Handbook of Hydraulic Resistance, 3rd ed. CRC Press / Begell House."),
        Work(cue: "Incropera & DeWitt", citation: "Incropera, F. P., DeWitt, D. P., Bergman, T. L., Lavine, A. S. (2007). Fundamentals of Heat and Mass Transfer, 6th ed. Wiley, Hoboken NJ."),
        Work(cue: "Iozia & Leith", citation: "Iozia, D. L., Leith, D. (1990). The logistic function and cyclone fractional efficiency. Aerosol Science and Technology 12(3), 598–606."),
        Work(cue: "Lapple (1951)", citation: "Lapple, C. E. (1951). Processes use many collector types. Chemical Engineering 58(5), 144–151."),
        Work(cue: "Leith & Licht", citation: "Leith, D., Licht, W. (1972). The collection efficiency of cyclone type particle collectors — a new theoretical approach. AIChE Symposium Series 68(126), 196–206."),
        Work(cue: "Marple & Liu", citation: "Marple, V. A., Liu, B. Y. H. (1974). Characteristics of laminar jet impactors. Environmental Science & Technology 8(7), 648–654."),
        Work(cue: "Theodore & DePaola", citation: "Theodore, L., DePaola, V. (1980). Predicting cyclone efficiency. Journal of the Air Pollution Control Association 30(10), 1132–1133."),
        Work(cue: "VDI Heat Atlas", citation: "Muschelknautz, U. (2010). L3.4 Cyclones for the precipitation of solid particles. In: VDI e.V. (ed.), VDI Heat Atlas, 2nd ed. Springer, Berlin. German edition: Muschelknautz, U. (2019). L3.4 Zyklone zum Abscheiden fester Partikel aus Gasen. VDI-Wärmeatlas, Springer Vieweg, doi:10.1007/978-3-662-52989-8_91."),
        Work(cue: "Wang et al.", citation: "Wang, L. K., Pereira, N. C., Hung, Y.-T. (eds.) (2004). Air Pollution Control Engineering. Handbook of Environmental Engineering, vol. 1. Humana Press, Totowa NJ; chapter 2, Fabric filtration."),
        Work(cue: "physics.md", citation: "Dedust physics notes, docs/physics.md in the Dedust repository: every model's equations, sources, validity range and worked example, by the section numbers cited."),
        Work(cue: "DedustTrajectories.", citation: "Dedust trajectory engine, docs/trajectories.md in the Dedust repository (flow fields, integrator, dispersion, wall interaction) and Sources/DedustTrajectories/."),
        Work(cue: "GasHeatCapacity", citation: "Dedust gas heat capacity, Sources/DedustSeparators/Cooler/GasHeatCapacity.swift in the Dedust repository (rigid-rotor diatomic gas with one vibrational mode, checked against NIST-JANAF, or a given constant c_p)."),
    ]

    /// The works a registry reference text names, in the order of ``works``.
    static func works(citedIn reference: String) -> [Work] {
        works.filter { reference.contains($0.cue) }
    }
}
