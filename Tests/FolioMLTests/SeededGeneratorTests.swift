import FolioML
import XCTest

/// Weights, dropout and batch order come from this sequence: it must not change when code moves.
final class SeededGeneratorTests: XCTestCase {
    func testTheSequenceOfASeedIsFixed() {
        var random = SeededGenerator(seed: 7)
        XCTAssertEqual([random.next(), random.next()], [12923355070828475994, 5142052590334782674])
    }
}
