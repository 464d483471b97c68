import HoithaoMarkdown
import HoithaoModel

/// Reads a paper's front matter and body from `papers/<slug>.md`.
struct PaperReader {
    static let keys = [
        "title", "authors", "abstract", "keywords", "language", "section", "order", "file", "draft",
    ]
    static let authorKeys = ["name", "affiliation", "orcid", "email", "email_public", "phone", "phone_public"]

    let markdown: MarkdownRenderer
    let content: ContentLoader
    /// The workshop's language, which a paper's own `language` overrides.
    let language: Language?

    /// The paper, or nil when it is a draft being left out or has errors (reported to `reader`).
    func read(
        _ document: MarkdownFile, slug: String, folder: String, outputFolder: String, includeDrafts: Bool
    ) -> Paper? {
        guard let root = document.frontMatter(keys: Self.keys, example: "title: …") else { return nil }
        if root.boolean("draft") == true, !includeDrafts { return nil }
        PlaceholderCheck.check(document, front: root, Placeholder.paper)
        let title = root.text("title", required: "Thực trạng sản xuất vải thiều")
        let language: Language? = root.choice("language")
        let authors = root.nodes("authors").enumerated().compactMap { author(root, index: $0, node: $1) }
        guard let title else { return nil }
        return Paper(
            slug: slug, title: title, authors: authors, abstract: root.text("abstract"),
            keywords: root.texts("keywords"), language: language, section: root.text("section"),
            order: root.integer("order", range: NumberRange.order, example: "1"),
            file: attachedFile(root, folder: folder, outputFolder: outputFolder),
            body: document.renderBody(with: markdown, language: language ?? self.language), source: document.path)
    }

    private func author(_ root: YAMLMapping, index: Int, node: YAMLNode) -> Author? {
        if let name = node.scalar?.string.nfc, !name.isEmpty { return Author(name: name) }
        guard
            let author = YAMLMapping(
                node, keyPath: "authors[\(index + 1)].", keys: Self.authorKeys, reader: root.reader),
            let name = author.text("name", required: "Nguyễn Văn A")
        else { return nil }
        let orcid = author.text("orcid")
        if let orcid, !ORCID.isValid(orcid) {
            root.reader.error(
                at: author.value("orcid"),
                "`orcid` \"\(orcid)\" is not a valid ORCID iD; write the 16 digits as `0000-0002-1825-0097`")
        }
        return Author(
            name: name, affiliation: author.text("affiliation"), orcid: orcid.flatMap { ORCID.isValid($0) ? $0 : nil },
            email: author.text("email"), emailIsPublic: author.boolean("email_public") ?? false,
            phone: author.text("phone"), phoneIsPublic: author.boolean("phone_public") ?? false)
    }

    private func attachedFile(_ root: YAMLMapping, folder: String, outputFolder: String) -> CopiedFile? {
        guard let name = root.text("file") else { return nil }
        guard !name.contains("/"), !name.hasPrefix("."),
            let entry = (try? content.files.list(folder))??.first(where: { $0.name == name && !$0.isDirectory })
        else {
            root.reader.error(
                at: root.value("file"),
                "`file` \"\(name)\" is not a file in \(folder)/; put the file next to the paper and write its name, e.g. `file: bai-viet.pdf`"
            )
            return nil
        }
        guard AuthorFile.isPublishable(name) else {
            root.reader.error(
                at: root.value("file"),
                "`file` \"\(name)\" is not a document that can be published beside a paper (Markdown and YAML may hold "
                    + "private fields); offer one of \(AuthorFile.kinds)")
            return nil
        }
        // A link leading outside the content is refused (and said) when the folder is listed.
        var ignored: [Diagnostic] = []
        guard content.admits(entry, at: folder + "/" + name, diagnostics: &ignored) else { return nil }
        return CopiedFile(
            source: folder + "/" + name, destination: outputFolder + "/" + name, byteCount: entry.byteCount)
    }
}

/// ORCID iDs: four groups of four digits, the last character a checksum (ISO 7064 11,2).
enum ORCID {
    static func isValid(_ text: String) -> Bool {
        let characters = Array(text.replacingOccurrences(of: "-", with: ""))
        guard characters.count == 16, text.count == 19, characters.dropLast().allSatisfy(\.isASCII),
            characters.dropLast().allSatisfy(\.isNumber)
        else { return false }
        var total = 0
        for character in characters.dropLast() {
            total = (total + (character.wholeNumberValue ?? 0)) * 2
        }
        let result = (12 - total % 11) % 11
        let check: Character = result == 10 ? "X" : Character(String(result))
        return characters.last == check
    }
}
