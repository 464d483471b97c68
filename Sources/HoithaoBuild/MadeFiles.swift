import Foundation
import HoithaoContent
import HoithaoIncremental
import HoithaoMarkdown
import HoithaoModel
import HoithaoProceedings
import HoithaoRoutes
import HoithaoTheme

/// A file made by typesetting or archiving: slow, so it is kept from the last build when its digest is unchanged.
struct MadeFile: Sendable {
    let path: String
    let digest: Digest
    let make: @Sendable () throws -> Data
}

/// Size and SHA-256 of a download, shown next to its link.
struct FileFacts: Sendable, Hashable {
    let byteCount: Int
    let sha256: String

    init(_ data: Data) {
        byteCount = data.count
        sha256 = SHA256.hex(data)
    }
}

/// The proceedings' downloads of every workshop with papers: the book as PDF and EPUB, a PDF per paper,
/// and one zip of the authors' own files.
enum ProceedingsFiles {
    static func made(
        site: Site, theme: Theme, digests: PageDigests, files: FileAccess, parsed: ParsedMarkdown?
    ) -> [MadeFile] {
        let withPapers = site.workshops.indices.filter { !site.workshops[$0].papers.isEmpty }
        // Every book of the site is typeset in one process, so their fallback fonts count together.
        let unusual = BookLayout.unusualCharacters(in: withPapers.lazy.flatMap { site.workshops[$0].bookTexts })
        return withPapers.flatMap { index in
            workshopFiles(
                index, site: site, theme: theme, digests: digests, files: files, parsed: parsed, unusual: unusual)
        }
    }

    private static func workshopFiles(
        _ index: Int, site: Site, theme: Theme, digests: PageDigests, files: FileAccess, parsed: ParsedMarkdown?,
        unusual: String
    ) -> [MadeFile] {
        let workshop = site.workshops[index]
        let language = workshop.plan.language ?? site.config.language
        let strings = theme.strings[language] ?? theme.strings[.vietnamese]
        let labels = ProceedingsLabels(strings: strings?.table ?? [:], months: strings?.months ?? [])
        var layout: BookLayout = site.config.bookPageSize == .a5 ? .a5 : .a4
        let chosen = site.config.bookFonts
        layout.serif = chosen.serif?.family ?? layout.serif
        layout.sans = chosen.sans?.family ?? layout.sans
        layout.mono = chosen.mono?.family ?? layout.mono
        layout.unusualCharacters = unusual
        let proceedings = Proceedings(
            workshop: workshop, site: site.config, labels: labels, layout: layout, parsed: parsed, readFile: files.read)
        let fonts = layout.fontFingerprint
        var made = [
            MadeFile(
                path: workshop.routes.bookPDF, digest: digests.bookDigest(index, typeset: fonts, tag: "pdf"),
                make: { try proceedings.bookPDF() }),
            MadeFile(
                path: workshop.routes.bookEPUB, digest: digests.bookDigest(index, typeset: fonts, tag: "epub"),
                make: { try proceedings.epub() }),
        ]
        for paper in workshop.papers {
            made.append(
                MadeFile(
                    path: workshop.routes(of: paper).pdf,
                    digest: digests.paperPDFDigest(index, paper: paper, typeset: fonts)
                ) {
                    try proceedings.paperPDF(paper)
                })
        }
        let supplied = workshop.papers.compactMap(\.file)
        if !supplied.isEmpty {
            var digest = digests.shared
            digest.add("zip")
            for file in supplied {
                digest.add(file.destination)
                digest.add((try? files.read(file.source)).map { Digest($0) } ?? Digest())
            }
            made.append(
                MadeFile(path: workshop.routes.authorFiles, digest: digest) {
                    let entries = try supplied.map { file in
                        (
                            name: file.destination.split(separator: "/").suffix(2).joined(separator: "/"),
                            data: try files.read(file.source)
                        )
                    }
                    return try AuthorFilesArchive.zip(entries, date: workshop.plan.date)
                })
        }
        return made
    }
}

extension Workshop {
    /// The texts its proceedings book prints, besides the theme's labels.
    var bookTexts: [String] {
        [plan.title, plan.theme ?? "", introduction.markdown]
            + papers.flatMap { paper in
                [paper.title, paper.abstract ?? "", paper.body.markdown] + paper.keywords
                    + paper.authors.flatMap { [$0.name, $0.affiliation ?? ""] }
            }
    }
}
