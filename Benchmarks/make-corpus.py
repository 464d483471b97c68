#!/usr/bin/env python3
"""Writes the same generated portal twice: as Hoithao content and as a Hugo site.

Usage: python3 Benchmarks/make-corpus.py OUTPUT_FOLDER WORKSHOPS PAPERS [--seed N]

OUTPUT_FOLDER/hoithao/Content  a Hoithao portal: site.yaml, one free page, WORKSHOPS workshops
                               of PAPERS papers each, full plans (agenda, participants, units)
OUTPUT_FOLDER/hugo             a Hugo site with the same content and minimal layouts of its own
                               that make the same pages (no theme, nothing from the network)

Both sites write 3 + WORKSHOPS × (6 + PAPERS) HTML pages: the home page, 404, the free page,
and per workshop the overview, agenda, participants, venue, organization and proceedings pages
and one page per paper. Deterministic: the same arguments always give the same bytes, so a
benchmark run can be repeated. Used by Benchmarks/compare.sh.
"""
import argparse
import os
import random
import shutil

# ---------------------------------------------------------------------------------------------
# Vietnamese text. Sentences are assembled from parts so that paragraphs differ from paper to
# paper (a corpus of one repeated sentence would flatter any cache in the Markdown parser).

SUBJECTS = [
    "Người trồng vải ở Lục Ngạn", "Hợp tác xã nông nghiệp", "Nhóm nghiên cứu", "Doanh nghiệp thu mua",
    "Trung tâm Khuyến nông tỉnh", "Các hộ sản xuất nhỏ", "Sở Nông nghiệp và Phát triển Nông thôn",
    "Viện Nghiên cứu Rau quả", "Chính quyền địa phương", "Các chuyên gia tham dự hội thảo",
    "Người tiêu dùng ở các thành phố lớn", "Ban quản lý vùng trồng",
]
VERBS = [
    "đã áp dụng", "đang thử nghiệm", "đề xuất mở rộng", "đánh giá cao", "cần tiếp tục hoàn thiện",
    "đã ghi nhận", "khuyến nghị nhân rộng", "gặp nhiều khó khăn khi triển khai", "đã đầu tư cho",
    "chưa có đủ nguồn lực để duy trì",
]
OBJECTS = [
    "quy trình sản xuất theo tiêu chuẩn VietGAP", "hệ thống tưới nhỏ giọt tiết kiệm nước",
    "mã QR truy xuất nguồn gốc sản phẩm", "mạng cảm biến độ ẩm đất giá rẻ",
    "chuỗi liên kết giữa nông dân và doanh nghiệp", "kho lạnh bảo quản sau thu hoạch",
    "nhật ký điện tử ghi chép quá trình canh tác", "biện pháp phòng trừ sâu bệnh sinh học",
    "sàn giao dịch nông sản trực tuyến", "mô hình cụm tương hỗ trong tiêu thụ vải thiều",
    "chương trình tập huấn kỹ thuật cho nông dân", "bản đồ số vùng trồng được cấp mã",
]
ENDINGS = [
    "trong vụ thu hoạch năm nay", "ở ba huyện trọng điểm của tỉnh", "với sự hỗ trợ của ngân sách tỉnh",
    "theo hướng bền vững và hiệu quả", "nhằm nâng cao giá trị gia tăng cho sản phẩm",
    "để đáp ứng yêu cầu của thị trường xuất khẩu", "trong điều kiện biến đổi khí hậu",
    "dù chi phí đầu tư ban đầu còn cao", "sau hai năm thực hiện đề tài",
]
FINDINGS = [
    "Kết quả khảo sát cho thấy năng suất bình quân tăng khoảng {n} phần trăm so với vụ trước.",
    "Tỷ lệ hao hụt sau thu hoạch giảm khoảng {n} phần trăm, trên {m} lô được theo dõi.",
    "Có {n} hộ trên tổng số {m} hộ được khảo sát đã ghi chép nhật ký sản xuất đầy đủ.",
    "Giá bán bình quân đạt {n} nghìn đồng một ki-lô-gam, cao hơn {m} phần trăm so với năm trước.",
    "Lượng nước tưới giảm khoảng {n} phần trăm mà không ảnh hưởng đến chất lượng quả.",
]
HEADINGS_2 = [
    "Đặt vấn đề", "Tổng quan tình hình nghiên cứu", "Phương pháp nghiên cứu", "Kết quả nghiên cứu",
    "Thảo luận", "Kiến nghị và đề xuất", "Kết luận",
]
HEADINGS_3 = [
    "Địa điểm và thời gian", "Thu thập số liệu", "Phân tích số liệu", "Hiệu quả kinh tế",
    "Tác động xã hội", "Những hạn chế", "Bài học kinh nghiệm", "Định hướng tiếp theo",
]
LIST_ITEMS = [
    "tiết kiệm nước tưới trong mùa khô", "giảm chi phí phân bón hóa học", "nâng cao chất lượng quả",
    "mở rộng thị trường tiêu thụ", "tăng thu nhập cho người trồng", "bảo vệ môi trường đất và nước",
    "đào tạo cán bộ kỹ thuật cơ sở", "xây dựng thương hiệu vải thiều", "ứng dụng chuyển đổi số",
]
SUB_ITEMS = ["nhất là phân đạm", "đặc biệt ở vùng đồi", "theo từng lô, từng thửa", "ghi chép hằng ngày"]
TITLE_TOPICS = [
    "Ứng dụng cảm biến độ ẩm đất trong tưới vải thiều", "Truy xuất nguồn gốc vải thiều bằng mã QR",
    "Giải pháp giảm tổn thất sau thu hoạch", "Liên kết chuỗi giá trị vải thiều xuất khẩu",
    "Phòng trừ sâu bệnh hại bằng biện pháp sinh học", "Chuyển đổi số trong hợp tác xã nông nghiệp",
    "Tưới nhỏ giọt cho vườn cây ăn quả vùng đồi", "Bảo quản lạnh và vận chuyển vải tươi",
    "Chính sách hỗ trợ phát triển vùng nguyên liệu", "Thị trường tiêu thụ vải thiều trong nước",
    "Mô hình cụm tương hỗ trong sản xuất nông nghiệp", "Xây dựng thương hiệu nông sản địa phương",
]
WORKSHOP_TOPICS = [
    "Phát triển cụm tương hỗ trong sản xuất và tiêu thụ vải thiều",
    "Ứng dụng khoa học và công nghệ trong nông nghiệp công nghệ cao",
    "Chuyển đổi số trong quản lý vùng trồng cây ăn quả",
    "Giải pháp nâng cao giá trị chuỗi nông sản xuất khẩu",
    "Quản lý tài nguyên nước cho vùng đồi trung du",
    "Liên kết bốn nhà trong phát triển nông nghiệp bền vững",
]
PROVINCES = ["Bắc Giang", "Hải Dương", "Hưng Yên", "Sơn La", "Lạng Sơn", "Thái Nguyên", "Phú Thọ"]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Lý", "Trịnh"]
MIDDLE = ["Văn", "Thị", "Đức", "Quốc", "Thu", "Minh", "Thanh", "Hữu"]
GIVEN = ["An", "Bình", "Chi", "Dũng", "Hà", "Hương", "Lan", "Minh", "Ngọc", "Phúc", "Quân", "Tuấn", "Yến"]
DEGREES = ["TS.", "ThS.", "PGS.TS.", "KS.", "GS.TS."]
AFFILIATIONS = [
    "Viện Nghiên cứu Rau quả", "Trường Đại học Nông Lâm Bắc Giang", "Học viện Nông nghiệp Việt Nam",
    "Viện Bảo vệ thực vật", "Trung tâm Ứng dụng tiến bộ KH&CN", "Viện Nghiên cứu Công nghệ sau Thu hoạch",
    "Hợp tác xã Vải thiều Lục Ngạn", "Công ty CP Xuất nhập khẩu Nông sản",
]
SECTIONS = ["Thực trạng sản xuất", "Khoa học và công nghệ", "Thị trường và chuỗi giá trị", "Chính sách"]


def person(rng):
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def sentence(rng):
    if rng.random() < 0.25:
        return rng.choice(FINDINGS).format(n=rng.randint(5, 60), m=rng.randint(61, 200))
    text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(ENDINGS)}."
    # Inline Markdown now and then: emphasis, strong emphasis, a link, inline code.
    roll = rng.random()
    if roll < 0.12:
        words = text.split(" ")
        i = rng.randrange(1, len(words) - 1)
        words[i] = f"*{words[i]}*"
        text = " ".join(words)
    elif roll < 0.22:
        words = text.split(" ")
        i = rng.randrange(1, len(words) - 2)
        words[i] = f"**{words[i]} {words[i + 1]}**"
        del words[i + 1]
        text = " ".join(words)
    elif roll < 0.28:
        text += f" Xem thêm [báo cáo tổng kết](https://example.vn/bao-cao/{rng.randint(100, 999)})."
    elif roll < 0.31:
        text += f" Dữ liệu lưu trong tệp `so-lieu-{rng.randint(1, 99)}.csv`."
    return text


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))


def bullet_list(rng):
    lines = []
    for item in rng.sample(LIST_ITEMS, rng.randint(3, 5)):
        lines.append(f"- {item};")
        if rng.random() < 0.3:
            for sub in rng.sample(SUB_ITEMS, 2):
                lines.append(f"  - {sub};")
    return "\n".join(lines)


def ordered_list(rng):
    return "\n".join(f"{i}. {item.capitalize()}." for i, item in enumerate(rng.sample(LIST_ITEMS, 3), 1))


def code_block(rng):
    rows = [f"{2018 + i},{rng.randint(20, 90)},{rng.randint(100, 900)}" for i in range(4)]
    return "```text\nnam,nang_suat_ta_ha,san_luong_tan\n" + "\n".join(rows) + "\n```"


def paper_body(rng):
    """Markdown of 1.5 to 4 KB (UTF-8 bytes): ## and ### headings, lists (some nested), emphasis,
    links, and a code block in about one paper in five."""
    target = rng.randint(1500, 4000)
    blocks = []
    size = 0
    level3 = iter(rng.sample(HEADINGS_3, len(HEADINGS_3)))
    with_code = rng.random() < 0.2
    for number, heading in enumerate(HEADINGS_2):
        candidates = [f"## {heading}", paragraph(rng)]
        if number % 2 == 1:
            candidates += [f"### {next(level3)}", paragraph(rng), bullet_list(rng)]
            candidates += [f"### {next(level3)}", paragraph(rng)]
        elif number == 2:
            candidates += [ordered_list(rng)]
        if with_code and number == 3:
            candidates += ["Số liệu thu thập được tóm tắt như sau:", code_block(rng)]
        for block in candidates:
            grow = len(block.encode()) + 2
            # Stop at the target size, or before 4 KB, once the second section has begun,
            # never on a bare heading.
            if number >= 1 and (size >= target or size + grow > 4000):
                if blocks[-1].startswith("#"):
                    blocks.pop()
                return "\n\n".join(blocks) + "\n"
            blocks.append(block)
            size += grow
    return "\n\n".join(blocks) + "\n"


def yaml_str(text):
    """A double-quoted YAML scalar (safe for ':' and '#' in the text)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------------------------------------
# One workshop: its plan (the same YAML file for both tools), introduction and papers.

def make_workshop(rng, number, papers_count):
    year = 2019 + number % 10
    month = 1 + rng.randrange(12)
    day = 1 + rng.randrange(27)
    province = rng.choice(PROVINCES)
    topic = rng.choice(WORKSHOP_TOPICS)
    slug = f"hoi-thao-{number:05d}"
    title = f"{topic} tỉnh {province} (lần {number})"
    papers = []
    for order in range(1, papers_count + 1):
        authors = [
            {"name": person(rng), "affiliation": rng.choice(AFFILIATIONS)} for _ in range(rng.randint(1, 3))
        ]
        papers.append({
            "slug": f"tham-luan-{order:03d}",
            "title": f"{rng.choice(TITLE_TOPICS)} (tham luận {order})",
            "authors": authors,
            "abstract": paragraph(rng),
            "keywords": rng.sample(["vải thiều", "cảm biến", "chuỗi giá trị", "truy xuất", "chính sách",
                                    "tưới tiết kiệm", "hợp tác xã"], 3),
            # Papers are grouped by section in the proceedings, in order.
            "section": SECTIONS[(order - 1) * len(SECTIONS) // papers_count],
            "order": order,
            "body": paper_body(rng),
        })

    # The agenda: 22 papers a day at most (a plenary morning and two parallel afternoon
    # sessions), so a workshop lasts ceil(PAPERS / 22) days. Times are in minutes.
    per_day = 22
    days = max(1, -(-papers_count // per_day))
    def hhmm(minutes):
        return f"{minutes // 60}:{minutes % 60:02d}"

    def paper_item(start, paper):
        speaker = paper["authors"][0]
        return [
            f'          - start: "{hhmm(start)}"',
            f'            end: "{hhmm(start + 15)}"',
            f"            title: {yaml_str(paper['title'])}",
            "            kind: paper",
            f"            paper: {paper['slug']}",
            "            speakers:",
            f"              - name: {yaml_str(rng.choice(DEGREES) + ' ' + speaker['name'])}",
            f"                affiliation: {yaml_str(speaker['affiliation'])}",
        ]

    def simple_item(start, end, title, kind, room=None):
        lines = [f'          - start: "{hhmm(start)}"', f'            end: "{hhmm(end)}"',
                 f"            title: {yaml_str(title)}", f"            kind: {kind}"]
        if room:
            lines.append(f"            room: {yaml_str(room)}")
        return lines

    agenda = ["agenda:"]
    for d in range(days):
        today = papers[d * per_day:(d + 1) * per_day]
        morning, afternoon = today[: (len(today) + 1) // 2], today[(len(today) + 1) // 2:]
        agenda += [f'  - date: "{year}-{month:02d}-{day + d:02d}"', "    sessions:",
                   f"      - title: {yaml_str('Phiên toàn thể' + (' (tiếp)' if d else ''))}",
                   "        room: Hội trường A", f"        chair: {yaml_str('GS.TS. ' + person(rng))}",
                   "        items:"]
        t = 7 * 60 + 30
        agenda += simple_item(t, t + 30, "Đón tiếp đại biểu", "registration", "Sảnh tầng 1")
        t += 30
        agenda += simple_item(t, t + 15, "Khai mạc hội thảo" if d == 0 else "Báo cáo tóm tắt ngày trước",
                              "opening" if d == 0 else "other")
        t += 15
        for i, paper in enumerate(morning):
            if i == len(morning) // 2:
                agenda += simple_item(t, t + 15, "Giải lao", "break", "Sảnh tầng 1")
                t += 15
            agenda += paper_item(t, paper)
            t += 15
        agenda += simple_item(11 * 60 + 30, 13 * 60 + 30, "Ăn trưa", "lunch", "Nhà hàng tầng 2")
        halves = [afternoon[: (len(afternoon) + 1) // 2], afternoon[(len(afternoon) + 1) // 2:]]
        for name, room, group in zip("AB", ["Hội trường A", "Phòng họp B"], halves):
            if not group:
                continue
            agenda += [f"      - title: {yaml_str(f'Tiểu ban {name}')}", f"        room: {room}",
                       f"        chair: {yaml_str('TS. ' + person(rng))}", "        items:"]
            t = 13 * 60 + 30
            for paper in group:
                agenda += paper_item(t, paper)
                t += 15
            agenda += simple_item(t, t + 30, "Thảo luận", "discussion")
    end_day = day + days - 1
    categories = []
    for name, count in [("Đại biểu Trung ương", 20), ("Đại biểu tỉnh", 40), ("Viện, trường đại học", 30),
                        ("Doanh nghiệp, hợp tác xã", 25), ("Cơ quan báo chí", 10)]:
        categories += [f"    - name: {name}", f"      count: {count}", "      members:"]
        categories += [f"        - {yaml_str(a)}" for a in rng.sample(AFFILIATIONS, 3)]
    plan = "\n".join([
        f"# Kế hoạch hội thảo số {number} (sinh tự động cho phép đo hiệu năng).",
        f"title: {yaml_str(title)}",
        "language: vi",
        "document:",
        f'  number: "{number}/KH-KHCN"',
        f"  place: {province}",
        f'  date: "{year}-{month:02d}-01"',
        f"  issuer: Sở Khoa học và Công nghệ tỉnh {province}",
        "organizers:",
        f"  - Sở Khoa học và Công nghệ tỉnh {province}",
        f"  - {rng.choice(AFFILIATIONS)}",
        "project:",
        f"  title: {yaml_str('Nghiên cứu ' + rng.choice(OBJECTS) + ' tỉnh ' + province)}",
        "  kind: Nhiệm vụ KH&CN cấp tỉnh",
        f"theme: {yaml_str(topic)}",
        "chairs:",
        f"  - Giám đốc Sở Khoa học và Công nghệ tỉnh {province}",
        "purposes:",
        f"  - {yaml_str(sentence(rng))}",
        f"  - {yaml_str(sentence(rng))}",
        "topics:",
        *[f"  - {yaml_str(o.capitalize())}" for o in rng.sample(OBJECTS, 3)],
        f'date: "{year}-{month:02d}-{day:02d}"',
        *([f'end_date: "{year}-{month:02d}-{end_day:02d}"'] if days > 1 else []),
        'start_time: "7:30"',
        'end_time: "16:30"',
        "part_of_day: all-day",
        "venue:",
        "  name: Hội trường A",
        f"  building: Sở Khoa học và Công nghệ tỉnh {province}",
        f"  address: Đường Lý Tự Trọng, thành phố {province}",
        "  latitude: 21.2731",
        "  longitude: 106.1946",
        "  directions: |",
        f"    {paragraph(rng)}",
        "",
        "    - *Xe buýt:* tuyến 1 và tuyến 3 dừng trước cổng chính.",
        "    - *Ô tô:* gửi xe phía sau tòa nhà.",
        "participants:",
        "  expected: 125",
        "  categories:",
        *categories,
        f"funding: {yaml_str('Từ nguồn kinh phí sự nghiệp khoa học và công nghệ tỉnh ' + province + '.')}",
        "organizing_units:",
        "  - name: Phòng Quản lý Khoa học",
        "    tasks:",
        "      - Xây dựng Kế hoạch, Giấy mời, chương trình và danh sách đại biểu.",
        "      - Tập hợp tham luận, biên tập kỷ yếu.",
        "  - name: Văn phòng Sở",
        "    tasks:",
        "      - Chuẩn bị hội trường, nước uống, biển tên và người đón khách.",
        "recipients:",
        "  - Như thành phần mời;",
        '  - "Lưu: VT, QLKH."',
        "signer:",
        "  title: Giám đốc",
        f"  name: {person(rng)}",
        *agenda,
    ]) + "\n"
    intro = "\n\n".join([f"## Giới thiệu hội thảo", paragraph(rng), paragraph(rng), bullet_list(rng)]) + "\n"
    return {"slug": slug, "title": title, "plan": plan, "intro": intro, "papers": papers}


def paper_front_matter(paper):
    lines = ["---", f"title: {yaml_str(paper['title'])}", "authors:"]
    for author in paper["authors"]:
        lines += [f"  - name: {yaml_str(author['name'])}", f"    affiliation: {yaml_str(author['affiliation'])}"]
    lines += [
        f"abstract: {yaml_str(paper['abstract'])}",
        "keywords: [" + ", ".join(paper["keywords"]) + "]",
        f"section: {paper['section']}",
        f"order: {paper['order']}",
        "---",
    ]
    return "\n".join(lines) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


SITE_NAME = "Cổng thông tin hội thảo khoa học (phép đo hiệu năng)"
HOST = "Sở Khoa học và Công nghệ tỉnh Bắc Giang"
DESCRIPTION = "Kế hoạch, chương trình, thành phần đại biểu và kỷ yếu các hội thảo khoa học."
FREE_PAGE = """---
title: Giới thiệu
description: Giới thiệu cổng thông tin.
---
Cổng thông tin đăng kế hoạch, chương trình và kỷ yếu các hội thảo khoa học.

## Liên hệ

Mọi góp ý xin gửi về Sở Khoa học và Công nghệ tỉnh Bắc Giang.
"""


def write_hoithao(root, workshops):
    content = os.path.join(root, "Content")
    write(os.path.join(content, "site.yaml"), "\n".join([
        f"name: {yaml_str(SITE_NAME)}", f"host: {HOST}", f"description: {DESCRIPTION}", "language: vi",
        "timezone: Asia/Ho_Chi_Minh", "contact:", "  email: lienhe@example.vn", "  phone: 0204 000 0000",
        "  address: Đường Lý Tự Trọng, thành phố Bắc Giang", "",
    ]))
    write(os.path.join(content, "pages", "gioi-thieu.md"), FREE_PAGE)
    for ws in workshops:
        folder = os.path.join(content, "workshops", ws["slug"])
        write(os.path.join(folder, "plan.yaml"), ws["plan"])
        write(os.path.join(folder, "index.md"), ws["intro"])
        for paper in ws["papers"]:
            write(os.path.join(folder, "papers", paper["slug"] + ".md"), paper_front_matter(paper) + paper["body"])


# ---------------------------------------------------------------------------------------------
# The Hugo site. The plan is the same plan.yaml, as a data file (data/plans/<slug>.yaml) that the
# layouts read, as Hoithao's templates read the plan; papers keep the same front matter.

HUGO_CONFIG = f"""# Generated by Benchmarks/make-corpus.py: the Hugo twin of the Hoithao corpus.
baseURL = "/"
languageCode = "vi"
title = {SITE_NAME!r}
relativeURLs = true
uglyURLs = false
enableRobotsTXT = true
# Hoithao writes no sitemap or feed without base_url, and has no taxonomies.
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]

[params]
host = {HOST!r}
description = {DESCRIPTION!r}
email = "lienhe@example.vn"
phone = "0204 000 0000"
address = "Đường Lý Tự Trọng, thành phố Bắc Giang"

[markup]
  [markup.goldmark.parser]
    # Vietnamese headings get ASCII anchors, as in Hoithao (## Giới thiệu -> #gioi-thieu).
    autoHeadingIDType = "github-ascii"
  [markup.goldmark.renderer]
    unsafe = false
  [markup.tableOfContents]
    startLevel = 2
    endLevel = 3
    ordered = true
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">
<meta property="og:description" content="{{ . }}">{{ end }}
<meta property="og:title" content="{{ .Title }}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="{{ site.Title }}">
<meta property="og:locale" content="vi_VN">
<link rel="stylesheet" href="{{ "assets/style.css" | relURL }}">
<link rel="icon" href="{{ "favicon.svg" | relURL }}" type="image/svg+xml">
{{ block "head" . }}{{ end }}
</head>
<body>
<a class="skip-link" href="#main">Bỏ qua, đến nội dung chính</a>
<header class="site-header">
<div class="wrap site-header-inner">
<p class="site-name"><a href="{{ "/" | relURL }}">{{ site.Title }}</a></p>
<nav class="site-nav" aria-label="Trang của cổng">
<ul>
<li><a href="{{ "/" | relURL }}"{{ if .IsHome }} aria-current="page"{{ end }}>Trang chủ</a></li>
<li><a href="{{ "/gioi-thieu/" | relURL }}"{{ if eq .RelPermalink "/gioi-thieu/" }} aria-current="page"{{ end }}>Giới thiệu</a></li>
</ul>
</nav>
</div>
</header>
{{ partial "breadcrumb.html" . }}
{{ if and .Section (ne .Section "gioi-thieu") }}{{ partial "workshop-header.html" . }}{{ end }}
<main id="main" class="wrap" tabindex="-1">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer">
<div class="wrap">
<p class="footer-host">{{ site.Params.host }}</p>
<p>{{ site.Params.address }}</p>
<p>Liên hệ: <a href="mailto:{{ site.Params.email }}">{{ site.Params.email }}</a> · {{ site.Params.phone }}</p>
<p class="generator">Trang được tạo bằng Hugo</p>
</div>
</footer>
</body>
</html>
""",
    "partials/breadcrumb.html": """{{ if not .IsHome }}
<nav class="breadcrumb wrap" aria-label="Đường dẫn">
<ol>
{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}<li><span aria-current="page">{{ .Title }}</span></li>
</ol>
</nav>
{{ end }}""",
    "partials/workshop-header.html": """{{ $ws := site.GetPage (printf "/%s" .Section) }}{{ $plan := index site.Data.plans .Section }}
<div class="workshop-header">
<div class="wrap">
{{ if ne $ws . }}<p class="workshop-title"><a href="{{ $ws.RelPermalink }}">{{ $plan.title }}</a></p>{{ end }}
<p class="workshop-meta">{{ partial "dates.html" $plan }} · {{ $plan.venue.name }}, {{ $plan.venue.building }}</p>
<nav class="workshop-nav" aria-label="Các trang của hội thảo">
<ul>
{{ $here := .RelPermalink }}
{{ range slice (slice "" "Tổng quan") (slice "agenda/" "Chương trình") (slice "participants/" "Thành phần đại biểu") (slice "venue/" "Địa điểm") (slice "organization/" "Tổ chức thực hiện") (slice "proceedings/" "Kỷ yếu") }}
{{ $href := printf "/%s/%s" $.Section (index . 0) }}<li><a href="{{ $href | relURL }}"{{ if eq $href $here }} aria-current="page"{{ end }}>{{ index . 1 }}</a></li>
{{ end }}
</ul>
</nav>
</div>
</div>
""",
    "partials/dates.html": """{{ $d := time.AsTime .date }}ngày {{ $d.Day }} tháng {{ int $d.Month }} năm {{ $d.Year }}{{ with .end_date }}{{ $e := time.AsTime . }} – ngày {{ $e.Day }} tháng {{ int $e.Month }} năm {{ $e.Year }}{{ end }}""",
    "partials/list.html": """{{ with . }}<ul>{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}""",
    "partials/facts.html": """<dl class="facts">
<div><dt>Thời gian</dt><dd>{{ .start_time }}{{ with .end_time }}–{{ . }}{{ end }}, {{ partial "dates.html" . }} (GMT+7)</dd></div>
<div><dt>Địa điểm</dt><dd>{{ .venue.name }}, {{ .venue.building }}, {{ .venue.address }}</dd></div>
{{ with .participants.expected }}<div><dt>Số đại biểu dự kiến</dt><dd>{{ . }}</dd></div>{{ end }}
</dl>""",
    "index.html": """{{ define "main" }}
<h1>{{ site.Title }}</h1>
<p class="lead">{{ site.Params.host }}</p>
<p>{{ site.Params.description }}</p>
<section aria-labelledby="upcoming-heading">
<h2 id="upcoming-heading">Hội thảo sắp diễn ra</h2>
<ul class="cards">
{{ range .Sections.ByTitle }}{{ $plan := index site.Data.plans .Section }}{{ if $plan }}{{ if ge (time.AsTime $plan.date).Unix now.Unix }}{{ partial "card.html" (dict "page" . "plan" $plan) }}{{ end }}{{ end }}{{ end }}
</ul>
</section>
<section aria-labelledby="past-heading">
<h2 id="past-heading">Hội thảo đã diễn ra</h2>
<ul class="cards">
{{ range .Sections.ByTitle }}{{ $plan := index site.Data.plans .Section }}{{ if $plan }}{{ if lt (time.AsTime $plan.date).Unix now.Unix }}{{ partial "card.html" (dict "page" . "plan" $plan) }}{{ end }}{{ end }}{{ end }}
</ul>
</section>
{{ end }}""",
    "partials/card.html": """<li class="card">
<h3><a href="{{ .page.RelPermalink }}">{{ .plan.title }}</a></h3>
<p class="card-date"><time datetime="{{ .plan.date }}">{{ partial "dates.html" .plan }}</time></p>
<p class="card-venue">{{ .plan.venue.name }}, {{ .plan.venue.building }}</p>
<p class="card-theme">{{ .plan.theme }}</p>
</li>
""",
    # The workshop overview (content/<slug>/_index.md, layout: workshop).
    "_default/workshop.html": """{{ define "head" }}{{ $plan := index site.Data.plans .Section }}
{{ $events := slice }}{{ range $plan.agenda }}{{ $day := .date }}{{ range .sessions }}{{ range .items }}{{ $events = $events | append (dict "@type" "Event" "name" .title "startDate" (printf "%s %s" $day .start) "endDate" (printf "%s %s" $day .end)) }}{{ end }}{{ end }}{{ end }}
<script type="application/ld+json">
{{ dict "@context" "https://schema.org" "@type" "Event" "name" $plan.title "startDate" $plan.date "location" (dict "@type" "Place" "name" $plan.venue.name "address" $plan.venue.address) "organizer" $plan.organizers "subEvent" $events | jsonify (dict "indent" "  ") | safeJS }}
</script>
{{ end }}{{ define "main" }}{{ $plan := index site.Data.plans .Section }}
<h1>{{ $plan.title }}</h1>
<p class="lead"><span class="label">Chủ đề:</span> {{ $plan.theme }}</p>
<div class="columns">
<div class="column-main">
<p><span class="label">Đề tài:</span> {{ $plan.project.kind }} “{{ $plan.project.title }}”</p>
<h2>Đơn vị tổ chức</h2>
{{ partial "list.html" $plan.organizers }}
<h2>Giới thiệu</h2>
<div class="prose">{{ .Content }}</div>
<h2>Mục đích, yêu cầu</h2>
{{ partial "list.html" $plan.purposes }}
<h2>Những vấn đề cần tập trung làm rõ</h2>
{{ partial "list.html" $plan.topics }}
<h2>Chủ trì hội thảo</h2>
{{ partial "list.html" $plan.chairs }}
</div>
<aside class="column-side">
{{ partial "facts.html" $plan }}
</aside>
</div>
{{ end }}""",
    "_default/agenda.html": """{{ define "main" }}{{ $plan := index site.Data.plans .Section }}{{ $ws := .Section }}
<h1>{{ .Title }}</h1>
<p class="muted">Giờ theo múi giờ GMT+7</p>
{{ range $d, $day := $plan.agenda }}
<section class="agenda-day" id="ngay-{{ add $d 1 }}">
<h2>Ngày {{ (time.AsTime $day.date).Day }} tháng {{ int (time.AsTime $day.date).Month }} năm {{ (time.AsTime $day.date).Year }}</h2>
<div class="sessions">
{{ range $day.sessions }}
<section class="session">
<h3>{{ .title }}</h3>
<p class="session-meta"><span class="label">Phòng:</span> {{ .room }}</p>
{{ with .chair }}<p class="session-meta"><span class="label">Chủ trì:</span> {{ . }}</p>{{ end }}
<ol class="agenda-items">
{{ range .items }}
<li class="agenda-item kind-{{ .kind }}">
<p class="agenda-time">{{ .start }}–{{ .end }}</p>
<div class="agenda-body">
<p class="agenda-kind">{{ .kind }}</p>
<p class="agenda-title">{{ .title }}</p>
{{ with .speakers }}<p class="agenda-speakers"><span class="label">Trình bày:</span> {{ range $i, $s := . }}{{ if $i }}; {{ end }}{{ $s.name }} ({{ $s.affiliation }}){{ end }}</p>{{ end }}
{{ with .room }}<p class="agenda-room"><span class="label">Phòng:</span> {{ . }}</p>{{ end }}
{{ with .paper }}{{ with site.GetPage (printf "/%s/proceedings/%s" $ws .) }}<p class="agenda-paper"><a href="{{ .RelPermalink }}">Tham luận: {{ .Title }}</a></p>{{ end }}{{ end }}
</div>
</li>
{{ end }}
</ol>
</section>
{{ end }}
</div>
</section>
{{ end }}
{{ end }}""",
    "_default/participants.html": """{{ define "main" }}{{ $plan := index site.Data.plans .Section }}
<h1>{{ .Title }}</h1>
<p class="lead">Số đại biểu dự kiến: <strong>{{ $plan.participants.expected }} đại biểu</strong></p>
{{ $total := 0 }}{{ range $plan.participants.categories }}{{ $total = add $total .count }}{{ end }}
<p>Tổng số theo thành phần: <strong>{{ $total }}</strong> / {{ $plan.participants.expected }}</p>
<figure class="chart-figure">
<svg role="img" aria-label="Biểu đồ thành phần đại biểu" viewBox="0 0 400 {{ mul (len $plan.participants.categories) 30 }}" xmlns="http://www.w3.org/2000/svg">
{{ range $i, $c := $plan.participants.categories }}<rect x="160" y="{{ mul $i 30 }}" width="{{ div (mul $c.count 240) $total }}" height="24"></rect><text x="0" y="{{ add (mul $i 30) 16 }}">{{ $c.name }}</text>
{{ end }}</svg>
<figcaption><table><caption>Thành phần đại biểu</caption>
<thead><tr><th scope="col">Thành phần</th><th scope="col">Số lượng</th></tr></thead>
<tbody>{{ range $plan.participants.categories }}<tr><th scope="row">{{ .name }}</th><td>{{ .count }}</td></tr>
{{ end }}</tbody></table></figcaption>
</figure>
{{ range $plan.participants.categories }}
<section class="category">
<h2>{{ .name }} <span class="count">({{ .count }} đại biểu)</span></h2>
{{ partial "list.html" .members }}
</section>
{{ end }}
{{ end }}""",
    "_default/venue.html": """{{ define "main" }}{{ $plan := index site.Data.plans .Section }}
<h1>{{ .Title }}</h1>
{{ partial "facts.html" $plan }}
<p><a href="https://www.openstreetmap.org/?mlat={{ $plan.venue.latitude }}&amp;mlon={{ $plan.venue.longitude }}" rel="external">Xem bản đồ</a> <span class="muted">(tọa độ: {{ $plan.venue.latitude }}, {{ $plan.venue.longitude }})</span></p>
<h2>Chỉ dẫn đường đi</h2>
<div class="prose">{{ $plan.venue.directions | markdownify }}</div>
{{ end }}""",
    "_default/organization.html": """{{ define "main" }}{{ $plan := index site.Data.plans .Section }}
<h1>{{ .Title }}</h1>
<h2>Đơn vị tổ chức</h2>
{{ partial "list.html" $plan.organizers }}
<h2>Chủ trì hội thảo</h2>
{{ partial "list.html" $plan.chairs }}
<h2>Tổ chức thực hiện</h2>
{{ range $plan.organizing_units }}<section class="unit"><h3>{{ .name }}</h3>{{ partial "list.html" .tasks }}</section>
{{ end }}
<h2>Kinh phí</h2>
<p>{{ $plan.funding }}</p>
<h2>Văn bản kế hoạch</h2>
<dl class="plain">
<div><dt>Số</dt><dd>{{ $plan.document.number }}</dd></div>
<div><dt>Ban hành</dt><dd>{{ $plan.document.place }}, {{ $plan.document.date }}</dd></div>
<div><dt>Cơ quan ban hành</dt><dd>{{ $plan.document.issuer }}</dd></div>
<div><dt>Người ký</dt><dd>{{ $plan.signer.title }} {{ $plan.signer.name }}</dd></div>
</dl>
<h2>Nơi nhận</h2>
{{ partial "list.html" $plan.recipients }}
{{ end }}""",
    # The proceedings (content/<slug>/proceedings/_index.md): papers by section, author index.
    "_default/proceedings.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ range (sort .Pages "Params.order").GroupByParam "section" }}
<section class="paper-section">
<h2>{{ .Key }}</h2>
<ol class="paper-list">
{{ range sort .Pages "Params.order" }}
<li class="paper-summary">
<h3 class="paper-summary-title"><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
<p class="paper-authors">{{ range $i, $a := .Params.authors }}{{ if $i }}, {{ end }}{{ $a.name }}{{ end }}</p>
<p class="muted">{{ range $i, $a := .Params.authors }}{{ if $i }}; {{ end }}{{ $a.affiliation }}{{ end }}</p>
<p class="abstract">{{ .Params.abstract | truncate 300 }}</p>
</li>
{{ end }}
</ol>
</section>
{{ end }}
{{ $index := newScratch }}
{{ range sort .Pages "Params.order" }}{{ $p := . }}{{ range .Params.authors }}{{ $index.Add .name (slice $p) }}{{ end }}{{ end }}
<section class="author-index" aria-labelledby="author-index-heading">
<h2 id="author-index-heading">Danh mục tác giả</h2>
<ul>
{{ range $name, $papers := $index.Values }}<li><span class="author-name">{{ $name }}</span>: {{ range $i, $p := $papers }}{{ if $i }}; {{ end }}<a href="{{ $p.RelPermalink }}">{{ $p.Title }}</a>{{ end }}</li>
{{ end }}
</ul>
</section>
{{ end }}""",
    # A paper: section, title, authors, abstract, table of contents, body, how to cite.
    "_default/single.html": """{{ define "head" }}{{ $plan := index site.Data.plans .Section }}
<meta name="citation_title" content="{{ .Title }}">
{{ range .Params.authors }}<meta name="citation_author" content="{{ .name }}">
<meta name="citation_author_institution" content="{{ .affiliation }}">
{{ end }}<meta name="citation_publication_date" content="{{ (time.AsTime $plan.date).Year }}">
<meta name="citation_conference_title" content="{{ $plan.title }}">
<meta name="citation_keywords" content="{{ delimit .Params.keywords "; " }}">
<meta name="citation_abstract" content="{{ .Params.abstract }}">
{{ end }}{{ define "main" }}{{ $plan := index site.Data.plans .Section }}
<article class="paper">
<header class="paper-header">
<p class="muted">Chủ đề: {{ .Params.section }}</p>
<h1>{{ .Title }}</h1>
<ul class="authors">
{{ range .Params.authors }}<li><span class="author-name">{{ .name }}</span><span class="author-affiliation">, {{ .affiliation }}</span></li>
{{ end }}
</ul>
</header>
<section class="abstract" aria-labelledby="abstract-heading">
<h2 id="abstract-heading">Tóm tắt</h2>
<p>{{ .Params.abstract }}</p>
<p><span class="label">Từ khóa:</span> {{ delimit .Params.keywords ", " }}</p>
</section>
<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">Mục lục</h2>
{{ .TableOfContents }}
</nav>
<div class="prose">
{{ .Content }}
</div>
<section class="cite" aria-labelledby="cite-heading">
<h2 id="cite-heading">Cách trích dẫn</h2>
<p>{{ range $i, $a := .Params.authors }}{{ if $i }}, {{ end }}{{ $a.name }}{{ end }} ({{ (time.AsTime $plan.date).Year }}). {{ .Title }}. Trong: Kỷ yếu hội thảo “{{ $plan.title }}”. {{ $plan.document.place }}.</p>
</section>
</article>
{{ end }}""",
    # Free pages (content/gioi-thieu.md).
    "_default/page.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
<nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading">Mục lục</h2>{{ .TableOfContents }}</nav>
<div class="prose">{{ .Content }}</div>
{{ end }}""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}""",
    "404.html": """{{ define "main" }}<h1>Không tìm thấy trang</h1><p><a href="{{ "/" | relURL }}">Về trang chủ</a></p>{{ end }}""",
}


def write_hugo(root, workshops, stylesheet):
    write(os.path.join(root, "config.toml"), HUGO_CONFIG)
    for name, text in HUGO_LAYOUTS.items():
        write(os.path.join(root, "layouts", name), text)
    write(os.path.join(root, "static", "assets", "style.css"), stylesheet)
    write(os.path.join(root, "static", "favicon.svg"), FAVICON)
    write(os.path.join(root, "content", "_index.md"), f"---\ntitle: {yaml_str(SITE_NAME)}\n---\n")
    write(os.path.join(root, "content", "gioi-thieu.md"), FREE_PAGE.replace("---\ntitle", "---\nlayout: page\ntitle", 1))
    for ws in workshops:
        folder = os.path.join(root, "content", ws["slug"])
        write(os.path.join(root, "data", "plans", ws["slug"] + ".yaml"), ws["plan"])
        write(os.path.join(folder, "_index.md"), f"---\ntitle: {yaml_str(ws['title'])}\nlayout: workshop\n---\n" + ws["intro"])
        for page, title in [("agenda", "Chương trình"), ("participants", "Thành phần đại biểu"),
                            ("venue", "Địa điểm"), ("organization", "Tổ chức thực hiện")]:
            write(os.path.join(folder, page + ".md"), f"---\ntitle: {title}\nlayout: {page}\n---\n")
        write(os.path.join(folder, "proceedings", "_index.md"), "---\ntitle: Kỷ yếu\nlayout: proceedings\n---\n")
        for paper in ws["papers"]:
            write(os.path.join(folder, "proceedings", paper["slug"] + ".md"),
                  paper_front_matter(paper) + paper["body"])


FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7"/></svg>\n'


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("workshops", type=int)
    parser.add_argument("papers", type=int)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.papers < 1 or args.workshops < 1:
        parser.error("WORKSHOPS and PAPERS must be at least 1")
    # A fresh folder every time: a stale paper left from a bigger corpus would change the count.
    for side in ("hoithao", "hugo"):
        shutil.rmtree(os.path.join(args.output, side), ignore_errors=True)
    rng = random.Random(args.seed)
    workshops = [make_workshop(rng, number, args.papers) for number in range(1, args.workshops + 1)]
    write_hoithao(os.path.join(args.output, "hoithao"), workshops)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "Themes", "default", "assets", "style.css"), encoding="utf-8") as handle:
        stylesheet = handle.read()  # the same stylesheet on both sides
    write_hoithao_static(os.path.join(args.output, "hoithao"))
    write_hugo(os.path.join(args.output, "hugo"), workshops, stylesheet)


def write_hoithao_static(root):
    write(os.path.join(root, "Content", "static", "favicon.svg"), FAVICON)


if __name__ == "__main__":
    main()
