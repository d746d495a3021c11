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
}
