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
        // Linux's atomic exchange of two paths, for swapping the new site into Output/ (OutputFolder).
        .systemLibrary(name: "CAtomicSwap"),
        .target(name: "HoithaoSystem", dependencies: ["CAtomicSwap"]),
        .target(name: "HoithaoModel"),
        .target(name: "HoithaoRoutes", dependencies: ["HoithaoModel"]),
        .target(name: "HoithaoMarkdown", dependencies: ["CCmark", "HoithaoModel", "HoithaoSystem"]),
        .target(
            name: "HoithaoContent",
            dependencies: [
                "HoithaoModel", "HoithaoMarkdown", "HoithaoRoutes", "HoithaoSystem",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "HoithaoSchedule", dependencies: ["HoithaoModel"]),
        .target(name: "HoithaoTheme", dependencies: ["HoithaoModel", "HoithaoContent", "HoithaoRoutes"]),
        .target(
            name: "HoithaoBuild",
            dependencies: [
                "HoithaoSystem", "HoithaoModel", "HoithaoContent", "HoithaoMarkdown", "HoithaoProceedings",
                "HoithaoRoutes", "HoithaoSchedule", "HoithaoTheme",
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
                "HoithaoBuild", "HoithaoModel", "HoithaoScaffold", "HoithaoServer", "HoithaoImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "HoithaoProceedings",
            dependencies: [
                "HoithaoModel", "HoithaoMarkdown", "CPangoCairo",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // FlyingFox's proxy handler brings in FoundationNetworking, which needs libcurl when the Swift libraries
        // are linked statically (Scripts/install).
        .executableTarget(name: "hoithao", dependencies: ["HoithaoCLI"], linkerSettings: [.linkedLibrary("curl")]),
        .executableTarget(
            name: "proceedings-benchmark",
            dependencies: ["HoithaoProceedings", "HoithaoContent", "HoithaoModel"],
            path: "Benchmarks/ProceedingsBenchmark"
        ),
        .target(
            name: "TestSupport",
            dependencies: ["HoithaoModel", "HoithaoBuild"],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "HoithaoModelTests", dependencies: ["HoithaoModel"]),
        .testTarget(name: "HoithaoRoutesTests", dependencies: ["HoithaoRoutes", "HoithaoModel"]),
        .testTarget(name: "HoithaoMarkdownTests", dependencies: ["HoithaoMarkdown", "HoithaoModel"]),
        .testTarget(name: "HoithaoScheduleTests", dependencies: ["HoithaoSchedule", "HoithaoContent", "TestSupport"]),
        .testTarget(
            name: "HoithaoContentTests",
            dependencies: ["HoithaoContent", "TestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "HoithaoThemeTests", dependencies: ["HoithaoTheme"]),
        .testTarget(
            name: "HoithaoBuildTests",
            dependencies: ["HoithaoBuild", "HoithaoRoutes", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "HoithaoCLITests", dependencies: ["HoithaoCLI", "HoithaoBuild", "TestSupport"]),
        .testTarget(name: "HoithaoServerTests", dependencies: ["HoithaoServer"]),
        .testTarget(
            name: "HoithaoImportTests",
            dependencies: ["HoithaoImport", "HoithaoContent", "HoithaoProceedings", "TestSupport"]
        ),
        .testTarget(
            name: "HoithaoProceedingsTests",
            dependencies: ["HoithaoProceedings", "HoithaoContent", "TestSupport"]
        ),
    ]
)
