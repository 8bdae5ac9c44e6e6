import ArgumentParser
import DedustNumerics

@main
struct Dedust: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedust",
        abstract: "Simulate gas–solid separation trains: settlers, cyclones, bag filters.",
        version: "0.1.0")

    func run() throws {
        print("dedust 0.1.0 — OpenBLAS core \(BLASThreads.coreName)")
    }
}
