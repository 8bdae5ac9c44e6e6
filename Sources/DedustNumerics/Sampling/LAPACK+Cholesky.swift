import CLAPACKE

extension LAPACK {
    /// The lower Cholesky factor L of a symmetric positive-definite matrix, A = L Lᵀ (dpotrf; Golub & Van
    /// Loan, Matrix Computations, 4th ed. 2013, §4.2). Only the lower triangle of `a` is read; the upper
    /// triangle of the result is zero.
    ///
    /// - Returns: L, or the order k of the first leading minor that is not positive (A is not positive
    ///   definite) as `.failure`.
    ///
    ///     try LAPACK.choleskyLower(Matrix([[4, 2], [2, 3]]))   // [[2, 0], [1, √2]]
    static func choleskyLower(_ a: Matrix) throws -> Result<Matrix, NotPositiveDefinite> {
        guard a.rows == a.columns else {
            throw LinearAlgebraError.dimensionMismatch("potrf needs a square matrix, got \(a.rows)×\(a.columns)")
        }
        let n = a.rows
        if n == 0 { return .success(a) }
        try checkFinite(a, "A", routine: "dpotrf")
        BLASThreads.configureOnce()
        var l = a.elements
        let info = LAPACKE_dpotrf(LAPACK_COL_MAJOR, Int8(UInt8(ascii: "L")), clapack_int(n), &l, clapack_int(n))
        if info < 0 { throw LinearAlgebraError.illegalArgument(routine: "dpotrf", argument: Int(-info)) }
        if info > 0 { return .failure(NotPositiveDefinite(order: Int(info))) }
        for j in 1..<n { for i in 0..<j { l[i + j * n] = 0 } }
        return .success(Matrix(rows: n, columns: n, columnMajor: l))
    }

    /// A matrix whose leading `order × order` block is not positive definite.
    struct NotPositiveDefinite: Error {
        let order: Int
    }
}
