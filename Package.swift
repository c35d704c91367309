// swift-tools-version:6.0
import PackageDescription

/// Every target declares what it imports: with MemberImportVisibility a module used without
/// its own `import` (visible only through another file's) does not compile.
let strict: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

let package = Package(
    name: "lantu",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lantu", targets: ["lantu"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "LantuDiagnostics", swiftSettings: strict),
        .executableTarget(name: "EmbedFiles", swiftSettings: strict),
        .plugin(name: "EmbedDefaults", capability: .buildTool(), dependencies: ["EmbedFiles"]),
        .target(name: "CFileSwap"),
        .target(name: "LantuMarkdown", dependencies: ["CCmarkGFM", "LantuDiagnostics"], swiftSettings: strict),
        // YAMLLimits also imports CYaml, the libyaml inside the Yams product (Yams names no product for it).
        .target(name: "LantuModel", dependencies: ["LantuMarkdown", "LantuDiagnostics", "Yams"], swiftSettings: strict),
        .target(name: "LantuCharts", dependencies: ["LantuModel", "LantuMarkdown"], swiftSettings: strict),
        .target(
            name: "LantuSite",
            dependencies: [
                "LantuCharts", "LantuModel", "LantuMarkdown", "LantuDiagnostics", "LantuOffice", "CFileSwap",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strict,
            plugins: ["EmbedDefaults"]
        ),
        .target(
            name: "LantuServe",
            dependencies: [
                "LantuSite", "LantuMarkdown", "LantuDiagnostics",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "LantuOffice",
            dependencies: ["LantuModel", "LantuMarkdown", "LantuCharts", "LantuDiagnostics", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "lantu",
            dependencies: [
                "LantuSite", "LantuServe", "LantuOffice", "LantuModel", "LantuDiagnostics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "LantuMarkdownTests", dependencies: ["LantuMarkdown"], swiftSettings: strict),
        .testTarget(name: "LantuModelTests", dependencies: ["LantuModel", "LantuMarkdown", "LantuDiagnostics"], swiftSettings: strict),
        .testTarget(
            name: "LantuOfficeTests",
            dependencies: ["LantuOffice", "LantuModel", "LantuDiagnostics"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LantuChartsTests",
            dependencies: ["LantuCharts", "LantuModel", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Snapshots"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LantuServeTests",
            dependencies: ["LantuServe", "LantuSite"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LantuSiteTests",
            dependencies: ["LantuSite", "LantuModel", "LantuOffice", "LantuDiagnostics", "Yams", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Fixtures", "Snapshots"],
            swiftSettings: strict
        ),
    ]
)
