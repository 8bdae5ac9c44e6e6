/// A LAPACK or argument failure, translated from the routine's `info` code into words.
public enum LinearAlgebraError: Error, Equatable, CustomStringConvertible {
    /// `gesv`: the LU factor U has an exact zero on its diagonal at (`pivot`, `pivot`) (one-based, as LAPACK
    /// reports it), so the matrix is singular and no solution was computed.
    case singular(routine: String, pivot: Int)
    /// `gels`: the matrix does not have full rank (a diagonal element of the triangular factor is zero).
    case rankDeficient(routine: String, index: Int)
    /// The routine rejected argument number `argument` (one-based) — a programming error in the caller.
    case illegalArgument(routine: String, argument: Int)
    /// The shapes of the operands do not fit together.
    case dimensionMismatch(String)

    public var description: String {
        switch self {
        case let .singular(routine, pivot):
            return "matrix is singular: U(\(pivot),\(pivot)) is exactly zero (\(routine))"
        case let .rankDeficient(routine, index):
            return "matrix is rank-deficient: diagonal element \(index) of the triangular factor is zero (\(routine))"
        case let .illegalArgument(routine, argument):
            return "\(routine): argument \(argument) had an illegal value"
        case let .dimensionMismatch(message):
            return "dimension mismatch: \(message)"
        }
    }
}
