import FolioCore
/// Matches a call's written arguments to a declaration's parameters by label, the way Swift
/// does: in order, skipping parameters that have defaults. Shared by the checker and the interpreter.
struct ArgumentMatcher {
    struct Issue {
        var message: String
        var range: SourceRange
        var fix: String?
        init(_ message: Message, _ range: SourceRange) {
            self.message = message.text
            self.range = range
            self.fix = message.fix
        }
    }

    struct Match {
        /// The parameter index each argument goes to (same order as the arguments).
        var parameterIndex: [Int]
        var issues: [Issue]
    }

    /// Matches `arguments` against `parameters`; `callName` names the call in messages and
    /// `callRange` is where a missing argument is reported.
    static func match(_ arguments: [Argument], to declaration: Declaration, callName: String, callRange: SourceRange) -> Match {
        match(arguments, to: declaration.parameters, callName: callName, signature: declaration.signature, callRange: callRange)
    }

    static func match(_ arguments: [Argument], to parameters: [Parameter], callName: String, signature: String, callRange: SourceRange) -> Match {
        var assignment: [Int] = []
        var issues: [Issue] = []
        var used = Set<Int>()
        var next = 0
        for argument in arguments {
            // The next parameter with this label, skipping only parameters that may be left out.
            var found: Int?
            var j = next
            while j < parameters.count {
                if parameters[j].label == argument.label { found = j; break }
                let fed = parameters[j].variadic && used.contains(j)
                if parameters[j].isRequired && !fed { break }
                j += 1
            }
            if found == nil, let later = parameters.indices.first(where: { $0 >= next && parameters[$0].label == argument.label && argument.label != nil }) {
                found = later  // a required parameter before it was left out; reported below as missing
            }
            if let f = found {
                assignment.append(f)
                used.insert(f)
                next = parameters[f].variadic ? f : f + 1
                continue
            }
            let remaining = parameters.indices.filter { $0 >= next && !used.contains($0) }
            guard let expected = remaining.first else {
                issues.append(Issue(.extraArgument(callName, signature: signature), argument.labelRange.to(argument.value.range)))
                assignment.append(-1)
                continue
            }
            let label = argument.label ?? ""
            let labels = remaining.compactMap { parameters[$0].label }
            if argument.label != nil, let close = Suggestions.closest(to: label, in: labels, limit: 1).first,
               let target = remaining.first(where: { parameters[$0].label == close }) {
                issues.append(Issue(.incorrectLabel(label, callName, fix: "did you mean '\(close):'?"), argument.labelRange))
                assignment.append(target)
                used.insert(target)
                next = target + 1
                continue
            }
            let parameter = parameters[expected]
            if argument.label == nil, let wanted = parameter.label {
                issues.append(Issue(.missingLabel(wanted, callName, snippet: sourceSnippet(argument)), argument.labelRange))
            } else if argument.label != nil, parameter.label == nil {
                issues.append(Issue(.extraneousLabel(label, callName), argument.labelRange))
            } else {
                let choices = labels.map { "'\($0):'" }.joined(separator: ", ")
                issues.append(Issue(.incorrectLabel(label, callName, fix: choices.isEmpty ? "the call is \(signature)" : "expected one of \(choices)"),
                                    argument.labelRange))
            }
            assignment.append(expected)
            used.insert(expected)
            next = parameter.variadic ? expected : expected + 1
        }
        for (index, parameter) in parameters.enumerated() where parameter.isRequired && !used.contains(index) && !parameter.variadic {
            let written = parameter.label.map { "'\($0):'" } ?? "'\(parameter.name)' (\(parameter.type))"
            issues.append(Issue(.missingArgument(written, callName, adding: "\(parameter.label.map { "\($0): " } ?? "")<\(parameter.type)>",
                                                 signature: signature), callRange))
        }
        return Match(parameterIndex: assignment, issues: issues)
    }

    private static func sourceSnippet(_ argument: Argument) -> String {
        switch argument.value.kind {
        case .int(let v): return String(v)
        case .double(let v): return String(v)
        case .name(let n): return n
        case .implicitMember(let n): return "." + n
        default: return "..."
        }
    }
}
