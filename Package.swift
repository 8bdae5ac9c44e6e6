// swift-tools-version: 6.1
//
// Dedust — gas–solid separation trains: settlers, cyclones, bag filters.
//
// Layering (each module depends only on those above it):
//
//   COpenBLAS, CLAPACKE      system libraries (Debian libopenblas-dev, liblapacke-dev)
//   DedustNumerics           BLAS/LAPACK wrappers, counter-based RNG streams, Dispatch helper, root finding
//   DedustPhysics            units, gas mixtures, drag and slip, size grid, particle-size distributions
//   DedustSeparators         one engineering model per file: settlers, baffles, cyclones, bag filter, cooler
//   DedustTrajectories       Lagrangian Monte Carlo engine over reduced-order flow fields
//   DedustFlowsheet          trains, per-class mass balance (LAPACK), KPIs, limit checks
//   DedustScenario           scenario and study schema (YAML), located validation, parameter paths, runner
//   DedustStudy              studies: sample plan, concurrent shardable runner, SQLite store (GRDB), statistics
//   DedustReports            terminal table, JSON, CSV, HTML+SVG writers
//   dedust                   the command-line tool
import PackageDescription
import class Foundation.ProcessInfo

// MARK: - Build settings

/// Release builds of the numerical modules are compiled for the build machine's CPU so the
/// particle kernels can use its widest vector unit (AVX-512 on the reference machine; see
/// `../shared/reference/swift-stack.md` §3: baseline x86-64 code has no ymm/zmm instructions).
/// `native` is correct on any host; set `DEDUST_TARGET_CPU=` (empty) to build portable binaries,
/// or e.g. `DEDUST_TARGET_CPU=x86-64` for a generic one.
///
/// `-Xcc -fno-math-errno` (all configurations) lets `squareRoot()` — on `Double` and on `SIMD8<Double>` —
/// compile to the hardware square root (`vsqrtpd`): with the C default (`-fmath-errno`) the standard library's
/// square root is a call to the C library's `sqrt` that may set `errno`, one lane at a time. Swift never reads
/// `errno` from arithmetic, so only the speed changes (`FastMath.squareRoot` documents it).
let targetCPU = ProcessInfo.processInfo.environment["DEDUST_TARGET_CPU"] ?? "native"
let hotSettings: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-fno-math-errno"])] + (targetCPU.isEmpty
    ? []
    : [.unsafeFlags(["-target-cpu", targetCPU], .when(configuration: .release))])

let package = Package(
    name: "Dedust",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dedust", targets: ["dedust"]),
        .executable(name: "dedust-fuzz", targets: ["dedust-fuzz"]),
        .library(name: "DedustNumerics", targets: ["DedustNumerics"]),
        .library(name: "DedustPhysics", targets: ["DedustPhysics"]),
        .library(name: "DedustSeparators", targets: ["DedustSeparators"]),
        .library(name: "DedustTrajectories", targets: ["DedustTrajectories"]),
        .library(name: "DedustFlowsheet", targets: ["DedustFlowsheet"]),
        .library(name: "DedustScenario", targets: ["DedustScenario"]),
        .library(name: "DedustStudy", targets: ["DedustStudy"]),
        .library(name: "DedustReports", targets: ["DedustReports"]),
    ],
    dependencies: [
        // Command-line parsing for `dedust` (subcommands, help, validation).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // YAML scenario files with node marks (line:column) for located error messages.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The study results store: SQLite (the system's libsqlite3), which engineers open from pandas, R or any SQL
        // tool; GRDB gives prepared statements, transactions and typed rows over it.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Property-based tests of the invariants (test targets only).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // MARK: - System libraries
        .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CLAPACKE", pkgConfig: "lapacke", providers: [.apt(["liblapacke-dev"])]),

        // MARK: - Libraries
        .target(name: "DedustNumerics", dependencies: ["COpenBLAS", "CLAPACKE"], swiftSettings: hotSettings),
        .target(name: "DedustPhysics", dependencies: ["DedustNumerics"], swiftSettings: hotSettings),
        .target(name: "DedustSeparators", dependencies: ["DedustNumerics", "DedustPhysics"]),
        .target(name: "DedustTrajectories",
                dependencies: ["DedustNumerics", "DedustPhysics", "DedustSeparators"],
                swiftSettings: hotSettings),
        .target(name: "DedustFlowsheet",
                dependencies: ["DedustNumerics", "DedustPhysics", "DedustSeparators"]),
        .target(name: "DedustScenario",
                dependencies: ["DedustNumerics", "DedustPhysics", "DedustSeparators", "DedustTrajectories",
                               "DedustFlowsheet", .product(name: "Yams", package: "Yams")]),
        .target(name: "DedustStudy",
                dependencies: ["DedustNumerics", "DedustScenario", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "DedustReports",
                dependencies: ["DedustPhysics", "DedustSeparators", "DedustTrajectories", "DedustFlowsheet", "DedustScenario",
                               "DedustStudy"]),

        // MARK: - Command-line tool
        .executableTarget(name: "dedust",
                          dependencies: ["DedustScenario", "DedustStudy", "DedustReports", "DedustSeparators", "DedustNumerics",
                                         .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // MARK: - Benchmarks (plain executables; see README "Benchmarks")
        .executableTarget(name: "numerics-benchmark", dependencies: ["DedustNumerics"],
                          path: "Benchmarks/numerics-benchmark", swiftSettings: hotSettings),
        .executableTarget(name: "trajectory-benchmark",
                          dependencies: ["DedustNumerics", "DedustPhysics", "DedustSeparators", "DedustTrajectories"],
                          path: "Benchmarks/trajectory-benchmark", swiftSettings: hotSettings),
        .executableTarget(name: "study-benchmark", dependencies: ["DedustStudy", "DedustScenario", "DedustNumerics"],
                          path: "Benchmarks/study-benchmark"),
        .executableTarget(name: "scenario-benchmark",
                          dependencies: ["DedustScenario", "DedustNumerics"],
                          path: "Benchmarks/scenario-benchmark"),

        // MARK: - Fuzzing (a corpus replay tool; a libFuzzer binary with -sanitize=fuzzer -DDEDUST_FUZZ, scripts/fuzz.sh)
        .executableTarget(name: "dedust-fuzz", dependencies: ["DedustScenario", "DedustReports"],
                          path: "Tests/Fuzz/dedust-fuzz"),

        // MARK: - Tests (one target per module, plus end-to-end CLI tests)
        // Shared test support (standard gases, inlet builders, approximate equality, doc-comment access), as
        // swift-numerics' _TestSupport.
        .target(name: "DedustTestSupport", dependencies: ["DedustPhysics", "DedustSeparators"],
                path: "Tests/DedustTestSupport"),
        .testTarget(name: "DedustNumericsTests", dependencies: ["DedustNumerics"]),
        .testTarget(name: "DedustPhysicsTests", dependencies: ["DedustPhysics", "DedustNumerics"]),
        .testTarget(name: "DedustSeparatorsTests",
                    dependencies: ["DedustSeparators", "DedustPhysics", "DedustTestSupport",
                                   .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "DedustTrajectoriesTests",
                    dependencies: ["DedustTrajectories", "DedustSeparators", "DedustPhysics", "DedustNumerics"]),
        .testTarget(name: "DedustFlowsheetTests",
                    dependencies: ["DedustFlowsheet", "DedustSeparators", "DedustPhysics",
                                   .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "DedustScenarioTests", dependencies: ["DedustScenario", "DedustPhysics"]),
        .testTarget(name: "DedustStudyTests", dependencies: ["DedustStudy", "DedustScenario", "DedustNumerics"]),
        .testTarget(name: "DedustReportsTests", dependencies: ["DedustReports", "DedustScenario"]),
        .testTarget(name: "DedustCLITests", dependencies: ["dedust"]),
    ]
)
