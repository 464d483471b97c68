"""Only the content and theme folders are read: a symbolic link from any kind of file Hoithao reads to a file
outside them is refused with its path, and the marker that file holds reaches no output format."""
import pathlib
import shutil
import subprocess
import zipfile

from conftest import REPOSITORY

HOITHAO = str(REPOSITORY / ".build" / "debug" / "hoithao")
MARKER = "HOITHAO-CONFINEMENT-MARKER-7f3a"
WORKSHOP = "Content/workshops/hoi-thao-mau"
SECOND = "Content/workshops/hoi-thao-hai"
PICTURE = REPOSITORY / "Tests" / "Fixtures" / "proceedings-images" / "so-do.png"


def make_site(root):
    """The portal fixture with the default theme beside it, and a picture in a paper (for the books)."""
    shutil.copytree(REPOSITORY / "Tests" / "Fixtures" / "portal", root / "Content")
    # A second workshop, whose plan is linked: a workshop without its plan reads none of its other files.
    shutil.copytree(root / WORKSHOP, root / SECOND)
    shutil.copytree(REPOSITORY / "Themes" / "default", root / "Themes" / "default")
    (root / WORKSHOP / "papers" / "hinh").mkdir()
    shutil.copy(PICTURE, root / WORKSHOP / "papers" / "hinh" / "so-do.png")
    (root / WORKSHOP / "papers" / "hinh-ngoai").mkdir()
    shutil.copy(PICTURE, root / WORKSHOP / "papers" / "hinh-ngoai" / "anh.png")
    paper = root / WORKSHOP / "papers" / "giai-phap.md"
    paper.write_text(paper.read_text() + "\n![Sơ đồ](hinh/so-do.png)\n\n![Ảnh](hinh-ngoai/anh.png)\n")


def build(root):
    return subprocess.run([HOITHAO, "build", "--output", "Output"], cwd=root, capture_output=True, text=True)


def link_out(root, relative, outside, text=None, data=None):
    """Moves nothing: writes `outside` (a copy of the file with the marker in it) and makes `relative` a
    link to it."""
    outside.parent.mkdir(parents=True, exist_ok=True)
    if data is not None:
        outside.write_bytes(data)
    else:
        outside.write_text(text)
    path = root / relative
    if path.exists() or path.is_symlink():
        path.unlink()
    path.symlink_to(outside)


def with_marker(path, old, new):
    text = path.read_text()
    assert old in text, f"{path} no longer holds {old!r}"
    return text.replace(old, new, 1)


def plant_links(root):
    """Links from every kind of file Hoithao reads to a copy outside that carries the marker; returns the
    paths that must be reported."""
    outside = root / "outside"
    theme = "Themes/default"
    texts = {
        "Content/site.yaml": ("name: Cổng", f"name: {MARKER} Cổng"),
        f"{SECOND}/plan.yaml": ("title: Hội thảo", f"title: {MARKER} Hội thảo"),
        f"{WORKSHOP}/index.md": ("\n", f"\n{MARKER}\n"),
        f"{WORKSHOP}/papers/giai-phap.md": ("![Sơ đồ]", f"{MARKER}\n\n![Sơ đồ]"),
        "Content/pages/gioi-thieu.md": ("\n", f"\n{MARKER}\n"),
        f"{theme}/templates/base.mustache": ("<body", f"{MARKER}<body"),
        f"{theme}/templates/partials/facts.mustache": ("\n", f"\n{MARKER}\n"),
        f"{theme}/strings/vi.yaml": (": ", f": {MARKER} "),
        f"{theme}/assets/style.css": ("\n", f"\n/* {MARKER} */\n"),
    }
    reported = []
    for index, (relative, (old, new)) in enumerate(sorted(texts.items())):
        link_out(root, relative, outside / str(index) / pathlib.Path(relative).name,
                 text=with_marker(root / relative, old, new))
        reported.append(relative)
    # Files copied as they are: a static file, a document, a paper's own file, and the site's own template.
    for index, relative in enumerate(["Content/static/favicon.svg", f"{WORKSHOP}/documents/giay moi.txt",
                                      f"{WORKSHOP}/papers/thuc-trang.txt", "Content/templates/not-found.mustache"]):
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        link_out(root, relative, outside / f"file-{index}", text=f"{MARKER}\n")
        reported.append(relative)
    # A folder of pictures outside (a picture alone is read only as the books are made: the next test).
    shutil.move(root / WORKSHOP / "papers" / "hinh-ngoai", outside / "hinh-ngoai")
    (outside / "hinh-ngoai" / "anh.png").write_bytes(PICTURE.read_bytes() + MARKER.encode())
    (root / WORKSHOP / "papers" / "hinh-ngoai").symlink_to(outside / "hinh-ngoai")
    reported.append(f"{WORKSHOP}/papers/hinh-ngoai")
    # A folder of static files, and a loop.
    (outside / "folder").mkdir()
    (outside / "folder" / "secret.txt").write_text(f"{MARKER}\n")
    (root / "Content" / "static" / "linked").symlink_to(outside / "folder")
    reported.append("Content/static/linked")
    (root / "Content" / "static" / "loop-a").symlink_to(root / "Content" / "static" / "loop-b")
    (root / "Content" / "static" / "loop-b").symlink_to(root / "Content" / "static" / "loop-a")
    reported.append("Content/static/loop-a")
    return reported


def output_texts(output, scratch):
    """Every output file as text a reader would see: PDFs through pdftotext and decompressed by qpdf, EPUBs
    and zips unpacked, the rest as bytes."""
    for path in sorted(output.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix == ".pdf":
            text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout
            expanded = scratch / (path.name + ".qdf")
            subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(path), str(expanded)], check=True)
            yield path, text + expanded.read_bytes()
        elif path.suffix in (".epub", ".zip"):
            with zipfile.ZipFile(path) as archive:
                yield path, b"".join(archive.read(name) for name in archive.namelist())
        else:
            yield path, path.read_bytes()


def snapshot(output):
    return {path.relative_to(output): path.read_bytes() for path in output.rglob("*") if path.is_file()}


def test_every_link_out_of_the_content_or_theme_is_refused_with_its_path_and_nothing_of_it_is_published(tmp_path):
    make_site(tmp_path)
    first = build(tmp_path)
    assert first.returncode == 0, first.stderr
    output = tmp_path / "Output"
    kinds = {path.suffix for path in output.rglob("*") if path.is_file()}
    assert {".html", ".pdf", ".epub", ".zip", ".ics", ".json", ".bib", ".ris", ".xml"} <= kinds
    before = snapshot(output)

    reported = plant_links(tmp_path)
    second = build(tmp_path)
    assert second.returncode == 1, second.stderr
    for relative in reported:
        assert f"{relative}: error: " in second.stderr, f"{relative} was not reported:\n{second.stderr}"
    # One message per refused file: the templates that include a refused one are not told it is missing.
    assert "which does not exist" not in second.stderr, second.stderr
    assert snapshot(output) == before
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    for path, data in output_texts(output, scratch):
        assert MARKER.encode() not in data, f"{path} holds the marker"


def test_the_books_read_no_picture_through_a_link_out_even_when_everything_else_is_fine(tmp_path):
    make_site(tmp_path)
    outside = tmp_path / "outside"
    link_out(tmp_path, f"{WORKSHOP}/papers/hinh/so-do.png", outside / "so-do.png",
             data=PICTURE.read_bytes() + MARKER.encode())
    # A folder the loader does not list (it only warns about it), which a picture's address passes through.
    (outside / "anh").mkdir()
    (outside / "anh" / "anh.png").write_bytes(PICTURE.read_bytes() + MARKER.encode())
    (tmp_path / WORKSHOP / "anh").symlink_to(outside / "anh")
    paper = tmp_path / WORKSHOP / "papers" / "giai-phap.md"
    paper.write_text(paper.read_text() + "\n![Ảnh ngoài](../anh/anh.png)\n")
    result = build(tmp_path)
    assert result.returncode == 1, result.stderr
    assert f"{WORKSHOP}/papers/hinh/so-do.png: error: the link leads outside its folder" in result.stderr
    assert f"{WORKSHOP}/anh: error: links to folders are not followed" in result.stderr
    assert not (tmp_path / "Output").exists()
