import FolioData
import FolioLanguage

/// `Augmentation(shift:rotate:zoom:flip:)`: the random warps `fit(..., augment:)` draws for every batch.
final class AugmentationValue: HostObject {
    let augmentation: ImageAugmentation
    init(_ augmentation: ImageAugmentation) { self.augmentation = augmentation }

    var typeName: String { "Augmentation" }
    var textDescription: String {
        "Augmentation(shift: \(augmentation.shift), rotate: \(augmentation.rotate), zoom: \(augmentation.zoom)"
            + (augmentation.flip ? ", flip: true)" : ")")
    }
}
