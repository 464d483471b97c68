"""Writes the Word papers the paper import is tested on, with python-docx, as authors make them.

    python3 word-papers.py FOLDER

FOLDER/bai-viet-kieu.docx: the title in the Title style, authors with superscript affiliation markers and a
corresponding author, "Tóm tắt:" and "Từ khóa:" labels, an English abstract, headings by Heading 1 and 2, Word's
bullets and numbering, bold, italic, m², a line break inside a paragraph, a table with its caption above, a PNG
picture with its caption below, an EMF picture, an equation, two footnotes and a numbered reference list.
FOLDER/bai-viet-so.docx: everything typed: a bold title in capitals, one affiliation for both authors, a "TÓM TẮT"
line over the abstract, headings as numbered bold lines ("1. ĐẶT VẤN ĐỀ", "2.1. Vật liệu"), references as "[1] …".
The .docx files are checked in beside this script, so the Swift tests need no Python; run it again after a change.
"""
import struct
import sys
import tempfile
import zlib

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W = nsdecls("w")
FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def png(width, height):
    """A small PNG: a green field with a darker band, made without any imaging library."""
    rows = b"".join(
        b"\x00" + b"".join(bytes([30, 120 if y < height // 2 else 80, 40]) for _ in range(width))
        for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def footnotes(document, notes):
    body = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/>'
        f'</w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for number, text in enumerate(notes, start=1))
    xml = (f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           f'</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
           f'</w:r></w:p></w:footnote>{body}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def note(paragraph, number):
    paragraph._p.append(parse_xml(
        f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{number}"/></w:r>'))


def runs(paragraph, *pieces):
    """Pieces are text, or (text, "b"/"i"/"bi"/"sup"/"sub")."""
    for piece in pieces:
        text, form = (piece, "") if isinstance(piece, str) else piece
        run = paragraph.add_run(text)
        if form in ("sup", "sub"):
            setattr(run.font, form + "erscript" if form == "sup" else "subscript", True)
        else:
            run.bold = "b" in form or None
            run.italic = "i" in form or None
    return paragraph


def picture(document, path, emf=None):
    run = document.add_paragraph().add_run()
    run.add_picture(path, width=docx.shared.Cm(4))
    properties = run._r.find(".//" + qn("wp:docPr"))
    properties.set("descr", "Bản đồ vùng trồng vải thiều" if emf is None else "Sơ đồ chuỗi giá trị")
    if emf is not None:
        part = Part(PackURI("/word/media/so-do.emf"), "image/x-emf", emf, document.part.package)
        run._r.find(".//" + qn("a:blip")).set(qn("r:embed"), document.part.relate_to(part, RT.IMAGE))


def table(document, rows):
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    grid.style = "Table Grid"
    for cells, row in zip(rows, grid.rows):
        for text, cell in zip(cells, row.cells):
            cell.paragraphs[0].text = text
    return grid


def styled(folder, picture_path):
    document = docx.Document()
    footnotes(document, ["Số liệu của Sở Nông nghiệp và Phát triển nông thôn Bắc Giang.",
                         "Giá bình quân tại vườn, chưa tính vận chuyển."])
    document.add_paragraph("Thực trạng sản xuất và tiêu thụ vải thiều Lục Ngạn", style="Title")
    runs(document.add_paragraph(), "Nguyễn Văn An", ("1,*", "sup"), ", Trần Thị Bình", ("2", "sup"),
         " và Lê Minh Châu", ("1", "sup"))
    runs(document.add_paragraph(), ("1", "sup"), "Viện Nghiên cứu Rau quả, Hà Nội")
    runs(document.add_paragraph(), ("2", "sup"), "Trường Đại học Nông Lâm Bắc Giang")
    runs(document.add_paragraph(), ("*", "sup"), "Tác giả liên hệ: an.nv@example.vn")
    runs(document.add_paragraph(), ("Tóm tắt: ", "b"),
         "Bài viết đánh giá thực trạng sản xuất vải thiều giai đoạn 2015–2019 và đề xuất giải pháp.")
    runs(document.add_paragraph(), ("Từ khóa: ", "b"), "vải thiều; chuỗi giá trị; Lục Ngạn")
    runs(document.add_paragraph(), ("Abstract: ", "b"), ("The paper reviews lychee production in Luc Ngan.", "i"))
    runs(document.add_paragraph(), ("Keywords: ", "b"), "lychee, value chain")
    document.add_heading("Đặt vấn đề", level=1)
    paragraph = runs(document.add_paragraph(), "Vải thiều là cây ăn quả ", ("chủ lực", "b"), " của huyện, với ",
                     ("28.000 ha", "i"), " và năng suất 5 tấn/ha", )
    note(paragraph, 1)
    runs(paragraph, ". Diện tích tính theo m", ("2", "sup"), ", lượng CO", ("2", "sub"), " theo tấn.")
    paragraph = runs(document.add_paragraph(), "Địa chỉ vùng trồng:")
    paragraph.add_run().add_break()
    paragraph.add_run("xã Phượng Sơn, huyện Lục Ngạn")
    paragraph.add_run().add_break()
    paragraph.add_run("tỉnh Bắc Giang")
    document.add_heading("Kết quả và thảo luận", level=1)
    document.add_heading("Diện tích và sản lượng", level=2)
    document.add_paragraph("Các vùng trồng chính:")
    document.add_paragraph("Phượng Sơn, Quý Sơn", style="List Bullet")
    document.add_paragraph("Hồng Giang [vùng đồi] *chính*", style="List Bullet")
    document.add_paragraph("Điều tra 120 hộ", style="List Number")
    document.add_paragraph("Phỏng vấn cán bộ xã", style="List Number")
    document.add_paragraph("Bảng 1. Sản lượng vải thiều theo năm", style="Caption")
    table(document, [["Năm", "Sản lượng (tấn)", "Giá | đồng/kg"], ["2018", "150.000", "12.000"],
                     ["2019", "160.000", ""]])
    paragraph = runs(document.add_paragraph(), "Giá bán tăng đều qua các năm")
    note(paragraph, 2)
    runs(paragraph, ".")
    picture(document, picture_path)
    document.add_paragraph("Hình 1. Bản đồ vùng trồng vải thiều", style="Caption")
    picture(document, picture_path, emf=b"\x01\x00\x00\x00EMF picture")
    document.add_paragraph("Hình 2. Sơ đồ chuỗi giá trị", style="Caption")
    paragraph = document.add_paragraph("Lợi nhuận tính theo công thức ")
    paragraph._p.append(parse_xml(
        '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>P = R − C</m:t>'
        '</m:r></m:oMath>'))
    paragraph.add_run(".")
    document.add_heading("Tài liệu tham khảo", level=1)
    document.add_paragraph("Nguyễn Văn A (2019). Cây vải. NXB Nông nghiệp.", style="List Number 2")
    document.add_paragraph("Trần B (2020). Thị trường vải. Tạp chí Kinh tế, 5, 12–20.", style="List Number 2")
    document.save(folder + "/bai-viet-kieu.docx")


def typed(folder):
    document = docx.Document()
    runs(document.add_paragraph(), ("GIẢI PHÁP PHÁT TRIỂN VẢI THIỀU BỀN VỮNG", "b"))
    document.add_paragraph("Phạm Thị Dung, Hoàng Văn Em")
    document.add_paragraph("Sở Khoa học và Công nghệ Bắc Giang")
    runs(document.add_paragraph(), ("TÓM TẮT", "b"))
    document.add_paragraph("Bài viết đề xuất ba nhóm giải pháp phát triển vải thiều.")
    document.add_paragraph("Từ khóa: vải thiều, bền vững")
    runs(document.add_paragraph(), ("1. ĐẶT VẤN ĐỀ", "b"))
    document.add_paragraph("Sản xuất vải thiều cần bền vững hơn.")
    runs(document.add_paragraph(), ("2. VẬT LIỆU VÀ PHƯƠNG PHÁP", "b"))
    runs(document.add_paragraph(), ("2.1. Vật liệu", "b"))
    document.add_paragraph("1. Giống vải thiều Thanh Hà.")
    runs(document.add_paragraph(), ("TÀI LIỆU THAM KHẢO", "b"))
    document.add_paragraph("[1] Phạm C (2018). Vải thiều Bắc Giang. NXB Khoa học.")
    document.save(folder + "/bai-viet-so.docx")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        with open(scratch + "/vuon.png", "wb") as file:
            file.write(png(40, 20))
        styled(sys.argv[1], scratch + "/vuon.png")
    typed(sys.argv[1])
