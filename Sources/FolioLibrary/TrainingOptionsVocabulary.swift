import FolioData
import FolioLanguage
import FolioML

/// What `fit` accepts beyond the optimizer: learning-rate schedules and fresh augmentation.
enum TrainingOptionsVocabulary {
    static func add(to v: inout Vocabulary) {
        v.add(type: TypeDeclaration("Augmentation", topic: "Models",
                                    doc: "Random shifts, rotations, zooms and flips that fit(augment:) draws afresh for every batch."))
        v.add(enum: EnumDeclaration("Schedule", cases: [
            .init("constant", doc: "the optimizer's learning rate throughout"),
            .init("cosine", [Param("warmupEpochs", .int, default: .int(0))],
                  doc: "linear warm-up over warmupEpochs, then a cosine decay to 0 at the last step"),
            .init("step", [Param("every", .int), Param("factor", .double, default: .double(0.1))],
                  doc: "the rate times factor after every `every` epochs"),
            .init("oneCycle", [Param("maxLR", .double)],
                  doc: "one cycle (PyTorch's OneCycleLR): up from maxLR/25 to maxLR over the first 30 % of the steps, then down by a cosine; replaces the optimizer's rate"),
        ], topic: "Models", doc: "How fit changes the learning rate, step by step; the history shows the curve."))
        v.add(Declaration(.function, "Augmentation",
                          [Param("shift", .double, default: .double(2), doc: "largest shift in pixels, in x and in y"),
                           Param("rotate", .double, default: .double(10), doc: "largest rotation in degrees, either way"),
                           Param("zoom", .double, default: .double(0.1), doc: "largest zoom: 0.1 means 90 %…110 %"),
                           Param("flip", .bool, default: .bool(false), doc: "also mirror a random half of the images left to right (clothes, not digits)")],
                          returns: .named("Augmentation"), topic: "Models",
                          doc: "Fresh random warps of every training batch in every epoch, for fit(augment:); the same seed gives the same warps.",
                          example: "model.fit(train, epochs: 10, seed: 1, augment: Augmentation(shift: 2, rotate: 10, zoom: 0.1))") { call in
            .object(AugmentationValue(try library {
                try ImageAugmentation(shift: try call.double("shift"), rotate: try call.double("rotate"), zoom: try call.double("zoom"),
                                      flip: try call.bool("flip"))
            }))
        })
    }

    static func schedule(_ e: EnumValue) throws -> LearningRateSchedule {
        func number(_ key: String) -> Double? {
            switch e.arguments[key] {
            case .double(let v)?: return v
            case .int(let v)?: return Double(v)
            default: return nil
            }
        }
        func whole(_ key: String) -> Int? {
            if case .int(let v)? = e.arguments[key] { return v }
            return nil
        }
        switch e.caseName {
        case "constant": return .constant
        case "cosine": return .cosine(warmupEpochs: whole("warmupEpochs") ?? 0)
        case "step":
            guard let every = whole("every") else { throw RuntimeError("step needs every:", fix: "write .step(every: 5, factor: 0.1)") }
            return .step(every: every, factor: number("factor") ?? 0.1)
        case "oneCycle":
            guard let maxLR = number("maxLR") else { throw RuntimeError("oneCycle needs maxLR:", fix: "write .oneCycle(maxLR: 0.01)") }
            return .oneCycle(maxLR: maxLR)
        default:
            throw RuntimeError("unknown schedule .\(e.caseName)", fix: "use .cosine(warmupEpochs: 1), .step(every: 5, factor: 0.1) or .oneCycle(maxLR: 0.01)")
        }
    }

    /// The batch transform `fit` applies: the data set's images warped with fresh random draws.
    static func augment(_ augmentation: ImageAugmentation, for data: Dataset) throws -> (Tensor, UInt64) throws -> Tensor {
        guard data.imageShape.count == 3 else {
            throw RuntimeError("augment: needs images, but this data set holds vectors of \(data.imageShape.first ?? 0) values",
                               fix: "augment the images before flattening them")
        }
        let (height, width, channels) = (data.imageShape[0], data.imageShape[1], data.imageShape[2])
        // Uncovered pixels take the background: the data set's smallest value, as augmented(...) does.
        let fill = data.pixels.min() ?? 0
        return { batch, seed in
            var pixels = batch.storage
            augmentation.apply(to: &pixels, count: batch.batchCount, height: height, width: width, channels: channels,
                               fill: fill, seed: seed)
            return try Tensor(shape: batch.shape, storage: pixels)
        }
    }
}
