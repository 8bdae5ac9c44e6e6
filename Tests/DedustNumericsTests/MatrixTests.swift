import Testing
@testable import DedustNumerics

@Suite struct MatrixTests {
    @Test func columnMajorLayout() {
        let a = Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(a.elements == [1, 4, 2, 5, 3, 6])
        #expect(a[1, 2] == 6)
        #expect(a.column(1) == [2, 5])
        #expect(a.row(1) == [4, 5, 6])
        #expect(a.transposed == Matrix([[1, 4], [2, 5], [3, 6]]))
        #expect(Matrix(rows: 2, columns: 3, columnMajor: [1, 4, 2, 5, 3, 6]) == a)
        #expect(Matrix.identity(2) == Matrix([[1, 0], [0, 1]]))
    }
}
