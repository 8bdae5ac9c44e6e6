import Testing
@testable import DedustNumerics

/// ParallelWork keeps index order and, with per-item streams, gives bit-identical results for any
/// thread count.
@Suite struct ParallelWorkTests {
    @Test(arguments: [1, 2, nil] as [Int?])
    func mapPreservesOrder(threads: Int?) {
        for count in [0, 1, 5, 16, 17, 1000] {
            let squares = ParallelWork.map(count, threads: threads) { i in i * i }
            #expect(squares == (0..<count).map { $0 * $0 }, "count \(count), threads \(String(describing: threads))")
        }
    }

    @Test func forEachVisitsEveryIndexOnce() {
        let slots = ResultSlots<Int>(count: 500)
        ParallelWork.forEach(500, threads: 2) { i in slots.store(i + 1, at: i) }
        #expect(slots.collect() == Array(1...500))
    }

    /// 48 size classes × 3 tiles, each drawing 2 000 normals and 500 three-point variates from its own
    /// stream: the results drawn on 1 thread, 2 threads and all cores are equal bit for bit.
    @Test func streamsAreBitIdenticalOnOneAndTwoThreads() {
        func draw(threads: Int?) -> [[UInt64]] {
            ParallelWork.map(48 * 3, threads: threads) { item in
                var s = RandomStream(StreamKey(seed: 20_240_205, configuration: 1, unit: 2,
                                               sizeClass: item / 3, tile: item % 3))
                var z = [Double](repeating: 0, count: 2000)
                s.fillNormal(&z)
                let w = (0..<500).map { _ in s.nextThreePoint() }
                return (z + w).map(\.bitPattern)
            }
        }
        let one = draw(threads: 1)
        let two = draw(threads: 2)
        let all = draw(threads: nil)
        #expect(one == two)
        #expect(one == all)
        #expect(Set(one).count == one.count)    // every (class, tile) stream is different
    }
}
