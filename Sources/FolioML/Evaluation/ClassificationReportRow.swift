/// One line of a classification report, with full-precision values and scikit-learn's formatting.
///
/// Per-class rows and the "macro avg" / "weighted avg" rows carry all four values. The
/// "accuracy" row, as in scikit-learn, has no precision or recall: its accuracy sits in the
/// f1-score column.
public struct ClassificationReportRow: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case perClass(Int), accuracy, macroAverage, weightedAverage }

    public var kind: Kind
    /// "3", "cat", "accuracy", "macro avg", "weighted avg".
    public var name: String
    public var precision: Double?
    public var recall: Double?
    /// The F1 score; for the accuracy row, the accuracy.
    public var f1: Double
    public var support: Int

    /// The cells as scikit-learn prints them: name, precision, recall, f1-score, support, with
    /// `digits` decimals (scikit-learn's default is 2) and empty cells for the accuracy row.
    public func formattedCells(digits: Int = 2) -> [String] {
        let format = { (value: Double?) -> String in
            value.map { ReportNumberFormat.fixed($0, digits: digits) } ?? ""
        }
        return [name, format(precision), format(recall), format(f1), String(support)]
    }
}
