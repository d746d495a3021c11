import Foundation

/// Every failure the ML core reports. Messages are written for a notebook author: they name the
/// layer or model, the shapes involved, and what would be right.
public enum MLError: Error, Equatable, CustomStringConvertible, LocalizedError {
    case shapeMismatch(String)
    case invalidArgument(String)
    case tooLarge(String)
    case notFitted(String)
    case nonFiniteLoss(epoch: Int, batch: Int, learningRate: Double)
    case invalidState(String)

    public var description: String {
        switch self {
        case .shapeMismatch(let message), .invalidArgument(let message), .tooLarge(let message),
             .notFitted(let message), .invalidState(let message):
            return message
        case .nonFiniteLoss(let epoch, let batch, let learningRate):
            return "training diverged: the loss became NaN or infinite in epoch \(epoch), batch \(batch); "
                + "try a lower learning rate (e.g. \(formatLearningRate(learningRate / 10)) instead of "
                + "\(formatLearningRate(learningRate))) or normalise the inputs"
        }
    }

    public var errorDescription: String? { description }
}

func formatLearningRate(_ value: Double) -> String {
    String(format: "%g", value)
}

/// Formats an integer with thousands separators ("1,024") independent of the locale.
func formatCount(_ value: Int) -> String {
    let digits = String(abs(value))
    var groups: [String] = []
    var end = digits.endIndex
    while end > digits.startIndex {
        let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
        groups.insert(String(digits[start..<end]), at: 0)
        end = start
    }
    return (value < 0 ? "-" : "") + groups.joined(separator: ",")
}

/// "[28, 28, 1]" for messages.
func formatShape(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
}
