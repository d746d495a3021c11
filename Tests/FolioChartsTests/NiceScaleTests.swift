import XCTest
@testable import FolioCharts

final class NiceScaleTests: XCTestCase {
    func testAccuracyRangeGetsTicksInStepsOfPointTwo() {
        let scale = NiceScale(min: 0, max: 0.93)
        XCTAssertEqual(scale.ticks, [0, 0.2, 0.4, 0.6, 0.8, 1.0])
        XCTAssertEqual(scale.tickLabels, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        XCTAssertEqual(scale.lower, 0)
        XCTAssertEqual(scale.upper, 1)
        XCTAssertEqual(scale.step, 0.2)
    }

    func testTickValuesHaveNoBinaryNoise() {
        let scale = NiceScale(min: 0.71, max: 0.97)
        XCTAssertEqual(scale.ticks, [0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0])
        XCTAssertEqual(scale.tickLabels.first, "0.70")
        XCTAssertEqual(NiceScale(min: 0, max: 0.3).ticks, [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3])
    }

    func testCountsUseOneTwoFiveStepsAndGroupThousands() {
        let scale = NiceScale(min: 0, max: 1135)
        XCTAssertEqual(scale.ticks, [0, 200, 400, 600, 800, 1000, 1200])
        XCTAssertEqual(scale.tickLabels.last, "1,200")
        XCTAssertEqual(NiceScale(min: 0, max: 48_000).step, 10_000)
        XCTAssertEqual(NiceScale(min: 0, max: 9).step, 2)
        XCTAssertEqual(NiceScale(min: 0, max: 7).step, 1)
    }

    func testNegativeRangesAndTheMinusSign() {
        let scale = NiceScale(min: -3.2, max: 7.9)
        XCTAssertEqual(scale.ticks, [-4, -2, 0, 2, 4, 6, 8])
        XCTAssertEqual(scale.label(-2), "\u{2212}2")
    }

    func testIntegerAxesNeverStepBelowOne() {
        XCTAssertEqual(NiceScale(min: 1, max: 3, targetTickCount: 10, integersOnly: true).ticks, [1, 2, 3])
        XCTAssertEqual(NiceScale(min: 1, max: 3, targetTickCount: 10).step, 0.2)
    }

    func testDegenerateRangesStillGiveAnAxis() {
        XCTAssertEqual(NiceScale(min: 0, max: 0).ticks.first, 0)
        XCTAssertGreaterThan(NiceScale(min: 0, max: 0).upper, 0)
        let single = NiceScale(min: 5, max: 5)
        XCTAssertLessThan(single.lower, 5)
        XCTAssertGreaterThan(single.upper, 5)
        XCTAssertEqual(NiceScale(min: .nan, max: .infinity).ticks.isEmpty, false)
        XCTAssertEqual(NiceScale(min: 10, max: 0).lower, 0)
    }

    func testPercentLabels() {
        var scale = NiceScale(min: 0, max: 1)
        scale.showsPercent = true
        XCTAssertEqual(scale.tickLabels, ["0%", "20%", "40%", "60%", "80%", "100%"])
    }

    func testNumberFormats() {
        XCTAssertEqual(NumberFormat.automatic.string(1135), "1,135")
        XCTAssertEqual(NumberFormat.automatic.string(0.12345), "0.123")
        XCTAssertEqual(NumberFormat.automatic.string(2.5), "2.5")
        XCTAssertEqual(NumberFormat.automatic.string(0.00012345), "0.00012")
        XCTAssertEqual(NumberFormat.automatic.string(0.0051), "0.0051")
        XCTAssertEqual(NumberFormat.automatic.string(-1234567), "\u{2212}1,234,567")
        XCTAssertEqual(NumberFormat.fixed(2).string(0.5), "0.50")
        XCTAssertEqual(NumberFormat.fixed(1).string(-0.01), "0.0")
        XCTAssertEqual(NumberFormat.percent(1).string(0.9734), "97.3%")
        XCTAssertEqual(NumberFormat.automatic.string(.nan), "NaN")
    }
}

extension NiceScaleTests {
    func testExtremeValuesGiveAFewFiniteTicks() {
        for (low, high) in [(-1e308, 1e308), (1e8, 1e8 + 1e-9), (0, 1e-300), (-Double.greatestFiniteMagnitude, 0)] {
            let scale = NiceScale(min: low, max: high)
            XCTAssertTrue(scale.ticks.allSatisfy(\.isFinite), "\(low)...\(high)")
            XCTAssertTrue((2...12).contains(scale.ticks.count), "\(low)...\(high): \(scale.ticks.count) ticks")
        }
    }
}
