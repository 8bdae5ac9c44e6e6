import Testing
@testable import DedustNumerics

/// The BLAS wrappers against hand-computed results and against plain Swift loops.
@Suite struct BLASTests {
    @Test func axpyScalDotNrm2() {
        var y: [Double] = [1, 1, 1]
        BLAS.axpy(2, [1, 2, 3], &y)
        #expect(y == [3, 5, 7])
        BLAS.scal(-0.5, &y)
        #expect(y == [-1.5, -2.5, -3.5])
        #expect(BLAS.dot([1, 2, 3], [4, 5, 6]) == 32)
        #expect(BLAS.nrm2([3, 4]) == 5)
        // dnrm2 scales internally: squaring 3e200 would overflow.
        #expect(abs(BLAS.nrm2([3e200, 4e200]) - 5e200) <= 1e186)
        #expect(BLAS.nrm2([]) == 0)
        #expect(BLAS.dot([], []) == 0)
    }

    @Test func gemvPlainAndTransposed() {
        // A = [[1, 2, 3], [4, 5, 6]]
        let a = Matrix([[1, 2, 3], [4, 5, 6]])
        var y: [Double] = [10, 20]
        BLAS.gemv(2, a, [1, 0, -1], 0.5, &y)      // 2·[1−3, 4−6] + 0.5·[10, 20] = [1, 6]
        #expect(y == [1, 6])
        var z: [Double] = [0, 0, 0]
        BLAS.gemv(1, a, transposed: true, [1, 1], 0, &z)   // Aᵀ[1, 1] = [5, 7, 9]
        #expect(z == [5, 7, 9])
        #expect(BLAS.multiply(a, [1, 1, 1]) == [6, 15])
    }

    @Test func gemmHandComputed() {
        // [[1, 2, 3], [4, 5, 6]] · [[7, 8], [9, 10], [11, 12]] = [[58, 64], [139, 154]]
        let a = Matrix([[1, 2, 3], [4, 5, 6]])
        let b = Matrix([[7, 8], [9, 10], [11, 12]])
        #expect(BLAS.multiply(a, b) == Matrix([[58, 64], [139, 154]]))
        // C ← 2·AB − C
        var c = Matrix([[1, 1], [1, 1]])
        BLAS.gemm(2, a, b, -1, &c)
        #expect(c == Matrix([[115, 127], [277, 307]]))
        // Aᵀ Aᵀ-shapes: (Aᵀ)(Bᵀ) is 3×3: row i of Aᵀ is column i of A.
        var d = Matrix(rows: 3, columns: 3)
        BLAS.gemm(1, a, transposeA: true, b, transposeB: true, 0, &d)
        // Aᵀ = [[1,4],[2,5],[3,6]], Bᵀ = [[7,9,11],[8,10,12]]
        #expect(d == Matrix([[39, 49, 59], [54, 68, 82], [69, 87, 105]]))
    }

    /// A non-square product with both transposes against a triple loop in Swift (exact: small integers).
    @Test func gemmMatchesTripleLoop() {
        let m = 7, n = 5, k = 11
        var s = RandomStream(StreamKey(seed: 7))
        func randomIntMatrix(_ r: Int, _ c: Int) -> Matrix {
            Matrix(rows: r, columns: c, columnMajor: (0..<(r * c)).map { _ in Double(Int(s.nextWord() % 19) - 9) })
        }
        let at = randomIntMatrix(k, m)      // A stored transposed
        let b = randomIntMatrix(k, n)
        var c = Matrix(rows: m, columns: n)
        BLAS.gemm(1, at, transposeA: true, b, 0, &c)
        for i in 0..<m {
            for j in 0..<n {
                var sum = 0.0
                for l in 0..<k { sum += at[l, i] * b[l, j] }
                #expect(c[i, j] == sum)
            }
        }
    }
}
