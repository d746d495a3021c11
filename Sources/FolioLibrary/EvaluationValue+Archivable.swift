import FolioCore
import FolioData
import FolioML

extension EvaluationValue: Archivable {
    static let archiveTag = "evaluation"

    func archive(into archive: inout ArchiveWriter) throws {
        archive.binary.ints(metrics.labels)
        archive.binary.ints(metrics.predictions)
        archive.binary.strings(metrics.classNames)
        archive.binary.optional(metrics.probabilities) { writer, rows in
            writer.int(rows.count)
            for row in rows { writer.doubles(row) }
        }
        archive.binary.optional(loss) { $0.double($1) }
        archive.binary.optional(modelName) { $0.string($1) }
        archive.binary.bool(dataset != nil)
        dataset?.archive(into: &archive)
    }

    static func unarchive(from archive: inout ArchiveReader) throws -> EvaluationValue {
        let labels = try archive.binary.ints()
        let predictions = try archive.binary.ints()
        let classNames = try archive.binary.strings()
        let probabilities = try archive.binary.optional { reader in
            try (0..<reader.count(itemSize: 8)).map { _ in try reader.doubles() }
        }
        let loss = try archive.binary.optional { try $0.double() }
        let modelName = try archive.binary.optional { try $0.string() }
        let dataset = try archive.binary.bool() ? try Dataset.unarchive(from: &archive) : nil
        let metrics = try ClassificationMetrics(labels: labels, predictions: predictions, classNames: classNames,
                                                probabilities: probabilities)
        return EvaluationValue(metrics: metrics, loss: loss, dataset: dataset, modelName: modelName)
    }
}
