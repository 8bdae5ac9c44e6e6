import Foundation
import Testing
@testable import DedustPhysics

/// Particle-size distributions. Independent reference values: SciPy 1.17.1 / NumPy (Python 3), run 2026-11-23:
///
///     d = np.array([0.3, 1, 3, 5, 10, 20, 50, 100, 300]) * 1e-6
///     F = np.array([0, 0.03, 0.10, 0.165, 0.40, 0.55, 0.72, 0.85, 1.0])
///     p = scipy.interpolate.PchipInterpolator(np.log(d), F)           # monotone cubic in ln d
///     lin = lambda x: np.interp(np.log(x), np.log(d), F)              # log-linear
///     median: brentq(lambda u: p(u) - 0.5, ...);  d32: 1 / Σ quad(p.derivative()(u) e^(−u))
///     fits: np.polyfit(ln d, ln(−ln(1 − F)), 1) and np.polyfit(ln d, scipy.stats.norm.ppf(F), 1) on 0 < F < 1
@Suite("Particle-size distributions")
struct ParticleSizeDistributionTests {
    /// physics.md §7.5: the article's rows (3–50 µm) with the stated assumptions at 0.3, 1, 100 and 300 µm.
    static let carbideSizes = [0.3, 1, 3, 5, 10, 20, 50, 100, 300].map { $0 * 1e-6 }
    static let carbideFractions = [0, 0.03, 0.10, 0.165, 0.40, 0.55, 0.72, 0.85, 1.0]
    static func carbide(_ interpolation: CumulativeTable.Interpolation = .monotoneCubic) throws -> CumulativeTable {
        try CumulativeTable(sizes: carbideSizes, fractions: carbideFractions, interpolation: interpolation)
    }

    // MARK: - Done-when: the carbide table on a 48-class grid

    /// What "reproduces the table at the table's sizes" can honestly mean on a grid: the grid only knows the
    /// cumulative at its edges (Σ of class fractions below an edge). So (1) at EVERY edge that cumulative must
    /// equal the interpolant — this is exact mass conservation, class by class; and (2) at the table's sizes
    /// it equals the table values when those sizes are edges. We therefore build the 48-class grid through
    /// the table sizes (``SizeGrid/logSpaced(through:classes:)``) and check both to 1e-12. A plain
    /// log-spaced grid does not contain the table sizes; there (3) the same edge identity holds, and reading
    /// the table sizes off the class fractions (log-linear within classes) is only as good as the grid
    /// resolution — checked at a stated 0.01 tolerance, not 1e-9.
    @Test("carbide table on a 48-class grid reproduces the table at its sizes to 1e-9; fractions sum to 1 within 1e-12")
    func carbideOnGrid() throws {
        let table = try Self.carbide()
        let grid = try SizeGrid.logSpaced(through: Self.carbideSizes, classes: 48)
        #expect(grid.count == 48)
        let f = table.discretize(onto: grid)
        #expect(f.count == 48)
        #expect(f.allSatisfy { $0 >= 0 })
        #expect(abs(f.reduce(0, +) - 1) < 1e-12)

        var cumulative = [0.0]
        for x in f { cumulative.append(cumulative[cumulative.count - 1] + x) }
        // (1) every edge
        for k in 0...grid.count {
            #expect(abs(cumulative[k] - table.cumulativeUndersize(grid.edges[k])) < 1e-12, "edge \(k)")
        }
        // (2) every table size is an edge and its cumulative is the table's value
        for (d, expected) in zip(Self.carbideSizes, Self.carbideFractions) {
            let k = try #require(grid.edges.firstIndex(of: d), "table size \(d) must be a grid edge")
            #expect(abs(cumulative[k] - expected) < 1e-9, "F(\(d * 1e6) µm) = \(cumulative[k]) vs \(expected)")
        }
        // (3) the project's plain log-spaced grid 0.3–300 µm
        let plain = try SizeGrid.logSpaced(from: 0.3e-6, to: 300e-6, classes: 48)
        let g = table.discretize(onto: plain)
        #expect(abs(g.reduce(0, +) - 1) < 1e-12)
        var c = 0.0
        for k in 0..<plain.count {
            #expect(abs(c - table.cumulativeUndersize(plain.edges[k])) < 1e-12)
            c += g[k]
        }
        let onGrid = try GridDistribution(grid: plain, fractions: g)
        for (d, expected) in zip(Self.carbideSizes, Self.carbideFractions) {
            #expect(abs(onGrid.cumulativeUndersize(d) - expected) < 0.01, "plain grid at \(d * 1e6) µm")
        }
    }

    @Test("anchored grid shares classes by log width and keeps every anchor")
    func anchoredGrid() throws {
        let grid = try SizeGrid.logSpaced(through: Self.carbideSizes, classes: 48)
        let anchorIndices = Self.carbideSizes.compactMap { grid.edges.firstIndex(of: $0) }
        #expect(anchorIndices.count == 9)
        let perInterval = zip(anchorIndices.dropFirst(), anchorIndices).map { $0 - $1 }
        #expect(perInterval == [8, 8, 4, 5, 5, 6, 5, 7])
        #expect(throws: SizeGrid.Failure.invalidClassCount(3)) {
            try SizeGrid.logSpaced(through: Self.carbideSizes, classes: 3)
        }
        #expect(throws: SizeGrid.Failure.self) { try SizeGrid.logSpaced(through: [1e-6, 1e-6], classes: 3) }
    }

    // MARK: - Interpolation

    @Test("PCHIP in ln d matches SciPy's PchipInterpolator; log-linear matches np.interp; rows are reproduced")
    func interpolation() throws {
        let sizes = [0.5, 2, 4, 7, 15, 30, 70, 200].map { $0 * 1e-6 }
        let scipyPchip = [0.00790253399963198, 0.0675546331031333, 0.130682217946391, 0.271277170903822,
                          0.492647594399758, 0.627006645471269, 0.78534084187514, 0.95189657381469]
        let numpyLinear = [0.0127285007251966, 0.0741650827500021, 0.136606101650711, 0.279075304385007,
                           0.487744375108173, 0.625226198389459, 0.783105487532132, 0.944639463035719]
        let cubic = try Self.carbide(), linear = try Self.carbide(.logLinear)
        for (i, d) in sizes.enumerated() {
            #expect(abs(cubic.cumulativeUndersize(d) - scipyPchip[i]) < 1e-13, "PCHIP at \(d)")
            #expect(abs(linear.cumulativeUndersize(d) - numpyLinear[i]) < 1e-13, "log-linear at \(d)")
        }
        for (d, f) in zip(Self.carbideSizes, Self.carbideFractions) {
            #expect(abs(cubic.cumulativeUndersize(d) - f) < 1e-15)
        }
        #expect(cubic.cumulativeUndersize(0.1e-6) == 0 && cubic.cumulativeUndersize(1e-3) == 1)
        #expect(abs(MonotoneCubic(x: [0, 1, 2, 3], y: [0, 0.5, 0.6, 1]).value(at: 1.5) - 0.5508333333333333) < 1e-15)
    }

    @Test("the interpolant never overshoots: monotone, and within its two neighbouring rows, flat where the table is flat")
    func noOvershoot() throws {
        // steep–flat–steep, with a repeated value
        let table = try CumulativeTable(sizes: [1, 2, 3, 10, 11, 100].map { $0 * 1e-6 },
                                        fractions: [0, 0.45, 0.5, 0.5, 0.98, 1])
        for t in [table, try Self.carbide()] {
            var previous = 0.0
            for i in 0...4000 {
                let d = t.sizes[0] * pow(t.sizes[t.sizes.count - 1] / t.sizes[0], Double(i) / 4000)
                let f = t.cumulativeUndersize(d)
                #expect(f >= previous - 1e-15)
                previous = f
                if let k = t.sizes.lastIndex(where: { $0 <= d }), k + 1 < t.sizes.count {
                    #expect(f >= t.fractions[k] - 1e-15 && f <= t.fractions[k + 1] + 1e-15)
                }
            }
        }
        #expect(table.cumulativeUndersize(5e-6) == 0.5)
    }

    // MARK: - Validation

    private func tableError(_ sizes: [Double], _ fractions: [Double], below: Double? = nil,
                            above: Double? = nil) -> PSDError? {
        do {
            _ = try CumulativeTable(sizes: sizes.map { $0 * 1e-6 }, fractions: fractions,
                                    below: below.map { $0 * 1e-6 }, above: above.map { $0 * 1e-6 })
            return nil
        } catch {
            return error
        }
    }

    @Test("a bad table is an error naming the row")
    func validation() throws {
        let notMonotone = try #require(tableError([1, 3, 5, 10], [0, 0.2, 0.15, 1]))
        #expect(notMonotone == .notMonotone(row: 2, fraction: 0.15, previous: 0.2))
        #expect(notMonotone.description.hasPrefix("row 3: cumulative fraction 0.15 is smaller than the previous row's 0.2"))
        let percent = try #require(tableError([1, 3, 5], [0, 40, 100]))
        #expect(percent == .fractionOutOfRange(row: 1, fraction: 40))
        #expect(percent.description.contains("not percent"))
        #expect(tableError([1, 3, 5], [-0.1, 0.5, 1]) == .fractionOutOfRange(row: 0, fraction: -0.1))
        #expect(tableError([1, 3, 3], [0, 0.5, 1]) == .sizesNotIncreasing(row: 2, size: 3e-6, previous: 3e-6))
        #expect(tableError([0, 3, 5], [0, 0.5, 1]) == .nonPositiveSize(row: 0, size: 0))
        #expect(tableError([1, 3], [0, 0.5, 1]) == .countMismatch(sizes: 2, fractions: 3))
        #expect(tableError([3], [1]) != nil)
        // the article's rows without tails
        let article = [3.0, 5, 10, 20, 50], articleF = [0.10, 0.165, 0.40, 0.55, 0.72]
        let noStart = try #require(tableError(article, articleF))
        #expect(noStart == .doesNotStartAtZero(row: 0, size: 3e-6, fraction: 0.10))
        #expect(noStart.description == "row 1: the table starts at F(3 µm) = 0.1, not 0; state a `below` tail (the size where F = 0)")
        let noEnd = try #require(tableError(article, articleF, below: 0.3))
        #expect(noEnd == .doesNotReachOne(row: 4, size: 50 * 1e-6, fraction: 0.72))
        #expect(noEnd.description.hasPrefix("row 5: the table ends at F(50 µm) = 0.72, not 1"))
        #expect(tableError(article, articleF, below: 0.3, above: 300) == nil)
        if case .invalidTail = tableError(article, articleF, below: 5, above: 300) {} else { Issue.record("below ≥ first row accepted") }
        if case .invalidTail = tableError(article, articleF, below: 0.3, above: 40) {} else { Issue.record("above ≤ last row accepted") }
        // stated tails become rows
        let tailed = try CumulativeTable(sizes: article.map { $0 * 1e-6 }, fractions: articleF, below: 0.3e-6, above: 300e-6)
        #expect(tailed.sizes.first == 0.3e-6 && tailed.sizes.last == 300e-6)
        #expect(tailed.cumulativeUndersize(0.3e-6) == 0 && tailed.cumulativeUndersize(300e-6) == 1)
    }

    // MARK: - Median and Sauter diameter

    @Test("mass median and Sauter diameter of the carbide table (SciPy reference)")
    func carbideMoments() throws {
        let cubic = try Self.carbide(), linear = try Self.carbide(.logLinear)
        #expect(abs(cubic.massMedianDiameter / 1.5554458423209597e-05 - 1) < 1e-10)
        #expect(abs(linear.massMedianDiameter / (10e-6 * pow(2, 2.0 / 3)) - 1) < 1e-10)  // physics.md: ≈ 15.9 µm
        #expect(abs(cubic.sauterDiameter / 6.27944641261e-06 - 1) < 1e-9)
        #expect(abs(linear.sauterDiameter / 5.85960783621e-06 - 1) < 1e-10)
        // the generic numerical routines agree with the table's own
        #expect(abs(PSDNumerics.sauterDiameter(of: cubic) / cubic.sauterDiameter - 1) < 1e-5)
    }

    @Test("RRSB, log-normal and GGS: closed forms agree with the generic numerical quantile and Sauter integral")
    func analyticDistributions() throws {
        let rr = try RosinRammler(d63: 20e-6, n: 1.2)
        let ln = try LogNormalDistribution(median: 15e-6, geometricStandardDeviation: 3)
        let ggs = try GatesGaudinSchuhmann(maximumSize: 300e-6, modulus: 1.6)
        // published/closed-form points
        #expect(abs(rr.cumulativeUndersize(20e-6) - (1 - exp(-1))) < 1e-15)
        #expect(abs(rr.cumulativeUndersize(10e-6) - 0.35291348848364756) < 1e-15)
        #expect(abs(rr.massMedianDiameter - 14.736167405196806e-6) < 1e-18)
        #expect(abs(rr.sauterDiameter - 3.5930407101579465e-6) < 1e-17)
        #expect(abs(ln.cumulativeUndersize(5e-6) - 0.15865525393145707) < 1e-15)
        #expect(abs(ln.diameter(atCumulative: 0.15865525393145707) - 5e-6) < 1e-17)
        #expect(abs(ln.sauterDiameter - 8.203621644230237e-6) < 1e-17)
        #expect(abs(ggs.cumulativeUndersize(150e-6) - pow(0.5, 1.6)) < 1e-15)
        #expect(abs(ggs.sauterDiameter - 300e-6 * 0.6 / 1.6) < 1e-18)
        #expect(try GatesGaudinSchuhmann(maximumSize: 300e-6, modulus: 0.6).sauterDiameter == 0)
        #expect(try RosinRammler(d63: 20e-6, n: 0.9).sauterDiameter == 0)
        for psd in [rr, ln, ggs] as [any ParticleSizeDistribution] {
            for p in [0.05, 0.5, 0.9] {
                let closed = psd.diameter(atCumulative: p)
                #expect(abs(PSDNumerics.quantile(of: psd, p) / closed - 1) < 1e-10)
                #expect(abs(psd.cumulativeUndersize(closed) - p) < 1e-12)
            }
            #expect(abs(PSDNumerics.sauterDiameter(of: psd) / psd.sauterDiameter - 1) < 1e-5)
            let grid = try SizeGrid.logSpaced(from: 1e-6, to: 100e-6, classes: 30)
            let f = psd.discretize(onto: grid)
            #expect(abs(f.reduce(0, +) - 1) < 1e-12)
            // end classes carry the mass outside the grid
            #expect(abs(f[0] - psd.cumulativeUndersize(grid.edges[1])) < 1e-15)
            #expect(abs(f[29] - (1 - psd.cumulativeUndersize(grid.edges[29]))) < 1e-15)
        }
        // every parameter check: the exact error (name, value, expectation) and, for one, its words
        #expect(throws: PSDError.invalidParameter(name: "d63", value: 0, expected: "a positive size")) {
            try RosinRammler(d63: 0, n: 1)
        }
        #expect(throws: PSDError.invalidParameter(name: "n", value: .infinity, expected: "a positive exponent")) {
            try RosinRammler(d63: 2e-5, n: .infinity)
        }
        #expect(throws: PSDError.invalidParameter(name: "median", value: -1e-5, expected: "a positive size")) {
            try LogNormalDistribution(median: -1e-5, geometricStandardDeviation: 2)
        }
        #expect(throws: PSDError.invalidParameter(name: "geometric_std", value: 1, expected: "a number > 1")) {
            try LogNormalDistribution(median: 1e-5, geometricStandardDeviation: 1)
        }
        #expect(throws: PSDError.invalidParameter(name: "d_max", value: 0, expected: "a positive size")) {
            try GatesGaudinSchuhmann(maximumSize: 0, modulus: 1)
        }
        #expect(throws: PSDError.invalidParameter(name: "m", value: -1, expected: "a positive exponent")) {
            try GatesGaudinSchuhmann(maximumSize: 1e-4, modulus: -1)
        }
        #expect(PSDError.invalidParameter(name: "geometric_std", value: 0.5, expected: "a number > 1").description
                == "geometric_std = 0.5 is invalid; expected a number > 1")
        #expect(throws: PSDError.self) { try RosinRammler(d63: .nan, n: 1) }
        // inverse normal CDF against scipy.stats.norm.ppf
        for (p, z) in [(1e-10, -6.361340902404056), (0.01, -2.3263478740408408), (0.3, -0.5244005127080409),
                       (0.5, 0), (0.975, 1.959963984540054), (0.999999, 4.753424308817087)] {
            // 1e-11: at p = 0.999999 the representation of p alone moves z by ~2e-11
            #expect(abs(PSDNumerics.inverseNormalCDF(p) - z) < 1e-11 * max(1, abs(z)), "Φ⁻¹(\(p))")
        }
    }

    @Test("class fractions on a grid: round trip, closed-form Sauter, errors")
    func gridDistribution() throws {
        let grid = try SizeGrid(edges: [1e-6, 10e-6, 100e-6])
        let g = try GridDistribution(grid: grid, fractions: [0.5, 0.5])
        #expect(abs(g.cumulativeUndersize(10e-12.squareRoot() * 1e0) - 0.25) < 1e-15)
        #expect(abs(g.massMedianDiameter - 10e-6) < 1e-15)
        #expect(abs(g.sauterDiameter - 4.651687056553628e-06) < 1e-18)
        #expect(abs(PSDNumerics.sauterDiameter(of: g) / g.sauterDiameter - 1) < 1e-5)
        let fine = try SizeGrid.logSpaced(from: 0.3e-6, to: 300e-6, classes: 20)
        let f = try Self.carbide().discretize(onto: fine)
        #expect(try GridDistribution(grid: fine, fractions: f).discretize(onto: fine) == GridDistribution(grid: fine, fractions: f).fractions)
        #expect(throws: PSDError.countMismatch(sizes: 2, fractions: 3)) { try GridDistribution(grid: grid, fractions: [0.2, 0.3, 0.5]) }
        #expect(throws: PSDError.fractionsDoNotSumToOne(sum: 0.9)) { try GridDistribution(grid: grid, fractions: [0.4, 0.5]) }
        #expect(throws: PSDError.fractionOutOfRange(row: 1, fraction: -0.5)) { try GridDistribution(grid: grid, fractions: [0.5, -0.5]) }
        #expect(try GridDistribution(grid: grid, fractions: [40, 60], normalize: true).fractions == [0.4, 0.6])
    }

    // MARK: - Fits

    @Test("least-squares fits recover exact RRSB and log-normal data and match NumPy on the carbide table")
    func fits() throws {
        let sizes = [1.0, 2, 5, 10, 20, 50, 100].map { $0 * 1e-6 }
        let rr = try RosinRammler(d63: 20e-6, n: 1.2)
        let rrTable = try CumulativeTable(sizes: sizes, fractions: sizes.map(rr.cumulativeUndersize),
                                          below: 0.1e-6, above: 1e-3)
        let rrFit = try DistributionFitting.rosinRammler(to: rrTable)
        #expect(abs(rrFit.distribution.d63 / 20e-6 - 1) < 1e-10 && abs(rrFit.distribution.n - 1.2) < 1e-10)
        #expect(rrFit.rSquared > 1 - 1e-15 && rrFit.rmsResidual < 1e-12 && rrFit.pointsUsed == 7)
        let ln = try LogNormalDistribution(median: 15e-6, geometricStandardDeviation: 2.5)
        let lnTable = try CumulativeTable(sizes: sizes, fractions: sizes.map(ln.cumulativeUndersize),
                                          below: 0.1e-6, above: 1e-3)
        let lnFit = try DistributionFitting.logNormal(to: lnTable)
        #expect(abs(lnFit.distribution.median / 15e-6 - 1) < 1e-10)
        #expect(abs(lnFit.distribution.geometricStandardDeviation - 2.5) < 1e-10)
        #expect(lnFit.maxAbsoluteResidual < 1e-12)

        // carbide table (7 rows with 0 < F < 1), NumPy polyfit on the same coordinates
        let table = try Self.carbide()
        let r = try DistributionFitting.rosinRammler(to: table)
        #expect(abs(r.distribution.n / 0.903372074037 - 1) < 1e-9)
        #expect(abs(r.distribution.d63 / 3.45277544032e-05 - 1) < 1e-9)
        #expect(abs(r.rSquared - 0.9499552687) < 1e-9 && abs(r.rmsResidual - 0.06601072022) < 1e-9)
        #expect(abs(r.maxAbsoluteResidual - 0.1214711835) < 1e-9)
        let l = try DistributionFitting.logNormal(to: table)
        #expect(abs(l.distribution.median / 1.89651749234e-05 - 1) < 1e-9)
        #expect(abs(l.distribution.geometricStandardDeviation / 4.66736065451 - 1) < 1e-9)
        #expect(abs(l.rSquared - 0.9894423477) < 1e-9 && abs(l.rmsResidual - 0.03031928588) < 1e-9)
        #expect(abs(l.maxAbsoluteResidual - 0.06108890731) < 1e-9)
        // a table with a single interior row cannot be fitted
        let two = try CumulativeTable(sizes: [1e-6, 10e-6, 100e-6], fractions: [0, 0.5, 1])
        #expect(throws: PSDError.notEnoughPointsToFit(1)) { try DistributionFitting.rosinRammler(to: two) }
    }
}
