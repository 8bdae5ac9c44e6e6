import COpenBLAS

/// Control of OpenBLAS's own thread pool.
///
/// Dedust gets its parallelism from Dispatch (across size classes, tiles and configurations). OpenBLAS's
/// pthread pool would fight those workers — after each threaded call its threads spin for a while and
/// steal the CPU (measured in `swift-stack.md` §3e: +40–50 % on a 2-core machine). So the first BLAS or
/// LAPACK call through this module sets OpenBLAS to **one thread**. A caller may raise it around a large,
/// standalone `gemm` or factorisation made *outside* any parallel region (e.g. the numerics benchmark's
/// 2-thread gemm line), and must set it back to 1 before dispatching work again. The setting is
/// process-global.
///
/// The kernel choice (`OPENBLAS_CORETYPE`) cannot be changed from here: OpenBLAS picks it in its library
/// constructor, so the `Makefile` sets it before the process starts.
public enum BLASThreads {
    private static let configured: Bool = {
        openblas_set_num_threads(1)
        return true
    }()

    /// Sets OpenBLAS to a single thread the first time it is called (cheap afterwards).
    @inline(__always)
    public static func configureOnce() {
        _ = configured
    }

    /// Sets the number of OpenBLAS threads (process-global). Only outside parallel regions.
    public static func set(_ threads: Int) {
        configureOnce()
        openblas_set_num_threads(Int32(max(1, threads)))
    }

    /// Runs `body` with OpenBLAS allowed `threads` threads, then sets it back to one thread.
    ///
    /// Only for a large standalone `gemm` or LAPACK factorisation made *outside* any parallel region
    /// (no ``ParallelWork`` or other Dispatch work running concurrently), e.g. the benchmark's 2-thread
    /// gemm line. Because the setting is process-global, never call this from tests or worker threads.
    public static func withThreads<T>(_ threads: Int, _ body: () throws -> T) rethrows -> T {
        set(threads)
        defer { set(1) }
        return try body()
    }

    /// The current number of OpenBLAS threads.
    public static var current: Int {
        configureOnce()
        return Int(openblas_get_num_threads())
    }

    /// The kernel family OpenBLAS chose for this CPU (e.g. "Haswell", "SkylakeX").
    public static var coreName: String {
        guard let name = openblas_get_corename() else { return "unknown" }
        return String(cString: name)
    }
}
