"""Importing roster files into the database: each case a real file, then the stored values."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.roster.conftest import HEADER, make_id, write_csv, write_xlsx

from unionapp.errors import UserError
from unionapp.models import Member, MemberEvent
from unionapp.roster.importer import ImportCancelled, apply_import, import_roster, read_file


def run_import(ctx, path: Path, **kwargs):
    with ctx.session() as session:
        return import_roster(session, path, **kwargs)


def members(ctx) -> dict[str, Member]:
    with ctx.session() as session:
        return {m.name: m for m in session.exec(select(Member)).scalars()}


def event_count(ctx) -> int:
    with ctx.session() as session:
        return session.execute(select(func.count()).select_from(MemberEvent)).scalar_one()


def test_title_rows_and_merged_title_cell(ctx, tmp_path, basic_rows):
    path = write_xlsx(
        tmp_path / "名册.xlsx",
        [["某某公司工会会员名册"], ["（2024年）"], *basic_rows],
        merge="A1:H2",
    )
    result = run_import(ctx, path)
    assert (result.added, result.updated, result.unchanged, result.rejected) == (3, 0, 0, [])
    stored = members(ctx)
    zhang = stored["张三"]
    assert (zhang.department, zhang.phone, zhang.card_number) == ("技术部", "13800138000", "6001")
    assert zhang.id_number == make_id(serial=1)
    assert zhang.join_date == date(2021, 5, 1)
    assert zhang.name_initials.split()[0] == "zs"
    assert stored["单雄信"].status == "退休"
    assert stored["单雄信"].name_pinyin.startswith("shanxiongxin")
    assert stored["李四"].status == "在册"


def test_merged_cells_in_header_area(ctx, tmp_path, basic_rows):
    rows = [["会员名册", "", "", "", "", "", "", ""], *basic_rows]
    path = write_xlsx(tmp_path / "merged.xlsx", rows, merge="A1:D1")
    assert run_import(ctx, path).added == 3


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_csv_encodings(ctx, tmp_path, basic_rows, encoding):
    path = write_csv(tmp_path / "roster.csv", basic_rows, encoding=encoding)
    result = run_import(ctx, path)
    assert result.added == 3
    assert members(ctx)["单雄信"].department == "后勤部"


def test_numeric_id_cells_are_rejected_with_a_fix(ctx, tmp_path):
    rows = [
        HEADER,
        ["张三", "男", "技术部", "13800138000", 110105198001010017, "", "", ""],
        ["李四", "女", "技术部", "13900139000", "1.10105E+17", "", "", ""],
        ["王五", "男", "技术部", "13700137000", make_id(serial=3), "", "", ""],
    ]
    result = run_import(ctx, write_xlsx(tmp_path / "ids.xlsx", rows))
    assert result.added == 1
    rejected = result.to_json()["rejected"]
    assert [r["row"] for r in rejected] == [2, 3]
    for item in rejected:
        assert item["column"] == "身份证号码"
        assert "文本" in item["reason"]
    assert set(members(ctx)) == {"王五"}


def test_full_width_digits_and_lower_case_x(ctx, tmp_path):
    id_x = next(make_id(serial=s) for s in range(1, 200) if make_id(serial=s).endswith("X"))
    rows = [
        HEADER,
        [
            "张　三",
            "男",
            "技术部",
            "１３８００１３８０００",
            id_x.lower(),
            "６００１",
            "２０２１．５．１",
            "",
        ],
    ]
    result = run_import(ctx, write_csv(tmp_path / "fw.csv", rows))
    assert result.added == 1, result.to_json()
    zhang = members(ctx)["张三"]
    assert (zhang.phone, zhang.card_number, zhang.id_number) == ("13800138000", "6001", id_x)
    assert zhang.join_date == date(2021, 5, 1)


def test_each_date_format(ctx, tmp_path):
    values = [44317, "2021.5.1", "2021/05/01", "2021-05-01", "2021年5月1日", datetime(2021, 5, 1)]
    rows = [["姓名", "手机", "入会日期"]]
    rows += [[f"会员{i}", f"1380013800{i}", value] for i, value in enumerate(values)]
    rows.append(["会员九", "13800138009", "2022年3月15日"])
    result = run_import(ctx, write_xlsx(tmp_path / "dates.xlsx", rows))
    assert result.added == len(values) + 1, result.to_json()
    stored = members(ctx)
    assert {stored[f"会员{i}"].join_date for i in range(len(values))} == {date(2021, 5, 1)}
    assert stored["会员九"].join_date == date(2022, 3, 15)


def test_bad_values_reject_the_whole_row(ctx, tmp_path):
    bad_id = make_id(serial=5)[:-1] + ("0" if make_id(serial=5)[-1] != "0" else "1")
    rows = [
        HEADER,
        ["张三", "男", "技术部", "12345", bad_id, "", "", ""],
        ["李四", "女", "技术部", "13900139000", "", "", "2021年2月30日", ""],
        ["", "女", "技术部", "13900139001", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
    ]
    result = run_import(ctx, write_xlsx(tmp_path / "bad.xlsx", rows))
    assert result.added == 0
    problems = result.to_json()["rejected"]
    assert [(p["row"], p["column"]) for p in problems] == [
        (2, "手机号"),
        (2, "身份证号码"),
        (3, "入会日期"),
        (4, "姓名"),
    ]
    assert "校验位" in problems[1]["reason"]
    assert members(ctx) == {}


def test_duplicates_in_the_file_name_the_earlier_row(ctx, tmp_path, basic_rows):
    repeat = list(basic_rows[1])
    repeat[0] = "张叁"
    result = run_import(ctx, write_xlsx(tmp_path / "dup.xlsx", [*basic_rows, repeat]))
    assert result.added == 3
    [problem] = result.to_json()["rejected"]
    assert problem["row"] == 5
    assert "第 2 行" in problem["reason"]


def test_reimport_changes_nothing(ctx, tmp_path, basic_rows):
    path = write_xlsx(tmp_path / "r.xlsx", basic_rows)
    run_import(ctx, path)
    before = members(ctx)
    events = event_count(ctx)
    again = run_import(ctx, path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    after = members(ctx)
    assert {k: v.model_dump() for k, v in after.items()} == {
        k: v.model_dump() for k, v in before.items()
    }
    assert event_count(ctx) == events


def test_changed_rows_update_the_same_person(ctx, tmp_path, basic_rows):
    run_import(ctx, write_xlsx(tmp_path / "a.xlsx", basic_rows))
    changed = [list(row) for row in basic_rows]
    changed[1][2] = "研发部"  # 张三 moves, matched by ID number
    changed[2][7] = "转出"  # 李四 leaves, matched by card number
    changed[2][4] = ""
    result = run_import(ctx, write_xlsx(tmp_path / "b.xlsx", changed))
    assert (result.added, result.updated, result.unchanged) == (0, 2, 1)
    stored = members(ctx)
    assert stored["张三"].department == "研发部"
    assert stored["李四"].status == "转出"
    assert stored["李四"].id_number == make_id(serial=2, male=False)  # a blank keeps the old one
    with ctx.session() as session:
        kinds = session.execute(
            select(MemberEvent.kind, MemberEvent.from_status, MemberEvent.to_status).where(
                MemberEvent.member_id == stored["李四"].id
            )
        ).all()
    assert ("status", "在册", "转出") in [tuple(k) for k in kinds]


def test_same_name_and_phone_is_the_same_person(ctx, tmp_path):
    rows = [["姓名", "手机", "部门"], ["王五", "13700137000", "一部"]]
    run_import(ctx, write_csv(tmp_path / "a.csv", rows))
    rows[1][2] = "二部"
    result = run_import(ctx, write_csv(tmp_path / "b.csv", rows))
    assert (result.added, result.updated) == (0, 1)
    assert members(ctx)["王五"].department == "二部"


def test_card_of_another_person_is_rejected(ctx, tmp_path, basic_rows):
    run_import(ctx, write_xlsx(tmp_path / "a.xlsx", basic_rows))
    rows = [HEADER, ["赵六", "男", "一部", "13600136000", make_id(serial=9), "6001", "", ""]]
    result = run_import(ctx, write_xlsx(tmp_path / "b.xlsx", rows))
    [problem] = result.to_json()["rejected"]
    assert problem["column"] == "会员卡号"
    assert "赵六" not in members(ctx)


def test_dry_run_writes_nothing(ctx, tmp_path, basic_rows):
    result = run_import(ctx, write_xlsx(tmp_path / "a.xlsx", basic_rows), dry_run=True)
    assert result.added == 3
    assert members(ctx) == {}


def test_cancel_writes_nothing(ctx, tmp_path):
    rows = [["姓名", "手机"]] + [[f"会员{i}", f"138{i:08d}"] for i in range(5000)]
    path = write_csv(tmp_path / "big.csv", rows)
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < total  # cancel at the very end, after the writes

    with pytest.raises(ImportCancelled):
        run_import(ctx, path, progress=progress)
    assert calls and members(ctx) == {}


def test_unknown_header_mapping_is_remembered(ctx, tmp_path):
    rows = [["姓名", "工作手机"], ["张三", "13800138000"]]
    path = write_csv(tmp_path / "m.csv", rows)
    with ctx.session() as session:
        read = read_file(session, path)
    assert read.unknown_headers == ["工作手机"]
    run_import(ctx, path, mapping={"工作手机": "phone"})
    assert members(ctx)["张三"].phone == "13800138000"
    with ctx.session() as session:
        assert read_file(session, path).columns["phone"].header_text == "工作手机"


def test_unreadable_files_are_user_errors(ctx, tmp_path):
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UserError, match="另存为"):
        run_import(ctx, tmp_path / "old.xls")
    path = write_csv(tmp_path / "noname.csv", [["部门", "手机"], ["一部", "13800138000"]])
    with pytest.raises(UserError, match="姓名"):
        run_import(ctx, path)


def test_apply_import_reports_progress(ctx, tmp_path, basic_rows):
    path = write_xlsx(tmp_path / "a.xlsx", basic_rows)
    seen = []
    with ctx.session() as session:
        read = read_file(session, path)
        apply_import(session, read, progress=lambda d, t: seen.append((d, t)) or True)
    assert seen[-1][0] == seen[-1][1]


def test_fifty_thousand_rows(ctx, tmp_path):
    count = 50_000
    rows = [["姓名", "部门", "手机", "会员卡号"]]
    rows += [[f"会员{i}", f"{i % 40}部", f"13{i:09d}", str(700000 + i)] for i in range(count)]
    result = run_import(ctx, write_csv(tmp_path / "50k.csv", rows))
    assert (result.added, len(result.rejected)) == (count, 0)
    with ctx.session() as session:
        assert session.execute(select(func.count()).select_from(Member)).scalar_one() == count


def test_dialog_cancel_after_the_last_check_still_writes_nothing(qtbot, ctx, tmp_path, monkeypatch):
    """“取消” pressed while the import finishes (after the importer's last progress check)
    must roll back: the dialog asks once more inside the transaction."""
    from unionapp.ui.common.tasks import set_synchronous
    from unionapp.ui.roster import roster_import_dialog

    path = write_csv(tmp_path / "m.csv", [["姓名", "手机"], ["张三", "13800138000"]])
    real_apply = roster_import_dialog.apply_import

    def apply_then_cancel(session, read, **kwargs):
        result = real_apply(session, read, **kwargs)
        if not kwargs.get("dry_run"):
            kwargs["progress"].__self__.cancelled = True  # the user presses 取消 just now
        return result

    monkeypatch.setattr(roster_import_dialog, "apply_import", apply_then_cancel)
    set_synchronous(True)
    try:
        dialog = roster_import_dialog.RosterImportDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.load_file(path)
        dialog.start_import()
    finally:
        set_synchronous(False)
    assert not dialog.imported and members(ctx) == {}
