import DedustScenario

/// A small hot train shared by the HTML, CSV and spread tests: a Stairmand HE cyclone (Muschelknautz VDI),
/// a parallel pair of given-curve units, a cooler stage and a tabulated filter, on the carbide PSD at 600 °C.
enum ReportFixture {
    static let yaml = """
    scenario: Report fixture <hot & dusty>
    seed: 5
    size_grid: {from: 0.5 um, to: 300 um, classes: 24}
    gas:
      composition: {air: 1}
      flow: 12350 Nm3/h
      temperature: 600 degC
      pressure: 101.3 kPa
    dust:
      loading: 150 g/Nm3
      particle_density: 2200 kg/m3
      size_distribution:
        cumulative_undersize: [[1 um, 0.03], [3 um, 0.10], [5 um, 0.165], [10 um, 0.40],
                               [20 um, 0.55], [50 um, 0.72], [100 um, 0.85], [300 um, 1.0]]
        below: 0.5 um
    equipment:
      cyclone: {type: cyclone, geometry: stairmand_he, diameter: 2.3 m, model: muschelknautz_vdi}
      pre: {type: specified, model: logistic, cut_size: 40 um, sharpness: 2, pressure_drop: 200 Pa}
      cooler: {type: specified, model: constant, efficiency: 0, pressure_drop: 300 Pa, outlet_temperature: 240 degC}
      filter:
        type: specified
        model: table
        grade_efficiency: [[0.5 um, 0.995], [2 um, 0.9995], [10 um, 0.99999]]
        pressure_drop: 1.5 kPa
    configurations:
      cyclone_only: {train: [cyclone, cooler]}
      full: {train: [{parallel: [pre, pre]}, cyclone, cooler, filter]}
    limits:
      - {at: filter.inlet, max_concentration: 300 mg/Nm3, name: filter inlet}
      - {at: filter.inlet, max_temperature: 260 degC}
      - {at: outlet, max_concentration: 20 mg/Nm3, name: stack}
    """

    static func scenario(spread: String = "") throws -> Scenario {
        try ScenarioLoader.parse(yaml + "\n" + spread, file: "fixture.yaml")
    }

    static func run(_ s: Scenario) throws -> ScenarioResult { try ScenarioRunner(threads: 1).run(s) }
}
