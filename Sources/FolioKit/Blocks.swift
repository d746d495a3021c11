/// A residual block: the layers in the braces plus the block's input, then `activation`. When the
/// layers change the channels or the size, a 1×1 convolution (with the block's stride) and a
/// `BatchNorm` project the input first.
///
///     Residual(activation: .relu) {
///         Conv2D(32, kernel: 3, padding: .same, useBias: false)
///         BatchNorm()
///         Activation(.relu)
///         Conv2D(32, kernel: 3, padding: .same, useBias: false)
///         BatchNorm()
///     }
public struct Residual: Layer {
    /// The layer's call.
    public let layerCall: LayerCall
    /// The block of `layers`; `activation` is applied after the addition (none when nil).
    public init(activation: Activation? = nil, @LayerBuilder _ layers: () -> [any Layer]) {
        layerCall = LayerCall(name: "Residual", arguments: [("activation", activation?.value)], block: layers().map(\.layerCall))
    }
}

/// Inception-style parallel branches on the same input, joined along the channels; every branch
/// must keep the height and width.
///
///     Concatenate {
///         Branch { Conv2D(16, kernel: 1, activation: .relu) }
///         Branch { Conv2D(16, kernel: 3, padding: .same, activation: .relu) }
///     }
public struct Concatenate: Layer {
    /// The layer's call.
    public let layerCall: LayerCall
    /// The block of `branches` (at least two).
    public init(@BranchBuilder _ branches: () -> [Branch]) {
        layerCall = LayerCall(name: "Concatenate", arguments: [], block: branches().map(\.call))
    }
}

/// One path of a `Concatenate` block: its layers in order; an empty `Branch { }` passes the input
/// through.
public struct Branch {
    let call: LayerCall
    /// The path of `layers`.
    public init(@LayerBuilder _ layers: () -> [any Layer]) {
        call = LayerCall(name: "Branch", arguments: [], block: layers().map(\.layerCall))
    }
}

/// Builds the branches of `Concatenate { … }`: one `Branch { … }` per line, `if` and `for` allowed.
@resultBuilder
public enum BranchBuilder {
    /// One branch.
    public static func buildExpression(_ branch: Branch) -> [Branch] { [branch] }
    /// The branches of the block, in order.
    public static func buildBlock(_ parts: [Branch]...) -> [Branch] { parts.flatMap { $0 } }
    /// A branch under `if` without `else`.
    public static func buildOptional(_ part: [Branch]?) -> [Branch] { part ?? [] }
    /// The taken side of `if`/`else`.
    public static func buildEither(first: [Branch]) -> [Branch] { first }
    /// The taken side of `if`/`else`.
    public static func buildEither(second: [Branch]) -> [Branch] { second }
    /// The branches of a `for` loop.
    public static func buildArray(_ parts: [[Branch]]) -> [Branch] { parts.flatMap { $0 } }
}
