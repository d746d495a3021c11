/// Training allocates the same few multi-megabyte buffers every mini-batch. By default glibc serves
/// them with fresh mmaps (and trims freed memory), so every batch pays for zeroing new pages in the
/// kernel. Raising the thresholds lets freed buffers be reused from the heap.
enum MemoryTuning {
    static func keepLargeBuffersInHeap() {
        #if os(Linux)
        let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD in <malloc.h>
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
        _ = glibcMallopt(mmapThreshold, 256 << 20)
        _ = glibcMallopt(trimThreshold, 512 << 20)
        #endif
    }
}

#if os(Linux)
/// <malloc.h> is not part of the Glibc module map, so declare the one function we need.
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
