"""The documentation says what the code does, so it cannot drift:

- every `hoithao <command> --option` written in README.md or docs/ exists in `hoithao <command> --help`;
- every field of the content reference (docs/content.md) is a key the loader reads, and every key the
  loader reads is in the reference (the loader lists its keys when it meets an unknown one: the test
  puts an unknown key into every mapping of the sample content and reads the lists back);
- every key docs/themes.md names is set by a page context (Sources/HoithaoBuild/*Contexts.swift,
  ContextBuilder.swift, WorkshopLayout.swift), and every key they set is named;
- every relative link and #anchor in the documentation leads to a file and heading that exist.
"""
import pathlib
import re
import shutil
import subprocess
import tempfile

import pytest
import yaml

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
HOITHAO = REPOSITORY / ".build" / "debug" / "hoithao"
REFERENCE = REPOSITORY / "docs" / "content.md"
THEMES = REPOSITORY / "docs" / "themes.md"
CONTEXTS = sorted((REPOSITORY / "Sources" / "HoithaoBuild").glob("*Contexts.swift")) + [
    REPOSITORY / "Sources" / "HoithaoBuild" / name for name in ("ContextBuilder.swift", "WorkshopLayout.swift")]
PROBE = "zzqxprobe"


def documents():
    return [REPOSITORY / "README.md"] + sorted((REPOSITORY / "docs").rglob("*.md"))


# Commands and options


def help_text(path):
    result = subprocess.run([str(HOITHAO), *path, "--help"], capture_output=True, text=True, check=True)
    return result.stdout


def parse_help(text):
    """The options and sub-commands a help text lists."""
    options, subcommands, section = set(), set(), None
    for line in text.splitlines():
        if re.match(r"^[A-Z]+:", line):
            section = line.split(":")[0]
        elif section == "OPTIONS":
            found = re.match(r"^\s+(?:-\w, )?(--[\w-]+)", line)
            if found:
                options.add(found.group(1))
        elif section == "SUBCOMMANDS":
            found = re.match(r"^  ([\w-]+)\s", line)
            if found:
                subcommands.add(found.group(1))
    return options, subcommands


class CommandLine:
    """The real `hoithao` command tree, read from its help texts."""

    def __init__(self):
        self.cache = {}

    def node(self, path):
        if path not in self.cache:
            self.cache[path] = parse_help(help_text(list(path)))
        return self.cache[path]

    def problems(self, tokens):
        """What is wrong with `hoithao TOKENS`: unknown sub-commands and options."""
        path = ()
        for token in tokens:
            options, subcommands = self.node(path)
            if token.startswith("--"):
                name = token.split("=")[0]
                if name not in options:
                    return [f"`{name}` is not an option of `{' '.join(('hoithao',) + path)}`"]
            elif not path or subcommands:
                if token not in subcommands:
                    if path or re.fullmatch(r"[a-z][a-z-]*", token):
                        return [f"`{token}` is not a command of `{' '.join(('hoithao',) + path)}`"]
                    return []
                path += (token,)
        return []


def code_texts(text):
    """The contents of fenced code blocks (line by line, without comments) and of inline code spans."""
    fenced = re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.S | re.M)
    outside = re.sub(r"^```[^\n]*\n.*?^```", "", text, flags=re.S | re.M)
    # A shell comment is prose, even when it names a path such as /usr/local/bin/hoithao.
    lines = [re.sub(r"(^|\s)#.*", "", line) for block in fenced for line in block.splitlines()]
    return lines + re.findall(r"`([^`\n]+)`", outside)


def invocations(text):
    """Each `hoithao …` written in code, as its words up to a comment or the next shell command."""
    for code in code_texts(text):
        for found in re.finditer(r"(?<![\w/.-])(?:[\w./-]*/)?hoithao((?:[ \t]+[^\s#&|;`]+)*)", code):
            words = [word.strip("[](),") for word in found.group(1).split()]
            yield found.group(0).strip(), [word for word in words if word and word not in ("...", "…")]


def test_every_command_and_option_in_the_docs_exists():
    commands = CommandLine()
    problems = []
    for document in documents():
        for written, words in invocations(document.read_text()):
            problems += [f"{document.relative_to(REPOSITORY)}: `{written}`: {problem}"
                         for problem in commands.problems(words)]
    assert problems == [], "\n".join(problems)


def test_the_command_check_catches_a_wrong_option_and_a_wrong_command():
    commands = CommandLine()
    text = "```sh\nhoithao build --no-such-option   # a comment --ignored\nhoithao publish\n```\n"
    found = [problem for _, words in invocations(text) for problem in commands.problems(words)]
    assert found == ["`--no-such-option` is not an option of `hoithao build`",
                     "`publish` is not a command of `hoithao`"]


# Content fields


def reference_fields():
    """The content reference's fields by file kind: the first cell of every table row, under the
    section heading that names the file."""
    kinds = {"site.yaml": "site", "plan.yaml": "plan", "papers/<slug>.md": "paper",
             "pages/<slug>.md": "page", "index.md": "introduction"}
    fields, kind = {}, None
    for line in REFERENCE.read_text().splitlines():
        if line.startswith("## "):
            named = re.findall(r"`([^`]+)`", line)
            kind = kinds.get(named[0]) if named else None
        elif kind and re.match(r"^\| `[^`]+` \|", line):
            name = re.match(r"^\| `([^`]+)` \|", line).group(1)
            free = re.search(r"\|\s*map of\b", line) is not None
            fields.setdefault(kind, {})[name] = free
    return fields


def kind_of(path):
    relative = pathlib.PurePosixPath(path)
    if relative.name == "site.yaml":
        return "site"
    if relative.name == "plan.yaml":
        return "plan"
    if relative.parent.name == "papers":
        return "paper"
    if relative.parent.name == "pages":
        return "page"
    return "introduction"


def mapping_paths(fields):
    """The paths of the mappings the reference describes: '' and every parent of a field."""
    paths = {""}
    for name in fields:
        parts = name.split(".")
        paths.update(".".join(parts[:index]) for index in range(1, len(parts)))
    return paths


def probe(node, fields, prefix=""):
    """Puts the unknown key into every mapping under `node` (at `prefix`) that the reference describes,
    first making the described mappings that are absent, so that their keys are probed too."""
    if isinstance(node, list):
        for item in node:
            probe(item, fields, prefix + "[]")
        return
    if not isinstance(node, dict):
        return
    for parent in mapping_paths(fields):
        head, _, key = parent.rpartition(".")
        if head != prefix or not key:
            continue
        if key.endswith("[]") and not isinstance(node.get(key[:-2]), list):
            node[key[:-2]] = [{}]
        elif not key.endswith("[]") and not isinstance(node.get(key), dict):
            node[key] = {}
    node[PROBE] = "1"
    for key, value in node.items():
        path = f"{prefix}.{key}" if prefix else key
        if not fields.get(path):  # not a map of the user's own words, such as agenda_kinds
            probe(value, fields, path)


def front_matter(text):
    """A Markdown file's front matter (all values as text) and its body."""
    if not text.startswith("---\n"):
        return {}, text
    head, _, body = text[4:].partition("\n---\n")
    return yaml.load(head, Loader=yaml.BaseLoader) or {}, body


def probed_copy(content, fields):
    """Puts the unknown key into every mapping of every file under `content`."""
    for path in sorted(content.rglob("*")):
        kind = kind_of(path.relative_to(content))
        if path.name in ("site.yaml", "plan.yaml"):
            data = yaml.load(path.read_text(), Loader=yaml.BaseLoader)
            probe(data, fields.get(kind, {}))
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
        elif path.suffix == ".md" and (kind != "introduction" or path.name == "index.md"):
            front, body = front_matter(path.read_text())
            probe(front, fields.get(kind, {}))
            path.write_text("---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n" + body)


def loader_fields(content):
    """The keys the loader accepts by file kind and mapping, from its unknown-key messages."""
    result = subprocess.run(
        [str(HOITHAO), "check", "--no-books", "--content", str(content), "--theme",
         str(REPOSITORY / "Themes" / "default")], capture_output=True, text=True)
    pattern = re.compile(
        r"^(?P<file>[^:]+):\d+:\d+: warning: unknown key `(?P<path>[^`]*)" + PROBE
        + r"` is ignored; the keys here are (?P<keys>.*)$")
    fields, reached = {}, {}
    for line in result.stderr.splitlines():
        found = pattern.match(line)
        if not found:
            continue
        kind = kind_of(found.group("file"))
        # A day's own items are a session's items: the reference describes them once.
        prefix = re.sub(r"\[\d+\]", "[]", found.group("path")).replace("agenda[].items[].", "agenda[].sessions[].items[].")
        reached.setdefault(kind, set()).add(prefix.rstrip("."))
        for key in re.findall(r"`([^`]+)`", found.group("keys")):
            fields.setdefault(kind, set()).add(prefix + key)
    return fields, reached, result.stderr


@pytest.fixture(scope="module")
def loader():
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="hoithao-docs-"))
    content = workdir / "Content"
    shutil.copytree(REPOSITORY / "Content", content)
    probed_copy(content, reference_fields())
    yield loader_fields(content)
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.mark.parametrize("kind", ["site", "plan", "paper", "page", "introduction"])
def test_the_content_reference_lists_exactly_the_fields_the_loader_reads(loader, kind):
    read, reached, messages = loader
    described = reference_fields().get(kind, {})
    unreached = sorted(mapping_paths(described) - reached.get(kind, set()))
    assert unreached == [], f"the probe never reached these {kind} mappings:\n{messages}"
    drift = [f"`{name}` is in docs/content.md but the loader does not read it"
             for name in sorted(set(described) - read.get(kind, set()))]
    drift += [f"the loader reads `{name}` but docs/content.md does not describe it"
              for name in sorted(read.get(kind, set()) - set(described))]
    assert drift == [], "\n".join(drift)


def test_the_field_check_catches_a_field_missing_from_the_reference(loader):
    read, _, _ = loader
    described = dict(reference_fields()["plan"])
    described.pop("venue.latitude")
    assert sorted(read["plan"] - set(described)) == ["venue.latitude"]


# Template keys


def context_keys():
    """The keys the page contexts set: `"key": value` in their dictionaries and `something["key"] = value`."""
    code = "\n".join(path.read_text() for path in CONTEXTS)
    return set(re.findall(r'"([a-z_0-9]+)":\s', code)) | set(re.findall(r'\b\w+\["([a-z_0-9]+)"\]\s*=', code))


def documented_keys(text):
    """The keys the theme reference's tables name; a table headed `template` names templates in its first column."""
    keys, header = set(), None
    for line in text.splitlines():
        if not line.startswith("|"):
            header = None
            continue
        cells = line.strip("|").split("|")
        if header is None:
            header = cells[0].strip()
            continue
        for cell in cells[1:] if header == "template" else cells:
            keys.update(word for word in re.findall(r"`([^`]+)`", cell) if re.fullmatch(r"[a-z_0-9]+", word))
    return keys


def test_the_theme_reference_lists_exactly_the_keys_the_contexts_set():
    documented, made = documented_keys(THEMES.read_text()), context_keys()
    drift = [f"`{key}` is in docs/themes.md but no context sets it" for key in sorted(documented - made)]
    drift += [f"the contexts set `{key}` but docs/themes.md does not name it" for key in sorted(made - documented)]
    assert drift == [], "\n".join(drift)


def test_the_key_check_catches_a_key_the_reference_lacks():
    text = THEMES.read_text().replace("`summary_abstract`", "the abstract")
    assert context_keys() - documented_keys(text) == {"summary_abstract"}


# Links


def anchors(document):
    """The anchors GitHub makes for a Markdown file's headings."""
    headings = re.findall(r"^#+ (.*)$", re.sub(r"^```.*?^```", "", document.read_text(), flags=re.S | re.M), re.M)
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings}


def test_every_relative_link_in_the_docs_leads_to_a_file_and_heading():
    missing = []
    for document in documents():
        text = re.sub(r"^```.*?^```", "", document.read_text(), flags=re.S | re.M)
        text = re.sub(r"`[^`\n]+`", "", text)
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"^[a-z]+:", target):
                continue
            name, _, anchor = target.partition("#")
            linked = (document.parent / name) if name else document
            if not linked.exists() or (anchor and linked.suffix == ".md" and anchor not in anchors(linked)):
                missing.append(f"{document.relative_to(REPOSITORY)}: {target}")
    assert missing == [], "\n".join(missing)
