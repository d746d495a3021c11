/// Why `folio preview` cannot start. The descriptions are what the terminal shows.
public enum PreviewError: Error, CustomStringConvertible, Equatable {
    case portInUse(first: Int, last: Int)
    case cannotListen(port: Int, reason: String)
    case resultsFolderMissing(String)

    public var description: String {
        switch self {
        case let .portInUse(first, last) where first == last:
            return "port \(first) on 127.0.0.1 is already in use; choose another with --port N (0 picks a free one)"
        case let .portInUse(first, last):
            return "ports \(first)-\(last) on 127.0.0.1 are all in use; choose another with --port N (0 picks a free one)"
        case let .cannotListen(port, reason):
            return "cannot listen on 127.0.0.1:\(port): \(reason)"
        case let .resultsFolderMissing(path):
            return "the results folder \(path) does not exist and could not be created"
        }
    }
}
