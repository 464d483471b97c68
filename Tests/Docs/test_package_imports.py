"""Package.swift's dependencies are exactly the imports (Scripts/check-imports): the repository agrees, and a
package that declares a module it does not import, or imports one of its own modules it does not declare, is
refused with the place to fix."""
import pathlib
import subprocess
import sys

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
CHECK = REPOSITORY / "Scripts" / "check-imports"

MANIFEST = """// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "probe",
    targets: [
        .target(name: "Low"),
        .target(name: "Middle", dependencies: [%s]),
        .target(name: "Top", dependencies: ["Middle"]),
    ]
)
"""


def check(folder):
    return subprocess.run([sys.executable, str(CHECK), str(folder)], capture_output=True, text=True)


def probe_package(folder, middle_dependencies, top_imports):
    (folder / "Package.swift").write_text(MANIFEST % middle_dependencies)
    for name, text in {
        "Low": "public let low = 1\n",
        "Middle": "import Foundation\nimport Low\n\npublic let middle = low\n",
        "Top": top_imports + "\npublic let top = 2\n",
    }.items():
        (folder / "Sources" / name).mkdir(parents=True)
        (folder / "Sources" / name / f"{name}.swift").write_text(text)


def test_the_repository_declares_exactly_what_it_imports():
    result = check(REPOSITORY)
    assert result.returncode == 0, result.stdout


def test_a_package_that_agrees_passes(tmp_path):
    probe_package(tmp_path, '"Low"', "@testable import Middle\nimport Foundation\n")
    result = check(tmp_path)
    assert (result.returncode, result.stdout) == (0, "")


def test_a_declared_module_no_file_imports_is_refused(tmp_path):
    probe_package(tmp_path, '"Low"', "import Foundation\n")
    result = check(tmp_path)
    assert result.returncode == 1
    assert "Package.swift:9: error: `Top` declares `Middle` but none of its files imports it" in result.stdout


def test_an_imported_module_not_declared_is_refused(tmp_path):
    probe_package(tmp_path, '"Low"', "import Middle\nimport Low\n")
    result = check(tmp_path)
    assert result.returncode == 1
    assert "Sources/Top/Top.swift:2: error: `Top` imports `Low`, which Package.swift does not declare" in result.stdout
