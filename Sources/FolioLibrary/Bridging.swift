import Foundation
import FolioData
import FolioLanguage
import FolioML

typealias Param = FolioLanguage.Parameter

extension FolioType {
    static let dataset = FolioType.named("Dataset")
    static let model = FolioType.named("Model")
    static let layer = FolioType.named("Layer")
    static let history = FolioType.named("History")
    static let evaluation = FolioType.named("Evaluation")
    static let prediction = FolioType.named("Prediction")
    static let figure = FolioType.named("Figure")
    static let table = FolioType.named("Table")
}

/// Runs a library call and turns the core's own errors (`DataError`, `MLError`, …) into the
/// language's `RuntimeError`, which the interpreter reports at the call's position.
func library<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as RuntimeError {
        throw error
    } catch {
        throw RuntimeError(String(describing: error))
    }
}

extension Call {
    /// The receiver, or the named argument, as a data set.
    func dataset(_ name: String) throws -> Dataset { try object(name, as: DatasetValue.self).dataset }
    func receiverDataset() throws -> Dataset { try receiver(as: DatasetValue.self).dataset }

    /// An optional Int argument (nil when absent).
    func optionalInt(_ name: String) -> Int? {
        if case .int(let v)? = arguments[name] { return v }
        return nil
    }

    func intArray(_ name: String) throws -> [Int] {
        guard case .array(let items)? = arguments[name] else { throw RuntimeError("argument '\(name)' must be an array of Int") }
        return try items.map {
            guard case .int(let v) = $0 else { throw RuntimeError("argument '\(name)' must be an array of Int") }
            return v
        }
    }

    func seed(_ name: String = "seed") -> UInt64 {
        if case .int(let v)? = arguments[name] { return UInt64(bitPattern: Int64(v)) }
        return 0
    }
}

/// The images of a data set as the model core's input tensor `[N, H, W, C]` (or `[N, D]`).
func tensor(of dataset: Dataset) throws -> Tensor {
    try library { try Tensor(shape: [dataset.count] + dataset.imageShape, storage: dataset.pixels) }
}

/// Formats a Double for tables: fixed digits, so reports diff cleanly.
func fixed(_ value: Double, _ digits: Int = 4) -> String {
    if value.isNaN { return "–" }
    return String(format: "%.\(digits)f", value)
}

func grouped(_ value: Int) -> String {
    let digits = String(abs(value))
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return (value < 0 ? "-" : "") + out
}
