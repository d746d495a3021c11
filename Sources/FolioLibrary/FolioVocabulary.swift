import FolioCore
import FolioLanguage

/// The whole notebook language: the core (numbers, strings, arrays, print, tables) plus data,
/// models and evaluation. `folio run`, `folio check`, `folio help` and docs/language.md all read it.
public enum FolioVocabulary {
    public static let full: Vocabulary = Vocabulary.core
        .merging(DataVocabulary.vocabulary)
        .merging(FileVocabulary.vocabulary)
        .merging(ModelVocabulary.vocabulary)
        .merging(EvaluationVocabulary.vocabulary)
        .merging(ChartVocabulary.vocabulary)
        .merging(ExampleVocabulary.vocabulary)
        .merging(MetricsVocabulary.vocabulary)
        .merging(CSVWriting.vocabulary)
        .merging(PlaygroundVocabulary.vocabulary)
        .merging(RecordVocabulary.vocabulary)

    /// The host values the cell cache stores (each archives itself in its `+Archivable` file);
    /// the runner gets this with the vocabulary.
    public static let archives = ArchiveRegistry([
        DatasetValue.self, ModelValue.self, LayerValue.self, HistoryValue.self, EvaluationValue.self, PredictionValue.self,
        ExampleValue.self, AugmentationValue.self,
    ])
}
