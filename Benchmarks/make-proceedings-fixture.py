#!/usr/bin/env python3
"""Writes a Content/ folder with one workshop of 100 Vietnamese papers (about 300 printed pages).

Usage: python3 Benchmarks/make-proceedings-fixture.py OUTPUT_FOLDER [PAPERS]
Deterministic: the same arguments always give the same files.
"""
import os
import random
import sys

SENTENCES = [
    "Người trồng vải ở Lục Ngạn đã áp dụng quy trình VietGAP và ghi chép nhật ký sản xuất đầy đủ.",
    "Kết quả khảo sát cho thấy năng suất bình quân tăng khoảng mười phần trăm so với vụ trước.",
    "Hợp tác xã đóng vai trò cầu nối giữa các hộ sản xuất nhỏ và doanh nghiệp thu mua.",
    "Hệ thống tưới nhỏ giọt giúp tiết kiệm nước trong những tháng mùa khô kéo dài.",
    "Việc truy xuất nguồn gốc bằng mã QR giúp người tiêu dùng tin tưởng hơn vào chất lượng sản phẩm.",
    "Chi phí đầu tư ban đầu vẫn là rào cản lớn nhất đối với các hộ có diện tích nhỏ.",
    "Dữ liệu độ ẩm đất được gửi về điện thoại của người trồng mỗi ngày bằng tin nhắn.",
    "Các chuyên gia khuyến nghị mở rộng mô hình thí điểm sang hai huyện lân cận.",
]
SECTIONS = ["Thực trạng sản xuất", "Khoa học và công nghệ", "Thị trường và chuỗi giá trị", "Chính sách"]
NAMES = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Quốc Đạt", "Phạm Thu Hương", "Hoàng Đức Minh", "Vũ Thị Lan"]


def paragraph(rng, count):
    return " ".join(rng.choice(SENTENCES) for _ in range(count))


def paper(rng, number):
    authors = rng.sample(NAMES, 2)
    lines = [
        "---",
        f"title: \"Tham luận số {number}: Ứng dụng khoa học công nghệ trong sản xuất vải thiều\"",
        "authors:",
    ]
    for name in authors:
        lines += [f"  - name: {name}", "    affiliation: Viện Nghiên cứu Rau quả"]
    lines += [
        f"abstract: {paragraph(rng, 3)}",
        "keywords: [vải thiều, khoa học công nghệ]",
        f"section: {SECTIONS[(number - 1) * len(SECTIONS) // 100 % len(SECTIONS)]}",
        f"order: {number}",
        "---",
        "",
    ]
    # One to two and a half pages of text, so that with each paper starting on a
    # right-hand page the book comes to about three hundred pages.
    for part in range(rng.randint(3, 5)):
        lines += [f"## Phần {part + 1}. Kết quả và thảo luận", ""]
        for _ in range(rng.randint(2, 3)):
            lines += [paragraph(rng, rng.randint(3, 6)), ""]
        if part % 3 == 1:
            lines += ["- Tiết kiệm nước tưới;", "- Giảm chi phí phân bón;", "  - nhất là đạm;", ""]
        if part % 4 == 2:
            lines += ["> Ý kiến của một nông dân: **giá bán** ổn định hơn nhờ liên kết.", ""]
    return "\n".join(lines) + "\n"


def main():
    root = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    rng = random.Random(20200522)
    folder = os.path.join(root, "workshops", "ky-yeu-100")
    os.makedirs(os.path.join(folder, "papers"), exist_ok=True)
    files = {
        os.path.join(root, "site.yaml"): "name: Cổng hội thảo\nhost: Sở Khoa học và Công nghệ\nlanguage: vi\n",
        os.path.join(folder, "plan.yaml"): (
            "title: Hội thảo khoa học về phát triển vùng vải thiều Lục Ngạn\n"
            "date: 22/5/2020\nvenue:\n  name: Hội trường tầng 5\n  address: Thành phố Bắc Giang\n"
        ),
        os.path.join(folder, "index.md"): paragraph(rng, 8) + "\n",
    }
    for number in range(1, count + 1):
        files[os.path.join(folder, "papers", f"bai-{number:03d}.md")] = paper(rng, number)
    for path, text in files.items():
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)


if __name__ == "__main__":
    main()
