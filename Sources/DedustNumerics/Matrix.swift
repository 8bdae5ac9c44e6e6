/// A dense matrix of `Double` stored contiguously in column-major order (LAPACK's native layout).
///
/// Element `(i, j)` (zero-based row `i`, column `j`) lives at `elements[i + j * rows]`.
///
///     var a = Matrix(rows: 2, columns: 2, columnMajor: [1, 3, 2, 4])   // [[1, 2], [3, 4]]
///     a[0, 1]     // 2
///     a[1, 0] = 5
///
/// Use ``Matrix/init(rows:columns:rowMajor:)`` to type a matrix the way it reads on paper.
public struct Matrix: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The elements, column after column.
    public var elements: [Double]

    /// A `rows × columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix dimensions must be non-negative")
        self.rows = rows
        self.columns = columns
        self.elements = [Double](repeating: value, count: rows * columns)
    }

    /// A matrix from its elements listed column after column.
    public init(rows: Int, columns: Int, columnMajor elements: [Double]) {
        precondition(elements.count == rows * columns,
                     "Matrix(\(rows)×\(columns)) needs \(rows * columns) elements, got \(elements.count)")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix from its elements listed row after row (the way it is written on paper).
    public init(rows: Int, columns: Int, rowMajor values: [Double]) {
        precondition(values.count == rows * columns,
                     "Matrix(\(rows)×\(columns)) needs \(rows * columns) elements, got \(values.count)")
        var elements = [Double](repeating: 0, count: rows * columns)
        for i in 0..<rows {
            for j in 0..<columns { elements[i + j * rows] = values[i * columns + j] }
        }
        self.init(rows: rows, columns: columns, columnMajor: elements)
    }

    /// A matrix from nested row arrays: `Matrix([[1, 2], [3, 4]])`.
    public init(_ rowArrays: [[Double]]) {
        let rows = rowArrays.count
        let columns = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == columns }, "All rows must have the same length")
        self.init(rows: rows, columns: columns, rowMajor: rowArrays.flatMap { $0 })
    }

    /// The `n × n` identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m[i, i] = 1 }
        return m
    }

    /// Element at row `i`, column `j` (zero-based).
    @inlinable
    public subscript(i: Int, j: Int) -> Double {
        get {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "Matrix index (\(i), \(j)) out of range")
            return elements[i + j * rows]
        }
        set {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "Matrix index (\(i), \(j)) out of range")
            elements[i + j * rows] = newValue
        }
    }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Double] {
        Array(elements[(j * rows)..<((j + 1) * rows)])
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Double] {
        (0..<columns).map { self[i, $0] }
    }

    /// The transpose.
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for i in 0..<rows { for j in 0..<columns { t[j, i] = self[i, j] } }
        return t
    }
}

extension Matrix: CustomStringConvertible {
    public var description: String {
        (0..<rows).map { i in row(i).map { String($0) }.joined(separator: "  ") }.joined(separator: "\n")
    }
}
