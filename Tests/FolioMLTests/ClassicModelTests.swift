import XCTest
@testable import FolioML

final class ClassicModelTests: XCTestCase {
    /// Train and test blobs from one draw, so they share the class centres.
    private func sameCentres() throws -> ((Tensor, [Int]), (Tensor, [Int])) {
        let all = SyntheticData.blobs(count: 600, classes: 4, dimensions: 10, seed: 21)
        return ((try all.0.samples(0..<400), Array(all.1[0..<400])), (try all.0.samples(400..<600), Array(all.1[400..<600])))
    }

    func testLogisticRegressionSeparatesBlobs() throws {
        let ((x, y), (tx, ty)) = try sameCentres()
        let model = try LogisticRegression(l2: 1e-4)
        let history = try model.fit(x: x, y: y, options: FitOptions(epochs: 20, seed: 1))
        XCTAssertLessThan(history.losses.last ?? 1, history.losses.first ?? 0)
        XCTAssertGreaterThanOrEqual(try model.evaluate(x: tx, y: ty).accuracy, 0.98)
        let probabilities = try model.predictProbabilities(tx)
        XCTAssertEqual(probabilities.shape, [200, 4])
        XCTAssertEqual(probabilities.storage[0..<4].reduce(0, +), 1, accuracy: 1e-4)
    }

    func testLinearSVMSeparatesBlobs() throws {
        let ((x, y), (tx, ty)) = try sameCentres()
        let model = try LinearSVM(c: 1)
        _ = try model.fit(x: x, y: y, options: FitOptions(epochs: 20, seed: 1))
        XCTAssertGreaterThanOrEqual(try model.evaluate(x: tx, y: ty).accuracy, 0.98)
    }

    func testKNNSeparatesBlobsAndVotes() throws {
        let ((x, y), (tx, ty)) = try sameCentres()
        let model = try KNN(k: 5)
        _ = try model.fit(x: x, y: y)
        XCTAssertGreaterThanOrEqual(try model.evaluate(x: tx, y: ty).accuracy, 0.98)
        // A query equal to a training point with k = 1 gets that point's label with probability 1.
        let nearest = try KNN(k: 1)
        _ = try nearest.fit(x: x, y: y)
        let probabilities = try nearest.predictProbabilities(try x.samples(3..<4))
        XCTAssertEqual(probabilities.storage[y[3]], 1)
    }

    func testClassicModelsRejectWrongFeatureCount() throws {
        let ((x, y), _) = try sameCentres()
        let model = try LogisticRegression()
        _ = try model.fit(x: x, y: y, options: FitOptions(epochs: 1))
        XCTAssertThrowsError(try model.predict(Tensor(zeros: [1, 3]))) { error in
            XCTAssertTrue(String(describing: error).contains("fitted on 10 features"))
        }
        XCTAssertThrowsError(try LinearSVM().predict(x)) { error in
            XCTAssertTrue(String(describing: error).contains("not been fitted"))
        }
    }
}

final class TensorOperationTests: XCTestCase {
    func testElementwiseAndReductions() throws {
        let t = try Tensor(shape: [2, 2], storage: [0, 255, 51, 102])
        XCTAssertEqual(t.affine(scale: 0.5, shift: 1).storage, [1, 128.5, 26.5, 52])
        XCTAssertEqual(try t.adding(t).storage, [0, 510, 102, 204])
        XCTAssertEqual(t.sum(), 408)
        XCTAssertEqual(t.mean(), 102)
        XCTAssertEqual(t.range()?.max, 255)
        XCTAssertEqual(t.meanSample().storage, [25.5, 178.5])
        XCTAssertEqual(t.argmaxRows(), [1, 1])
        XCTAssertThrowsError(try t.adding(Tensor(zeros: [4])))
        XCTAssertEqual(try MatrixProduct.multiply(t, try Tensor(shape: [2, 1], storage: [1, 1])).storage, [255, 153])
    }
}
