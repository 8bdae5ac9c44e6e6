/// Scalar root finding.
public enum RootFinding {
    /// Why a root could not be found.
    public enum Failure: Error, CustomStringConvertible {
        case notBracketed(lower: Double, upper: Double, fLower: Double, fUpper: Double)
        case noConvergence(iterations: Int, lastEstimate: Double)
        case notFinite(at: Double)

        public var description: String {
            switch self {
            case let .notBracketed(a, b, fa, fb):
                return "root not bracketed: f(\(a)) = \(fa), f(\(b)) = \(fb) have the same sign"
            case let .noConvergence(n, x):
                return "root finding did not converge in \(n) iterations (last estimate \(x))"
            case let .notFinite(x):
                return "function is not finite at \(x)"
            }
        }
    }

    /// Brent's method (Brent 1973, "Algorithms for Minimization without Derivatives", ch. 4): inverse
    /// quadratic interpolation and secant steps safeguarded by bisection. Converges whenever `f(a)` and
    /// `f(b)` differ in sign.
    ///
    /// - Parameters:
    ///   - a, b: a bracket with `f(a)·f(b) ≤ 0`.
    ///   - relativeTolerance, absoluteTolerance: with `tol = 2·relativeTolerance·|b| + absoluteTolerance/2`
    ///     (`b` the best estimate), stop when half the bracket `|c − b|/2 ≤ tol`, i.e. the returned root
    ///     is within about `4·relativeTolerance·|x| + absoluteTolerance` of a sign change of `f`.
    ///     For a root at or very near 0 give an `absoluteTolerance`, or convergence takes many
    ///     bisections towards the smallest subnormal.
    /// - Throws: ``Failure/notBracketed(lower:upper:fLower:fUpper:)`` if `f(a)` and `f(b)` have the same
    ///   sign, ``Failure/notFinite(at:)`` if `f` returns NaN or ±∞, ``Failure/noConvergence(iterations:lastEstimate:)``
    ///   after `maxIterations`, and rethrows errors of `f`.
    ///
    ///     try RootFinding.brent(in: 0, 2) { $0 * $0 - 2 }   // 1.4142135623730951
    public static func brent(in a: Double, _ b: Double, relativeTolerance: Double = 4 * Double.ulpOfOne,
                             absoluteTolerance: Double = 0, maxIterations: Int = 200,
                             _ f: (Double) throws -> Double) throws -> Double {
        var a = a, b = b
        var fa = try f(a), fb = try f(b)
        guard fa.isFinite else { throw Failure.notFinite(at: a) }
        guard fb.isFinite else { throw Failure.notFinite(at: b) }
        if fa == 0 { return a }
        if fb == 0 { return b }
        guard (fa < 0) != (fb < 0) else { throw Failure.notBracketed(lower: a, upper: b, fLower: fa, fUpper: fb) }
        var c = a, fc = fa
        var d = b - a, e = d
        for _ in 0..<maxIterations {
            if (fb < 0) == (fc < 0) { c = a; fc = fa; d = b - a; e = d }
            if abs(fc) < abs(fb) { a = b; b = c; c = a; fa = fb; fb = fc; fc = fa }
            let tol = 2 * relativeTolerance * abs(b) + 0.5 * absoluteTolerance
            let m = 0.5 * (c - b)
            if abs(m) <= tol || fb == 0 { return b }
            if abs(e) >= tol && abs(fa) > abs(fb) {
                var p: Double, q: Double
                let s = fb / fa
                if a == c {
                    p = 2 * m * s; q = 1 - s
                } else {
                    let qa = fa / fc, r = fb / fc
                    p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1))
                    q = (qa - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q } else { p = -p }
                if 2 * p < min(3 * m * q - abs(tol * q), abs(e * q)) {
                    e = d; d = p / q
                } else {
                    d = m; e = m
                }
            } else {
                d = m; e = m
            }
            a = b; fa = fb
            b += abs(d) > tol ? d : (m > 0 ? tol : -tol)
            fb = try f(b)
            guard fb.isFinite else { throw Failure.notFinite(at: b) }
        }
        throw Failure.noConvergence(iterations: maxIterations, lastEstimate: b)
    }
}
