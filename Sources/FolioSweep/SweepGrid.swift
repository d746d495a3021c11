import Foundation
import Yams

/// The points of a sweep: every combination of the `-p name=v1,v2` axes (and of a params file's
/// grid), each explicit point of a params file, each repeated for every seed.
public struct SweepGrid {
    public struct Axis: Equatable {
        public var name: String
        public var values: [String]

        public init(name: String, values: [String]) {
            self.name = name
            self.values = values
        }
    }

    public var axes: [Axis] = []
    /// Points listed one by one in a params file (`points:`); crossed with the axes.
    public var explicit: [[SweepPoint.Setting]] = []
    /// Values of the `seed` param; each point runs once per seed.
    public var seeds: [String] = []
    public var seedParam = "seed"

    public init(axes: [Axis] = [], explicit: [[SweepPoint.Setting]] = [], seeds: [String] = []) {
        self.axes = axes
        self.explicit = explicit
        self.seeds = seeds
    }

    /// `lr=0.1,0.01` → the axis `lr` with two values.
    public static func axis(_ argument: String) throws -> Axis {
        guard let eq = argument.firstIndex(of: "="), eq != argument.startIndex else {
            throw SweepError("-p expects name=value1,value2,..., got '\(argument)'", fix: "-p lr=0.1,0.01")
        }
        let name = String(argument[..<eq])
        let values = argument[argument.index(after: eq)...].split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard !values.contains(where: \.isEmpty) else {
            throw SweepError("-p \(argument) has an empty value", fix: "-p \(name)=0.1,0.01")
        }
        return Axis(name: name, values: values)
    }

    /// `--seeds 1,2,3`.
    public static func seeds(_ argument: String) throws -> [String] {
        let seeds = argument.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !seeds.isEmpty, seeds.allSatisfy({ Int($0) != nil }) else {
            throw SweepError("--seeds expects whole numbers separated by commas, got '\(argument)'", fix: "--seeds 1,2,3")
        }
        return seeds
    }

    /// A params file: either a grid (a mapping of names to lists of values, optionally under
    /// `grid:`), or explicit points (`points:` — a list of mappings), or both.
    ///
    /// ```yaml
    /// grid:
    ///   lr: [0.1, 0.01]
    /// points:
    ///   - {width: 64, epochs: 1}
    ///   - {width: 256, epochs: 3}
    /// ```
    public mutating func addParamsFile(_ text: String, path: String) throws {
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch {
            throw SweepError("\(path) is not valid YAML: \(error)")
        }
        guard let mapping = node?.mapping else {
            throw SweepError("\(path) must be a mapping of param names to lists of values, or have a `points:` list",
                             fix: "lr: [0.1, 0.01]")
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else { throw SweepError("\(path): a key is not a name") }
            switch key {
            case "grid":
                guard let grid = value.mapping else { throw SweepError("\(path): `grid:` must map names to lists of values") }
                for (name, values) in grid { axes.append(try Self.axis(name, values, path: path)) }
            case "points":
                guard let list = value.sequence else { throw SweepError("\(path): `points:` must be a list of mappings") }
                for item in list {
                    guard let point = item.mapping else { throw SweepError("\(path): each of `points:` must be a mapping like {lr: 0.1}") }
                    explicit.append(try point.map { name, value in
                        guard let name = name.scalar?.string, let value = value.scalar?.string else {
                            throw SweepError("\(path): a point's values must be single values (numbers, text)")
                        }
                        return SweepPoint.Setting(name: name, value: value)
                    })
                }
            case "seeds":
                seeds += try Self.scalars(value, path: path, name: key)
            default:
                axes.append(try Self.axis(keyNode, value, path: path))
            }
        }
    }

    private static func axis(_ name: Node, _ values: Node, path: String) throws -> Axis {
        guard let name = name.scalar?.string else { throw SweepError("\(path): a key is not a name") }
        return Axis(name: name, values: try scalars(values, path: path, name: name))
    }

    private static func scalars(_ node: Node, path: String, name: String) throws -> [String] {
        if let single = node.scalar?.string { return [single] }
        guard let list = node.sequence, !list.isEmpty else { throw SweepError("\(path): `\(name)` has no values") }
        return try list.map {
            guard let value = $0.scalar?.string else { throw SweepError("\(path): the values of `\(name)` must be numbers or text") }
            return value
        }
    }

    /// Every point, numbered from 0. The last axis varies fastest; seeds vary fastest of all.
    public func points() throws -> [SweepPoint] {
        var combinations: [[SweepPoint.Setting]] = explicit.isEmpty ? [[]] : explicit
        var names = Set(explicit.flatMap { $0.map(\.name) })
        for axis in axes {
            guard !names.contains(axis.name) else {
                throw SweepError("the param '\(axis.name)' is swept twice", fix: "give each param's values once")
            }
            names.insert(axis.name)
            combinations = combinations.flatMap { base in axis.values.map { base + [SweepPoint.Setting(name: axis.name, value: $0)] } }
        }
        if !seeds.isEmpty {
            guard !names.contains(seedParam) else {
                throw SweepError("'\(seedParam)' is both swept and given with --seeds", fix: "use one of them")
            }
            combinations = combinations.flatMap { base in seeds.map { base + [SweepPoint.Setting(name: seedParam, value: $0)] } }
        }
        guard combinations != [[]] else {
            throw SweepError("a sweep needs at least one param with values", fix: "folio sweep NOTEBOOK -p lr=0.1,0.01")
        }
        let points = combinations.enumerated().map { SweepPoint(index: $0.offset, settings: $0.element) }
        var seen: Set<String> = []
        for point in points where !seen.insert(point.fileName).inserted {
            throw SweepError("the point \(point.name) appears twice", fix: "list each combination once")
        }
        return points
    }
}
