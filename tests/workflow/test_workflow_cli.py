"""The same story on the command line: profile, application, PDF, submission, replies, to-do, report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pypdf

from unionapp.cli import main

FORM = {
    "programme": "2023“身边”文化助推活动",
    "contact_title": "工会主席",
    "service_time": "2023-05-08T14:00",
    "scale": "120名持工会会员互助服务卡的会员",
    "needs": "演出约90分钟，礼堂可容纳300人",
    "opinion": "同意申报",
    "declared_on": "2023-04-01",
}


def run(capsys: Any, folder: Path, *args: str) -> Any:
    """Run one command with --json; exit code 0 expected; the parsed output returned."""
    code = main(["--data-dir", str(folder), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def todo_kinds(capsys: Any, folder: Path, today: str) -> list[tuple[str, int | None]]:
    items = run(capsys, folder, "todo", "--today", today)
    return [(item["kind"], item["application_id"]) for item in items if item["application_id"]]


def test_the_whole_story_on_the_command_line(capsys: Any, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    union = run(
        capsys,
        folder,
        "union",
        "set",
        "--name",
        "北京市东城区某某科技有限公司工会委员会",
        "--contact",
        "李明",
        "--phone",
        "010-65116642",
        "--address",
        "北京市东城区东四北大街107号",
    )
    assert union["name"] == "北京市东城区某某科技有限公司工会委员会"

    form = tmp_path / "申请.json"
    form.write_text(json.dumps(FORM, ensure_ascii=False), encoding="utf-8")
    app_id = run(capsys, folder, "application", "new", "--json-file", str(form))["id"]
    shown = run(capsys, folder, "application", "show", str(app_id))
    assert shown["provider"] == "北京市劳动人民文化宫"  # from the programme
    assert shown["location"] == "北京市东城区东四北大街107号"  # from the profile
    assert (shown["status"], shown["deadline"]) == ("draft", "2023-04-14")

    pdf = tmp_path / "申请表.pdf"
    run(capsys, folder, "application", "pdf", str(app_id), "--out", str(pdf))
    page = pypdf.PdfReader(pdf).pages
    assert len(page) == 1 and "演出约90分钟" in page[0].extract_text()
    assert run(capsys, folder, "application", "show", str(app_id))["status"] == "printed"

    run(
        capsys,
        folder,
        "application",
        "submit",
        str(app_id),
        "--date",
        "2023-04-10",
        "--via",
        "现场",
    )
    assert ("reply_overdue", app_id) in todo_kinds(capsys, folder, "2023-04-20")

    run(
        capsys,
        folder,
        "application",
        "reply",
        str(app_id),
        "--status",
        "accepted",
        "--date",
        "2023-04-18",
        "--project-no",
        "SB-2023-17",
    )
    assert todo_kinds(capsys, folder, "2023-04-20") == []
    run(
        capsys,
        folder,
        "application",
        "reply",
        str(app_id),
        "--status",
        "scheduled",
        "--date",
        "2023-04-25",
        "--scheduled",
        "2023-05-08T14:00",
    )
    assert todo_kinds(capsys, folder, "2023-05-04") == [("upcoming", app_id)]
    run(
        capsys,
        folder,
        "application",
        "reply",
        str(app_id),
        "--status",
        "done",
        "--date",
        "2023-05-08",
        "--attendance",
        "86",
    )

    shown = run(capsys, folder, "application", "show", str(app_id))
    assert (shown["status"], shown["project_no"], shown["attendance"]) == ("done", "SB-2023-17", 86)
    # printing is dated today (the real day); the replies carry the dates given above
    statuses = [e["status"] for e in shown["timeline"]]
    assert sorted(statuses) == sorted(["printed", "submitted", "accepted", "scheduled", "done"])
    assert [s for s in statuses if s != "printed"] == ["submitted", "accepted", "scheduled", "done"]
    listed = run(capsys, folder, "application", "list")
    assert [(row["id"], row["status"]) for row in listed] == [(app_id, "done")]

    report = run(
        capsys,
        folder,
        "report",
        "--from",
        "2023-01-01",
        "--to",
        "2023-12-31",
        "--out",
        str(tmp_path / "报表.xlsx"),
    )
    assert report["applications"] == 1
    assert [(s["id"], s["attendance"]) for s in report["services_done"]] == [(app_id, 86)]
    assert report["person_times"] == 86
    assert (tmp_path / "报表.xlsx").stat().st_size > 0
