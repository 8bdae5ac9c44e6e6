import CLAPACKE

/// Safe wrappers over LAPACKE's dense solvers. LAPACK `info` codes become ``LinearAlgebraError``s.
public enum LAPACK {
    /// Solves `A X = B` for many right-hand sides at once by LU factorisation with partial pivoting
    /// (dgesv).
    ///
    /// - Parameters:
    ///   - a: a square `n × n` matrix.
    ///   - b: `n × nrhs`; each column is one right-hand side (e.g. one size class of a mass balance).
    /// - Returns: `X`, `n × nrhs`.
    /// - Throws: ``LinearAlgebraError/singular(routine:pivot:)`` when `U(i,i)` is exactly zero;
    ///   ``LinearAlgebraError/notFinite(routine:operand:row:column:value:)`` for NaN or infinite entries;
    ///   ``LinearAlgebraError/dimensionMismatch(_:)`` for shapes that do not fit.
    ///   A nonsingular but ill-conditioned `A` is solved without complaint (gesv does not estimate the
    ///   condition number).
    ///
    ///     let x = try LAPACK.solve(Matrix([[2, 1], [1, 3]]), Matrix([[3], [5]]))   // [[0.8], [1.4]]
    public static func solve(_ a: Matrix, _ b: Matrix) throws -> Matrix {
        guard a.rows == a.columns else {
            throw LinearAlgebraError.dimensionMismatch("gesv needs a square matrix, got \(a.rows)×\(a.columns)")
        }
        guard b.rows == a.rows else {
            throw LinearAlgebraError.dimensionMismatch("A is \(a.rows)×\(a.columns) but B has \(b.rows) rows")
        }
        let n = a.rows
        if n == 0 || b.columns == 0 { return b }
        try checkFinite(a, "A", routine: "dgesv")
        try checkFinite(b, "B", routine: "dgesv")
        BLASThreads.configureOnce()
        var lu = a.elements
        var x = b.elements
        var pivots = [clapack_int](repeating: 0, count: n)
        let info = LAPACKE_dgesv(LAPACK_COL_MAJOR, clapack_int(n), clapack_int(b.columns), &lu, clapack_int(n),
                                 &pivots, &x, clapack_int(n))
        if info < 0 { throw LinearAlgebraError.illegalArgument(routine: "dgesv", argument: Int(-info)) }
        if info > 0 { throw LinearAlgebraError.singular(routine: "dgesv", pivot: Int(info)) }
        return Matrix(rows: n, columns: b.columns, columnMajor: x)
    }

    /// Solves `A x = b` for one right-hand side (dgesv).
    public static func solve(_ a: Matrix, _ b: [Double]) throws -> [Double] {
        try solve(a, Matrix(rows: b.count, columns: 1, columnMajor: b)).elements
    }

    /// Least-squares solution of an overdetermined system, `min ‖A X − B‖₂`, by QR factorisation (dgels).
    ///
    /// - Parameters:
    ///   - a: `m × n` with `m ≥ n` and full column rank.
    ///   - b: `m × nrhs`.
    /// - Returns: the solution `X` (`n × nrhs`) and, per right-hand side, the residual sum of squares
    ///   `‖A x − b‖₂²` (read from rows `n..<m` of LAPACK's output, so it costs nothing extra).
    /// - Throws: ``LinearAlgebraError/rankDeficient(routine:index:)`` if `R` has an exactly zero diagonal
    ///   element (nearly rank-deficient matrices are not detected);
    ///   ``LinearAlgebraError/notFinite(routine:operand:row:column:value:)`` for NaN or infinite entries.
    ///
    ///     // straight line through (0, 1), (1, 2), (2, 2), (3, 4): intercept 0.9, slope 0.9, RSS 0.7
    ///     let a = Matrix([[1, 0], [1, 1], [1, 2], [1, 3]])
    ///     let fit = try LAPACK.leastSquares(a, [1, 2, 2, 4])   // ([0.9, 0.9], 0.7)
    public static func leastSquares(_ a: Matrix, _ b: Matrix) throws -> (solution: Matrix, residualSumOfSquares: [Double]) {
        let m = a.rows, n = a.columns
        guard m >= n else {
            throw LinearAlgebraError.dimensionMismatch("gels here needs m ≥ n, got \(m)×\(n)")
        }
        guard b.rows == m else {
            throw LinearAlgebraError.dimensionMismatch("A is \(m)×\(n) but B has \(b.rows) rows")
        }
        let nrhs = b.columns
        if n == 0 || nrhs == 0 { return (Matrix(rows: n, columns: nrhs), [Double](repeating: 0, count: nrhs)) }
        try checkFinite(a, "A", routine: "dgels")
        try checkFinite(b, "B", routine: "dgels")
        BLASThreads.configureOnce()
        var qr = a.elements
        var x = b.elements
        let info = LAPACKE_dgels(LAPACK_COL_MAJOR, Int8(UInt8(ascii: "N")), clapack_int(m), clapack_int(n),
                                 clapack_int(nrhs), &qr, clapack_int(m), &x, clapack_int(m))
        if info < 0 { throw LinearAlgebraError.illegalArgument(routine: "dgels", argument: Int(-info)) }
        if info > 0 { throw LinearAlgebraError.rankDeficient(routine: "dgels", index: Int(info)) }
        var solution = Matrix(rows: n, columns: nrhs)
        var rss = [Double](repeating: 0, count: nrhs)
        for j in 0..<nrhs {
            for i in 0..<n { solution[i, j] = x[i + j * m] }
            var s = 0.0
            for i in n..<m { s += x[i + j * m] * x[i + j * m] }
            rss[j] = s
        }
        return (solution, rss)
    }

    /// Throws ``LinearAlgebraError/notFinite(routine:operand:row:column:value:)`` for the first NaN or
    /// infinity in `m` (column-major scan).
    static func checkFinite(_ m: Matrix, _ operand: String, routine: String) throws {
        guard let k = m.elements.firstIndex(where: { !$0.isFinite }) else { return }
        throw LinearAlgebraError.notFinite(routine: routine, operand: operand, row: k % m.rows + 1,
                                           column: k / m.rows + 1, value: m.elements[k])
    }

    /// Least-squares solution for one right-hand side.
    public static func leastSquares(_ a: Matrix, _ b: [Double]) throws -> (solution: [Double], residualSumOfSquares: Double) {
        let r = try leastSquares(a, Matrix(rows: b.count, columns: 1, columnMajor: b))
        return (r.solution.elements, r.residualSumOfSquares[0])
    }
}
