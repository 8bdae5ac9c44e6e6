import Foundation

/// Runs the built `dedust` executable (it sits next to the test bundle in `.build/<triple>/<config>/`).
enum DedustBinary {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let url: URL? = {
        var candidates: [URL] = []
        let argv0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(argv0.deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL)
        for b in Bundle.allBundles { candidates.append(b.bundleURL.deletingLastPathComponent()) }
        let root = packageRoot
        for config in ["debug", "release"] { candidates.append(root.appendingPathComponent(".build/\(config)")) }
        for dir in candidates {
            var d = dir
            // An .xctest bundle directory (macOS) lives inside the build directory.
            while d.pathExtension == "xctest" || d.lastPathComponent == "Contents" || d.lastPathComponent == "MacOS" {
                d = d.deletingLastPathComponent()
            }
            let exe = d.appendingPathComponent("dedust")
            if FileManager.default.isExecutableFile(atPath: exe.path) { return exe }
        }
        return nil
    }()

    /// The package root (two levels above this file's folder).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `dedust args…` in `directory`.
    static func run(_ args: [String], in directory: URL? = nil) throws -> Output {
        guard let url else { throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "dedust binary not found"]) }
        let p = Process()
        p.executableURL = url
        p.arguments = args
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Read before waiting so a large report cannot fill the pipe and block the child.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dedust-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Writes `yaml` to `name` in a fresh temporary directory and runs `dedust <command> name extra…` there, so
    /// messages name the file exactly as `name`.
    static func run(_ command: String, yaml: String, name: String = "bad.yaml", extra: [String] = []) throws -> Output {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try yaml.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return try run([command, name] + extra, in: dir)
    }
}

/// A small valid scenario, line by line, for tests that break one line.
enum BaseScenario {
    static let lines = [
        "scenario: test",                                                   // 1
        "size_grid: {from: 1 um, to: 100 um, classes: 8}",                  // 2
        "gas:",                                                             // 3
        "  composition: {air: 1}",                                          // 4
        "  flow: 1000 Nm3/h",                                               // 5
        "  temperature: 20 degC",                                           // 6
        "dust:",                                                            // 7
        "  loading: 1 g/Nm3",                                               // 8
        "  particle_density: 2000 kg/m3",                                   // 9
        "  size_distribution:",                                             // 10
        "    rosin_rammler: {d63: 10 um, n: 1}",                            // 11
        "equipment:",                                                       // 12
        "  a: {type: specified, model: constant, efficiency: 0.5}",         // 13
        "  b: {type: specified, model: constant, efficiency: 0.8}",         // 14
        "configurations:",                                                  // 15
        "  base: {train: [a, b]}",                                          // 16
    ]

    static var text: String { lines.joined(separator: "\n") + "\n" }

    /// The scenario with 1-based line `n` replaced (nil deletes it).
    static func replacing(line n: Int, with new: String?) -> String {
        var l = lines
        if let new { l[n - 1] = new } else { l.remove(at: n - 1) }
        return l.joined(separator: "\n") + "\n"
    }
}
