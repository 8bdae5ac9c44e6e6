import DedustNumerics
import DedustPhysics
import DedustSeparators
import DedustTrajectories
import Foundation

let air = SutherlandGas.air.state(temperature: 293.15, pressure: 101_325)
let dyn = ParticleDynamics(particleDensity: 2000)
let ds = [9.0].map { $0 * 1e-6 }
print("ref", ds.map { 1 - exp(-dyn.terminalVelocity(diameter: $0, gas: air) * 500) })
for (sigma, tl, factor) in [(0.3, 0.5, 1.0), (0.3, 0.5, 0.1), (0.3, 0.05, 1.0), (0.3, 0.05, 0.25), (0.95, 0.05, 1.0)] {
    let flow = SettlerFlow(length: 10, width: 1, height: 1, volumetricFlow: 0.02)
    let sim = TrajectorySimulation(field: .settler(flow), dispersion: .ornsteinUhlenbeck(sigma: sigma, timeScale: tl),
                                   settings: TrajectorySettings(particlesPerClass: 1000, ciHalfWidth: 0.2, maxParticlesPerClass: 1000, tileSize: 500, timeStepFactor: factor))
    let r = sim.run(diameters: ds, particleDensity: 2000, gas: air, stream: StreamKey(seed: 1))
    print(sigma, tl, factor, sim.timeStep, r.gradeEfficiency, r.statistics.wallTime, "eps", sigma*sigma*tl)
}
