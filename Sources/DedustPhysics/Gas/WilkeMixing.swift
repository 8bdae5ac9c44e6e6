/// Wilke's (1950) mixing rule for the viscosity of a dilute gas mixture (J. Chem. Phys. 18:517;
/// Poling, Prausnitz & O'Connell, *The Properties of Gases and Liquids*, 5th ed., eq. 9-5.13):
///
///     μ_mix = Σ_i x_i μ_i / Σ_j x_j Φ_ij
///     Φ_ij  = [1 + (μ_i/μ_j)^½ (M_j/M_i)^¼]² / [8 (1 + M_i/M_j)]^½
///
/// Typical error 1–2 % for non-polar mixtures; hydrogen-rich mixtures can be worse (Poling et al. §9-5).
///
/// Example: carbide gas case A (physics.md §7.1) at 873.15 K → 3.737e-5 Pa·s (physics.md §7.3: 3.728e-5).
public enum WilkeMixing {
    /// Mixture viscosity (Pa·s) from mole fractions `x`, component viscosities `mu` (Pa·s) and molar
    /// masses `molarMass` (any consistent unit). The arrays must have equal length.
    public static func viscosity(moleFractions x: [Double], viscosities mu: [Double], molarMasses m: [Double]) -> Double {
        precondition(x.count == mu.count && x.count == m.count, "Wilke mixing: arrays of different length")
        var result = 0.0
        for i in x.indices where x[i] > 0 {
            var denominator = 0.0
            for j in x.indices where x[j] > 0 {
                let a = 1 + (mu[i] / mu[j]).squareRoot() * (m[j] / m[i]).squareRoot().squareRoot()
                denominator += x[j] * a * a / (8 * (1 + m[i] / m[j])).squareRoot()
            }
            result += x[i] * mu[i] / denominator
        }
        return result
    }
}
