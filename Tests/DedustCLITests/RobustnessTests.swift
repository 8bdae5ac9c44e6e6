import Foundation
import Testing

/// Inputs found by fuzzing (issue 18 items 7–10), each a scenario file in `Tests/Fuzz/regressions/` whose first three
/// lines say what it found and what `dedust run FILE --format json --quiet` must now do:
///
///     # Fuzz regression (issue 18 item 7): viscosity 1e-300 Pa*s: …
///     # exit: 1
///     # stderr: error: run failed: configuration "a": …
///
/// Exit 0 must print a JSON report; exit 1 or 2 must print nothing on stdout and the stderr line exactly (as
/// the first line of stderr). `scripts/fuzz.sh record FILE` writes the header for a new finding.
@Suite("Fuzz regressions: no trap, bounded work, no impossible state as a result")
struct RobustnessTests {
    static let directory = DedustBinary.packageRoot.appendingPathComponent("Tests/Fuzz/regressions")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    struct Expectation {
        var status: Int32
        var stderr: String
    }

    static func expectation(_ file: String) throws -> Expectation {
        let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(3).map(String.init)
        guard lines.count == 3, lines[1].hasPrefix("# exit: "), lines[2].hasPrefix("# stderr:"),
              let status = Int32(lines[1].dropFirst(8)) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "\(file): no regression header"])
        }
        return Expectation(status: status, stderr: String(lines[2].dropFirst(9)).trimmingCharacters(in: .whitespaces))
    }

    /// `stderr` without the loader's `file:line:column: warning:` lines (these findings are deliberately implausible).
    static func errors(_ stderr: String) -> String {
        stderr.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains(": warning: ") }
            .joined(separator: "\n")
    }

    static func run(_ file: String) throws -> DedustBinary.Output {
        try DedustBinary.run(["run", file, "--format", "json", "--quiet"], in: directory)
    }

    @Test("every recorded finding behaves as recorded", arguments: files)
    func regression(_ file: String) throws {
        let e = try Self.expectation(file)
        let r = try Self.run(file)
        #expect(r.status == e.status, "\(file): \(r.stderr)")
        if e.status == 0 {
            let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            #expect(json?["configurations"] != nil)
        } else {
            #expect(r.stdout.isEmpty)
            // The first error line (plausibility warnings on stderr come before it).
            #expect(Self.errors(r.stderr).split(separator: "\n").first.map(String.init) == e.stderr)
        }
    }

    @Test func theCorpusCoversEachItem() {
        for item in ["7-", "8-", "9-"] { #expect(Self.files.filter { $0.hasPrefix(item) }.count >= 5) }
    }

    // MARK: - One end-to-end case per item, spelled out

    /// Item 7: `viscosity: 1e-300 Pa*s` trapped in `Int(_:)` of the dispersion settler's sub-step count; now the
    /// settler stops once it is settled out and the result's absurd Reynolds number fails the final pass.
    @Test func item7ViscosityNoLongerTraps() throws {
        let r = try Self.run("7-viscosity-1e-300.yaml")
        #expect(r.status == 1)
        #expect(Self.errors(r.stderr) == "error: run failed: configuration \"a\": the result is not a physical state: reynolds_number "
                + "of chamber is 9.556578105746442e+299, not a number a report can show\n")
    }

    /// Item 8: `time_step_factor: 1e-9` is refused before the Monte Carlo starts, with the estimate and the fields.
    @Test func item8TinyTimeStepIsRefusedWithTheEstimate() throws {
        let r = try Self.run("8-time-step-factor-1e-9.yaml")
        #expect(r.status == 1)
        #expect(r.stderr.contains("unit cyclone_traj failed: cyclone/trajectory: the trajectory model could take up to "
                                  + "1.34e+18 particle-steps (10 size classes × 512 particles × 2.62e+14 steps"))
        #expect(r.stderr.contains("raise time_step_factor, or lift the limit with --max-particle-steps"))
    }

    /// Item 8: the bound is an option; lifting it lets the same unit start (here refused one step later by a
    /// limit of 1 particle-step, which shows the option reaches the unit).
    @Test func item8TheBoundIsAnOption() throws {
        let r = try DedustBinary.run(["run", "8-classes-2000-trajectory.yaml", "--quiet", "--max-particle-steps", "1"],
                                     in: Self.directory)
        #expect(r.status == 1)
        #expect(r.stderr.contains("above the limit of 1; "))
        let bad = try DedustBinary.run(["run", "8-classes-2000-trajectory.yaml", "--max-particle-steps", "0"],
                                       in: Self.directory)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--max-particle-steps must be positive (or inf), got 0.0"))
    }

    /// Item 8: with the bound lifted (`inf`) a vanishing time step is still refused: one tile's random stream
    /// (2³² Philox blocks) could not feed it, and running on would trap.
    @Test func item8LiftingTheBoundStillRefusesWhatWouldTrap() throws {
        let r = try DedustBinary.run(["run", "8-time-step-factor-1e-9.yaml", "--quiet", "--max-particle-steps", "inf"],
                                     in: Self.directory)
        #expect(r.status == 1)
        #expect(r.stderr.contains("unit cyclone_traj failed: cyclone/trajectory: one tile of 256 particles could take up to "
                                  + "6.7e+16 particle-steps"))
        #expect(r.stderr.contains("more than its random stream holds (5.73e+09); raise time_step_factor or lower tile_size"))
    }

    /// Item 9: a `specified` unit with a 200 kPa pressure drop exited 0 with −98.7 kPa at the stack.
    @Test func item9NegativeAbsolutePressureIsARunFailure() throws {
        let r = try Self.run("9-specified-pressure-drop-200kPa.yaml")
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(Self.errors(r.stderr) == "error: run failed: configuration \"a\": unit spec failed: its pressure drop of 200.0 kPa at an "
                + "inlet pressure of 98.32 kPa leaves an absolute pressure of -101.68 kPa at its outlet; check the unit's "
                + "pressure_drop (or its size and the gas flow) and the gas pressure\n")
    }

    /// Item 9: `readGrid` dropped the size grid's error; now it is located.
    @Test func item9SizeGridErrorIsLocated() throws {
        let r = try Self.run("9-size-grid-1e-300-to-1e300.yaml")
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("9-size-grid-1e-300-to-1e300.yaml:6:12: error: size_grid: no size grid from 1e-300 m "
                                   + "to 1e+300 m in 30 classes: size-grid edge 1 is inf m; sizes must be positive\n"))
    }

    /// Item 10: the fuzz target's replay tool runs the corpus (the shipped scenarios and every regression) with
    /// no finding.
    @Test func item10ReplayToolRunsTheCorpus() throws {
        guard let dedust = DedustBinary.url else { throw CocoaError(.fileNoSuchFile) }
        let tool = dedust.deletingLastPathComponent().appendingPathComponent("dedust-fuzz")
        try #require(FileManager.default.isExecutableFile(atPath: tool.path), "dedust-fuzz is built next to dedust")
        let p = Process()
        p.executableURL = tool
        p.arguments = [Self.directory.path]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(text == "dedust-fuzz: \(Self.files.count) inputs replayed, no finding\n")
    }
}
