import XCTest
@testable import FolioML

/// Reference numbers come from scikit-learn 1.9.1 (`sklearn.metrics`), computed once and pasted here.
final class EvaluationMetricsTests: XCTestCase {
    // Class 3 is present but never predicted; class 4 is predicted but never present.
    let labels = [0, 0, 0, 1, 1, 2, 2, 2, 2, 3, 3]
    let predictions = [0, 1, 0, 1, 1, 2, 0, 2, 4, 0, 1]

    func testConfusionMatrixCountsTrueRowsAgainstPredictedColumns() throws {
        let metrics = try ClassificationMetrics(labels: labels, predictions: predictions, classCount: 5)
        XCTAssertEqual(metrics.confusionMatrix, [
            [2, 1, 0, 0, 0],
            [0, 2, 0, 0, 0],
            [1, 0, 2, 0, 1],
            [1, 1, 0, 0, 0],
            [0, 0, 0, 0, 0],
        ])
        XCTAssertEqual(metrics.correctCount, 6)
        XCTAssertEqual(metrics.accuracy, 6.0 / 11.0)
    }

    func testPerClassScoresWithNeverPredictedAndNeverPresentClasses() throws {
        let metrics = try ClassificationMetrics(labels: labels, predictions: predictions, classCount: 5)
        // Hand-computed: class 0 tp 2 of 4 predicted, 3 present; F1 = 2·2/(2·2+2+1) = 4/7.
        // precision_recall_fscore_support(y_true, y_pred, labels=range(5), zero_division=0)
        XCTAssertEqual(metrics.perClass.map(\.precision), [0.5, 0.5, 1.0, 0.0, 0.0])
        XCTAssertEqual(metrics.perClass.map(\.recall), [0.6666666666666666, 1.0, 0.5, 0.0, 0.0])
        XCTAssertEqual(metrics.perClass.map(\.f1), [0.5714285714285714, 0.6666666666666666, 0.6666666666666666, 0.0, 0.0])
        XCTAssertEqual(metrics.perClass.map(\.support), [3, 2, 4, 2, 0])
        // average="macro" and average="weighted"
        XCTAssertEqual(metrics.macroAverage.precision, 0.4, accuracy: 1e-15)
        XCTAssertEqual(metrics.macroAverage.recall, 0.4333333333333333, accuracy: 1e-15)
        XCTAssertEqual(metrics.macroAverage.f1, 0.38095238095238093, accuracy: 1e-15)
        XCTAssertEqual(metrics.weightedAverage.precision, 0.5909090909090909, accuracy: 1e-15)
        XCTAssertEqual(metrics.weightedAverage.recall, 0.5454545454545454, accuracy: 1e-15)
        XCTAssertEqual(metrics.weightedAverage.f1, 0.5194805194805194, accuracy: 1e-15)
        XCTAssertEqual(metrics.macroAverage.support, 11)
        XCTAssertEqual(metrics.weightedAverage.support, 11)
    }

    func testReportTextMatchesScikitLearnCharacterForCharacter() throws {
        let metrics = try ClassificationMetrics(labels: labels, predictions: predictions, classCount: 5)
        // classification_report(y_true, y_pred, labels=range(5))
        let expected = "              precision    recall  f1-score   support\n\n           0       0.50      0.67      0.57         3\n           1       0.50      1.00      0.67         2\n           2       1.00      0.50      0.67         4\n           3       0.00      0.00      0.00         2\n           4       0.00      0.00      0.00         0\n\n    accuracy                           0.55        11\n   macro avg       0.40      0.43      0.38        11\nweighted avg       0.59      0.55      0.52        11\n"
        XCTAssertEqual(metrics.reportText(), expected)
    }

    func testReportRowsCarryFormattedAndFullPrecisionValues() throws {
        let metrics = try ClassificationMetrics(labels: labels, predictions: predictions, classCount: 5)
        let rows = metrics.reportRows()
        XCTAssertEqual(rows.map(\.name), ["0", "1", "2", "3", "4", "accuracy", "macro avg", "weighted avg"])
        XCTAssertEqual(rows[0].formattedCells(), ["0", "0.50", "0.67", "0.57", "3"])
        XCTAssertEqual(rows[5].formattedCells(), ["accuracy", "", "", "0.55", "11"])
        XCTAssertNil(rows[5].precision)
        XCTAssertEqual(rows[0].recall, 2.0 / 3.0)
        XCTAssertEqual(rows[7].formattedCells(digits: 4), ["weighted avg", "0.5909", "0.5455", "0.5195", "11"])
        XCTAssertEqual(ClassificationMetrics.reportColumns, ["", "precision", "recall", "f1-score", "support"])
    }

    func testTenClassReportWithFourDigits() throws {
        let labels = (0..<200).map { ($0 * 7 + 3) % 10 }
        let predictions = (0..<200).map { ($0 * 13) % 5 != 0 ? labels[$0] : ($0 * 3) % 10 }
        let metrics = try ClassificationMetrics(labels: labels, predictions: predictions, classCount: 10)
        // classification_report(y_true, y_pred, labels=range(10), digits=4)
        let expected = "              precision    recall  f1-score   support\n\n           0     0.5000    1.0000    0.6667        20\n           1     1.0000    1.0000    1.0000        20\n           2     1.0000    1.0000    1.0000        20\n           3     0.0000    0.0000    0.0000        20\n           4     1.0000    1.0000    1.0000        20\n           5     0.5000    1.0000    0.6667        20\n           6     1.0000    1.0000    1.0000        20\n           7     1.0000    1.0000    1.0000        20\n           8     0.0000    0.0000    0.0000        20\n           9     1.0000    1.0000    1.0000        20\n\n    accuracy                         0.8000       200\n   macro avg     0.7000    0.8000    0.7333       200\nweighted avg     0.7000    0.8000    0.7333       200\n"
        XCTAssertEqual(metrics.reportText(digits: 4), expected)
    }

    func testLongClassNamesWidenTheNameColumn() throws {
        let metrics = try ClassificationMetrics(labels: [0, 1, 1, 2], predictions: [0, 1, 2, 2],
                                                classNames: ["T-shirt/top", "Ankle boot (long name)", "<&>"])
        // classification_report([0,1,1,2], [0,1,2,2], labels=range(3), target_names=[...])
        let expected = "                        precision    recall  f1-score   support\n\n           T-shirt/top       1.00      1.00      1.00         1\nAnkle boot (long name)       1.00      0.50      0.67         2\n                   <&>       0.50      1.00      0.67         1\n\n              accuracy                           0.75         4\n             macro avg       0.83      0.83      0.78         4\n          weighted avg       0.88      0.75      0.75         4\n"
        XCTAssertEqual(metrics.reportText(), expected)
    }

    func testClassAbsentFromLabelsAndPredictionsScoresZeroAndCountsInTheMacroAverage() throws {
        let metrics = try ClassificationMetrics(labels: [0, 1, 0, 1], predictions: [0, 1, 1, 1], classCount: 3)
        XCTAssertEqual(metrics.perClass[2], ClassificationScores(precision: 0, recall: 0, f1: 0, support: 0))
        // classification_report([0, 1, 0, 1], [0, 1, 1, 1], labels=range(3))
        let expected = "              precision    recall  f1-score   support\n\n           0       1.00      0.50      0.67         2\n           1       0.67      1.00      0.80         2\n           2       0.00      0.00      0.00         0\n\n    accuracy                           0.75         4\n   macro avg       0.56      0.50      0.49         4\nweighted avg       0.83      0.75      0.73         4\n"
        XCTAssertEqual(metrics.reportText(), expected)
    }

    func testOnlyOneClassPresentAndAllCorrect() throws {
        let metrics = try ClassificationMetrics(labels: [2, 2, 2], predictions: [2, 2, 2], classCount: 3)
        // classification_report([2, 2, 2], [2, 2, 2], labels=range(3))
        let expected = "              precision    recall  f1-score   support\n\n           0       0.00      0.00      0.00         0\n           1       0.00      0.00      0.00         0\n           2       1.00      1.00      1.00         3\n\n    accuracy                           1.00         3\n   macro avg       0.33      0.33      0.33         3\nweighted avg       1.00      1.00      1.00         3\n"
        XCTAssertEqual(metrics.reportText(), expected)
        XCTAssertEqual(metrics.accuracy, 1)
        XCTAssertEqual(metrics.misclassifiedIndices(), [])
    }

    func testLogLossClipsZeroProbabilities() throws {
        let probabilities = [[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4], [0.0, 1.0, 0.0]]
        // log_loss([0, 1, 0, 2], probabilities, labels=[0, 1, 2])
        let loss = try ClassificationMetrics.logLoss(labels: [0, 1, 0, 2], probabilities: probabilities)
        XCTAssertEqual(loss, 9.456861172174008, accuracy: 1e-12)
        let metrics = try ClassificationMetrics(labels: [0, 1, 0, 2], predictions: [0, 1, 2, 1],
                                                classCount: 3, probabilities: probabilities)
        XCTAssertEqual(try XCTUnwrap(metrics.logLoss), 9.456861172174008, accuracy: 1e-12)
    }

    func testMisclassifiedIndicesInSampleOrderWithoutProbabilities() throws {
        let metrics = try ClassificationMetrics(labels: labels, predictions: predictions, classCount: 5)
        XCTAssertEqual(metrics.misclassifiedIndices(), [1, 6, 8, 9, 10])
        XCTAssertEqual(metrics.misclassifiedIndices(limit: 2), [1, 6])
        XCTAssertEqual(metrics.misclassifiedIndices(limit: 0), [])
    }

    func testMisclassifiedIndicesMostConfidentFirstWithProbabilities() throws {
        let probabilities = [[0.9, 0.1], [0.4, 0.6], [0.2, 0.8], [0.3, 0.7], [0.8, 0.2]]
        let metrics = try ClassificationMetrics(labels: [0, 0, 0, 0, 1], predictions: [0, 1, 1, 1, 0],
                                                classCount: 2, probabilities: probabilities)
        // Wrong: 1 (0.6), 2 (0.8), 3 (0.7), 4 (0.8) -> 0.8 ties broken by index.
        XCTAssertEqual(metrics.misclassifiedIndices(limit: 3), [2, 4, 3])
    }

    func testBadInputThrowsClearErrors() {
        XCTAssertThrowsError(try ClassificationMetrics(labels: [0, 1], predictions: [0], classCount: 2)) { error in
            XCTAssertEqual(error as? MetricsError, .lengthMismatch(labels: 2, predictions: 1))
        }
        XCTAssertThrowsError(try ClassificationMetrics(labels: [0, 5], predictions: [0, 1], classCount: 2)) { error in
            XCTAssertEqual(error as? MetricsError, .labelOutOfRange(index: 1, value: 5, classCount: 2))
            XCTAssertTrue("\(error)".contains("0...1"))
        }
        XCTAssertThrowsError(try ClassificationMetrics(labels: [0], predictions: [-1], classCount: 2))
        XCTAssertThrowsError(try ClassificationMetrics(labels: [], predictions: [], classCount: 2))
        XCTAssertThrowsError(try ClassificationMetrics(labels: [0], predictions: [0], classCount: 0))
        XCTAssertThrowsError(try ClassificationMetrics(labels: [0], predictions: [0], classCount: 2,
                                                       probabilities: [[0.5, 0.5, 0.0]]))
        XCTAssertThrowsError(try ClassificationMetrics.logLoss(labels: [0], probabilities: [[Double.nan, 1]]))
    }
}
