import FolioCore
import FolioLanguage
import FolioML

/// The per-epoch record of one `fit`.
final class HistoryValue: HostObject {
    let history: History
    let modelName: String
    init(_ history: History, modelName: String) {
        self.history = history
        self.modelName = modelName
    }

    var typeName: String { "History" }
    var textDescription: String {
        guard let last = history.epochs.last else { return "History(no epochs)" }
        var text = "History(\(history.epochs.count) epochs, loss \(fixed(last.loss)), accuracy \(fixed(last.accuracy))"
        if let v = last.validationAccuracy { text += ", val accuracy \(fixed(v))" }
        return text + ")"
    }
    func display() -> [Output] { Figures.historyOutputs(history, modelName: modelName) }
}
