"""`hoithao export-plan --docx`: the Kế hoạch as a Word file an officer signs, opened with python-docx, the reader
python's Word tools are built on, and checked against the layout of Nghị định 30/2020/NĐ-CP."""
import pathlib
import re
import shutil
import subprocess
import zipfile

import docx
import pytest
from docx.shared import Pt

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
HOITHAO = REPOSITORY / ".build" / "debug" / "hoithao"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The test portal's plan, with an open number, a supervising agency, a deputy's signature and a February
    date, written twice."""
    root = tmp_path_factory.mktemp("word")
    shutil.copytree(REPOSITORY / "Tests" / "Fixtures" / "portal", root / "Content")
    plan = root / "Content" / "workshops" / "hoi-thao-mau" / "plan.yaml"
    text = plan.read_text().replace("  number: 12/KH-KHCN", "  number: /KH-KHCN")
    text = text.replace("  date: 5/2020", "  date: 5/2/2020\n  supervising_agency: UBND tỉnh Bắc Giang")
    text = text.replace("  title: Giám đốc\n", "  title: KT. Giám đốc, Phó Giám đốc\n")
    plan.write_text(text)
    paths = []
    for name in ("ke-hoach.docx", "lan-hai.docx"):
        subprocess.run([str(HOITHAO), "export-plan", "hoi-thao-mau", "--docx", "--output", name], cwd=root,
                       check=True)
        paths.append(root / name)
    return paths


def test_the_header_table_in_the_official_layout(exported):
    document = docx.Document(str(exported[0]))
    left, right = document.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == [
        "UBND TỈNH BẮC GIANG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số:         /KH-KHCN"]
    assert left.paragraphs[1].runs[0].bold and not left.paragraphs[0].runs[0].bold
    assert [p.text for p in right.paragraphs if p.text] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bắc Giang, ngày 05 tháng 02 năm 2020"]
    assert right.paragraphs[3].runs[0].italic
    rules = [p for p in left.paragraphs + right.paragraphs if "w:pBdr" in p._p.xml]
    assert len(rules) == 2, "a rule under the issuing agency and one under the tiêu ngữ"


def test_page_font_and_margins(exported):
    document = docx.Document(str(exported[0]))
    normal = document.styles["Normal"].font
    assert normal.name == "Times New Roman" and normal.size == Pt(14)
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                  section.right_margin)] == [20, 20, 30, 15]
    assert section.different_first_page_header_footer, "no page number on the first page"
    assert "PAGE" in section.header._element.xml


def test_the_body_and_the_signature(exported):
    document = docx.Document(str(exported[0]))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "KẾ HOẠCH"
    assert texts[1] == "Tổ chức Hội thảo “Vải thiều & thị trường” <thử>"
    assert any(t.startswith("Thực hiện nhiệm vụ KH&CN cấp quốc gia “Nghiên cứu cụm tương hỗ”") for t in texts)
    assert "I. MỤC ĐÍCH, YÊU CẦU" in texts and "VI. KINH PHÍ THỰC HIỆN: Ngân sách sự nghiệp khoa học." in texts
    assert "Phiên 1 (chủ trì: TS. Trần B; phòng: Phòng A)" in texts
    assert not any("Phiên: Phiên" in t for t in texts)
    recipients, signer = document.tables[1].rows[0].cells
    assert [p.text for p in recipients.paragraphs] == ["Nơi nhận:", "- Lưu VT;", "- Bản điện tử: Lãnh đạo Sở."]
    signed = [p.text for p in signer.paragraphs if p.text]
    assert signed == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"]


def test_the_same_plan_gives_the_same_bytes(exported):
    assert exported[0].read_bytes() == exported[1].read_bytes()
    with zipfile.ZipFile(exported[0]) as archive:
        assert archive.testzip() is None
        assert re.search(r"<w:sectPr>.*<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", archive.read("word/document.xml").decode())
