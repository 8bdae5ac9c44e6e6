/// Specific heat capacity of the dust, c_p,dust, for the energy balances of coolers and settling coolers.
///
/// 850 J/(kg·K) is a typical value for mineral dusts: from the NIST-JANAF Thermochemical Tables (4th ed., 1998),
/// CaO has 751 J/(kg·K) at 298 K and ≈ 900 at 900 K, MgO 920 and ≈ 1190. The dust's
/// heat is small beside the gas's at loadings below ≈ 0.2 kg/kg, so the value matters little; it is a
/// parameter (`dust_specific_heat`) of every unit that balances energy.
public enum DustSpecificHeat {
    /// Default c_p,dust (J/(kg·K)).
    public static let typical = 850.0
}
