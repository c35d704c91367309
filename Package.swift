// swift-tools-version:6.0
import PackageDescription

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
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "LantuDiagnostics"),
        .executableTarget(name: "EmbedFiles"),
        .plugin(name: "EmbedDefaults", capability: .buildTool(), dependencies: ["EmbedFiles"]),
        .target(name: "CFileSwap"),
        .target(name: "LantuMarkdown", dependencies: ["CCmarkGFM", "LantuDiagnostics"]),
        .target(name: "LantuModel", dependencies: ["LantuMarkdown", "LantuDiagnostics", "Yams"]),
        .target(name: "LantuCharts", dependencies: ["LantuModel"]),
        .target(
            name: "LantuSite",
            dependencies: [
                "LantuCharts", "LantuModel", "LantuMarkdown", "LantuDiagnostics", "LantuOffice", "CFileSwap", "Yams",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedDefaults"]
        ),
        .target(
            name: "LantuServe",
            dependencies: [
                "LantuSite", "LantuDiagnostics",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "LantuOffice",
            dependencies: ["LantuModel", "LantuMarkdown", "LantuCharts", "LantuDiagnostics", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .executableTarget(
            name: "lantu",
            dependencies: [
                "LantuSite", "LantuServe", "LantuOffice", "LantuDiagnostics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LantuMarkdownTests", dependencies: ["LantuMarkdown"]),
        .testTarget(name: "LantuModelTests", dependencies: ["LantuModel"]),
        .testTarget(
            name: "LantuOfficeTests",
            dependencies: ["LantuOffice", "LantuModel", "LantuDiagnostics"]
        ),
        .testTarget(
            name: "LantuChartsTests",
            dependencies: ["LantuCharts", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "LantuServeTests",
            dependencies: ["LantuServe", "LantuSite"]
        ),
        .testTarget(
            name: "LantuSiteTests",
            dependencies: ["LantuSite", "LantuModel", "LantuOffice", "Yams"],
            exclude: ["Fixtures", "Snapshots"]
        ),
    ]
)
