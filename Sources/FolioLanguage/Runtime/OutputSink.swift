import FolioCore

/// Collects a cell's outputs in order. Consecutive printed lines merge into one text output.
final class OutputSink {
    private(set) var outputs: [Output] = []
    private var lastWasPrint = false

    func printed(_ output: Output) {
        if case .text(let line) = output {
            if lastWasPrint, case .text(let previous)? = outputs.last {
                outputs[outputs.count - 1] = .text(previous + "\n" + line)
            } else {
                outputs.append(.text(line))
            }
            lastWasPrint = true
        } else {
            outputs.append(output)
            lastWasPrint = false
        }
    }

    func show(_ value: Value) {
        let shown = value.outputs
        guard !shown.isEmpty else { return }
        outputs += shown
        lastWasPrint = false
    }
}
