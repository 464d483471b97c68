import Foundation
import TestSupport
import Testing

/// `hoithao new paper WORKSHOP --from bai-viet.docx` on a new site, then `hoithao build`.
@Suite("hoithao new paper --from")
struct PaperFromWordTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoithao-word-\(UUID().uuidString)").path
    let word = Repository.root + "/Tests/Fixtures/import/bai-viet-kieu.docx"
    let slug = "thuc-trang-san-xuat-va-tieu-thu-vai-thieu-luc-ngan"

    @Test("The paper read from Word builds: its page and its PDF have the table, the figure and the notes")
    func builds() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try hoithao(["new", "site", "demo"], in: folder).status == 0)
        let site = folder + "/demo"
        let made = try hoithao(["new", "paper", "hoi-thao-dau-tien", "--from", word], in: site)
        #expect(made.status == 0)
        let papers = "Content/workshops/hoi-thao-dau-tien/papers"
        let lines = made.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Created \(papers)/\(slug).md and 1 picture(s) in \(papers)/\(slug)/.")
        #expect(lines.contains { $0.hasPrefix("  paragraph 33: the picture word/media/so-do.emf") })
        #expect(FileManager.default.fileExists(atPath: "\(site)/\(papers)/\(slug)/hinh-1.png"))
        let build = try hoithao(["build"], in: site)
        #expect(build.status == 0)
        #expect(!build.errors.contains(slug), "\(build.errors)")
        let page = try String(
            contentsOfFile: "\(site)/Output/hoi-thao-dau-tien/proceedings/\(slug)/index.html", encoding: .utf8)
        for part in ["<table", "src=\"hinh-1.png\"", "Hình 1.", "Số liệu của Sở Nông nghiệp", "m<sup>2</sup>"] {
            #expect(page.contains(part), "the page has no \(part)")
        }
        let pdf = "\(site)/Output/hoi-thao-dau-tien/proceedings/\(slug)/\(slug).pdf"
        let text = try ExternalTool.text(["pdftotext", "-layout", pdf, "-"])
        for line in [
            "Bảng 1. Sản lượng vải thiều theo năm", "Hình 1. Bản đồ vùng trồng vải thiều", "Tài liệu tham khảo",
        ] {
            #expect(text.contains(line), "the PDF has no \(line)")
        }
        // Each line the author broke is set as written, not stretched to the text's width.
        let address = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(address.contains("Địa chỉ vùng trồng:"))
        #expect(address.contains("xã Phượng Sơn, huyện Lục Ngạn"))
    }

    @Test("An existing paper is never overwritten; a file that is not .docx is refused with what to do")
    func refusals() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try hoithao(["new", "workshop", "w"], in: folder).status == 0)
        let paper = folder + "/Content/workshops/w/papers/\(slug).md"
        try FileManager.default.createDirectory(
            atPath: (paper as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: paper))
        let again = try hoithao(["new", "paper", "w", "--from", word], in: folder)
        #expect(again.status == 2)
        #expect(
            again.errors.hasPrefix(
                "Content/workshops/w/papers/\(slug).md: error: the paper already exists and Hoithao never overwrites it; "
                    + "move it away, or give the new one another title: `hoithao new paper w \"Another title\" --from"))
        #expect(try String(contentsOfFile: paper, encoding: .utf8) == "mine\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/Content/workshops/w/papers/\(slug)"))
        let pdf = try hoithao(["new", "paper", "w", "--from", "bai-viet.pdf"], in: folder)
        #expect(pdf.status == 1)
        #expect(
            pdf.errors.hasPrefix("bai-viet.pdf: error: a paper is read from a Word file (.docx); save it from Word"))
        let untitled = try hoithao(["new", "paper", "w"], in: folder)
        #expect(untitled.status == 2)
        #expect(untitled.errors.contains("give the paper's title, or --from a Word file to read it from"))
    }
}
