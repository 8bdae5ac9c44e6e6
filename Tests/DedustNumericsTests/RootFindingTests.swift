import Foundation
import Testing
@testable import DedustNumerics

@Suite struct RootFindingTests {
    /// Known roots: √2; the Dottie number (cos x = x), 0.7390851332151607; Wallis's cubic
    /// x³ − 2x − 5 = 0, 2.0945514815423265 (the example of Brent 1973 and of Newton); a root at 0.
    @Test func knownRoots() throws {
        let sqrt2 = try RootFinding.brent(in: 0, 2) { $0 * $0 - 2 }
        #expect(abs(sqrt2 - 2.0.squareRoot()) <= 4 * Double.ulpOfOne)
        let dottie = try RootFinding.brent(in: 0, 1) { Foundation.cos($0) - $0 }
        #expect(abs(dottie - 0.7390851332151607) <= 4 * Double.ulpOfOne)
        let wallis = try RootFinding.brent(in: 2, 3) { $0 * $0 * $0 - 2 * $0 - 5 }
        #expect(abs(wallis - 2.0945514815423265) <= 1e-15)
        let zero = try RootFinding.brent(in: -1, 2, absoluteTolerance: 1e-12) { Foundation.sin($0) }
        #expect(abs(zero) <= 1e-12)
        // A root at an end of the bracket is returned as is.
        #expect(try RootFinding.brent(in: 1, 3) { $0 - 1 } == 1)
    }

    /// A loose tolerance stops early but stays within it.
    @Test func toleranceIsHonoured() throws {
        var calls = 0
        let x = try RootFinding.brent(in: 0, 10, relativeTolerance: 1e-6) { (v: Double) -> Double in
            calls += 1
            return Foundation.exp(v) - 100
        }
        #expect(abs(x - Foundation.log(100)) < 4e-6 * Foundation.log(100))
        #expect(calls < 20)
    }

    @Test func notBracketedSaysWhy() {
        do {
            _ = try RootFinding.brent(in: 0, 1) { $0 * $0 + 1 }
            Issue.record("no error for an unbracketed root")
        } catch let failure as RootFinding.Failure {
            #expect("\(failure)" == "root not bracketed: f(0.0) = 1.0, f(1.0) = 2.0 have the same sign")
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(throws: RootFinding.Failure.self) { try RootFinding.brent(in: 0, 1) { _ in Double.nan } }
    }
}
