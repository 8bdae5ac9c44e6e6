import DedustNumerics
import DedustPhysics
import DedustSeparators
import Foundation
import Testing
@testable import DedustTrajectories

@Suite("Circulating cyclone trajectories")
struct CirculatingTrajectoryTests {
    /// Primary annulus R = 0.5 m, r_i = 0.25 m, L = 1.5 m, Q = 1 m³/s, φ_b = 0.15, v_θw0 = 15 m/s, n = 0.6;
    /// cone: Stairmand HE sized for the bypass flow Q_b = 0.1765 m³/s at 15 m/s (D = 0.343 m) with the
    /// §1.10 velocities.
    static func flow(_ mode: CirculatingCycloneFlow.Mode) -> CirculatingCycloneFlow {
        let qb = 0.15 * 1.0 / 0.85
        let d = (qb / (0.1 * 15)).squareRoot()
        let cone = ConventionalCycloneFlow(geometry: .standard(.stairmandHE, diameter: d), volumetricFlow: qb,
                                           wallVelocity: 19.32, controlSurfaceVelocity: 25.34)
        return CirculatingCycloneFlow(radius: 0.5, innerRadius: 0.25, primaryLength: 1.5, volumetricFlow: 1,
                                      bypassFraction: 0.15, inletWallVelocity: 15, vortexExponent: 0.6, cone: cone,
                                      mode: mode)
    }

    static let diameters = [0.7, 1.0, 1.5, 2.0, 3.0, 5.0].map { $0 * 1e-6 }

    func run(_ mode: CirculatingCycloneFlow.Mode, particles: Int) -> TrajectoryResult {
        let sim = TrajectorySimulation(field: .circulatingCyclone(Self.flow(mode)), dispersion: .ornsteinUhlenbeck(),
                                       settings: TrajectorySettings(particlesPerClass: particles, ciHalfWidth: 0.05,
                                                                    maxParticlesPerClass: particles))
        return sim.run(diameters: Self.diameters, particleDensity: 2000, gas: air20,
                       stream: StreamKey(seed: 31, unit: mode == .recirculating ? 0 : (mode == .primaryOnly ? 1 : 2)))
    }

    @Test("recycle formula: η₁η₂/(1 − η₁(1 − η₂)) from single-zone runs matches the recirculating run")
    func recycle() {
        let primary = run(.primaryOnly, particles: 800), cone = run(.coneOnly, particles: 800)
        let loop = run(.recirculating, particles: 800)
        for i in Self.diameters.indices {
            let e1 = primary.tallies[i].efficiency, e2 = cone.tallies[i].efficiency
            let composed = e1 * e2 / (1 - e1 * (1 - e2))
            // delta-method standard error of the composition
            let d1 = e2 * e2 / pow(1 - e1 * (1 - e2), 2), d2 = e1 * (1 - e1) / pow(1 - e1 * (1 - e2), 2)
            let varComposed = d1 * d1 * standardError(primary.tallies[i]) + d2 * d2 * standardError(cone.tallies[i])
            let direct = loop.tallies[i]
            let z = abs(direct.efficiency - composed) / (varComposed + standardError(direct)).squareRoot()
            #expect(z < 3.29, "x = \(Self.diameters[i]): η₁ \(e1), η₂ \(e2), composed \(composed), direct \(direct.efficiency)")
            #expect(direct.undecided == 0 && primary.tallies[i].undecided == 0 && cone.tallies[i].undecided == 0)
        }
        // The loop really recirculated: per particle, η₁/(1 − η₁(1 − η₂)) expected entries into the bypass, each
        // followed by a return with probability 1 − η₂, so (2 − η₂) η₁/(1 − η₁(1 − η₂)) transfers. (With the
        // drift-limited wall layer (``CycloneWallDeposition``) fines join the bypass at η₁ ≈ 0.1–0.3, so there are
        // fewer transfers than particles; with capture on contact under turbulence there were more.)
        var expected = 0.0
        for i in Self.diameters.indices {
            let e1 = primary.tallies[i].efficiency, e2 = cone.tallies[i].efficiency
            expected += Double(loop.tallies[i].particles) * e1 * (2 - e2) / (1 - e1 * (1 - e2))
        }
        #expect(abs(Double(loop.total.transfers) / expected - 1) < 0.15,
                "transfers \(loop.total.transfers), expected from η₁, η₂ \(expected)")
    }

    @Test("swirl decay follows 1/v_θw(z) = 1/v_θw0 + f A(z)/(2 Q_p)")
    func swirlDecay() {
        let f = Self.flow(.recirculating)
        let z = 1.5, area = 2 * Double.pi * (0.5 + 0.25) * z
        #expect(abs(1 / f.wallVelocity(atHeight: z) - (1 / 15 + 0.005 * area / (2 * f.primaryFlow))) < 1e-12)
        #expect(abs(f.primaryFlow - 1 / 0.85) < 1e-12 && abs(f.bypassFlow - 0.15 / 0.85) < 1e-12)
    }
}
