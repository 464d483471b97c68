"""Writes the seed Kế hoạch (Markdown) as Word files, the ways organizers make them, with python-docx.

    python3 word-plans.py SEED.md FOLDER

FOLDER/styles.docx: parts as Heading 1, items as Heading 2 or as a bold line ending in ":", no number typed, lists in
the List Bullet style, a header table (agency and number left in one paragraph parted by line breaks, quốc hiệu and
date right) and the recipients and signer in a table.
FOLDER/numbering.docx: parts, items and bullets numbered by Word's own numbering (upperRoman, decimal, bullet).
"""
import re
import sys

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W = nsdecls("w")


def parse(markdown):
    """The seed's blocks: (kind, text) with kind part, item, bullet, para, and the header and tail apart."""
    blocks = []
    for raw in markdown.splitlines():
        text = raw.lstrip("#").strip().replace("*", "")
        if not text:
            continue
        if re.match(r"^(I|II|III|IV|V|VI)\. ", text):
            blocks.append(("part", text.split(". ", 1)[1]))
        elif re.match(r"^\d+\. ", text):
            blocks.append(("item", text))
        elif text.startswith("- "):
            blocks.append(("bullet", text[2:]))
        else:
            blocks.append(("para", text))
    return blocks


def add_numbering(document):
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))


def number(paragraph, level):
    properties = paragraph._p.get_or_add_pPr()
    properties.append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))


def labeled(paragraph, text):
    """ "Thời gian: Buổi sáng …": the label bold, the value not."""
    label, colon, value = text.partition(":")
    if colon and value.strip():
        paragraph.add_run(label + ":").bold = True
        paragraph.add_run(value)
    else:
        paragraph.add_run(text).bold = True


def cell_lines(cell, lines):
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def broken_lines(cell, lines):
    """The lines in one paragraph, parted by manual line breaks (Shift+Enter)."""
    run = cell.paragraphs[0].add_run(lines[0])
    for line in lines[1:]:
        run.add_break()
        run = cell.paragraphs[0].add_run(line)


def write(markdown, path, numbered):
    document = docx.Document()
    if numbered:
        add_numbering(document)
    blocks = parse(markdown)
    header = document.add_table(rows=1, cols=2)
    agency = ["UBND TỈNH BẮC GIANG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "______", blocks[0][1]]
    (cell_lines if numbered else broken_lines)(header.cell(0, 0), agency)
    cell_lines(header.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", blocks[1][1]])
    tail = next(i for i, (_, text) in enumerate(blocks) if text.startswith("Nơi nhận"))
    for kind, text in blocks[2:tail]:
        if kind == "part":
            if numbered:
                paragraph = document.add_paragraph()
                labeled(paragraph, text)
                number(paragraph, 0)
            else:
                document.add_heading(text, level=1)
        elif kind == "item":
            # Typed as "2. Chủ đề Hội thảo: …" when it holds its value; otherwise numbered by Word or by its style.
            untyped = text.split(". ", 1)[1]
            if numbered:
                paragraph = document.add_paragraph()
                labeled(paragraph, untyped)
                number(paragraph, 1)
            elif ":" in untyped.rstrip(":"):
                labeled(document.add_paragraph(), text)
            elif untyped.endswith(":"):
                # "Chủ trì Hội thảo:" as a bold line of its own, numbered by no one.
                document.add_paragraph().add_run(untyped).bold = True
            else:
                document.add_heading(untyped, level=2)
        elif kind == "bullet":
            if numbered:
                number(document.add_paragraph(text), 2)
            else:
                document.add_paragraph(text, style="List Bullet")
        else:
            paragraph = document.add_paragraph()
            paragraph.add_run(text).bold = text.isupper() or text.startswith("Tổ chức Hội thảo")
    recipients = [("- " if kind == "bullet" else "") + text for kind, text in blocks[tail:-2]]
    signature = document.add_table(rows=1, cols=2)
    cell_lines(signature.cell(0, 0), recipients)
    cell_lines(signature.cell(0, 1), [text for _, text in blocks[-2:]])
    document.save(path)


if __name__ == "__main__":
    seed = open(sys.argv[1], encoding="utf-8").read()
    write(seed, sys.argv[2] + "/styles.docx", numbered=False)
    write(seed, sys.argv[2] + "/numbering.docx", numbered=True)
