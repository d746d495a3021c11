import Foundation

/// Builds a data set from a folder of images, labelled by subfolder or file-name prefix.
struct ImageFolderLoader {
    let folder: String

    /// One image file and the label text it carries.
    struct Entry {
        let path: String
        let label: String
    }

    func load(mnistStyle: Bool, classNames: [String]?) throws -> Dataset {
        let entries = try listEntries()
        guard !entries.isEmpty else {
            throw DataError.emptyFolder(path: folder, reason: "no PNG or PGM images found in the folder or its subfolders")
        }
        let (labels, names) = try classes(entries.map(\.label), given: classNames)
        var images = [RasterImage]()
        images.reserveCapacity(entries.count)
        for entry in entries {
            let raster = try ImageFile.loadRaster(entry.path)
            if mnistStyle {
                let digit = DigitPreprocessor.mnistStyle(raster.gray).map { $0 * 255 }
                images.append(RasterImage(unchecked: DigitPreprocessor.side, DigitPreprocessor.side, 1, 255, digit))
            } else {
                images.append(raster)
            }
        }
        return try assemble(images, entries: entries, labels: labels, names: names)
    }

    /// Image files directly in the folder (label from the name prefix) and in its subfolders
    /// (label from the subfolder name), in a stable sorted order.
    func listEntries() throws -> [Entry] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw DataError.unreadableFile(path: folder, reason: "no such folder")
        }
        guard isDirectory.boolValue else {
            throw DataError.unreadableFile(path: folder, reason: "it is a file, not a folder of images")
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw DataError.unreadableFile(path: folder, reason: "the folder cannot be listed (\(error.localizedDescription))")
        }
        var entries = [Entry]()
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            var childIsDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: path, isDirectory: &childIsDirectory)
            if childIsDirectory.boolValue {
                let files = ((try? manager.contentsOfDirectory(atPath: path)) ?? [])
                    .filter { !$0.hasPrefix(".") && isImageName($0) }
                    .sorted()
                entries += files.map { Entry(path: (path as NSString).appendingPathComponent($0), label: name) }
            } else if isImageName(name) {
                entries.append(Entry(path: path, label: try prefixLabel(name, path: path)))
            }
        }
        return entries
    }

    private func isImageName(_ name: String) -> Bool {
        ImageFile.extensions.contains((name as NSString).pathExtension.lowercased())
    }

    /// `3_foo.png` and `3-foo.png` → "3"; `7.png` → "7".
    private func prefixLabel(_ name: String, path: String) throws -> String {
        let stem = (name as NSString).deletingPathExtension
        if let separator = stem.firstIndex(where: { $0 == "_" || $0 == "-" }), separator != stem.startIndex {
            return String(stem[..<separator])
        }
        if !stem.isEmpty && stem.allSatisfy(\.isNumber) { return stem }
        throw DataError.malformed(path: path, location: "", reason: "cannot tell this image's label: name it like 3_name.png or 3-name.png, or put it in a subfolder named after its class")
    }

    /// Numeric labels keep their value ("3" is class 3); other labels are classes in sorted order.
    private func classes(_ labelTexts: [String], given: [String]?) throws -> ([Int], [String]) {
        if let given {
            let index = Dictionary(given.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            var labels = [Int]()
            for text in labelTexts {
                if let found = index[text] {
                    labels.append(found)
                } else if let number = Int(text), number >= 0, number < given.count {
                    labels.append(number)
                } else {
                    throw DataError.malformed(path: folder, location: "", reason: "label '\(text)' is not one of the class names given (\(given.joined(separator: ", ")))")
                }
            }
            return (labels, given)
        }
        let numbers = labelTexts.compactMap { text -> Int? in
            guard let n = Int(text), n >= 0, n < 100_000 else { return nil }
            return n
        }
        if numbers.count == labelTexts.count {
            return (numbers, Dataset.digitNames(covering: numbers))
        }
        let names = Array(Set(labelTexts)).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        return (labelTexts.compactMap { index[$0] }, names)
    }

    /// One contiguous store: common size required, colour if any image has it, 16-bit if any is.
    private func assemble(_ images: [RasterImage], entries: [Entry], labels: [Int], names: [String]) throws -> Dataset {
        guard let first = images.first else {
            throw DataError.emptyFolder(path: folder, reason: "no images could be loaded")
        }
        for (image, entry) in zip(images, entries) where image.width != first.width || image.height != first.height {
            throw DataError.malformed(path: entry.path, location: "", reason: "it is \(image.width) × \(image.height) but '\(entries[0].path)' is \(first.width) × \(first.height); images in one data set must have one size (or load the folder with mnistStyle: true to bring every image to 28 × 28)")
        }
        let channels = images.contains { $0.channels == 3 } ? 3 : 1
        let maxValue: Float = images.contains { $0.maxValue > 255 } ? 65535 : 255
        var pixels = [Float]()
        pixels.reserveCapacity(images.count * first.width * first.height * channels)
        for image in images {
            let converted = (channels == 3 ? image.expandedToRGB() : image).rescaled(toMaximum: maxValue)
            pixels += converted.samples
        }
        return Dataset(storage: pixels, rows: nil, labels: labels, imageShape: [first.height, first.width, channels],
                       classNames: names, source: (folder as NSString).lastPathComponent, pixelMaximum: maxValue)
    }
}
