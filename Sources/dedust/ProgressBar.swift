import Foundation

/// A progress bar on stderr, shown only for runs longer than about a second and only when enabled (stderr is a
/// terminal and `--quiet` is not set). Thread-safe: models report progress from worker threads.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let enabled: Bool
    private let start = Date()
    private var shown = false
    private var finished = false
    private var lastDrawn = -1

    /// Delay before the bar appears (s).
    static let delay = 1.0

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(_ fraction: Double) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        let elapsed = Date().timeIntervalSince(start)
        guard elapsed >= Self.delay else { return }
        let percent = Int((min(1, max(0, fraction)) * 100).rounded(.down))
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        shown = true
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        Terminal.write("\r[\(bar)] \(percent)%  \(String(format: "%.1f", elapsed)) s")
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown && !finished { Terminal.write("\r\u{1B}[2K") }
        finished = true
    }
}

extension Terminal {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
