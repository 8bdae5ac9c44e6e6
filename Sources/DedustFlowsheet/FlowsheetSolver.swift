import Foundation
import DedustNumerics
import DedustPhysics
import DedustSeparators

/// Solves the steady mass balance of a flowsheet, size class by size class.
///
/// ## The linear system
/// With x_i the dust mass flow of one size class at the inlet of unit i, and η_i that class's grade
/// efficiency, unit i sends (1 − η_i)·x_i to its outlet and η_i·x_i to its collected discharge. Streams
/// carry fixed fractions f of a source to a destination, so the inlets satisfy
///
///     x_i − Σ_j [ f(outlet_j → i)(1 − η_j) + f(collected_j → i) η_j ] x_j = f(feed → i) · x_feed
///
/// i.e. (I − M) x = b: series, splits, merges and recycles in one matrix. The gas is solved as one more
/// "class" with penetration 1 (all gas leaves by the outlet, none with the collected dust). Because η_j
/// sits inside M, the matrix generally differs from class to class, so one LU cannot serve every class;
/// the classes are grouped by identical matrices and each group is one LAPACK `dgesv` with the group's
/// classes as right-hand sides (coarse classes every unit collects fully, fine classes no unit touches and
/// the gas typically share a matrix). Without a recycle the matrix is lower-triangular in train order and
/// the solve reproduces a sequential pass exactly (to rounding).
///
/// ## Fixed point
/// Unit models may depend on what they receive (Muschelknautz's loading limit depends on the inlet
/// concentration, coolers on the gas flow, and every model on T and P). The solver therefore:
/// 1. evaluates the units once in flow order, ignoring recycle streams (exact for trains without loops);
/// 2. solves the linear balance with those efficiencies and mixes temperatures (gas-mass weighted, equal
///    heat capacities; a collected-dust return carries no gas and no heat) and pressures (gas-flow
///    weighted over the non-recycle streams; a recycle is assumed to have its own fan);
/// 3. re-evaluates every unit whose inlet changed by more than `tolerance` (relative) and repeats 2–3.
/// It stops when no inlet changed, and throws ``FlowsheetError/notConverged(iterations:change:)`` after
/// `maxIterations`. Trains without a loop converge in one solve with no re-evaluation.
///
/// ## Closure
/// Every run checks, per class, feed = stack + Σ discharged collected dust to 1e-9 relative; a failure
/// throws ``FlowsheetError/massClosure(sizeClass:diameter:feed:accounted:relativeError:)``.
public struct FlowsheetSolver: Sendable {
    /// Relative change of the unit inlets below which the fixed point is reached.
    public var tolerance: Double
    /// Maximum number of linear solves.
    public var maxIterations: Int
    /// Largest accepted relative mass-closure error per class.
    public var closureTolerance: Double

    public init(tolerance: Double = 1e-10, maxIterations: Int = 200, closureTolerance: Double = 1e-9) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.closureTolerance = closureTolerance
    }

    /// Solves `flowsheet` for `feed`. `context` supplies the seed, configuration index and thread budget;
    /// each unit is evaluated with `unitIndex` set to its position in the flowsheet.
    public func solve(_ flowsheet: Flowsheet, feed: FlowsheetFeed,
                      context: EvaluationContext = EvaluationContext()) throws -> FlowsheetSolution {
        try solve(flowsheet, feed: feed, context: context, progress: nil)
    }

    /// ``solve(_:feed:context:)`` reporting progress: `progress` receives the fraction of the first pass done
    /// (units evaluated, including a Monte Carlo unit's own progress).
    public func solve(_ flowsheet: Flowsheet, feed: FlowsheetFeed, context: EvaluationContext,
                      progress: (@Sendable (Double) -> Void)?) throws -> FlowsheetSolution {
        let problems = flowsheet.inconsistencies
        guard problems.isEmpty else { throw FlowsheetError.inconsistent(problems) }
        let n = flowsheet.units.count
        let k = feed.grid.count
        let gas = feed.gas

        var inlets = [ProcessStream?](repeating: nil, count: n)
        var results = [SeparatorResult?](repeating: nil, count: n)

        var firstPassDone = 0
        func evaluate(_ i: Int, _ inlet: ProcessStream) throws -> SeparatorResult {
            var ctx = context
            ctx.unitIndex = i
            if let progress, firstPassDone < n {
                let done = Double(firstPassDone), total = Double(max(n, 1))
                ctx.progress = { f in progress((done + min(1, max(0, f))) / total) }
            } else {
                ctx.progress = nil
            }
            let sepInlet = SeparatorInlet(gas: gas, temperature: inlet.temperature, pressure: inlet.pressure,
                                          volumetricFlow: inlet.actualFlow(gas),
                                          dustConcentration: inlet.actualConcentration(gas),
                                          particleDensity: feed.particleDensity, grid: feed.grid,
                                          massFractions: inlet.massFractions)
            let unit = flowsheet.units[i]
            if let problem = Self.inletProblem(inlet, gas: gas) {
                throw FlowsheetError.unitFailed(unit: unit.id, message: problem)
            }
            let result: SeparatorResult
            do {
                result = try unit.model.evaluate(sepInlet, context: ctx)
            } catch {
                throw FlowsheetError.unitFailed(unit: unit.id, message: String(describing: error))
            }
            guard result.gradeEfficiency.count == k else {
                throw FlowsheetError.unitFailed(unit: unit.id, message:
                    "model \(unit.model.modelName) returned \(result.gradeEfficiency.count) grade efficiencies "
                    + "(expected \(k), each in [0, 1])")
            }
            if let c = result.gradeEfficiency.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
                throw FlowsheetError.unitFailed(unit: unit.id, message:
                    "model \(unit.model.modelName) returned the grade efficiency \(result.gradeEfficiency[c]) in size "
                    + "class \(c) (\(feed.grid.means[c] * 1e6) µm), outside [0, 1]; an input is outside the model's range")
            }
            guard result.pressureDrop.isFinite, result.outletTemperature.isFinite,
                  result.outletTemperature > 0 else {
                throw FlowsheetError.unitFailed(unit: unit.id, message:
                    "model \(unit.model.modelName) returned a non-physical pressure drop \(result.pressureDrop) Pa "
                    + "or outlet temperature \(result.outletTemperature) K")
            }
            if let problem = Self.outletProblem(inlet, result) {
                throw FlowsheetError.unitFailed(unit: unit.id, message: problem)
            }
            return result
        }

        // Stream leaving `source` (whole, before fractions), from the current unit states.
        func sourceStream(_ source: StreamSource) -> ProcessStream? {
            switch source {
            case .feed: return feed.stream
            case let .outlet(j):
                guard let x = inlets[j], let r = results[j] else { return nil }
                return Self.outlet(of: x, result: r)
            case let .collected(j):
                guard let x = inlets[j], let r = results[j] else { return nil }
                return ProcessStream(temperature: r.outletTemperature, pressure: x.pressure, gasMassFlow: 0,
                                     dust: zip(x.dust, r.gradeEfficiency).map { $0 * $1 })
            }
        }

        // 1. Sequential pass in flow order, recycle streams ignored.
        for i in flowsheet.evaluationOrder {
            let incoming = flowsheet.streams.filter { $0.destination == .unit(i) && !$0.isRecycle }
            let inlet = Self.mix(incoming.compactMap { s in sourceStream(s.source).map { ($0, s) } }, classes: k)
            inlets[i] = inlet
            results[i] = try evaluate(i, inlet)
            firstPassDone += 1
            progress?(Double(firstPassDone) / Double(max(n, 1)))
        }

        // 2–3. Linear balance and fixed point.
        var iterations = 0
        var lastChange = Double.infinity
        while true {
            iterations += 1
            let solved = try solveBalance(flowsheet, feed: feed, results: results.map { $0! })
            // Mix temperatures and pressures with the solved flows.
            var newInlets: [ProcessStream] = []
            for i in 0..<n {
                let incoming = flowsheet.streams.filter { $0.destination == .unit(i) }
                var pairs: [(ProcessStream, FlowsheetStream)] = []
                for s in incoming {
                    guard var st = sourceStream(s.source) else { continue }
                    // Replace the flows by the solved ones (the states keep T and P).
                    switch s.source {
                    case .feed: break
                    case let .outlet(j):
                        st.dust = zip(solved.dust[j], results[j]!.gradeEfficiency).map { $0 * (1 - $1) }
                        st.gasMassFlow = solved.gas[j]
                    case let .collected(j):
                        st.dust = zip(solved.dust[j], results[j]!.gradeEfficiency).map { $0 * $1 }
                        st.gasMassFlow = 0
                    }
                    pairs.append((st, s))
                }
                var inlet = Self.mix(pairs, classes: k)
                inlet.dust = solved.dust[i]  // the solved balance is authoritative for the flows
                inlet.gasMassFlow = solved.gas[i]
                newInlets.append(inlet)
            }
            var change = 0.0
            var changed: [Int] = []
            for i in 0..<n {
                let c = Self.relativeChange(inlets[i]!, newInlets[i])
                change = max(change, c)
                if c > tolerance { changed.append(i) }
                inlets[i] = newInlets[i]
            }
            if changed.isEmpty { break }
            lastChange = change
            guard iterations < maxIterations else {
                throw FlowsheetError.notConverged(iterations: iterations, change: lastChange)
            }
            for i in changed { results[i] = try evaluate(i, inlets[i]!) }
        }

        // Assemble the solution.
        var units: [UnitSolution] = []
        for i in 0..<n {
            let x = inlets[i]!, r = results[i]!
            let collected = zip(x.dust, r.gradeEfficiency).map { $0 * $1 }
            let returned = flowsheet.streams.filter { $0.source == .collected(i) }.reduce(0) { $0 + $1.fraction }
            let unit = flowsheet.units[i]
            units.append(UnitSolution(id: unit.id, equipment: unit.equipment, unitType: unit.model.unitType,
                                      modelName: r.model, inlet: x, outlet: Self.outlet(of: x, result: r),
                                      collected: collected, discharged: collected.map { $0 * (1 - returned) },
                                      result: r))
        }
        let toStack = flowsheet.streams.filter { $0.destination == .stack }
        let stackPairs: [(ProcessStream, FlowsheetStream)] = toStack.compactMap { s in
            switch s.source {
            case .feed: return (feed.stream, s)
            case let .outlet(j): return (units[j].outlet, s)
            case let .collected(j):
                return (ProcessStream(temperature: units[j].outlet.temperature, pressure: units[j].inlet.pressure,
                                      gasMassFlow: 0, dust: units[j].collected), s)
            }
        }
        let stack = Self.mix(stackPairs, classes: k)

        // Closure per class: feed = stack + discharged.
        var worst = 0.0
        for c in 0..<k {
            let fin = feed.stream.dust[c]
            let accounted = stack.dust[c] + units.reduce(0) { $0 + $1.discharged[c] }
            let scale = max(fin, units.reduce(0) { $0 + $1.inlet.dust[c] }, .leastNormalMagnitude)
            let rel = fin > 0 ? abs(fin - accounted) / fin : abs(accounted) / scale
            if fin == 0 && accounted == 0 { continue }
            worst = max(worst, rel)
            if !(rel <= closureTolerance) {
                throw FlowsheetError.massClosure(sizeClass: c, diameter: feed.grid.means[c], feed: fin,
                                                 accounted: accounted, relativeError: rel)
            }
        }
        let solution = FlowsheetSolution(feed: feed.stream, units: units, outlet: stack, iterations: iterations,
                                         closureError: worst)
        if let problem = solution.inconsistencies(gas: gas, particleDensity: feed.particleDensity).first { throw FlowsheetError.impossibleState(problem) }
        return solution
    }

    /// Solved inlet flows: `dust[i][c]` (kg/s) and `gas[i]` (kg/s) for every unit i.
    struct Balance {
        var dust: [[Double]]
        var gas: [Double]
    }

    /// Assembles (I − M) x = b for every class (and the gas) and solves them with LAPACK. Classes whose
    /// matrices are identical (e.g. coarse classes every unit collects completely, or fine classes no unit
    /// touches, which share the gas's matrix) are solved together, one `dgesv` with each of them as a
    /// right-hand side.
    func solveBalance(_ flowsheet: Flowsheet, feed: FlowsheetFeed, results: [SeparatorResult]) throws -> Balance {
        let n = flowsheet.units.count
        let k = feed.grid.count
        var dust = [[Double]](repeating: [Double](repeating: 0, count: k), count: n)
        var gas = [Double](repeating: 0, count: n)
        guard n > 0 else { return Balance(dust: dust, gas: gas) }
        // Column c < k: dust class c; column k: gas. Group columns by their (bit-identical) matrix.
        var groups: [[Double]: [Int]] = [:]
        var order: [[Double]] = []
        var rhs = [[Double]](repeating: [Double](repeating: 0, count: n), count: k + 1)
        for c in 0...k {
            var a = Matrix.identity(n)
            let feedValue = c < k ? feed.stream.dust[c] : feed.stream.gasMassFlow
            for s in flowsheet.streams {
                guard case let .unit(i) = s.destination else { continue }
                switch s.source {
                case .feed: rhs[c][i] += s.fraction * feedValue
                case let .outlet(j):
                    let penetration = c < k ? 1 - results[j].gradeEfficiency[c] : 1
                    a[i, j] -= s.fraction * penetration
                case let .collected(j):
                    let eta = c < k ? results[j].gradeEfficiency[c] : 0
                    a[i, j] -= s.fraction * eta
                }
            }
            if groups[a.elements] == nil { order.append(a.elements) }
            groups[a.elements, default: []].append(c)
        }
        for elements in order {
            let columns = groups[elements] ?? []
            let a = Matrix(rows: n, columns: n, columnMajor: elements)
            let b = Matrix(rows: n, columns: columns.count, columnMajor: columns.flatMap { rhs[$0] })
            let x: Matrix
            do {
                x = try LAPACK.solve(a, b)
            } catch {
                throw FlowsheetError.singular(sizeClass: columns.first ?? 0, message: String(describing: error))
            }
            for (col, c) in columns.enumerated() {
                for i in 0..<n {
                    if c < k { dust[i][c] = x[i, col] } else { gas[i] = x[i, col] }
                }
            }
        }
        return Balance(dust: dust, gas: gas)
    }

    /// The cleaned-gas outlet of a unit with inlet `x`.
    static func outlet(of x: ProcessStream, result r: SeparatorResult) -> ProcessStream {
        ProcessStream(temperature: r.outletTemperature, pressure: x.pressure - r.pressureDrop,
                      gasMassFlow: x.gasMassFlow, dust: zip(x.dust, r.gradeEfficiency).map { $0 * (1 - $1) })
    }

    /// Mixes whole source streams taken with their stream fractions: flows add; T is gas-mass weighted
    /// (dust-only streams carry no heat); P is gas-flow weighted over the non-recycle streams.
    static func mix(_ parts: [(ProcessStream, FlowsheetStream)], classes k: Int) -> ProcessStream {
        var dust = [Double](repeating: 0, count: k)
        var gasFlow = 0.0, pWeight = 0.0
        // Weighted deviations from the first stream's state, so equal states mix to exactly that state.
        let t0 = parts.first?.0.temperature ?? 0, p0 = parts.first?.0.pressure ?? 0
        var dt = 0.0, dp = 0.0
        for (stream, s) in parts {
            let f = s.fraction
            for c in 0..<k { dust[c] += f * stream.dust[c] }
            let g = f * stream.gasMassFlow
            gasFlow += g
            dt += g * (stream.temperature - t0)
            if !s.isRecycle {
                dp += g * (stream.pressure - p0)
                pWeight += g
            }
        }
        let t = gasFlow > 0 ? t0 + dt / gasFlow : t0
        let p = pWeight > 0 ? p0 + dp / pWeight : p0
        return ProcessStream(temperature: t, pressure: p, gasMassFlow: gasFlow, dust: dust)
    }

    /// Largest relative difference between two inlets (dust per class against the total, gas, T, P).
    static func relativeChange(_ a: ProcessStream, _ b: ProcessStream) -> Double {
        let scale = max(a.dustMassFlow, b.dustMassFlow, .leastNormalMagnitude)
        var m = 0.0
        for c in 0..<a.dust.count { m = max(m, abs(a.dust[c] - b.dust[c]) / scale) }
        m = max(m, abs(a.gasMassFlow - b.gasMassFlow) / max(abs(a.gasMassFlow), .leastNormalMagnitude))
        m = max(m, abs(a.temperature - b.temperature) / a.temperature)
        m = max(m, abs(a.pressure - b.pressure) / a.pressure)
        return m
    }
}
