/// Filter-bag media and their temperature limits (physics.md §6.3).
///
/// | medium | continuous | short surge | source |
/// |---|---|---|---|
/// | polyester | 135 °C | 150 °C | Xiechang vendor page (S13) 135 °C; surge [M-M] |
/// | PPS (Ryton, Procon) | 190 °C | 200 °C | S13 190 °C; surge range 200–232 °C [M-M], lower end taken |
/// | meta-aramid (Nomex) | 204 °C | 218 °C | [M-H]; surge range 218–240 °C, lower end taken |
/// | P84 polyimide | 240 °C | 260 °C | [M-H] |
/// | PTFE | 260 °C | 280 °C | S13 260 °C; surge 280–290 °C [M-M] |
/// | fibreglass (PTFE finish or membrane) | 260 °C | 280 °C | Benitez (S12) 530 K; surge 280–300 °C [M-M] |
///
/// Example: `FilterMedium.ptfe.continuousLimit` = 533.15 K; the carbide article's "≤ 260 °C, never > 280 °C" is
/// PTFE or fibreglass.
public enum FilterMedium: String, Sendable, CaseIterable {
    case polyester
    case pps
    case aramid
    case p84
    case ptfe
    case fibreglass

    /// Highest continuous operating temperature (K).
    public var continuousLimit: Double {
        switch self {
        case .polyester: return 135 + 273.15
        case .pps: return 190 + 273.15
        case .aramid: return 204 + 273.15
        case .p84: return 240 + 273.15
        case .ptfe, .fibreglass: return 260 + 273.15
        }
    }

    /// Highest short-surge temperature (K): above it the bags are damaged.
    public var surgeLimit: Double {
        switch self {
        case .polyester: return 150 + 273.15
        case .pps: return 200 + 273.15
        case .aramid: return 218 + 273.15
        case .p84: return 260 + 273.15
        case .ptfe, .fibreglass: return 280 + 273.15
        }
    }
}
