import FolioLanguage

/// Something a `Report` can show: a table, a figure, a data set, a model, a history, an evaluation.
/// Each shows what a notebook cell shows for the same value.
public protocol Showable {
    /// The value as the notebook language holds it (what the report draws).
    var shown: ShownValue { get }
}

/// A value as the notebook language holds it. Opaque: it only carries a `Showable` to a `Report`.
public struct ShownValue {
    let value: Value
}

/// A table (`dataset.summary()`, `evaluation.report()`, `model.summary()`), shown as a report table.
public struct Table: Showable, CustomStringConvertible {
    let value: Value
    init(value: Value) { self.value = value }

    /// A table of `rows` (one array per row, one value per column): numbers are right-aligned and
    /// doubles shown with at most 4 decimals, as in a notebook.
    public init(columns: [String], rows: [[Any]], title: String? = nil) throws {
        value = try Library.call(.function, nil, "Table", [("columns", arg(columns)), ("rows", .array(rows.map { .array($0.map(anyValue)) })),
                                                           ("title", arg(title))])
    }
    /// What the report draws.
    public var shown: ShownValue { ShownValue(value: value) }
    /// The table as plain text, as `print(table)` writes it in a notebook.
    public var description: String { value.description }
}

/// A chart or an image grid (`classCounts()`, `samples(_:seed:)`, `history.plot()`, `LineChart(...)`).
public struct Figure: Showable, CustomStringConvertible {
    let value: Value
    /// What the report draws.
    public var shown: ShownValue { ShownValue(value: value) }
    /// A placeholder text: a figure is drawn in a report, not printed.
    public var description: String { value.description }
}
