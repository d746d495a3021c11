/// The hyper-parameters an optimizer gets when a notebook or a program leaves them out (Keras 3's
/// defaults). Declared once: `Optimizer`'s cases, the vocabulary's enum and its decoding read them.
public enum OptimizerDefaults {
    public static let sgdLearningRate = 0.01
    public static let momentum = 0.0
    public static let nesterov = false
    public static let adamLearningRate = 0.001
    public static let weightDecay = 0.004
    public static let rmspropLearningRate = 0.001
}
