import Foundation
import HoithaoModel
import Testing

@Suite("CSV as spreadsheets save it")
struct CSVTableTests {
    private func texts(_ csv: String) throws -> [[String]] {
        try CSVTable(Data(csv.utf8)).rows.map { $0.fields.map(\.text) }
    }

    @Test("A byte order mark is dropped and CRLF ends lines")
    func bomAndCRLF() throws {
        let table = try CSVTable(Data([0xEF, 0xBB, 0xBF]) + Data("họ tên,đơn vị\r\nAn,Sở\r\n".utf8))
        #expect(table.rows.map { $0.fields.map(\.text) } == [["họ tên", "đơn vị"], ["An", "Sở"]])
        #expect(table.rows[1].line == 2)
    }

    @Test("Quoted fields keep commas, doubled quotes and line breaks, and the next row counts the lines")
    func quoted() throws {
        let table = try CSVTable(Data("a,b\n\"Sở KH, CN\",\"Công ty \"\"Sao\"\"\nTầng 2\"\nc,d\n".utf8))
        #expect(table.rows[1].fields.map(\.text) == ["Sở KH, CN", "Công ty \"Sao\"\nTầng 2"])
        #expect(table.rows[2].line == 4)
        #expect(table.rows[1].fields[1].column == 13)
    }

    @Test("A semicolon-separated file is read by its first line")
    func semicolons() throws {
        #expect(try texts("họ tên;đơn vị\nAn;Sở, Ban\n") == [["họ tên", "đơn vị"], ["An", "Sở, Ban"]])
    }

    @Test("A row of empty fields is empty; the last line needs no line end")
    func emptyRow() throws {
        let table = try CSVTable(Data("a,b\n,\nc,d".utf8))
        #expect(table.rows.map(\.isEmpty) == [false, true, false])
    }

    @Test("Text is NFC: a name typed on macOS matches one typed on Windows")
    func normalized() throws {
        #expect(try texts("Nguye\u{302}\u{303}n\n") == [["Nguyễn"]])
    }

    @Test("A quote that never closes is an error where it opens")
    func unclosed() {
        #expect {
            try CSVTable(Data("a,b\nAn,\"Sở\n".utf8))
        } throws: { error in
            let failure = error as? CSVTable.Failure
            return failure?.line == 2 && failure?.column == 4 && failure?.message.contains("never ends") == true
        }
    }

    @Test("Text after a closing quote is an error at that text")
    func afterQuote() {
        #expect {
            try CSVTable(Data("\"Sao\" Mai,b\n".utf8))
        } throws: { error in
            (error as? CSVTable.Failure).map { $0.line == 1 && $0.column == 7 } == true
        }
    }

    @Test("Bytes that are not UTF-8 are refused with the line they are on and how to save the file")
    func notUTF8() {
        #expect {
            try CSVTable(Data("a,b\nAn,S".utf8) + Data([0xF5, 0x0A]))
        } throws: { error in
            let failure = error as? CSVTable.Failure
            return failure?.line == 2 && failure?.message.contains("CSV UTF-8") == true
        }
    }
}
