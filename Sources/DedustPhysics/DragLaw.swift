import Foundation

/// A drag law for a sphere, expressed as the correction to Stokes drag
///
///     f(Re_p) = C_D Re_p / 24,    F_D = 3π μ x (u − v) f / C_c
///
/// so `f = 1` is Stokes flow. Laws are chosen by name (see ``DragLaws/named(_:)``).
public protocol DragLaw: Sendable {
    /// Name used in scenario files and reports.
    var name: String { get }
    /// f(Re_p) = C_D Re_p / 24 at particle Reynolds number `reynolds` ≥ 0.
    func stokesCorrection(reynolds: Double) -> Double
}

extension DragLaw {
    /// Drag coefficient C_D = 24 f / Re_p (infinite at Re_p = 0).
    public func dragCoefficient(reynolds: Double) -> Double {
        24 * stokesCorrection(reynolds: reynolds) / reynolds
    }
}

/// Stokes drag, f = 1 (creeping flow, Re_p ≲ 0.3).
public struct StokesDrag: DragLaw {
    public init() {}
    public var name: String { "stokes" }
    @inlinable public func stokesCorrection(reynolds: Double) -> Double { 1 }
}

/// Schiller & Naumann (1933): f = 1 + 0.15 Re_p^0.687 for Re_p < 1000, C_D = 0.44 above (Newton regime).
///
/// Example: Re_p = 1 → f = 1.15, C_D = 27.6.
public struct SchillerNaumannDrag: DragLaw {
    public init() {}
    public var name: String { "schiller_naumann" }
    @inlinable public func stokesCorrection(reynolds: Double) -> Double {
        reynolds < 1000 ? 1 + 0.15 * pow(reynolds, 0.687) : 0.44 * reynolds / 24
    }
}

/// Clift & Gauvin (1970), valid up to Re_p ≈ 3·10⁵ (Clift, Grace & Weber, *Bubbles, Drops and Particles*, 1978,
/// Table 5.2):
///
///     C_D = 24/Re (1 + 0.15 Re^0.687) + 0.42 / (1 + 42 500 Re^−1.16)
///
/// (This is the form of Clift, Grace & Weber; `fluids`' `Clift_Gauvin` uses the refitted constants quoted by
/// Barati et al. 2014, 0.152 Re^0.677 and 0.417/(1 + 5070 Re^−0.94); terminal velocities from the two differ by
/// < 0.6 % for x ≤ 500 µm in carbide gas at 600 °C, up to 1.4 % at Re_p ≈ 100.)
///
/// Example: Re_p = 100 → C_D = 1.0938; Re_p = 1 → C_D = 27.600.
public struct CliftGauvinDrag: DragLaw {
    public init() {}
    public var name: String { "clift_gauvin" }
    @inlinable public func stokesCorrection(reynolds: Double) -> Double {
        guard reynolds > 0 else { return 1 }
        return 1 + 0.15 * pow(reynolds, 0.687) + 0.42 / (1 + 42_500 * pow(reynolds, -1.16)) * reynolds / 24
    }
}

/// Haider & Levenspiel (1989) for spheres (sphericity 1), valid for Re_p < 2·10⁵ (Powder Technol. 58:63–70,
/// eq. 11 with φ = 1):
///
///     C_D = 24/Re (1 + 0.1806 Re^0.6459) + 0.4251 / (1 + 6880.95/Re)
///
/// Example: Re_p = 200 → C_D = 0.79596 (`fluids` 1.3.1 `Haider_Levenspiel(200.)`: 0.7959551680251666);
/// Re_p = 1 → C_D = 28.334.
public struct HaiderLevenspielDrag: DragLaw {
    public init() {}
    public var name: String { "haider_levenspiel" }
    @inlinable public func stokesCorrection(reynolds: Double) -> Double {
        guard reynolds > 0 else { return 1 }
        return 1 + 0.1806 * pow(reynolds, 0.6459) + 0.4251 / (1 + 6880.95 / reynolds) * reynolds / 24
    }
}

/// Registry of drag laws by name.
public enum DragLaws {
    public static let all: [any DragLaw] = [StokesDrag(), SchillerNaumannDrag(), CliftGauvinDrag(),
                                            HaiderLevenspielDrag()]

    /// The law called `name` ("stokes", "schiller_naumann", "clift_gauvin", "haider_levenspiel"), or nil.
    public static func named(_ name: String) -> (any DragLaw)? {
        all.first { $0.name == name }
    }
}
