/// The fixed parts of a WordprocessingML package (ECMA-376) that `KeHoachWord` writes.
enum WordParts {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/header1.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        </Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationships)/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="\(relationships)/header" Target="header1.xml"/>\
        </Relationships>
        """

    /// Times New Roman at 14 pt, Vietnamese, single-spaced with 6 pt after each paragraph.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="\(main)"><w:docDefaults><w:rPrDefault><w:rPr>\
        <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" \
        w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/>\
        </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="288" w:lineRule="auto"/>\
        </w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr>\
        <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" \
        w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>\
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>\
        </w:styles>
        """

    /// The page number, centred, as a field Word fills in.
    static let pageNumberHeader = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:hdr xmlns:w="\(main)"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
        </w:p></w:hdr>
        """

    static let documentStart = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(main)" xmlns:r="\(relationships)"><w:body>
        """

    /// A4; margins 20 mm above and below, 30 mm left, 15 mm right; the page number from the second page
    /// (`titlePg` with no first-page header leaves the first without one).
    static let section = """
        <w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/>\
        <w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" \
        w:gutter="0"/><w:titlePg/></w:sectPr>
        """

    /// An empty paragraph whose bottom border, indented `indent` twentieths of a point from both sides, is a short
    /// rule under the line above.
    static func rule(indent: Int) -> String {
        "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
            + "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/>"
            + "<w:ind w:left=\"\(indent)\" w:right=\"\(indent)\"/></w:pPr></w:p>"
    }

    /// A table of one row and two cells without borders, `widths` in twentieths of a point.
    static func table(left: [String], right: [String], widths: (Int, Int)) -> String {
        let borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"nil\"/>" }
            .joined()
        func cell(_ paragraphs: [String], _ width: Int) -> String {
            "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>" + paragraphs.joined() + "</w:tc>"
        }
        return "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.0 + widths.1)\" w:type=\"dxa\"/>"
            + "<w:tblBorders>\(borders)</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
            + "<w:tblGrid><w:gridCol w:w=\"\(widths.0)\"/><w:gridCol w:w=\"\(widths.1)\"/></w:tblGrid>"
            + "<w:tr>" + cell(left, widths.0) + cell(right, widths.1) + "</w:tr></w:tbl>"
    }
}
