import Testing
@testable import DedustNumerics

/// gesv and gels against hand-computed solutions (worked out in exact rational arithmetic in the
/// comments), the error translation of LAPACK `info` codes, and a large random system's residual.
@Suite struct LAPACKTests {
    @Test func gesvSolvesTwoByTwo() throws {
        // [[2, 1], [1, 3]] x = [3, 5]: det 5, x = [(9 − 5)/5, (10 − 3)/5] = [0.8, 1.4]
        let x = try LAPACK.solve(Matrix([[2, 1], [1, 3]]), [3, 5])
        #expect(abs(x[0] - 0.8) < 1e-15 && abs(x[1] - 1.4) < 1e-15)
    }

    /// Several right-hand sides in one call. B = A·X for the integer X below, computed by hand:
    /// column 1: 4·1 − 2·2 + 1·3 = 3, −2·1 + 4·2 − 2·3 = 0, 1·1 − 2·2 + 4·3 = 9;
    /// column 2: 4·2 − 2·(−1) + 0 = 10, −2·2 + 4·(−1) + 0 = −8, 1·2 − 2·(−1) + 0 = 4;
    /// column 3 (a zero right-hand side) stays zero.
    @Test func gesvManyRightHandSides() throws {
        let a = Matrix([[4, -2, 1], [-2, 4, -2], [1, -2, 4]])
        let b = Matrix([[3, 10, 0], [0, -8, 0], [9, 4, 0]])
        let x = try LAPACK.solve(a, b)
        let expected = Matrix([[1, 2, 0], [2, -1, 0], [3, 0, 0]])
        #expect(x.rows == 3 && x.columns == 3)
        for (got, want) in zip(x.elements, expected.elements) { #expect(abs(got - want) < 1e-14) }
    }

    /// Row 2 = 2 × row 1. Partial pivoting picks row 2 (pivot 2), the multipliers 1/2 are exact, row 1
    /// becomes exactly zero, row 3 becomes [0, −1, −2] and is the second pivot, so U(3,3) = 0 exactly.
    @Test func gesvSingularThrowsWithPivotInWords() {
        let a = Matrix([[1, 2, 3], [2, 4, 6], [1, 1, 1]])
        #expect(throws: LinearAlgebraError.singular(routine: "dgesv", pivot: 3)) {
            try LAPACK.solve(a, [1, 2, 3])
        }
        do {
            _ = try LAPACK.solve(a, [1, 2, 3])
        } catch {
            #expect("\(error)".hasPrefix("matrix is singular: U(3,3) is exactly zero"))
        }
        // Columns 1 and 2 proportional: column 2 is eliminated exactly, U(2,2) = 0.
        #expect(throws: LinearAlgebraError.singular(routine: "dgesv", pivot: 2)) {
            try LAPACK.solve(Matrix([[1, 2, 0], [2, 4, 1], [4, 8, 2]]), [1, 1, 1])
        }
    }

    @Test func shapeAndNaNErrorsSayWhatIsWrong() {
        #expect(throws: LinearAlgebraError.self) { try LAPACK.solve(Matrix(rows: 2, columns: 3), [1, 2]) }
        #expect(throws: LinearAlgebraError.self) { try LAPACK.solve(Matrix.identity(2), [1, 2, 3]) }
        do {
            _ = try LAPACK.solve(Matrix([[1, 0], [Double.nan, 1]]), [1, 2])
            Issue.record("NaN entry was accepted")
        } catch {
            #expect("\(error)" == "A(2,1) is nan, but dgesv needs finite entries")
        }
        do {
            _ = try LAPACK.leastSquares(Matrix([[1], [1]]), [1, Double.infinity])
            Issue.record("infinite entry was accepted")
        } catch {
            #expect("\(error)" == "B(2,1) is inf, but dgels needs finite entries")
        }
    }

    /// Straight line y ≈ c₀ + c₁ t through (0, 1), (1, 2), (2, 2), (3, 4).
    /// Normal equations: [[4, 6], [6, 14]] c = [9, 18] → det 20, c₀ = (14·9 − 6·18)/20 = 9/10,
    /// c₁ = (4·18 − 6·9)/20 = 9/10. Fitted 0.9, 1.8, 2.7, 3.6; residuals 0.1, 0.2, −0.7, 0.4;
    /// RSS = 0.01 + 0.04 + 0.49 + 0.16 = 0.7.
    @Test func gelsStraightLine() throws {
        let a = Matrix([[1, 0], [1, 1], [1, 2], [1, 3]])
        let fit = try LAPACK.leastSquares(a, [1, 2, 2, 4])
        #expect(abs(fit.solution[0] - 0.9) < 1e-12)
        #expect(abs(fit.solution[1] - 0.9) < 1e-12)
        #expect(abs(fit.residualSumOfSquares - 0.7) < 1e-12)
    }

    /// Quadratic c₀ + c₁t + c₂t² at t = −2, −1, 0, 1, 2, two right-hand sides at once.
    /// AᵀA = [[5, 0, 10], [0, 10, 0], [10, 0, 34]].
    /// y = [1, −1, 0, 2, 3]: Aᵀy = [5, 7, 17] → c₁ = 7/10; [[5, 10], [10, 34]] (c₀, c₂) = (5, 17):
    /// det 70, c₀ = (34·5 − 10·17)/70 = 0, c₂ = (5·17 − 10·5)/70 = 1/2. Fitted 0.6, −0.2, 0, 1.2, 3.4;
    /// residuals 0.4, −0.8, 0, 0.8, −0.4; RSS = 0.16 + 0.64 + 0 + 0.64 + 0.16 = 1.6.
    /// y = 1 + 2t − t² = [−7, −2, 1, 2, 1] is fitted exactly: c = (1, 2, −1), RSS 0.
    @Test func gelsQuadraticTwoRightHandSides() throws {
        let ts: [Double] = [-2, -1, 0, 1, 2]
        let a = Matrix(ts.map { [1, $0, $0 * $0] })
        let b = Matrix(rows: 5, columns: 2, columnMajor: [1, -1, 0, 2, 3] + [-7, -2, 1, 2, 1])
        let fit = try LAPACK.leastSquares(a, b)
        let want: [[Double]] = [[0, 0.7, 0.5], [1, 2, -1]]
        for j in 0..<2 {
            for i in 0..<3 { #expect(abs(fit.solution[i, j] - want[j][i]) < 1e-12, "c\(i), rhs \(j)") }
        }
        #expect(abs(fit.residualSumOfSquares[0] - 1.6) < 1e-12)
        #expect(fit.residualSumOfSquares[1] < 1e-24)
    }

    @Test func gelsRankDeficientThrows() {
        // The second column is zero: R(2,2) = 0 exactly.
        #expect(throws: LinearAlgebraError.rankDeficient(routine: "dgels", index: 2)) {
            try LAPACK.leastSquares(Matrix([[1, 0], [1, 0], [1, 0]]), [1, 2, 3])
        }
    }

    /// A 300 × 300 random system (uniform entries in (−1, 1), two right-hand sides): the backward error
    /// ‖A x − b‖∞ / (‖A‖∞ ‖x‖∞ + ‖b‖∞), with the residual computed by a plain Swift loop, is a few
    /// units of roundoff for LU with partial pivoting.
    @Test func randomSystemResidual() throws {
        let n = 300, nrhs = 2
        var s = RandomStream(StreamKey(seed: 300))
        let a = Matrix(rows: n, columns: n, columnMajor: (0..<(n * n)).map { _ in 2 * s.nextUniform() - 1 })
        let b = Matrix(rows: n, columns: nrhs, columnMajor: (0..<(n * nrhs)).map { _ in 2 * s.nextUniform() - 1 })
        let x = try LAPACK.solve(a, b)
        var normA = 0.0
        for i in 0..<n { normA = max(normA, (0..<n).reduce(0) { $0 + abs(a[i, $1]) }) }
        for j in 0..<nrhs {
            var residual = 0.0, normX = 0.0, normB = 0.0
            for i in 0..<n {
                var r = -b[i, j]
                for k in 0..<n { r += a[i, k] * x[k, j] }
                residual = max(residual, abs(r))
                normX = max(normX, abs(x[i, j]))
                normB = max(normB, abs(b[i, j]))
            }
            let backwardError = residual / (normA * normX + normB)
            #expect(backwardError < 1e-14, "backward error \(backwardError)")
        }
    }
}
