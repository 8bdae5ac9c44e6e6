/// A LAPACK or argument failure, translated from the routine's `info` code into words.
public enum LinearAlgebraError: Error, Equatable, CustomStringConvertible {
    /// `gesv`: the LU factor U has an exact zero on its diagonal at (`pivot`, `pivot`) (one-based, as LAPACK
    /// reports it), so the matrix is singular and no solution was computed.
    case singular(routine: String, pivot: Int)
    /// `gels`: the matrix does not have full column rank: `R(index, index)` of its QR factor is exactly
    /// zero (one-based). Nearly rank-deficient matrices are *not* detected by `gels`.
    case rankDeficient(routine: String, index: Int)
    /// The routine rejected argument number `argument` (one-based) — a programming error in the caller.
    case illegalArgument(routine: String, argument: Int)
    /// The shapes of the operands do not fit together.
    case dimensionMismatch(String)
    /// An operand holds a NaN or an infinity at (`row`, `column`) (one-based); LAPACK would reject it
    /// with an anonymous "illegal argument" code, so the wrappers check first.
    case notFinite(routine: String, operand: String, row: Int, column: Int, value: Double)

    public var description: String {
        switch self {
        case let .singular(routine, pivot):
            return "matrix is singular: U(\(pivot),\(pivot)) is exactly zero (\(routine)), so no solution was computed"
        case let .rankDeficient(routine, index):
            return "matrix is rank-deficient: R(\(index),\(index)) of its QR factor is exactly zero (\(routine)), "
                + "so the least-squares solution is not unique"
        case let .illegalArgument(routine, argument):
            return "\(routine): argument \(argument) had an illegal value"
        case let .dimensionMismatch(message):
            return "dimension mismatch: \(message)"
        case let .notFinite(routine, operand, row, column, value):
            return "\(operand)(\(row),\(column)) is \(value), but \(routine) needs finite entries"
        }
    }
}
