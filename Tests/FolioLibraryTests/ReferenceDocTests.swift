import FolioLanguage
import FolioLibrary
import XCTest

/// docs/language.md is generated from the vocabulary declaration; this keeps it from going stale.
final class ReferenceDocTests: XCTestCase {
    func testTheCommittedReferenceMatchesTheDeclarations() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent("docs/language.md"), encoding: .utf8)
        XCTAssertEqual(committed, FolioVocabulary.full.referenceMarkdown(),
                       "docs/language.md is stale: regenerate it with `swift run folio reference --output docs/language.md`")
    }

    func testEveryDeclarationHasADocLine() {
        for d in FolioVocabulary.full.declarations {
            XCTAssertFalse(d.doc.isEmpty, "\(d.signature) has no doc line")
        }
    }
}
