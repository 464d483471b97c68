import HoithaoModel
import Testing
import Yams

@testable import HoithaoContent

/// Texts YAML would misread if they were written plain: indicators, comments, quotes, YAML 1.1's words for true,
/// false and null, every spelling of a number, line breaks of every kind and the characters YAML cannot hold raw.
private let awkwardTexts = [
    "- không phải danh sách", "-5", "? hỏi", ": hai chấm", "Hội thảo: thực trạng", "kết thúc:",
    "# không phải chú thích",
    "vải thiều #1", "\"trong ngoặc\"", "'đơn'", "“ngoặc cong”", "‘cong đơn’", "yes", "No", "ON", "off", "y", "n",
    "true", "False", "null", "~", "<<", "=", "12", "007", "1.5", "1e5", "1_000", "0x1F", "0o17", "0b101", ".inf",
    "-.INF", ".NaN", "7:30", "22/5/2020", "2020-05-22", "+84 912 345 678", "dòng một\ndòng hai", "\ttab đầu",
    "cuối dòng\r\n", "a\u{85}b", "a\u{2028}b\u{2029}c", "mark\u{FEFF}inside", "chuông\u{7}", " khoảng trắng ", "",
    "@tên",
    "`mã`", "%25", "!thẻ", "&neo", "*bí danh", "[ngoặc]", "{ngoặc nhọn}", "a, b", "|khối", ">gấp", "\\ gạch chéo",
    "“cong” \\ gạch chéo",
    "Sở Khoa học và Công nghệ tỉnh Bắc Giang", "Hội thảo khoa học “Giải pháp phát triển vải thiều”",
]

@Suite("One YAML quoter: what it writes reads back as written")
struct YAMLQuotingTests {
    @Test("Yams reads every awkward text back as the same text, not a number, a boolean, null or a list")
    func yamsReadsBack() throws {
        for text in awkwardTexts {
            let document = "value: " + Escape.yaml(text) + "\n"
            let loaded = try Yams.load(yaml: document) as? [String: Any]
            #expect(loaded?["value"] as? String == text, "\(document)")
        }
    }

    @Test("Hoithao's own reader reads every awkward text back as written")
    func hoithaoReadsBack() {
        for text in awkwardTexts {
            let document = "value: " + Escape.yaml(text) + "\n"
            let reader = YAMLReader(path: "plan.yaml")
            let read = reader.parse(document)?.mapping?.first?.value.scalar?.string
            #expect(read == text, "\(document)")
        }
    }

    @Test("Plain Vietnamese text, with its punctuation, stays plain; the quoted form escapes what it must")
    func plainWhenSafe() {
        #expect(
            Escape.yaml("Sở Khoa học và Công nghệ, tỉnh Bắc Giang (2020)")
                == "Sở Khoa học và Công nghệ, tỉnh Bắc Giang (2020)")
        #expect(Escape.yaml("Covid-19") == "Covid-19")
        #expect(Escape.yaml("15h30") == "15h30")
        #expect(Escape.yaml("7:30") == "\"7:30\"")
        #expect(Escape.yamlQuoted("a\"b\\c\nd\u{1}") == "\"a\\\"b\\\\c\\nd\\u0001\"")
    }
}
