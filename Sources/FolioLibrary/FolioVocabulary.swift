import FolioLanguage

/// The whole notebook language: the core (numbers, strings, arrays, print, tables) plus data,
/// models and evaluation. `folio run`, `folio check`, `folio help` and docs/language.md all read it.
public enum FolioVocabulary {
    public static let full: Vocabulary = Vocabulary.core
        .merging(DataVocabulary.vocabulary)
        .merging(FileVocabulary.vocabulary)
        .merging(ModelVocabulary.vocabulary)
        .merging(EvaluationVocabulary.vocabulary)
        .merging(RecordVocabulary.vocabulary)
}
