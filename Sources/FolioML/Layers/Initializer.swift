/// Seeded weight initialisation: He uniform before ReLU, Glorot uniform otherwise.
/// (Dense always asks for Glorot, as Keras does; Conv2D uses He before ReLU.)
enum Initializer {
    static func weights(count: Int, fanIn: Int, fanOut: Int, activation: Activation,
                        generator: inout SeededGenerator) -> [Float] {
        let limit: Double
        if activation == .relu {
            limit = (6.0 / Double(max(1, fanIn))).squareRoot()
        } else {
            limit = (6.0 / Double(max(1, fanIn + fanOut))).squareRoot()
        }
        var values = [Float](repeating: 0, count: count)
        for index in 0..<count {
            values[index] = Float((generator.nextUniformDouble() * 2 - 1) * limit)
        }
        return values
    }
}
