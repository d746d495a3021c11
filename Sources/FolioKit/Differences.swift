/// Where a notebook's meaning differs from the Swift standard library's, the notebook's meaning as
/// Swift (`folio export` writes these): in a notebook, `xs.first`, `xs.last`, `xs.max()` and
/// `xs.min()` are the element itself and an empty array is an error; in Swift they are optionals.
extension Array {
    /// The first element, or a `FolioError` when the array is empty (a notebook's `xs.first`).
    public var firstElement: Element {
        get throws {
            guard let element = first else { throw FolioError("first of an empty array", fix: "check that the array is not empty") }
            return element
        }
    }

    /// The last element, or a `FolioError` when the array is empty (a notebook's `xs.last`).
    public var lastElement: Element {
        get throws {
            guard let element = last else { throw FolioError("last of an empty array", fix: "check that the array is not empty") }
            return element
        }
    }
}

extension Array where Element: Comparable {
    /// The largest element, or a `FolioError` when the array is empty (a notebook's `xs.max()`).
    public func maxElement() throws -> Element {
        guard let element = self.max() else { throw FolioError("max() of an empty array", fix: "check that the array is not empty") }
        return element
    }

    /// The smallest element, or a `FolioError` when the array is empty (a notebook's `xs.min()`).
    public func minElement() throws -> Element {
        guard let element = self.min() else { throw FolioError("min() of an empty array", fix: "check that the array is not empty") }
        return element
    }
}

extension String {
    /// The non-empty pieces between separators, as Strings (a notebook's `s.split(separator: ",")`;
    /// Swift's `split` gives Substrings, which print alike but are another type). The notebook
    /// vocabulary's own implementation: an empty separator is a `FolioError`.
    public func splitStrings(separator: String) throws -> [String] {
        let pieces = try Library.call(.method, "String", "split", receiver: .string(self), [("separator", .string(separator))])
        guard case .array(let items) = pieces else { throw FolioError("split gave no array") }
        return items.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
    }
}
