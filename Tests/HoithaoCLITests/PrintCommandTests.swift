import Foundation
import TestSupport
import Testing

@Suite("hoithao print and the private delegate list")
struct PrintCommandTests {
    let fixture = Repository.root + "/Tests/Fixtures/delegates/dai-bieu-30.csv"

    @Test("`print sign-in` writes its PDF into In/WORKSHOP beside the content, and says where")
    func printsBesideTheContent() throws {
        let site = try FixtureSite(fixture: "portal")
        let run = try hoithao(["print", "sign-in", "hoi-thao-mau", "--delegates", fixture], in: site.root)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "Wrote In/hoi-thao-mau/danh-sach-ky-ten.pdf\n")
        #expect(FileManager.default.fileExists(atPath: site.root + "/In/hoi-thao-mau/danh-sach-ky-ten.pdf"))
    }

    @Test(
        "An output folder inside Output/ or Content/ is refused with exit 2, and nothing is written",
        arguments: ["Output/in", "Output", "Content/static/in"])
    func refusesPublishedFolders(_ folder: String) throws {
        let site = try FixtureSite(fixture: "portal")
        let run = try hoithao(
            ["print", "sign-in", "hoi-thao-mau", "--delegates", fixture, "--output", folder], in: site.root)
        #expect(run.status == 2)
        #expect(run.errors.contains("\(folder): error: the documents name delegates and must not go into"))
        #expect(!FileManager.default.fileExists(atPath: site.root + "/" + folder + "/danh-sach-ky-ten.pdf"))
    }

    @Test("A delegate list given from inside the content folder is refused with what to do")
    func listInsideContent() throws {
        let site = try FixtureSite(fixture: "portal")
        try site.write("static/khach.csv", "họ tên\nAn\n")
        let run = try hoithao(
            ["print", "sign-in", "hoi-thao-mau", "--delegates", "Content/static/khach.csv"], in: site.root)
        #expect(run.status == 2)
        #expect(
            run.errors.hasPrefix("Content/static/khach.csv: error: a delegate list inside Content/ may be published"))
        #expect(!FileManager.default.fileExists(atPath: site.root + "/In"))
    }

    @Test("A kind made from the delegate list without `--delegates` is a usage error")
    func needsTheList() throws {
        let site = try FixtureSite(fixture: "portal")
        let run = try hoithao(["print", "invitations", "hoi-thao-mau"], in: site.root)
        #expect(run.status == 2)
        #expect(run.errors.contains("add `--delegates dai-bieu/delegates.csv`"))
    }

    @Test("A list with an error stops printing with its place")
    func badList() throws {
        let site = try FixtureSite(fixture: "portal")
        try site.write("../dai-bieu.csv", "họ tên,đơn vị\n\"An,Sở\n")
        let run = try hoithao(["print", "name-cards", "hoi-thao-mau", "--delegates", "dai-bieu.csv"], in: site.root)
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("dai-bieu.csv:2:1: error: this quoted value never ends"))
    }

    @Test("`check --delegates` warns of a category not in the plan, a name too long for a card, a missing organization")
    func checkWarns() throws {
        let site = try FixtureSite(fixture: "portal")
        let long = "Tôn Nữ Thị Hoàng Phương Thảo Nguyên Khánh Linh Ngọc Bích Diễm Châu Minh Nguyệt Thanh Tâm Hồng Nhung"
        try site.write(
            "../dai-bieu.csv",
            "họ tên,đơn vị,nhóm\nAn,Sở,Đại biểu huyện\nBình,,Đại biểu tỉnh\n\(long),Sở,Đại biểu tỉnh\n")
        let run = try hoithao(
            [
                "check", "--no-books", "--theme", Repository.defaultTheme, "--delegates", "dai-bieu.csv", "--workshop",
                "hoi-thao-mau",
            ], in: site.root)
        #expect(run.status == 0)
        let lines = run.errors.split(separator: "\n").map(String.init)
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "dai-bieu.csv:2:7: warning: “Đại biểu huyện” is not one of the plan's participant categories")
            })
        #expect(lines.contains { $0.hasPrefix("dai-bieu.csv:3:1: warning: no `đơn vị`") })
        #expect(
            lines.contains {
                $0.hasPrefix("dai-bieu.csv:4:1: warning: the name needs more than two lines on a table card")
            })
        #expect(lines.count == 3)
        #expect(run.output.hasSuffix("3 warnings.\n"))
    }

    @Test("No mark of a delegate list reaches any file of the built site, in any format")
    func privacy() throws {
        let site = try FixtureSite(fixture: "portal")
        let markers = ["Zqxmarkerten", "zqxmarker@don-vi.invalid", "0999 123 456", "Zqxmarkerdonvi"]
        try site.write(
            "../dai-bieu/delegates.csv",
            "họ tên,đơn vị,email,điện thoại\n\(markers[0]),\(markers[3]),\(markers[1]),\(markers[2])\n")
        for kind in ["sign-in", "invitations", "name-cards", "certificates"] {
            let run = try hoithao(
                ["print", kind, "hoi-thao-mau", "--delegates", "dai-bieu/delegates.csv"], in: site.root)
            #expect(run.status == 0, "\(run.errors)")
        }
        let run = try hoithao(["build", "--theme", Repository.defaultTheme], in: site.root)
        #expect(run.status == 0, "\(run.errors)")
        let files = site.outputFiles()
        #expect(files.contains { $0.hasSuffix(".epub") } && files.contains { $0.hasSuffix(".ics") })
        #expect(files.contains { $0.hasSuffix(".json") } && files.contains { $0.hasSuffix(".xml") })
        for file in files {
            let path = site.outputPath + "/" + file
            let text = file.hasSuffix(".pdf") ? try ReadableText.everything(inPDF: path) : try ReadableText.of(path)
            for marker in markers { #expect(!ReadableText.shows(marker, in: text), "\(marker) in \(file)") }
        }
        let printed = try ReadableText.of(site.root + "/In/hoi-thao-mau/danh-sach-ky-ten.pdf")
        #expect(ReadableText.shows(markers[0], in: printed), "the markers are printed, so a leak would show")
    }

    @Test("A delegate list put in the content folder stops the build, which tells the organizer to move it")
    func listInContent() throws {
        let site = try FixtureSite(fixture: "portal")
        try site.write("static/delegates.csv", "họ tên,đơn vị\nAn,Sở\n")
        let run = try hoithao(["build", "--no-books", "--theme", Repository.defaultTheme], in: site.root)
        #expect(run.status == 1)
        #expect(run.errors.contains("Content/static/delegates.csv: error: a list of delegates is private"))
        #expect(!FileManager.default.fileExists(atPath: site.outputPath + "/delegates.csv"))
    }
}
