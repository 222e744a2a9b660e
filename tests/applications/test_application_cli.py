"""``unionapp application new|list|show|pdf`` end to end on a real data folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from unionapp.cli import main


def run(capsys: Any, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(data_dir: Path, capsys: Any) -> Path:
    code, _, _ = run(
        capsys, data_dir, "union", "set", "--name", "某某公司工会委员会",
        "--contact", "李明", "--title", "工会主席", "--phone", "010-65116642",
        "--address", "北京市东城区东四北大街107号",
    )  # fmt: skip
    assert code == 0
    return data_dir


def new(capsys: Any, folder: Path, tmp_path: Path, values: dict[str, Any]) -> dict[str, Any]:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(values, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, folder, "application", "new", "--json-file", str(path), "--json")
    assert code == 0, err
    return json.loads(out)


def test_new_show_list_pdf(capsys: Any, folder: Path, tmp_path: Path) -> None:
    first = new(capsys, folder, tmp_path, {
        "programme": "2023“身边”文化助推活动", "service_time": "2030-05-08T14:00",
        "scale": "100名持工会会员互助服务卡的会员", "phone": "6511",
    })  # fmt: skip
    assert first["id"] == 1
    assert {"rule": "phone", "field": "phone"} in [
        {"rule": w["rule"], "field": w["field"]} for w in first["warnings"]
    ]
    second = new(capsys, folder, tmp_path, {"service_item": "送辅导到身边"})
    code, out, _ = run(capsys, folder, "application", "show", "1", "--json")
    shown = json.loads(out)
    assert code == 0
    assert shown["union_name"] == "某某公司工会委员会"  # from the union profile
    assert shown["provider"] == "北京市劳动人民文化宫"  # from the programme
    assert shown["service_time"] == "2030-05-08T14:00"
    assert shown["status"] == "draft"
    assert all(set(w) == {"rule", "field", "message"} for w in shown["warnings"])

    code, out, _ = run(capsys, folder, "application", "list", "--json")
    assert [row["id"] for row in json.loads(out)] == [second["id"], 1]

    pdf_path = tmp_path / "both.pdf"
    code, out, err = run(capsys, folder, "application", "pdf", "1", "2", "--out", str(pdf_path))
    assert code == 0, err
    with pdfplumber.open(pdf_path) as pdf:
        assert len(pdf.pages) == 2
        assert "送辅导到身边" in pdf.pages[1].extract_text()
    code, out, _ = run(capsys, folder, "application", "show", "1", "--json")
    assert json.loads(out)["status"] == "printed"


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ("{not json", "JSON"),
        ('{"programe": 5}', "programe"),
        ('{"service_time": "2030-02-30T10:00"}', "service_time"),
        ('{"declared_on": "yesterday"}', "declared_on"),
    ],
)
def test_bad_input_exits_1_naming_the_key(
    capsys: Any, folder: Path, tmp_path: Path, content: str, named: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, folder, "application", "new", "--json-file", str(path))
    assert code == 1
    assert named in err
    assert err.count("\n") == 1


def test_pdf_with_unprintable_character_exits_1(capsys: Any, folder: Path, tmp_path: Path) -> None:
    new(capsys, folder, tmp_path, {"contact": "王\U00030000"})
    out_file = tmp_path / "x.pdf"
    code, _, err = run(capsys, folder, "application", "pdf", "1", "--out", str(out_file))
    assert code == 1
    assert "\U00030000" in err and "联系人" in err
    assert not out_file.exists()


def test_unknown_application_exits_1(capsys: Any, folder: Path) -> None:
    code, _, err = run(capsys, folder, "application", "show", "99")
    assert code == 1 and "99" in err


def test_subprocess_end_to_end(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text('{"service_time": "2030-05-08T14:00"}', encoding="utf-8")
    base = [sys.executable, "-m", "unionapp", "--data-dir", str(folder), "application"]
    created = subprocess.run([*base, "new", "--json-file", str(path), "--json"],
                             capture_output=True, text=True, check=True)  # fmt: skip
    assert json.loads(created.stdout)["id"] == 1
    pdf_path = tmp_path / "one.pdf"
    subprocess.run([*base, "pdf", "1", "--out", str(pdf_path)], check=True, capture_output=True)
    with pdfplumber.open(pdf_path) as pdf:
        assert len(pdf.pages) == 1
