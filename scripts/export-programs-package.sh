#!/usr/bin/env bash
# Writes PROGRAMS/Package.swift: one executable per folder of PROGRAMS/Sources, each on FolioKit
# (from the Folio checkout ROOT) and ArgumentParser. scripts/export-roundtrip.sh and
# scripts/export-differential.sh build their exported programs in this one package, so Folio is
# compiled once for all of them.
#
#   scripts/export-programs-package.sh ROOT PROGRAMS
set -euo pipefail
root="$1"; programs="$2"
identity="$(basename "$root" | tr 'A-Z' 'a-z')"
{
  printf '// swift-tools-version:5.9\n// Written by scripts/export-programs-package.sh: exported notebooks built together.\nimport PackageDescription\n\n'
  printf 'let package = Package(\n    name: "programs",\n    platforms: [.macOS(.v13)],\n    dependencies: [\n'
  printf '        .package(path: "%s"),\n        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),\n    ],\n    targets: [\n' "$root"
  for dir in "$programs"/Sources/*/; do
    printf '        .executableTarget(name: "%s", dependencies: [.product(name: "FolioKit", package: "%s"), .product(name: "ArgumentParser", package: "swift-argument-parser")]),\n' "$(basename "$dir")" "$identity"
  done
  printf '    ]\n)\n'
} >"$programs/Package.swift"
