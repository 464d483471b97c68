import Foundation
import HoithaoModel
import HoithaoPrint
import TestSupport
import Testing

/// The 30-name list of the tests: long names, 120-character organizations, a BOM, CRLF, an empty row, a repeat.
let delegateFixture = Repository.root + "/Tests/Fixtures/delegates/dai-bieu-30.csv"

@Suite("Reading a private delegate list")
struct DelegateReaderTests {
    private func read(_ csv: String, path: String = "dai-bieu.csv") -> (delegates: [Delegate]?, messages: [String]) {
        var reader = DelegateReader(path: path)
        let delegates = reader.read(Data(csv.utf8))
        return (delegates, reader.diagnostics.map(\.description))
    }

    @Test("The fixture: 30 delegates, the empty row skipped without a word, the repeat warned at its line")
    func fixture() throws {
        var reader = DelegateReader(path: delegateFixture)
        let read = reader.read()
        let delegates = try #require(read)
        #expect(delegates.count == 30)
        #expect(
            reader.diagnostics.map(\.description) == [
                "\(delegateFixture):24:1: warning: the same delegate as on line 5 (name and organization); only the first "
                    + "is printed, remove this row or tell them apart"
            ])
        let first = delegates[0]
        #expect(first.name == "Công Tằng Tôn Nữ Thị Phương Thảo")
        #expect(first.salutation == "Bà")
        #expect(first.documents == [.invitation, .nameCard, .certificate])
        #expect(delegates[1].documents == DelegateDocument.standard)
        #expect(delegates.contains { $0.organization?.count == 120 })
        #expect(delegates.contains { $0.organization == "Công ty TNHH \"Vải thiều\" Lục Ngạn" })
    }

    @Test("English headers are read as the Vietnamese ones")
    func englishHeaders() {
        let (delegates, messages) = read(
            "Full name,Position,Organization,Group,Salutation,E-mail,Phone,Documents\nAn,GĐ,Sở,A,Ông,a@b.vn,09,badge\n")
        #expect(messages == [])
        #expect(delegates?.first?.organization == "Sở")
        #expect(delegates?.first?.documents == [.nameCard])
    }

    @Test("A list without a name column says which columns to write")
    func noNameColumn() {
        let (delegates, messages) = read("đơn vị,nhóm\nSở,A\n")
        #expect(delegates == nil)
        #expect(
            messages.first?.hasPrefix("dai-bieu.csv:1:1: error: the first row names the columns and needs `họ tên`")
                == true)
    }

    @Test("A row with more values than columns is an error at the first extra value")
    func extraValue() {
        let (delegates, messages) = read("họ tên,đơn vị\nAn,Sở Khoa học, Công nghệ\n")
        #expect(delegates?.isEmpty == true)
        #expect(
            messages.first?.hasPrefix("dai-bieu.csv:2:16: error: this row has 3 values and the first row 2 columns")
                == true)
    }

    @Test("A row without a name is an error; an unknown column a warning; an unknown document an error at its value")
    func badRows() {
        let (_, messages) = read("họ tên,ghi nhớ,tài liệu\n,x,\nAn,,giấy mời; bút\n")
        #expect(
            messages == [
                "dai-bieu.csv:1:8: warning: the column `ghi nhớ` is not read; the columns are "
                    + DelegateColumn.headerRow,
                "dai-bieu.csv:2:1: error: this row has no name; write the delegate's full name in the `họ tên` column, or delete the row",
                "dai-bieu.csv:3:5: error: `bút` is not a document Hoithao prints; write `giấy mời`, `thẻ`, `chứng nhận`",
            ])
    }

    @Test("A spreadsheet file is refused with how to save it as CSV")
    func spreadsheet() {
        var reader = DelegateReader(path: "dai-bieu.xlsx")
        #expect(reader.read() == nil)
        #expect(reader.diagnostics.first?.message.contains("CSV UTF-8") == true)
    }
}
