import Foundation
import HoithaoIncremental
import HoithaoMarkdown
import HoithaoModel
// The loader names where each file it reads is published (documents, an author's file, pictures), as it reads
// them: Content depends on Routes, which depends on the model alone, rather than carrying each file's content
// path up to the build to be named there.
import HoithaoRoutes

/// Reads one workshop folder: its plan, introduction, papers and documents.
struct WorkshopLoader {
    let content: ContentLoader
    let markdown: MarkdownRenderer
    let defaultTimeZone: String
    /// The site's own agenda kinds; nil when `site.yaml` could not be read.
    let customKinds: Set<String>?

    private var files: FileAccess { content.files }
    private var includeDrafts: Bool { content.includeDrafts }

    func load(folder: String, slug: String, diagnostics: inout [Diagnostic]) -> Workshop? {
        var shown: Set<String> = []
        defer { reportStrayEntries(in: folder, shown: shown, diagnostics: &diagnostics) }
        let planPath = folder + "/plan.yaml"
        guard let text = content.readText(planPath, diagnostics: &diagnostics, required: "title: Hội thảo …") else {
            return nil
        }
        let reader = YAMLReader(path: planPath)
        let root = reader.root(reader.parse(text), keys: PlanSchema.keys(""), example: "title: Hội thảo …")
        // Papers are labelled ("Hình 1", "Bảng 1") in the plan's language before the plan itself is read.
        let language = root?.node.value(at: "language")?.scalar.flatMap { Language(rawValue: $0.string.trimmed) }
        let (papers, paperFiles, bodyLines) = loadPapers(
            folder: folder + "/papers", slug: slug, language: language, diagnostics: &diagnostics)
        let paperSlugs = Set(papers.map(\.slug))
        let planReader = PlanReader(
            reader: reader, markdown: markdown, defaultTimeZone: defaultTimeZone,
            papers: .init(read: paperSlugs, unread: Set(paperFiles).subtracting(paperSlugs)), customKinds: customKinds)
        if let root {
            PlaceholderCheck.check(
                root.node, Placeholder.plan + [.workshopTitle(slug: slug), .firstWorkshopTitle], reader: reader)
        }
        let plan = root.flatMap(planReader.read)
        diagnostics += reader.diagnostics
        guard let plan else { return nil }
        if plan.isDraft, !includeDrafts { return nil }
        var refusals: [Diagnostic] = []
        let published = Routes.workshop(slug).documentsFolder
        let documents = content.copiedFiles(under: folder + "/documents", as: published, diagnostics: &refusals)
        diagnostics += refusals
        let attachments = documents.map { file in
            let name = String(file.destination.dropFirst(published.count + 1))
            return Attachment(title: plan.documentTitles[name] ?? name, file: file)
        }
        // A file refused where it lies (a link leading out, say) has been said there.
        for name in plan.documentTitles.keys.sorted()
        where !documents.contains(where: { $0.destination.hasSuffix("/" + name) })
            && !refusals.contains(where: { $0.location.path == folder + "/documents/" + name })
        {
            let entry = root?.node.value(at: "documents")?.sequence?.first {
                $0.value(at: "file")?.scalar?.string.nfc.trimmed == name
            }
            diagnostics.append(
                .error(
                    reader.location(of: entry?.value(at: "file")),
                    "`documents` names \"\(name)\", which is not a file in \(folder)/documents/; add the file or fix the name"
                ))
        }
        let (introduction, introductionLines) = introduction(
            folder: folder, language: plan.language, diagnostics: &diagnostics)
        var workshop = Workshop(
            slug: slug, plan: plan, introduction: introduction, papers: papers, attachments: attachments,
            planPath: planPath)
        let markdownFiles =
            [
                ShownPictures.Document(
                    path: folder + "/index.md", body: introduction.markdown, lineOffset: introductionLines)
            ]
            + papers.map {
                ShownPictures.Document(path: $0.source, body: $0.body.markdown, lineOffset: bodyLines[$0.source] ?? 0)
            }
        workshop.pictures = ShownPictures(content: content, markdown: markdown, folder: folder, slug: slug)
            .pictures(of: markdownFiles, diagnostics: &diagnostics)
        shown = Set(workshop.pictures.values.flatMap { $0.values.map(\.file.source) })
        reportUnshownFiles(in: folder + "/papers", papers: papers, shown: shown, diagnostics: &diagnostics)
        return workshop
    }

    /// The introduction, and how many lines of its file come before its body.
    private func introduction(folder: String, language: Language?, diagnostics: inout [Diagnostic]) -> (
        RenderedMarkdown, Int
    ) {
        let path = folder + "/index.md"
        guard files.fileExists(path), let file = content.readMarkdown(path, diagnostics: &diagnostics) else {
            return (.empty, 0)
        }
        let front = file.frontMatter(keys: ["title", "description"], example: "title: …")
        PlaceholderCheck.check(file, front: front, Placeholder.introduction)
        let body = file.renderBody(with: markdown, language: language)
        diagnostics += file.reader.diagnostics
        return (body, file.split.bodyLineOffset)
    }

    /// The papers read, the slugs of all the paper files, read or not (for a name that is not a slug, the
    /// slug it is told to become), and by each paper's path the lines of its file before its body.
    private func loadPapers(folder: String, slug: String, language: Language?, diagnostics: inout [Diagnostic]) -> (
        papers: [Paper], slugs: [String], bodyLines: [String: Int]
    ) {
        let reader = PaperReader(markdown: markdown, content: content, language: language)
        var quiet: [Diagnostic] = []
        let slugs = content.markdownFiles(in: folder, diagnostics: &quiet)
        let cache = content.paperCache?.papers(of: slug)
        // Papers are independent: read, parse and render them on all cores.
        let loaded = Parallel.map(slugs.count) { index -> (paper: Paper?, diagnostics: [Diagnostic], lines: Int) in
            let path = folder + "/" + slugs[index] + ".md"
            var diagnostics: [Diagnostic] = []
            guard let data = content.readData(path, diagnostics: &diagnostics) else { return (nil, diagnostics, 0) }
            // The bytes' digest is the cache's key: without a cache (a clean build) it is not needed.
            let bytes = cache.map { _ in Digest(data) }
            if let cache, let bytes, let entry = cache.entry(at: path, file: bytes) {
                content.inputs.record(entry.digests, for: path)
                return (entry.paper, [], Self.bodyLines(entry.paper, data: data))
            }
            guard let file = content.readMarkdown(path, data: data, diagnostics: &diagnostics) else {
                return (nil, diagnostics, 0)
            }
            let paper = reader.read(
                file, slug: slugs[index], folder: folder,
                outputFolder: Routes.workshop(slug).paper(slugs[index]).folder,
                includeDrafts: includeDrafts)
            diagnostics += file.reader.diagnostics
            if let cache, let bytes, let paper, paper.file == nil, diagnostics.isEmpty,
                let digests = content.inputs.digests(path),
                let entry = WorkshopPapers.Entry(file: bytes, paper: paper, digests: digests)
            {
                cache.store(entry, at: path)
            }
            return (paper, diagnostics, file.split.bodyLineOffset)
        }
        diagnostics += loaded.flatMap(\.diagnostics)
        let papers = loaded.compactMap(\.paper)
        // Other files beside the papers are said once it is known which the pages show.
        let entries = (try? files.list(folder)) ?? nil ?? []
        let others = Set(entries.map(\.name).filter { !$0.hasSuffix(".md") })
        _ = content.markdownFiles(in: folder, alsoUsed: others, diagnostics: &diagnostics)
        let named = ((try? files.list(folder)) ?? nil ?? []).filter { $0.name.hasSuffix(".md") }.map {
            Slug.make(from: String($0.name.dropLast(3)).nfc)
        }
        let bodyLines = Dictionary(loaded.compactMap { entry in entry.paper.map { ($0.source, entry.lines) } }) {
            first, _ in first
        }
        return (papers.sorted { ($0.order ?? Int.max, $0.slug) < ($1.order ?? Int.max, $1.slug) }, named, bodyLines)
    }

    /// The lines before a cached paper's body, found again only when the body shows a picture.
    private static func bodyLines(_ paper: Paper, data: Data) -> Int {
        guard paper.body.markdown.contains("!["), case .success(let text) = SourceText.decode(data, path: paper.source),
            case .success(let split) = FrontMatter.split(text)
        else { return 0 }
        return split.bodyLineOffset
    }

    /// Warns about each file in `papers/` (but the papers and the files they offer) that no page shows.
    private func reportUnshownFiles(
        in folder: String, papers: [Paper], shown: Set<String>, diagnostics: inout [Diagnostic]
    ) {
        let offered = Set(papers.compactMap(\.file?.source))
        var quiet: [Diagnostic] = []
        for entry in (try? files.list(folder)) ?? nil ?? [] where !entry.name.hasPrefix(".") {
            let path = folder + "/" + entry.name
            // A link refused here has been said where the papers were listed.
            guard content.admits(entry, at: path, diagnostics: &quiet) else { continue }
            let inside =
                entry.isDirectory
                ? content.copiedFiles(under: path, as: "", diagnostics: &diagnostics).map(\.source)
                : entry.name.hasSuffix(".md") ? [] : [path]
            for file in inside where !shown.contains(file) && !offered.contains(file) {
                diagnostics.append(.warning(SourceLocation(path: file), Self.unshown))
            }
        }
    }

    static let unshown =
        "no page shows this file, so it is not published; show it from a paper beside it "
        + "(`![Sơ đồ](hinh/so-do.png)` for papers/hinh/so-do.png), or move it out of the content folder"

    /// Anything in the workshop folder that Hoithao does not read is said, never skipped silently: a file no page
    /// shows, or a folder none of whose files a page shows, or in a folder that holds a shown picture, each other
    /// file.
    private func reportStrayEntries(in folder: String, shown: Set<String>, diagnostics: inout [Diagnostic]) {
        let known: Set<String> = ["plan.yaml", "index.md", "papers", "documents"]
        for entry in (try? files.list(folder)) ?? nil ?? []
        where !known.contains(entry.name) && !entry.name.hasPrefix(".") {
            let path = folder + "/" + entry.name
            let holdsShown = shown.contains(path) || shown.contains { $0.hasPrefix(path + "/") }
            guard holdsShown else {
                diagnostics.append(
                    .warning(
                        SourceLocation(path: path),
                        "not used: a workshop folder holds plan.yaml, index.md, papers/, documents/ and the pictures "
                            + "its pages show"))
                continue
            }
            guard entry.isDirectory else { continue }
            var quiet: [Diagnostic] = []
            for file in content.copiedFiles(under: path, as: "", diagnostics: &quiet).map(\.source)
            where !shown.contains(file) {
                diagnostics.append(.warning(SourceLocation(path: file), Self.unshown))
            }
        }
    }
}
