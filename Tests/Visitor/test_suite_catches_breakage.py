"""The visitor checks themselves: a deliberately broken page must fail each of them."""
import shutil
import subprocess

from visitor_checks import REPOSITORY, axe_violations, broken_links, console_errors, nu_errors

BROKEN_PAGE = """{{<base}}
{{$main}}
<h1>{{title}}</h1>
<p><img src="khong-co.png"> <a href="../nowhere/index.html">hỏng</a></p>
<ul><p>not a list item</p></ul>
{{/main}}
{{/base}}
"""


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
