import HoithaoMarkdown
import HoithaoModel

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
        reportStrayEntries(in: folder, diagnostics: &diagnostics)
        let planPath = folder + "/plan.yaml"
        guard let text = content.readText(planPath, diagnostics: &diagnostics, required: "title: Hội thảo …") else {
            return nil
        }
        let (papers, paperFiles) = loadPapers(folder: folder + "/papers", slug: slug, diagnostics: &diagnostics)
        let paperSlugs = Set(papers.map(\.slug))
        let reader = YAMLReader(path: planPath)
        let planReader = PlanReader(
            reader: reader, markdown: markdown, defaultTimeZone: defaultTimeZone,
            papers: .init(read: paperSlugs, unread: Set(paperFiles).subtracting(paperSlugs)), customKinds: customKinds)
        let root = reader.root(reader.parse(text), keys: PlanReader.keys, example: "title: Hội thảo …")
        if let root {
            PlaceholderCheck.check(
                root.node, Placeholder.plan + [.workshopTitle(slug: slug), .firstWorkshopTitle], reader: reader)
        }
        let plan = root.flatMap(planReader.read)
        diagnostics += reader.diagnostics
        guard let plan else { return nil }
        if plan.isDraft, !includeDrafts { return nil }
        var refusals: [Diagnostic] = []
        let documents = content.copiedFiles(
            under: folder + "/documents", as: slug + "/documents", diagnostics: &refusals)
        diagnostics += refusals
        let attachments = documents.map { file in
            let name = String(file.destination.dropFirst(slug.count + "/documents/".count))
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
        return Workshop(
            slug: slug, plan: plan, introduction: introduction(folder: folder, diagnostics: &diagnostics),
            papers: papers, attachments: attachments, planPath: planPath)
    }

    private func introduction(folder: String, diagnostics: inout [Diagnostic]) -> RenderedMarkdown {
        let path = folder + "/index.md"
        guard files.fileExists(path), let file = content.readMarkdown(path, diagnostics: &diagnostics) else {
            return .empty
        }
        let front = file.frontMatter(keys: ["title", "description"], example: "title: …")
        PlaceholderCheck.check(file, front: front, Placeholder.introduction)
        diagnostics += file.reader.diagnostics
        return file.renderBody(with: markdown)
    }

    /// The papers read, and the slugs of all the paper files, read or not (for a name that is not a slug, the
    /// slug it is told to become).
    private func loadPapers(folder: String, slug: String, diagnostics: inout [Diagnostic]) -> (
        papers: [Paper], slugs: [String]
    ) {
        let reader = PaperReader(markdown: markdown, content: content)
        var quiet: [Diagnostic] = []
        let slugs = content.markdownFiles(in: folder, diagnostics: &quiet)
        let cache = content.paperCache?.papers(of: slug)
        // Papers are independent: read, parse and render them on all cores.
        let loaded = Parallel.map(slugs.count) { index -> (paper: Paper?, diagnostics: [Diagnostic]) in
            let path = folder + "/" + slugs[index] + ".md"
            var diagnostics: [Diagnostic] = []
            guard let data = content.readData(path, diagnostics: &diagnostics) else { return (nil, diagnostics) }
            // The bytes' digest is the cache's key: without a cache (a clean build) it is not needed.
            let bytes = cache.map { _ in Digest(data) }
            if let cache, let bytes, let entry = cache.entry(at: path, file: bytes) {
                content.digests.record(text: entry.text, front: entry.front, body: entry.body, for: path)
                return (entry.paper, [])
            }
            guard let file = content.readMarkdown(path, data: data, diagnostics: &diagnostics) else {
                return (nil, diagnostics)
            }
            let paper = reader.read(
                file, slug: slugs[index], folder: folder, outputFolder: slug + "/proceedings/" + slugs[index],
                includeDrafts: includeDrafts)
            diagnostics += file.reader.diagnostics
            if let cache, let bytes, let paper, paper.file == nil, diagnostics.isEmpty,
                let text = content.digests.digest(path), let front = content.digests.digest(path + "#front"),
                let body = content.digests.digest(path + "#body")
            {
                cache.store(.init(file: bytes, paper: paper, text: text, front: front, body: body), at: path)
            }
            return (paper, diagnostics)
        }
        diagnostics += loaded.flatMap(\.diagnostics)
        let papers = loaded.compactMap(\.paper)
        // Files next to the papers are fine when a paper offers them; the rest are reported.
        let offered = Set(papers.compactMap { $0.file.map { String($0.source.split(separator: "/").last ?? "") } })
        _ = content.markdownFiles(in: folder, alsoUsed: offered, diagnostics: &diagnostics)
        let named = ((try? files.list(folder)) ?? nil ?? []).filter { $0.name.hasSuffix(".md") }.map {
            Slug.make(from: String($0.name.dropLast(3)).nfc)
        }
        return (papers.sorted { ($0.order ?? Int.max, $0.slug) < ($1.order ?? Int.max, $1.slug) }, named)
    }

    /// Anything in the workshop folder that Hoithao does not read is said, never skipped silently.
    private func reportStrayEntries(in folder: String, diagnostics: inout [Diagnostic]) {
        let known: Set<String> = ["plan.yaml", "index.md", "papers", "documents"]
        for entry in (try? files.list(folder)) ?? nil ?? []
        where !known.contains(entry.name) && !entry.name.hasPrefix(".") {
            diagnostics.append(
                .warning(
                    SourceLocation(path: folder + "/" + entry.name),
                    "not used: a workshop folder holds plan.yaml, index.md, papers/ and documents/"))
        }
    }
}
