import COpenBLAS

/// Thin, safe wrappers over OpenBLAS's CBLAS routines.
///
/// Every function checks operand shapes with a precondition and then hands contiguous storage to
/// OpenBLAS; no BLAS routine is re-implemented here. Level-1 routines are provided for completeness and
/// for the benchmarks: the particle kernels in `DedustTrajectories` use fused loops instead, which the
/// trajectory benchmark shows to be faster (one pass over memory instead of four to six).
public enum BLAS {
    /// `y ← α x + y` (daxpy).
    public static func axpy(_ alpha: Double, _ x: [Double], _ y: inout [Double]) {
        precondition(x.count == y.count, "axpy: x has \(x.count) elements, y has \(y.count)")
        BLASThreads.configureOnce()
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
                cblas_daxpy(blasInt(x.count), alpha, xp.baseAddress, 1, yp.baseAddress, 1)
            }
        }
    }

    /// `x ← α x` (dscal).
    public static func scal(_ alpha: Double, _ x: inout [Double]) {
        BLASThreads.configureOnce()
        let n = x.count
        x.withUnsafeMutableBufferPointer { xp in cblas_dscal(blasInt(n), alpha, xp.baseAddress, 1) }
    }

    /// `xᵀ y` (ddot).
    public static func dot(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "dot: x has \(x.count) elements, y has \(y.count)")
        BLASThreads.configureOnce()
        return x.withUnsafeBufferPointer { xp in
            y.withUnsafeBufferPointer { yp in cblas_ddot(blasInt(x.count), xp.baseAddress, 1, yp.baseAddress, 1) }
        }
    }

    /// Euclidean norm ‖x‖₂ (dnrm2, overflow-safe).
    public static func nrm2(_ x: [Double]) -> Double {
        BLASThreads.configureOnce()
        return x.withUnsafeBufferPointer { xp in cblas_dnrm2(blasInt(x.count), xp.baseAddress, 1) }
    }

    /// `y ← α op(A) x + β y` (dgemv), `op(A) = A` or `Aᵀ`.
    public static func gemv(_ alpha: Double, _ a: Matrix, transposed: Bool = false, _ x: [Double],
                            _ beta: Double, _ y: inout [Double]) {
        let (m, n) = transposed ? (a.columns, a.rows) : (a.rows, a.columns)
        precondition(x.count == n, "gemv: op(A) is \(m)×\(n) but x has \(x.count) elements")
        precondition(y.count == m, "gemv: op(A) is \(m)×\(n) but y has \(y.count) elements")
        BLASThreads.configureOnce()
        a.elements.withUnsafeBufferPointer { ap in
            x.withUnsafeBufferPointer { xp in
                y.withUnsafeMutableBufferPointer { yp in
                    cblas_dgemv(CblasColMajor, transposed ? CblasTrans : CblasNoTrans,
                                blasInt(a.rows), blasInt(a.columns), alpha, ap.baseAddress, blasInt(max(1, a.rows)),
                                xp.baseAddress, 1, beta, yp.baseAddress, 1)
                }
            }
        }
    }

    /// `A x` as a new vector.
    public static func multiply(_ a: Matrix, _ x: [Double]) -> [Double] {
        var y = [Double](repeating: 0, count: a.rows)
        gemv(1, a, x, 0, &y)
        return y
    }

    /// `C ← α op(A) op(B) + β C` (dgemm).
    public static func gemm(_ alpha: Double, _ a: Matrix, transposeA: Bool = false,
                            _ b: Matrix, transposeB: Bool = false, _ beta: Double, _ c: inout Matrix) {
        let (m, k) = transposeA ? (a.columns, a.rows) : (a.rows, a.columns)
        let (kb, n) = transposeB ? (b.columns, b.rows) : (b.rows, b.columns)
        precondition(k == kb, "gemm: op(A) is \(m)×\(k) but op(B) is \(kb)×\(n)")
        precondition(c.rows == m && c.columns == n, "gemm: C is \(c.rows)×\(c.columns), expected \(m)×\(n)")
        BLASThreads.configureOnce()
        a.elements.withUnsafeBufferPointer { ap in
            b.elements.withUnsafeBufferPointer { bp in
                c.elements.withUnsafeMutableBufferPointer { cp in
                    cblas_dgemm(CblasColMajor, transposeA ? CblasTrans : CblasNoTrans,
                                transposeB ? CblasTrans : CblasNoTrans,
                                blasInt(m), blasInt(n), blasInt(k), alpha,
                                ap.baseAddress, blasInt(max(1, a.rows)), bp.baseAddress, blasInt(max(1, b.rows)),
                                beta, cp.baseAddress, blasInt(max(1, m)))
                }
            }
        }
    }

    /// `A B` as a new matrix.
    public static func multiply(_ a: Matrix, _ b: Matrix) -> Matrix {
        var c = Matrix(rows: a.rows, columns: b.columns)
        gemm(1, a, b, 0, &c)
        return c
    }

    @inline(__always)
    static func blasInt(_ n: Int) -> Int32 {
        precondition(n <= Int(Int32.max), "BLAS dimension \(n) exceeds 32-bit index range")
        return Int32(n)
    }
}
