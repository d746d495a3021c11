import FolioCore
import FolioLanguage
import FolioML

/// A layer written inside `Sequential { … }`.
final class LayerValue: HostObject {
    let layer: Layer
    init(_ layer: Layer) { self.layer = layer }

    var typeName: String { "Layer" }
    var changesInPlace: Bool { true }
    var textDescription: String { layer.kind }
}
