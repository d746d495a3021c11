import FolioLanguage
import FolioML

/// One path of a `Concatenate { … }` block, as written in a notebook.
final class BranchValue: HostObject {
    let layers: [Layer]
    init(_ layers: [Layer]) { self.layers = layers }

    var typeName: String { "Branch" }
    var changesInPlace: Bool { true }
    var textDescription: String { "Branch of \(layers.count) layer\(layers.count == 1 ? "" : "s")" }
}
