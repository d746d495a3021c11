import FolioML

/// The seeds' reference networks.
enum BenchmarkModels {
    static func mlp() throws -> Sequential {
        try Sequential([
            Flatten(),
            Dense(512, activation: .relu), BatchNorm(), Dropout(0.2),
            Dense(256, activation: .relu), BatchNorm(), Dropout(0.2),
            Dense(10, activation: .softmax),
        ])
    }

    static func cnn() throws -> Sequential {
        try Sequential([
            Conv2D(32, kernel: 3, activation: .relu), MaxPool2D(2),
            Conv2D(64, kernel: 3, activation: .relu), MaxPool2D(2),
            Flatten(), Dropout(0.5),
            Dense(10, activation: .softmax),
        ])
    }

    /// The small ResNet of keras_bench.py / torch_bench.py --model resnet, layer for layer
    /// (152,522 parameters in Keras's count).
    static func resnet() throws -> Sequential {
        func block(_ filters: Int) throws -> Residual {
            try Residual(activation: .relu, [
                Conv2D(filters, kernel: 3, padding: .same), BatchNorm(), ActivationLayer(.relu),
                Conv2D(filters, kernel: 3, padding: .same), BatchNorm(),
            ])
        }
        return try Sequential([
            Conv2D(32, kernel: 3, padding: .same), BatchNorm(), ActivationLayer(.relu),
            block(32), MaxPool2D(2), block(64), MaxPool2D(2), block(64),
            GlobalAvgPool2D(), Dense(10, activation: .softmax),
        ])
    }
}
