import Foundation

/// Why a set of labels, predictions or probabilities cannot be evaluated.
public enum MetricsError: Error, Equatable, CustomStringConvertible {
    case empty
    case lengthMismatch(labels: Int, predictions: Int)
    case noClasses
    case labelOutOfRange(index: Int, value: Int, classCount: Int)
    case predictionOutOfRange(index: Int, value: Int, classCount: Int)
    case probabilityRowCount(expected: Int, actual: Int)
    case probabilityRowWidth(row: Int, expected: Int, actual: Int)
    case invalidProbability(row: Int, column: Int)

    public var description: String {
        switch self {
        case .empty:
            return "there is nothing to evaluate: no labels were given"
        case let .lengthMismatch(labels, predictions):
            return "there are \(labels) labels but \(predictions) predictions; they must pair up one to one"
        case .noClasses:
            return "at least one class is needed"
        case let .labelOutOfRange(index, value, classCount):
            return "label \(value) at position \(index) is not a class; classes are 0...\(classCount - 1)"
        case let .predictionOutOfRange(index, value, classCount):
            return "prediction \(value) at position \(index) is not a class; classes are 0...\(classCount - 1)"
        case let .probabilityRowCount(expected, actual):
            return "there are \(actual) rows of probabilities for \(expected) labels"
        case let .probabilityRowWidth(row, expected, actual):
            return "probability row \(row) has \(actual) values, expected one per class (\(expected))"
        case let .invalidProbability(row, column):
            return "probability at row \(row), class \(column) is not a number between 0 and 1"
        }
    }
}
