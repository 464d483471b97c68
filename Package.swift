// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "hoithao",
    products: [
        .executable(name: "hoithao", targets: ["hoithao"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // Linux's atomic exchange of two paths, for swapping the new site into Output/ (OutputFolder).
        .systemLibrary(name: "CAtomicSwap"),
        .target(name: "HoithaoSystem", dependencies: ["CAtomicSwap"]),
        .target(name: "HoithaoModel"),
        .target(name: "HoithaoRoutes", dependencies: ["HoithaoModel"]),
        .target(name: "HoithaoOutput", dependencies: ["HoithaoModel", "HoithaoSystem"]),
        .target(name: "HoithaoMarkdown", dependencies: ["CCmark", "HoithaoModel", "HoithaoSystem"]),
        .target(
            name: "HoithaoIncremental",
            dependencies: ["HoithaoModel", "HoithaoOutput", "HoithaoRoutes", "HoithaoSystem"]
        ),
        .target(
            name: "HoithaoContent",
            dependencies: [
                "HoithaoIncremental", "HoithaoModel", "HoithaoMarkdown", "HoithaoRoutes", "HoithaoSystem",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "HoithaoSchedule", dependencies: ["HoithaoModel"]),
        .target(name: "HoithaoSearch", dependencies: ["HoithaoModel", "HoithaoRoutes"]),
        .target(name: "HoithaoTheme", dependencies: ["HoithaoModel", "HoithaoContent", "HoithaoRoutes"]),
        .target(
            name: "HoithaoBuild",
            dependencies: [
                "HoithaoModel", "HoithaoContent", "HoithaoIncremental", "HoithaoMarkdown",
                "HoithaoOutput",
                "HoithaoProceedings", "HoithaoRoutes", "HoithaoSchedule", "HoithaoSearch", "HoithaoTheme",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "HoithaoScaffold", dependencies: ["HoithaoModel"]),
        .target(
            name: "HoithaoServer",
            dependencies: [
                "HoithaoBuild", "HoithaoModel", "HoithaoRoutes", "HoithaoSystem",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .target(
            name: "HoithaoImport",
            dependencies: [
                "HoithaoModel", "HoithaoContent", "CPoppler", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "HoithaoCLI",
            dependencies: [
                "HoithaoBuild", "HoithaoContent", "HoithaoModel", "HoithaoScaffold", "HoithaoServer", "HoithaoImport",
                "HoithaoPrint", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "HoithaoProceedings",
            dependencies: [
                "HoithaoModel", "HoithaoMarkdown", "CPangoCairo",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "HoithaoPrint", dependencies: ["HoithaoModel", "HoithaoProceedings", "HoithaoRoutes", "CQRencode"]),
        // FlyingFox's proxy handler brings in FoundationNetworking, which needs libcurl when the Swift libraries
        // are linked statically (Scripts/install).
        .executableTarget(name: "hoithao", dependencies: ["HoithaoCLI"], linkerSettings: [.linkedLibrary("curl")]),
        .executableTarget(
            name: "proceedings-benchmark",
            dependencies: ["HoithaoProceedings", "HoithaoContent", "HoithaoModel"],
            path: "Benchmarks/ProceedingsBenchmark"
        ),
        // Files, fixtures and PDF text for the tests of every module; the build's helpers are apart, so that the tests
        // of the modules below HoithaoBuild do not link it.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .target(
            name: "BuildTestSupport",
            dependencies: ["HoithaoBuild", "HoithaoModel", "TestSupport"],
            path: "Tests/BuildTestSupport"
        ),
        .testTarget(name: "HoithaoModelTests", dependencies: ["HoithaoModel", "TestSupport"]),
        .testTarget(
            name: "HoithaoScaffoldTests",
            dependencies: [
                "HoithaoScaffold", "HoithaoModel", "TestSupport", "BuildTestSupport", "HoithaoBuild",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(name: "HoithaoRoutesTests", dependencies: ["HoithaoRoutes", "HoithaoModel"]),
        .testTarget(name: "HoithaoOutputTests", dependencies: ["HoithaoOutput", "HoithaoModel", "HoithaoSystem"]),
        .testTarget(
            name: "HoithaoIncrementalTests",
            dependencies: ["HoithaoIncremental", "HoithaoModel", "HoithaoOutput", "HoithaoRoutes"]
        ),
        .testTarget(name: "HoithaoSearchTests", dependencies: ["HoithaoSearch"]),
        .testTarget(name: "HoithaoMarkdownTests", dependencies: ["HoithaoMarkdown", "HoithaoModel"]),
        .testTarget(
            name: "HoithaoScheduleTests",
            dependencies: ["HoithaoSchedule", "HoithaoContent", "HoithaoModel", "TestSupport"]
        ),
        .testTarget(
            name: "HoithaoContentTests",
            dependencies: [
                "HoithaoContent", "HoithaoMarkdown", "HoithaoModel", "TestSupport",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(name: "HoithaoThemeTests", dependencies: ["HoithaoTheme"]),
        .testTarget(
            name: "HoithaoBuildTests",
            dependencies: [
                "HoithaoBuild", "HoithaoContent", "HoithaoMarkdown", "HoithaoModel", "HoithaoRoutes", "TestSupport",
                "BuildTestSupport",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(name: "HoithaoCLITests", dependencies: ["HoithaoBuild", "TestSupport", "BuildTestSupport"]),
        .testTarget(name: "HoithaoServerTests", dependencies: ["HoithaoServer"]),
        .testTarget(
            name: "HoithaoImportTests",
            dependencies: ["HoithaoImport", "HoithaoContent", "HoithaoModel", "HoithaoProceedings", "TestSupport"]
        ),
        .testTarget(
            name: "HoithaoPrintTests", dependencies: ["HoithaoPrint", "HoithaoContent", "HoithaoModel", "TestSupport"]
        ),
        .testTarget(
            name: "HoithaoProceedingsTests",
            dependencies: ["HoithaoProceedings", "HoithaoContent", "HoithaoMarkdown", "HoithaoModel", "TestSupport"]
        ),
    ]
)
