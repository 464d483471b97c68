import Foundation
import TestSupport
import Testing

@Suite("The proceedings books in the typefaces site.yaml names")
struct BookFontsCommandTests {
    @Test(
        "`build` embeds the families of `book_fonts` in the book, and no default one in their place; the EPUB names them"
    )
    func chosenFamilies() throws {
        let site = try FixtureSite(fixture: "portal")
        let yaml = try String(contentsOfFile: site.contentPath + "/site.yaml", encoding: .utf8)
        try site.write("site.yaml", yaml + "book_fonts:\n  serif: DejaVu Serif\n  sans: DejaVu Sans\n")
        let run = try hoithao(["build", "--theme", Repository.defaultTheme], in: site.root)
        #expect(run.status == 0, "\(run.errors)")
        let fonts = try ReadableText.pdfFonts(site.outputPath + "/hoi-thao-mau/proceedings/hoi-thao-mau-ky-yeu.pdf")
        #expect(fonts.contains("DejaVuSerif"))
        #expect(fonts.contains("DejaVuSans-Bold"))
        #expect(!fonts.contains("NotoSerif") && !fonts.contains("NotoSans"), "\(fonts)")
        let epub = try ReadableText.of(site.outputPath + "/hoi-thao-mau/proceedings/hoi-thao-mau-ky-yeu.epub")
        #expect(epub.contains("body { font-family: \"DejaVu Serif\", serif;"))
        #expect(epub.contains("font-family: \"DejaVu Sans\", sans-serif;"))
    }
}
