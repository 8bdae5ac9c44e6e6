// Unaligned loads and stores of eight consecutive lanes for the explicit-SIMD kernels.

extension UnsafeMutablePointer where Pointee == Int32 {
    @inline(__always)
    func load8(_ i: Int) -> SIMD8<Int32> {
        UnsafeRawPointer(self + i).loadUnaligned(as: SIMD8<Int32>.self)
    }
}

/// Unaligned loads and stores of eight consecutive `Double`s for the explicit-SIMD kernels.
extension UnsafeMutablePointer where Pointee == Double {
    @inline(__always)
    func load8(_ i: Int) -> SIMD8<Double> {
        UnsafeRawPointer(self + i).loadUnaligned(as: SIMD8<Double>.self)
    }

    @inline(__always)
    func store8(_ v: SIMD8<Double>, _ i: Int) {
        UnsafeMutableRawPointer(self + i).storeBytes(of: v, as: SIMD8<Double>.self)
    }
}
