import FolioCore
import FolioLanguage

/// `record(name, value)`: what a cell measured, for machines. The report shows it as a small
/// line; `folio sweep` collects each point's records into sweep.json, sweep.csv and its summary.
enum RecordVocabulary {
    static var vocabulary: Vocabulary {
        var v = Vocabulary()
        v.add(functions)
        return v
    }

    static var functions: [Declaration] {
        [
            Declaration(.function, "record",
                        [Param(nil, name: "name", .string, doc: "what was measured, e.g. \"accuracy\""),
                         Param(nil, name: "value", .oneOf([.int, .double, .string]), doc: "a number or a text")],
                        returns: .void, topic: "Evaluation",
                        doc: "Records a result under a name: shown as a line in the report, and collected by `folio sweep` into sweep.json, sweep.csv and the summary report.",
                        example: "record(\"accuracy\", evaluation.accuracy)") { call in
                guard case .string(let name)? = call["name"], !name.isEmpty else {
                    throw RuntimeError("record needs a name that is not empty", fix: "record(\"accuracy\", evaluation.accuracy)")
                }
                let value: Record.Value
                switch call["value"] {
                case .int(let i)?: value = .int(i)
                case .double(let d)?: value = .double(d)
                case .string(let s)?: value = .string(s)
                default: throw RuntimeError("record needs a number or a String as its value")
                }
                call.context.emit(.record(Record(name: name, value: value)))
                return .void
            },
        ]
    }
}
