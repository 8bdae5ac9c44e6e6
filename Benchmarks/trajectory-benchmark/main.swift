import DedustNumerics
import DedustPhysics
import DedustSeparators
import DedustTrajectories
import Foundation

let air = SutherlandGas.air.state(temperature: 293.15, pressure: 101_325)
print("air", air.density, air.viscosity)
let g = CycloneGeometry.standard(.stairmandHE, diameter: 0.305)
let flow = ConventionalCycloneFlow(geometry: g, volumetricFlow: 0.1395, wallVelocity: 19.32, controlSurfaceVelocity: 25.34)
print("n", flow.exponent, "Hcs", flow.separationHeight, "ur", flow.controlSurfaceRadialVelocity, "rc", flow.coreRadius, "dt", flow.timeStep, "tlim", flow.timeLimit)
let diam = [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 6.0].map { $0 * 1e-6 }
for disp in [DispersionModel.none, .ornsteinUhlenbeck()] {
    let sim = TrajectorySimulation(field: .cyclone(flow), dispersion: disp,
                                   settings: TrajectorySettings(particlesPerClass: 400, ciHalfWidth: 0.2, maxParticlesPerClass: 400, tileSize: 400))
    let r = sim.run(diameters: diam, particleDensity: 2000, gas: air, stream: StreamKey(seed: 1))
    print(disp.name, r.gradeEfficiency.map { String(format: "%.3f", $0) }, "x50", r.cutSize ?? -1, r.statistics)
}
