import FolioCore

extension Compiler {
    /// `a..<b` and `a...b` as values. Swift stops a program whose range has its bounds the wrong
    /// way round; here that is a located error.
    func makeRange(_ lower: CheckedExpr, _ upper: CheckedExpr, closed: Bool, range: SourceRange) -> Evaluate {
        let l = compile(lower), u = compile(upper)
        return { rt in
            let a = try l(rt), b = try u(rt)
            guard try RangeValue.less(a, b, orEqual: true) else { throw self.fail(.rangeBounds(a.description, b.description), range) }
            return .range(RangeValue(lower: a, upper: b, closed: closed))
        }
    }
}
