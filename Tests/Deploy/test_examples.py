"""The publishing recipes in docs/examples/ are valid YAML that install the release and build the site, and every
install instruction names the same run-time packages as the release's INSTALL.md."""
import pathlib
import re

import yaml

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = REPOSITORY / "docs" / "examples"


def runtime_packages():
    text = (REPOSITORY / "Scripts" / "release-kit" / "INSTALL.md").read_text()
    line = re.search(r"apt-get install (.+)", text).group(1)
    return line.split()


def test_github_pages_workflow_builds_with_the_pages_address_and_uploads_output():
    workflow = yaml.safe_load((EXAMPLES / "github-pages.yml").read_text())
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"]["branches"] == ["main"]
    steps = workflow["jobs"]["build"]["steps"]
    commands = "\n".join(step.get("run", "") for step in steps)
    assert "sha256sum -c" in commands
    assert re.search(r"hoithao build --base-url \"\$\{\{ steps\.pages\.outputs\.base_url \}\}/\"", commands)
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "Output"
    assert workflow["jobs"]["deploy"]["needs"] == "build"


def test_gitlab_pages_job_builds_into_public():
    job = yaml.safe_load((EXAMPLES / "gitlab-ci.yml").read_text())["pages"]
    script = "\n".join(job["script"])
    assert "sha256sum -c" in script
    assert 'hoithao build --base-url "$CI_PAGES_URL/" --output public' in script
    assert job["artifacts"]["paths"] == ["public"]


def test_every_install_instruction_names_the_same_packages():
    packages = runtime_packages()
    assert "libcmark0.30.2" in packages and "fonts-noto-core" in packages
    for path in [EXAMPLES / "github-pages.yml", EXAMPLES / "gitlab-ci.yml", REPOSITORY / "docs" / "install.md"]:
        text = path.read_text()
        for package in packages:
            assert package in text, f"{path.name} does not install {package}"
