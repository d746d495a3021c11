/// Precision, recall, F1 and support for one class, or one average over classes.
public struct ClassificationScores: Equatable, Sendable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// How many samples truly belong to the class (for an average: to all classes).
    public var support: Int

    public init(precision: Double, recall: Double, f1: Double, support: Int) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
        self.support = support
    }
}
