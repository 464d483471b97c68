"""`hoithao serve` builds again on every save: a number out of its range in the saved file is an error on the
page, never a crash of the server."""
from test_serve import PLAN, served, wait_for  # noqa: F401 (served is a fixture)

AGENDA = "Content/workshops/vi-du-hoi-thao-mau/plan.yaml"


def save_and_see_errors(base, path, text, expected):
    """Saves `text` into `path`; returns the served page once it shows `expected`."""
    path.write_text(text, encoding="utf-8")
    status, _, body = wait_for(base, lambda result: result[0] == 500 and expected in result[2], 5)
    assert status == 500 and expected in body, body
    return body


def test_saved_numbers_past_int_max_show_errors_and_the_server_keeps_serving(served):
    folder, base = served
    plan, agenda = folder / PLAN, folder / AGENDA
    good_plan, good_agenda = plan.read_text(encoding="utf-8"), agenda.read_text(encoding="utf-8")
    # Two counts that would sum past Int.max.
    big = "      count: 5000000000000000000\n"
    counted = good_plan.replace("    - name: Đại biểu tỉnh\n", "    - name: Đại biểu tỉnh\n" + big)
    counted = counted.replace("    - name: Đại biểu huyện\n", "    - name: Đại biểu huyện\n" + big)
    assert counted.count(big) == 2
    body = save_and_see_errors(base, plan, counted, "must be a whole number from 0 to 1000000")
    assert body.count("must be a whole number from 0 to 1000000") == 2
    plan.write_text(good_plan, encoding="utf-8")
    # A duration of Int.max minutes.
    line = next(number for number, text in enumerate(good_agenda.splitlines(), 1) if "duration: " in text)
    lines = good_agenda.splitlines(keepends=True)
    lines[line - 1] = lines[line - 1].split("duration: ")[0] + "duration: 9223372036854775807\n"
    body = save_and_see_errors(base, agenda, "".join(lines), "must be a whole number from 1 to 1440")
    assert f"plan.yaml:{line}:" in body
    agenda.write_text(good_agenda, encoding="utf-8")
    status, _, body = wait_for(base, lambda result: result[0] == 200, 5)
    assert status == 200
