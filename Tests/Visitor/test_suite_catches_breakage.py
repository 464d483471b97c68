"""The visitor checks themselves: a deliberately broken page must fail each of them."""
import functools
import http.server
import shutil
import subprocess
import threading

from visitor_checks import (REPOSITORY, axe_violations, broken_links, console_errors, file_url_problems, focus_walk,
                            foreign_requests, horizontal_overflow, nu_errors, open_page)

BROKEN_PAGE = """{{<base}}
{{$main}}
<h1>{{title}}</h1>
<p><img src="khong-co.png"> <a href="../nowhere/index.html">hỏng</a></p>
<ul><p>not a list item</p></ul>
{{/main}}
{{/base}}
"""


def build_with_page(tmp_path, main):
    """The sample portal built with free pages whose main part is `main`; returns (content, the page's file)."""
    content = tmp_path / "Content"
    shutil.copytree(REPOSITORY / "Content", content)
    (content / "templates").mkdir()
    (content / "templates" / "page.mustache").write_text(
        "{{<base}}\n{{$main}}\n" + main + "\n{{/main}}\n{{/base}}\n", encoding="utf-8")
    output = tmp_path / "Output"
    subprocess.run([str(REPOSITORY / ".build" / "debug" / "hoithao"), "build", "--no-books", "--content", str(content),
                    "--output", str(output), "--theme", str(REPOSITORY / "Themes" / "default")],
                   cwd=tmp_path, check=True, capture_output=True)
    return content, output / "gioi-thieu" / "index.html"


def test_a_broken_page_fails_axe_the_console_the_link_check_and_the_nu_checker(browser, tmp_path):
    content = tmp_path / "Content"
    shutil.copytree(REPOSITORY / "Content", content)
    (content / "templates").mkdir()
    (content / "templates" / "page.mustache").write_text(BROKEN_PAGE, encoding="utf-8")
    status, problems = broken_links(content)
    assert status == 1 and "nowhere/index.html" in problems
    output = tmp_path / "Output"
    subprocess.run([str(REPOSITORY / ".build" / "debug" / "hoithao"), "build", "--content", str(content),
                    "--output", str(output), "--theme", str(REPOSITORY / "Themes" / "default")],
                   cwd=tmp_path, check=True, capture_output=True)
    page = (output / "gioi-thieu" / "index.html").as_uri()
    assert "image-alt" in [rule for rule, _ in axe_violations(browser, page)]
    assert any("khong-co.png" in message for message in console_errors(browser, page))
    assert "not allowed as child of element" in nu_errors(output)


def test_a_picture_from_another_server_is_a_foreign_request(browser, tmp_path):
    served = tmp_path / "elsewhere"
    served.mkdir()
    shutil.copy(REPOSITORY / "Content" / "static" / "favicon.svg", served / "logo.svg")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        other = f"http://127.0.0.1:{server.server_address[1]}/"
        _, page = build_with_page(tmp_path, f'<h1>{{{{title}}}}</h1>\n<p><img src="{other}logo.svg" alt="Logo"></p>')
        open_page(browser, page.as_uri())
        base = (tmp_path / "Output").as_uri() + "/"
        assert foreign_requests(browser, base) == [other + "logo.svg"]
    finally:
        server.shutdown()


def test_a_page_wider_than_a_phone_scrolls_sideways(browser, tmp_path):
    _, page = build_with_page(tmp_path, '<h1>{{title}}</h1>\n<p style="width: 900px">Một đoạn rất rộng.</p>')
    open_page(browser, page.as_uri(), 360)
    assert horizontal_overflow(browser, 360) > 0
    open_page(browser, page.as_uri(), 1280)
    assert horizontal_overflow(browser, 1280) == 0


def test_a_link_whose_focus_is_hidden_fails_the_focus_check(browser, tmp_path):
    _, page = build_with_page(
        tmp_path, '<h1>{{title}}</h1>\n<p><a href="../index.html" style="outline: none">Trang chủ</a></p>')
    reached = focus_walk(browser, page.as_uri())
    hidden = [html for html, outlined in reached if not outlined]
    assert len(hidden) == 1 and "outline: none" in hidden[0], reached


def test_a_link_to_a_folder_fails_the_file_url_check(browser, tmp_path):
    _, page = build_with_page(tmp_path, '<h1>{{title}}</h1>\n<p><a href="../vi-du-hoi-thao-mau/">Hội thảo</a></p>')
    problems = file_url_problems(browser, page.as_uri())
    assert len(problems) == 1 and problems[0].endswith("/vi-du-hoi-thao-mau/"), problems
