import Foundation
import FolioCore
import FolioLanguage
import FolioLibrary

/// The one place FolioKit calls into Folio: every public FolioKit method is a typed front end of a
/// declaration of the notebook vocabulary (`FolioVocabulary.full`), called here with the same
/// arguments a notebook's call passes. So a notebook and a Swift program share one implementation
/// of loading, training, evaluating and drawing, and show the same outputs.
enum Library {
    static let vocabulary = FolioVocabulary.full

    /// What the calls use of a run: relative paths resolve against the working directory (as with
    /// `folio run`), progress goes to standard error and emitted outputs to standard output until a
    /// `Report` takes them.
    nonisolated(unsafe) static let context = RunContext(
        rootDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        emit: { output in if case .text(let text) = output { Swift.print(text) } },
        progress: { p in if p.finished { FileHandle.standardError.write(Data("      \(p.label) \(p.detail)\n".utf8)) } })

    /// Calls the declaration `name` (of `owner`, as `kind`) whose labels are `arguments`' labels.
    static func call(_ kind: Declaration.Kind, _ owner: String?, _ name: String, receiver: Value? = nil,
                     _ arguments: [(label: String?, value: Value?)] = [], builder: [Value] = []) throws -> Value {
        let given = arguments.filter { $0.value != nil }
        guard let declaration = find(kind, owner, name, receiver: receiver, labels: given.map(\.label)) else {
            throw FolioError("FolioKit has no \(owner.map { $0 + "." } ?? "")\(name) taking \(given.map { ($0.label ?? "_") + ":" }.joined())",
                             fix: "see `folio help \(name)` for what the notebook language offers")
        }
        var named = TranslationChecker.defaultArguments(declaration.parameters, vocabulary: vocabulary)
        var unlabelled = declaration.parameters.filter { $0.label == nil }.makeIterator()
        for argument in given {
            let parameter = argument.label.flatMap { label in declaration.parameters.first { $0.label == label } } ?? unlabelled.next()
            guard let parameter, let value = argument.value else { continue }
            named[parameter.name] = value.coerced(to: parameter.type)
        }
        do {
            return try declaration.implementation(Call(receiver: receiver, arguments: named, builderItems: builder, context: context, location: nil))
        } catch let error as RuntimeError {
            throw FolioError(error.message, fix: error.fix, call: name)
        } catch let error as FolioError {
            throw error
        } catch {
            throw FolioError(String(describing: error), fix: nil, call: name)
        }
    }

    private static func find(_ kind: Declaration.Kind, _ owner: String?, _ name: String, receiver: Value?, labels: [String?]) -> Declaration? {
        let candidates: [Declaration]
        if let receiver, case .named(let type) = receiver.type {
            candidates = vocabulary.members(named: name, of: type, kind: kind)
        } else if let owner {
            candidates = vocabulary.declarations.filter { $0.kind == kind && $0.owner == owner && $0.name == name }
        } else {
            candidates = vocabulary.functions(named: name)
        }
        return candidates.first { declaration in
            let written = Set(labels.compactMap { $0 })
            let known = Set(declaration.parameters.compactMap(\.label))
            let unlabelled = labels.filter { $0 == nil }.count
            let required = declaration.parameters.filter { $0.isRequired }
            return written.isSubset(of: known) && unlabelled <= declaration.parameters.filter { $0.label == nil }.count
                && required.allSatisfy { p in p.label.map(written.contains) ?? (unlabelled > 0) }
        }
    }

    /// A case of the vocabulary enum `type`, its declared defaults filled in for the arguments
    /// that are nil (as the checker fills them in for a notebook's `.adam(lr: 0.001)`).
    static func enumCase(_ type: String, _ name: String, _ arguments: [String: Value?]) -> Value {
        let parameters = vocabulary.enums[type]?.cases.first { $0.name == name }?.parameters ?? []
        var named = TranslationChecker.defaultArguments(parameters, vocabulary: vocabulary)
        for (key, argument) in arguments { if let argument { named[key] = argument } }
        return .enumCase(EnumValue(typeName: type, caseName: name, arguments: named))
    }

    /// The host object behind `value`, for members that read it.
    static func object(_ value: Value) throws -> any HostObject {
        guard case .object(let object) = value else { throw FolioError("expected an object, got \(value.type)") }
        return object
    }
}

/// A failure of a Folio call (a missing file, a shape mismatch, …): what went wrong and what would
/// be right, as a notebook's error says it.
public struct FolioError: Error, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// What to do about it, when Folio knows.
    public var fix: String?

    /// The vocabulary name whose call failed (`csv` for `Dataset.csv(...)`), so a `Report` can
    /// point at it in the cell, where `folio run` points.
    var call: String?

    /// A failure with a message and an optional fix.
    public init(_ message: String, fix: String? = nil) {
        self.message = message
        self.fix = fix
    }

    init(_ message: String, fix: String?, call: String) {
        self.init(message, fix: fix)
        self.call = call
    }

    /// The message, then the fix on its own line.
    public var description: String { fix.map { "\(message)\n  fix: \($0)" } ?? message }
}
