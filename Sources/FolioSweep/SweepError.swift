/// A sweep that cannot start or go on: a bad grid, a missing plan, a Slurm command that failed.
/// Said to the user as one line, with what would be right.
public struct SweepError: Error, CustomStringConvertible {
    public var message: String
    public var fix: String?

    public init(_ message: String, fix: String? = nil) {
        self.message = message
        self.fix = fix
    }

    public var description: String { fix.map { "\(message)\nfix: \($0)" } ?? message }
}
