import FolioTestSupport

/// The golden files of these tests, in `Golden/` (RECORD_GOLDEN=1 re-records them).
let golden = GoldenFile()
