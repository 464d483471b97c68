import Foundation
import HoithaoIncremental
import HoithaoMarkdown
import HoithaoModel
import HoithaoRoutes

/// Reads a whole `Content/` folder into a `Site`, collecting every problem on the way.
public struct ContentLoader: Sendable {
    public var files: FileAccess
    public var includeDrafts: Bool
    /// Takes the digests of every text read, for incremental builds.
    public var inputs: InputRecorder
    /// The resolved folder nothing may be read from outside of, through a link.
    var confinement: String?
    /// Papers kept from the last build, used when their files have not changed.
    public var paperCache: PaperCache?
    /// The parsed Markdown the build shares with its books: a paper's blocks are kept as its page is rendered.
    public var parsedMarkdown: ParsedMarkdown?
    /// The workshop folders to read, by name; nil for all. A build that knows the others are unchanged reads
    /// only these.
    public var onlyWorkshops: Set<String>?

    public init(files: FileAccess = .disk, includeDrafts: Bool = false, inputs: InputRecorder = InputRecorder()) {
        self.files = files
        self.includeDrafts = includeDrafts
        self.inputs = inputs
    }

    /// The site (nil when `site.yaml` cannot be read) and every diagnostic, sorted by place.
    public func load(from root: String) -> (site: Site?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        guard (try? files.list(root)) ?? nil != nil else {
            let message =
                "the content folder does not exist; run hoithao in a portal's folder (the one that holds Content/), "
                + "start a portal with `hoithao new site FOLDER`, or pass `--content FOLDER`"
            return (nil, [.error(SourceLocation(path: root), message)])
        }
        var loader = confined(to: root)
        if files.refusals == nil { loader.files = files.confined(to: [root]) }
        let site: Site?
        var found: [Diagnostic]
        (site, found) = loader.loadConfined(from: root, diagnostics: &diagnostics)
        found += DelegateListGuard(files: loader.files).scan(root)
        // Files refused where a missing file is no error (a stray entry, an optional file) are said here.
        found += loader.files.refusals?.take().filter { !found.contains($0) } ?? []
        return (site, found.sortedByLocation)
    }

    /// Only `site.yaml`, for commands that need the portal's settings and nothing else (`deploy-config`).
    public func loadSiteConfig(from root: String) -> (config: SiteConfig?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var loader = confined(to: root)
        if files.refusals == nil { loader.files = files.confined(to: [root]) }
        let config = loader.loadConfig(root: root, diagnostics: &diagnostics)
        diagnostics += loader.files.refusals?.take().filter { !diagnostics.contains($0) } ?? []
        return (config, diagnostics.sortedByLocation)
    }

    /// This loader, refusing links that lead outside `root` when it lists folders.
    public func confined(to root: String) -> ContentLoader {
        var loader = self
        loader.confinement = realPath(root)
        return loader
    }

    private func loadConfined(from root: String, diagnostics: inout [Diagnostic]) -> (
        site: Site?, diagnostics: [Diagnostic]
    ) {
        let config = loadConfig(root: root, diagnostics: &diagnostics)
        let markdown = MarkdownRenderer(allowsRawHTML: config?.allowsRawHTML ?? false, parsed: parsedMarkdown)
        let workshopLoader = WorkshopLoader(
            content: self, markdown: markdown,
            defaultTimeZone: config?.timeZone ?? "Asia/Ho_Chi_Minh",
            customKinds: config.map { Set($0.customKinds.keys) })
        // Workshops are independent: each is read on its own core.
        let folders = folders(in: root + "/workshops", diagnostics: &diagnostics).filter {
            onlyWorkshops?.contains($0) ?? true
        }
        let loaded = Parallel.map(folders.count) { index -> (workshop: Workshop?, diagnostics: [Diagnostic]) in
            var diagnostics: [Diagnostic] = []
            let workshop = workshopLoader.load(
                folder: root + "/workshops/" + folders[index], slug: folders[index], diagnostics: &diagnostics)
            return (workshop, diagnostics)
        }
        diagnostics += loaded.flatMap(\.diagnostics)
        let workshops = loaded.compactMap(\.workshop)
        let pages = loadPages(root: root + "/pages", markdown: markdown, diagnostics: &diagnostics)
        let staticFiles = copiedFiles(under: root + "/static", as: Routes.staticFiles, diagnostics: &diagnostics)
        guard let config else { return (nil, diagnostics.sortedByLocation) }
        let site = Site(config: config, workshops: workshops, pages: pages, staticFiles: staticFiles)
        return (site, diagnostics.sortedByLocation)
    }

    private func loadConfig(root: String, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let path = root + "/site.yaml"
        guard let text = readText(path, diagnostics: &diagnostics, required: "name: Cổng thông tin hội thảo") else {
            return nil
        }
        let reader = YAMLReader(path: path)
        defer { diagnostics += reader.diagnostics }
        guard
            let mapping = reader.root(
                reader.parse(text), keys: SiteReader.keys, example: "name: Cổng thông tin hội thảo")
        else { return nil }
        return SiteReader(reader: reader).read(mapping)
    }

    private func loadPages(root: String, markdown: MarkdownRenderer, diagnostics: inout [Diagnostic]) -> [Page] {
        markdownFiles(in: root, diagnostics: &diagnostics).compactMap { slug in
            let path = root + "/" + slug + ".md"
            guard let file = readMarkdown(path, diagnostics: &diagnostics) else { return nil }
            defer { diagnostics += file.reader.diagnostics }
            guard let front = file.frontMatter(keys: ["title", "description", "draft"], example: "title: Giới thiệu")
            else {
                return nil
            }
            if front.boolean("draft") == true, !includeDrafts { return nil }
            PlaceholderCheck.check(file, front: front, Placeholder.aboutPage)
            guard let title = front.text("title", required: "Giới thiệu") else { return nil }
            return Page(
                slug: slug, title: title, description: front.text("description"), body: file.renderBody(with: markdown),
                source: path)
        }
    }
}

extension ContentLoader {
    /// Reads a file's bytes; nil after reporting why it cannot be read.
    func readData(_ path: String, diagnostics: inout [Diagnostic], required example: String? = nil) -> Data? {
        do {
            return try files.read(path)
        } catch let refused as RefusedFile {
            diagnostics.append(refused.diagnostic)
            return nil
        } catch {
            let message =
                example.map { "the file is missing; create it with at least `\($0)`" }
                ?? "cannot read the file (\(error.localizedDescription))"
            diagnostics.append(.error(SourceLocation(path: path), message))
            return nil
        }
    }

    /// The largest text file (Markdown, YAML) read: a whole book of a paper is under 1 MB, and memory and time
    /// grow with the size (a 50 MB paper needed 6 GB to typeset).
    public static let textSizeLimit = 5_000_000

    /// Reads a text file (or decodes `data` already read from it); nil after reporting why it cannot be read.
    func readText(
        _ path: String, data: Data? = nil, diagnostics: inout [Diagnostic], required example: String? = nil
    ) -> String? {
        guard let data = data ?? readData(path, diagnostics: &diagnostics, required: example) else { return nil }
        guard data.count <= Self.textSizeLimit else {
            let megabytes = (Double(data.count) / 100_000).rounded() / 10
            diagnostics.append(
                .error(
                    SourceLocation(path: path, line: 1, column: 1),
                    "the file is \(megabytes) MB; a text file may be at most 5 MB. Split it (an appendix can be "
                        + "a document of its own under documents/), or move pictures and data out of the text"))
            return nil
        }
        switch SourceText.decode(data, path: path) {
        case .success(let text):
            inputs.record(text: text, for: path)
            return text
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    /// Reads a Markdown file (or decodes `data` already read from it) and splits off its front matter, once; nil
    /// after reporting why it cannot be read.
    func readMarkdown(_ path: String, data: Data? = nil, diagnostics: inout [Diagnostic]) -> MarkdownFile? {
        guard let text = readText(path, data: data, diagnostics: &diagnostics),
            let file = MarkdownFile(path: path, text: text, diagnostics: &diagnostics)
        else { return nil }
        inputs.record(front: file.split.yaml ?? "", body: file.split.body, for: path)
        return file
    }

    /// The sub-folders of `path` whose names are slugs; others are reported.
    func folders(in path: String, diagnostics: inout [Diagnostic]) -> [String] {
        let entries = (try? files.list(path)) ?? nil ?? []
        return entries.compactMap { entry in
            guard admits(entry, at: path + "/" + entry.name, diagnostics: &diagnostics) else { return nil }
            guard entry.isDirectory else {
                diagnostics.append(
                    .warning(
                        SourceLocation(path: path + "/" + entry.name),
                        "only folders belong here (one per workshop); this file is not used"))
                return nil
            }
            return checkedSlug(entry.name, at: path + "/" + entry.name, suffix: "", diagnostics: &diagnostics)
        }
    }

    /// The slugs of the `.md` files in `path`; bad names are reported, and other files unless `alsoUsed` has them.
    func markdownFiles(in path: String, alsoUsed: Set<String> = [], diagnostics: inout [Diagnostic]) -> [String] {
        let entries = (try? files.list(path)) ?? nil ?? []
        return entries.compactMap { entry in
            let location = SourceLocation(path: path + "/" + entry.name)
            guard admits(entry, at: location.path, diagnostics: &diagnostics) else { return nil }
            guard !entry.isDirectory, entry.name.hasSuffix(".md") else {
                if !entry.name.hasPrefix("."), !alsoUsed.contains(entry.name) {
                    diagnostics.append(
                        .warning(location, "only Markdown files (`.md`) belong here; this one is not used"))
                }
                return nil
            }
            return checkedSlug(
                String(entry.name.dropLast(3)), at: location.path, suffix: ".md", diagnostics: &diagnostics)
        }
    }

    private func checkedSlug(_ name: String, at path: String, suffix: String, diagnostics: inout [Diagnostic])
        -> String?
    {
        let nfc = name.nfc
        guard Slug.isValid(nfc) else {
            let suggestion = Slug.make(from: nfc)
            let rename = suggestion.isEmpty ? "a name of lowercase letters, digits and `-`" : "`\(suggestion)\(suffix)`"
            diagnostics.append(
                .error(
                    SourceLocation(path: path),
                    "the name becomes part of a URL, so it must be a slug; rename it to \(rename)"))
            return nil
        }
        guard nfc.utf8.count <= Slug.maximumLength else {
            diagnostics.append(
                .error(
                    SourceLocation(path: path),
                    "the name becomes part of an address and of file names, so it must be at most "
                        + "\(Slug.maximumLength) characters, not \(nfc.utf8.count); rename it to `\(Slug.shortened(nfc))\(suffix)`"
                ))
            return nil
        }
        return nfc
    }

    /// Whether an entry may be read: a symbolic link must resolve, lead to a file, and stay inside the content
    /// folder, so a link can never publish `/etc/passwd` or loop forever.
    func admits(_ entry: FileAccess.Entry, at path: String, diagnostics: inout [Diagnostic]) -> Bool {
        guard entry.linkTarget != nil, let refusal = LinkRefusal.of(path, root: confinement) else { return true }
        diagnostics.append(refusal.diagnostic(at: path))
        return false
    }

    /// Every file under `folder`, to be copied to `destination` in the output.
    public func copiedFiles(under folder: String, as destination: String, diagnostics: inout [Diagnostic])
        -> [CopiedFile]
    {
        var result: [CopiedFile] = []
        for entry in (try? files.list(folder)) ?? nil ?? [] where !entry.name.hasPrefix(".") {
            let source = folder + "/" + entry.name
            guard admits(entry, at: source, diagnostics: &diagnostics) else { continue }
            let target = destination.isEmpty ? entry.name : destination + "/" + entry.name
            if entry.isDirectory {
                result += copiedFiles(under: source, as: target, diagnostics: &diagnostics)
            } else {
                result.append(CopiedFile(source: source, destination: target, byteCount: entry.byteCount))
            }
        }
        return result
    }
}
