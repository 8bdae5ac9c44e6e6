import Testing
@testable import DedustNumerics

@Suite struct LAPACKTests {
    @Test func gesvSolvesTwoByTwo() throws {
        let x = try LAPACK.solve(Matrix([[2, 1], [1, 3]]), [3, 5])
        #expect(abs(x[0] - 0.8) < 1e-14 && abs(x[1] - 1.4) < 1e-14)
    }
}
