import Foundation
import HoithaoModel

/// A picture taken out of a Word paper, by the file name it gets in the paper's folder.
public struct PaperPicture: Equatable, Sendable {
    public var name: String
    public var data: Data
}

/// A paper written in Word (`hoithao new paper WORKSHOP --from bai-viet.docx`), as the Markdown file of a paper and
/// the pictures beside it, with what could not be carried over.
public struct WordPaper: Sendable {
    /// The paper's file name without `.md`, from its title; its pictures' folder has the same name.
    public var slug: String
    /// The paper's Markdown: front matter, then the body.
    public var markdown: String
    public var pictures: [PaperPicture]
    /// What could not be carried over or was guessed, each with the paragraph it comes from.
    public var report: [String]

    /// Reads `data`, a .docx; `title`, when given, replaces the document's title.
    public static func read(_ data: Data, title: String? = nil) -> Result<WordPaper, DocumentRefusal> {
        do {
            return .success(try make(data, title: title))
        } catch {
            return .failure(error)
        }
    }

    private static func make(_ data: Data, title given: String?) throws(DocumentRefusal) -> WordPaper {
        let archive = try WordArchive(data)
        guard let document = try archive.part("word/document.xml") else { throw .missingPart("word/document.xml") }
        let styles = WordStyles(try archive.part("word/styles.xml"))
        let body = WordBody(document, styles: styles)
        guard body.isComplete else { throw .notA("Word (.docx)", "word/document.xml is not well-formed XML") }
        var notes: [String: [WordParagraph]] = [:]
        for part in ["word/footnotes.xml", "word/endnotes.xml"] {
            guard let data = try archive.part(part) else { continue }
            for paragraph in WordBody(data, styles: styles).paragraphs {
                if let note = paragraph.note { notes[note, default: []].append(paragraph) }
            }
        }
        let front = PaperFrontMatter(body.paragraphs, styles: styles)
        let title = (given ?? front.title).nfc
        let slug = Slug.shortened(Slug.make(from: title))
        guard !slug.isEmpty else { throw .untitled(title) }
        var writer = PaperBody(
            archive: archive, relationships: WordRelationships(try archive.part("word/_rels/document.xml.rels")),
            styles: styles, numbering: WordNumbering(try archive.part("word/numbering.xml")), notes: notes,
            pictureFolder: slug)
        let rest = body.paragraphs.indices.filter { !front.taken.contains($0) }.map { body.paragraphs[$0] }
        let text = try writer.markdown(rest)
        var report = writer.left
        for index in front.unplaced {
            report.append(
                "paragraph \(body.paragraphs[index].number): “\(PaperBody.plain(body.paragraphs[index].inlines))” "
                    + "lies among the authors but is no name, affiliation or email; it begins the body")
        }
        if front.authors.isEmpty {
            report.append("no authors were found under the title; write them in `authors:`")
        }
        return WordPaper(
            slug: slug, markdown: frontMatter(front, title: title) + text.nfc + "\n", pictures: writer.pictures,
            report: report)
    }

    private static func frontMatter(_ front: PaperFrontMatter, title: String) -> String {
        var yaml = YAMLText()
        yaml.field("title", title)
        if !front.authors.isEmpty {
            yaml.open("authors")
            for author in front.authors {
                yaml.field("name", author.name.nfc, indent: 4, bullet: true)
                yaml.field("affiliation", author.affiliation?.nfc, indent: 4)
                yaml.field("email", author.email, indent: 4)
            }
        }
        yaml.field("abstract", front.abstract?.nfc)
        yaml.list("keywords", front.keywords.map(\.nfc))
        yaml.field("language", front.language)
        return "---\n" + yaml.text + "---\n"
    }
}
