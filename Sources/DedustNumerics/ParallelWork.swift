import Dispatch
import Foundation

/// Runs independent work items (size classes, tiles, configurations) on Dispatch's worker threads.
///
/// Results never depend on the schedule: item `i` always computes the same thing and writes only its own
/// slot. Scheduling follows the measurements in `swift-stack.md` §3b: on a virtual machine a sweep split
/// into exactly one chunk per core can be *slower* than serial (the second worker wakes late), so work is
/// offered in at least 8 chunks per core and the calling thread helps.
///
///     let squares = ParallelWork.map(100) { i in i * i }   // [0, 1, 4, …], same for any `threads`
public enum ParallelWork {
    /// Number of active processor cores.
    public static var coreCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Minimum number of chunks offered per core.
    public static let chunksPerCore = 8

    /// Calls `body(i)` for every `i` in `0..<count`, on up to `threads` threads (default: all cores).
    /// With `threads == 1` everything runs on the calling thread, in order.
    public static func forEach(_ count: Int, threads: Int? = nil, _ body: @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let threads = max(1, min(threads ?? coreCount, count))
        if threads == 1 {
            for i in 0..<count { body(i) }
            return
        }
        BLASThreads.configureOnce()
        if threads >= coreCount {
            // Offer at least `chunksPerCore` chunks per core; never more chunks than items.
            let chunks = min(count, max(chunksPerCore * coreCount, 1))
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lower = c * count / chunks, upper = (c + 1) * count / chunks
                for i in lower..<upper { body(i) }
            }
        } else {
            // Fewer threads than cores: `threads` workers pull items from a shared counter.
            let next = WorkCounter()
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while let i = next.take(below: count) { body(i) }
            }
        }
    }

    /// `(0..<count).map(transform)` computed in parallel; the result order is the index order.
    public static func map<T: Sendable>(_ count: Int, threads: Int? = nil, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let slots = ResultSlots<T>(count: count)
        forEach(count, threads: threads) { i in slots.store(transform(i), at: i) }
        return slots.collect()
    }
}

/// A lock-protected work index shared by the workers of ``ParallelWork/forEach(_:threads:_:)``.
final class WorkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// Result storage with one slot per work item. Contract: each slot is written exactly once, by one
/// worker, before ``collect()``; distinct slots never alias, so no lock is needed.
final class ResultSlots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func store(_ value: T, at i: Int) {
        precondition(i >= 0 && i < count)
        base[i] = value
    }

    func collect() -> [T] {
        (0..<count).map { i in
            guard let v = base[i] else { preconditionFailure("work item \(i) produced no result") }
            return v
        }
    }
}
