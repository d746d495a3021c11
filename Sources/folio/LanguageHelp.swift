import Foundation
import FolioLanguage

/// `folio help NAME`: the declaration of a language name, or the nearest names when unknown.
enum LanguageHelp {
    static func show(_ name: String, vocabulary: Vocabulary) -> Int32 {
        if let text = vocabulary.helpText(for: name) {
            print(text)
            return 0
        }
        var message = "folio: no function, type or case named '\(name)' in the notebook language"
        let near = vocabulary.suggestions(for: name)
        if !near.isEmpty { message += "\ndid you mean: " + near.joined(separator: ", ") + "?" }
        message += "\n(`folio reference` prints the whole language)"
        FileHandle.standardError.write(Data((message + "\n").utf8))
        return 2
    }
}
