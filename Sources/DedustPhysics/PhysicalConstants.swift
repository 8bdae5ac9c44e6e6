/// Physical constants and reference states used throughout Dedust (SI).
public enum PhysicalConstants {
    /// Standard gravity g (m/s²), CGPM 1901.
    public static let standardGravity = 9.80665
    /// Molar gas constant R (J/(mol·K)), CODATA 2018 exact.
    public static let gasConstant = 8.314462618
    /// Normal temperature for "Nm³" (K): 0 °C (DIN 1343).
    public static let normalTemperature = 273.15
    /// Normal pressure for "Nm³" (Pa): 101.325 kPa (DIN 1343).
    public static let normalPressure = 101_325.0
    /// Kelvin offset of the Celsius scale.
    public static let celsiusOffset = 273.15
}
