import HoithaoModel

/// The plan a new workshop starts from: every field present, each explained in Vietnamese and English.
enum PlanTemplate {
    static func text(title: String) -> String {
        typealias Sample = Placeholder
        return """
            # Kế hoạch hội thảo — the workshop's plan.
            # Chỉ `title`, `date` và `venue` là bắt buộc; xoá các trường không dùng.
            # Only `title`, `date` and `venue` are required; delete the fields you do not use.
            # `hoithao build` nhắc từng giá trị mẫu chưa được thay / warns of each sample value not yet replaced.
            # Ngày viết 22/5/2020 hoặc 2020-05-22; giờ viết "7:30" (trong dấu ngoặc kép).
            # Dates are written 22/5/2020 or 2020-05-22; times "7:30" (in quotes).

            title: \(yamlQuoted(title))                  # tên hội thảo / the title
            example: false                       # true: ghi rõ đây là ví dụ / labels it as an example
            draft: false                         # true: chưa đăng (trừ khi --drafts) / not published yet
            language: vi                         # vi hoặc en / vi or en
            status: scheduled                    # scheduled, postponed, cancelled

            document:                            # văn bản Kế hoạch / the plan document
              number: /KH-KHCN                   # số văn bản, giữ nguyên / its number, as written
              place: Bắc Giang                   # nơi ban hành / where it was issued
              date: 5/2020                       # ngày ban hành (có thể thiếu ngày) / issue date
              issuer: Sở Khoa học và Công nghệ   # cơ quan ban hành / issued by

            organizers:                          # đơn vị tổ chức, phối hợp / organizing bodies
              - Sở Khoa học và Công nghệ
            project:                             # nhiệm vụ, đề tài mà hội thảo phục vụ / the research project
              title: \(Sample.projectTitle.text)
              kind: Nhiệm vụ KH&CN cấp tỉnh
            theme: \(Sample.theme.text)           # chủ đề / the theme
            chairs:                              # chủ trì hội thảo / chairs
              - Giám đốc Sở Khoa học và Công nghệ
            purposes:                            # mục đích, yêu cầu / purposes and requirements
              - Lấy ý kiến các nhà khoa học và nhà quản lý.
            topics:                              # những vấn đề cần làm rõ / topics to clarify
              - \(Sample.topics[0].text)
              - \(Sample.topics[1].text)

            date: \(Sample.date.text)                      # ngày (đầu tiên) / the (first) day
            end_date: \(Sample.endDate.text)                  # ngày cuối, nếu nhiều ngày / the last day
            start_time: "7:30"                   # giờ bắt đầu / start time
            end_time: "11:30"                    # giờ kết thúc / end time
            part_of_day: morning                 # morning, afternoon, evening, all-day
            timezone: Asia/Ho_Chi_Minh           # múi giờ IANA / IANA time zone

            venue:                               # địa điểm (bắt buộc) / the venue (required)
              name: \(Sample.venueName.text)               # phòng, hội trường / room or hall
              building: Sở Khoa học và Công nghệ # toà nhà, cơ quan / building
              address: \(Sample.venueAddress.text)
              # latitude: 21.2731                # toạ độ: có liên kết bản đồ / coordinates: a map link
              # longitude: 106.1946
              directions: |                      # chỉ đường (Markdown) / directions (Markdown)
                \(Sample.venueDirections.text)

            participants:                        # thành phần đại biểu / participants
              expected: 70                       # số đại biểu dự kiến / expected delegates
              categories:
                - name: Đại biểu Trung ương
                  count: 20                      # không bắt buộc / optional
                  members:
                    - Bộ Khoa học và Công nghệ
                - name: Đại biểu tỉnh
                  members:
                    - Các Sở, ban, ngành

            funding: Kinh phí sự nghiệp khoa học và công nghệ.   # kinh phí / funding

            organizing_units:                    # tổ chức thực hiện / who does what
              - name: Văn phòng Sở
                tasks:
                  - Chuẩn bị hội trường.

            recipients:                          # nơi nhận / recipients
              - Lưu VT.
            electronic_recipients:               # bản điện tử / electronic copies
              - Lãnh đạo Sở.
            signer:                              # người ký / signed by
              title: Giám đốc
              name: Nguyễn Văn A

            documents: []                        # tên các tệp trong documents/ / titles of files in documents/
            #  - file: ke-hoach.pdf
            #    title: Kế hoạch (bản scan)

            agenda:                              # chương trình / the programme
              - date: 22/5/2030
                items:                           # hoặc `sessions:` khi có phiên song song / or `sessions:`
                  - start: "7:30"
                    end: "8:00"
                    title: Đón tiếp đại biểu
                    kind: registration           # registration, opening, keynote, paper, discussion,
                                                 # break, lunch, closing, other
                  - start: "8:00"
                    duration: 15                 # phút / minutes
                    title: Khai mạc hội thảo
                    kind: opening
                    speakers:
                      - name: Nguyễn Văn A
                        affiliation: Sở Khoa học và Công nghệ

            revisions: []                        # thay đổi sau khi đăng / changes after publication
            #  - date: 20/5/2030
            #    note: Đổi giờ khai mạc
            #    items: [Khai mạc hội thảo]

            """
    }

    /// `text` as a double-quoted YAML scalar.
    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
