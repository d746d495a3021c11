/// A notebook is prose and cells, in file order.
public enum NotebookBlock: Equatable, Sendable {
    case prose(Prose)
    case cell(Cell)
}
