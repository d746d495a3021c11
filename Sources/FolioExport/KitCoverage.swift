import FolioLanguage

/// The vocabulary declarations FolioKit offers as Swift, by signature (`Declaration.signature`):
/// a call of anything else cannot be exported yet. FolioKit's own names and labels are the
/// notebook's, so a covered call is written as it stands in the cell.
enum KitCoverage {
    static let signatures: Set<String> = [
        "Dataset.csv(_:labelColumn:imageShape:)", "Dataset.idx(images:labels:)", "Dataset.mnist(_:split:)", "Dataset.images(_:mnistStyle:)",
        "Dataset.count", "Dataset.classNames", "Dataset.imageShape", "Dataset.labels",
        "Dataset.split(test:stratified:seed:)", "Dataset.shuffled(seed:)", "Dataset.prefix(_:)", "Dataset.normalized()",
        "Dataset.standardized()", "Dataset.standardized(like:)", "Dataset.augmented(shift:rotate:zoom:copies:seed:)",
        "Dataset.resized(to:)", "Dataset.flattened()", "Dataset.summary()", "Dataset.classCounts()", "Dataset.samples(_:seed:)",
        "Dataset.pixelHistogram(bins:)", "Dataset.meanImages()",
        "LogisticRegression(l2:)", "LinearSVM(c:)", "KNN(k:)", "Sequential(input:name:) { … }",
        "Dense(_:activation:)", "Conv2D(_:kernel:stride:padding:activation:useBias:)", "MaxPool2D(_:)", "AvgPool2D(_:)", "Flatten()",
        "Dropout(_:)", "BatchNorm(momentum:)", "GlobalAvgPool2D()", "Augmentation(shift:rotate:zoom:flip:)", "Model.playground(_:images:)",
        "Model.summary()", "Model.fit(_:epochs:batchSize:optimizer:validationSplit:validation:earlyStopping:seed:schedule:labelSmoothing:augment:)",
        "Model.evaluate(_:)", "Model.predict(_:)", "Model.predict(image:)", "Model.probabilities(_:)", "Model.save(_:)", "Model.load(_:)",
        "History.plot()", "History.table()", "History.loss", "History.accuracy", "History.validationAccuracy",
        "Evaluation(labels:predictions:classes:)", "Evaluation.accuracy", "Evaluation.loss", "Evaluation.precision", "Evaluation.recall",
        "Evaluation.f1", "Evaluation.report()", "Evaluation.confusionMatrix()", "Evaluation.misclassified(_:)", "compare(_:on:)",
        "LineChart(x:y:title:xLabel:yLabel:)", "ScatterChart(x:y:title:xLabel:yLabel:)", "BarChart(labels:values:title:xLabel:yLabel:)",
        "Histogram(values:bins:title:xLabel:yLabel:)", "History.keptValidationAccuracy", "fileExists(_:)", "round(_:decimals:)",
        "Table(columns:rows:title:)", "Activation(_:)", "Residual(activation:) { … }", "Concatenate() { … }", "Branch() { … }",
        "Dataset[Int]", "Dataset.filter(_:)", "Dataset.grid(_:captions:)", "Example.label", "Example.index", "Example.pixels", "Example.image",
        "Heatmap(_:rowLabels:columnLabels:title:xLabel:yLabel:)", "LineChart(x:series:title:xLabel:yLabel:)", "writeCSV(_:columns:rows:)",
        "record(_:_:)", "Evaluation.confusion",
    ]

    /// Core members whose Swift namesake is an optional where the notebook's is the element (an
    /// empty array is an error): written as FolioKit's throwing equivalents.
    static let renamed: [String: String] = [
        "Array.first": "firstElement", "Array.last": "lastElement", "Array.max()": "maxElement", "Array.min()": "minElement",
        "String.split(separator:)": "splitStrings",
    ]

    /// Renamed members whose Swift namesake means the same when the text after the call makes it
    /// so: Swift's Substrings mapped to Strings are the notebook's Strings (and `[String]`'s
    /// `map(String.init)` would be ambiguous in Swift).
    static let sameWhenFollowedBy: [String: String] = ["String.split(separator:)": ".map(String.init)"]

    /// Core members that mean the same in Swift only as the sequence of a `for` loop or made an
    /// array right away (printed, Swift's value is a lazy sequence or a dictionary's ordered keys
    /// or values, not an array).
    static let sameAsLoopSequence: Set<String> = [
        "Array.enumerated()", "Array.indices", "Array.reversed()", "stride(from:to:by:)", "stride(from:through:by:)",
        "zip(_:_:)", "Dictionary.keys", "Dictionary.values",
    ]

    /// Layer functions: FolioKit's layers are plain values (their errors surface when `Sequential`
    /// builds them), so they go inside a builder block without `try`.
    static let layers: Set<String> = ["Dense", "Conv2D", "MaxPool2D", "AvgPool2D", "Flatten", "Dropout", "BatchNorm", "GlobalAvgPool2D",
                                      "Activation", "Residual", "Concatenate", "Branch"]

    /// Core members whose Swift namesake is a slice (`ArraySlice`), not an array: the same only when
    /// it becomes an array right away (`Array(xs.prefix(3))`, `xs.prefix(3).map { … }`).
    static let sameAsArrayWhenConsumed: Set<String> = ["Array.prefix(_:)", "Array.suffix(_:)", "Array.dropFirst(_:)", "Array.dropLast(_:)",
                                                       "String.prefix(_:)", "String.suffix(_:)", "String.dropFirst(_:)", "String.dropLast(_:)"]

    /// Of the lazy sequences and slices above, the ones whose Swift value has `count` and
    /// `isEmpty` meaning the notebook's (a zip or a stride has neither).
    static let counted: Set<String> = [
        "Array.indices", "Array.reversed()", "Array.enumerated()", "Dictionary.keys", "Dictionary.values",
        "Array.prefix(_:)", "Array.suffix(_:)", "Array.dropFirst(_:)", "Array.dropLast(_:)",
        "String.prefix(_:)", "String.suffix(_:)", "String.dropFirst(_:)", "String.dropLast(_:)",
    ]

    /// Lazy sequences, slices and substrings written where their value cannot stay lazy: made the
    /// notebook's value on the spot, wrapped in their owner's initializer (Swift's
    /// `Array(xs.reversed())` is the notebook's `xs.reversed()`).
    static let madeEager: Set<String> = [
        "Array.reversed()", "Array.prefix(_:)", "Array.suffix(_:)", "Array.dropFirst(_:)", "Array.dropLast(_:)",
        "String.prefix(_:)", "String.suffix(_:)", "String.dropFirst(_:)", "String.dropLast(_:)",
    ]

    /// Of those, the ones `print` writes as the notebook does: a slice as its array, a substring
    /// as its text, an ordered dictionary's keys and values as arrays.
    static let printedAlike: Set<String> = [
        "Dictionary.keys", "Dictionary.values", "Array.prefix(_:)", "Array.suffix(_:)", "Array.dropFirst(_:)", "Array.dropLast(_:)",
        "String.prefix(_:)", "String.suffix(_:)", "String.dropFirst(_:)", "String.dropLast(_:)",
    ]

    /// Members that make an array of any sequence in Swift as in a notebook (so a lazy sequence
    /// or a slice before them means the same), or a value of one: written right after it.
    static let arrayMakingMembers: [String] = [
        ".map", ".filter", ".compactMap", ".flatMap", ".reduce", ".forEach", ".sorted", ".contains", ".allSatisfy",
        ".first(where", ".firstIndex(where", ".max(by", ".max {", ".min(by", ".min {",
    ]

    /// Core declarations whose Swift standard-library namesake means the same (same result type,
    /// same printed text), so the call is written as it stands. Anything else of the core language
    /// is refused until the exporter knows how to write it.
    static let sameInSwift: Set<String> = [
        "String(describing:)", "Double(_:)", "Int(_:)", "String(_:)", "String(format:_:)", "String(repeating:count:)",
        "Array(repeating:count:)", "Array(_:)", "Int.max", "Int.min", "Double.infinity", "Double.pi", "floor(_:)",
        "abs(_:)", "min(_:_:)", "max(_:_:)", "Double.squareRoot()", "Double.rounded()", "Double.truncatingRemainder(dividingBy:)",
        "Array.count", "Array.isEmpty", "Array.append(_:)", "Array.append(contentsOf:)", "Array.insert(_:at:)", "Array.map(_:)",
        "Array.filter(_:)", "Array.compactMap(_:)", "Array.flatMap(_:)", "Array.reduce(_:_:)", "Array.forEach(_:)",
        "Array.sorted()", "Array.sorted(by:)", "Array.sort()", "Array.contains(_:)", "Array.contains(where:)", "Array.allSatisfy(_:)",
        "Array.first(where:)", "Array.firstIndex(of:)", "Array.min(by:)", "Array.joined(separator:)", "Array.swapAt(_:_:)",
        "Array.removeFirst()", "Array.removeAll()", "Array.removeAll(where:)", "Array.popLast()",
        "String.count", "String.isEmpty", "String.uppercased()", "String.lowercased()", "String.hasPrefix(_:)", "String.contains(_:)",
        "String.replacingOccurrences(of:with:)",
        "Dictionary.count", "Dictionary.isEmpty", "Dictionary.updateValue(_:forKey:)", "Dictionary.sorted(by:)", "Dictionary.max(by:)",
        "Dictionary.filter(_:)", "Dictionary.removeValue(forKey:)", "Double.nan", "ceil(_:)", "String.hasSuffix(_:)", "Array.sort(by:)",
        "Array.remove(at:)", "Array.max(by:)", "Array.firstIndex(where:)",
        "Range.lowerBound", "Range.upperBound", "Range.count", "Range.isEmpty", "Range.contains(_:)", "Optional.map(_:)", "Optional.flatMap(_:)",
        "Int.addingReportingOverflow(_:)", "Int.subtractingReportingOverflow(_:)", "Int.multipliedReportingOverflow(by:)",
        "Int.dividedReportingOverflow(by:)", "Int.remainderReportingOverflow(dividingBy:)",
        "log(_:)", "exp(_:)",
        "Dictionary.mapValues(_:)", "pow(_:_:)", "Double.rounded(_:)", "Double.greatestFiniteMagnitude", "String.capitalized",
        "String.compare(_:)", "String.trimmingCharacters(in:)", "String(_:radix:)", "String.append(_:)", "Double.magnitude", "Double.sign",
        "Optional(_:)", "Array.removeLast()", "Array.lastIndex(of:)",
        "sin(_:)", "cos(_:)", "log2(_:)", "log10(_:)", "Double.isNaN", "Double.leastNonzeroMagnitude", "CharacterSet(charactersIn:)",
        "min(_:_:_:)", "max(_:_:_:)", "Double.isFinite", "Double.isInfinite", "Double.remainder(dividingBy:)",
        "String.components(separatedBy:)",
    ]
}

