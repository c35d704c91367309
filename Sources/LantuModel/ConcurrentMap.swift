import Foundation

extension Array where Element: Sendable {
    /// `map` on every core, in order. Documents are independent until they are cross-linked,
    /// and plans' pieces of the site-wide files are independent of each other, so doing them
    /// one by one left a core idle.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            // Deinitialized before it is freed: each result holds references, and a buffer
            // freed without it leaked every result of every call.
            results.deinitialize()
            results.deallocate()
        }
        let slots = SendableSlots(base: results)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.base[index] = transform(self[index])
        }
        return results.map { $0! }
    }
}

/// Each index is written by exactly one iteration, so the buffer is shared safely.
private struct SendableSlots<T>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<T?>
}
