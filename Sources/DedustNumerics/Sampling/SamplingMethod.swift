/// How a study draws its points in the unit cube (see ``UnitCubeSampler``).
///
/// - ``sobol``: Owen-scrambled Sobol' sequence (``SobolSequence``), the default: for smooth outputs its
///   error falls nearly as 1/n instead of 1/√n, and it is stratified in every 2^m prefix.
/// - ``latinHypercube``: Latin hypercube sample (McKay, Beckman & Conover 1979, Technometrics 21:239),
///   ``LatinHypercube``: every one of the `count` equal strata of every input is hit exactly once.
/// - ``random``: independent uniforms from Philox streams keyed by (seed, sample index).
///
/// Example: `SamplingMethod(rawValue: "latin_hypercube") == .latinHypercube`.
public enum SamplingMethod: String, CaseIterable, Sendable {
    case sobol
    case latinHypercube = "latin_hypercube"
    case random
}
