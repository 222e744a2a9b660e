"""``unionapp report`` in-process: files written, JSON figures, the .eml draft, usage errors."""

from __future__ import annotations

import email
import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from unionapp.cli import main

from .conftest import Sample


@pytest.fixture
def data(sample: Sample) -> str:
    sample.ctx.close()  # type: ignore[attr-defined]  # the command opens the folder itself
    return str(sample.ctx.paths.root)  # type: ignore[attr-defined]


def test_pdf_with_json_and_eml(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, eml = tmp_path / "年报.pdf", tmp_path / "年报.eml"
    code = main(
        ["--data-dir", data, "report", "--from", "2024-01-01", "--to", "2024-12-31",
         "--out", str(out), "--json", "--eml", str(eml), "--mail-to", "boss@example.com"]
    )  # fmt: skip
    assert code == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["applications"] == 7
    assert figures["unsent"] == 2
    assert figures["by_status"]["done"] == 3
    assert figures["by_provider"]["甲文化中心"] == 3
    assert figures["by_category"]["未分类"] == 1
    assert [s["id"] for s in figures["services_done"]] == [1, 2, 3]
    assert figures["person_times"] == 45
    assert figures["members_reached"] == 3
    assert out.read_bytes().startswith(b"%PDF")
    message = email.message_from_bytes(eml.read_bytes())
    assert message["To"] == "boss@example.com" and message["X-Unsent"] == "1"
    [attachment] = message.get_payload()[1:]
    assert attachment.get_filename() == "年报.pdf"
    assert attachment.get_payload(decode=True) == out.read_bytes()


def test_xlsx_filtered_text_output(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "体育.xlsx"
    code = main(
        ["--data-dir", data, "report", "--from", "2024-01-01", "--to", "2024-12-31",
         "--out", str(out), "--category", "体育"]
    )  # fmt: skip
    assert code == 0
    text = capsys.readouterr().out
    assert (
        "报送申请 2 件，完成服务 1 场，服务职工 12 人次，参加服务的会员 0 人"
        "（在册会员中 0.0% 参加过服务）" in text
    )
    summary = openpyxl.load_workbook(out)["汇总"]
    assert {r[0]: r[1] for r in summary.iter_rows(values_only=True)}["报送的申请"] == 2


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--out", "x.docx"], "只能是 .pdf 或 .xlsx"),
        (["--out", "x.pdf", "--category", "音乐"], "未知的类别：音乐"),
        (["--out", "x.pdf", "--eml", "x.eml", "--mail-to", "bad"], "收件人邮箱格式不对：bad"),
    ],
)
def test_user_errors(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    args = ["--data-dir", data, "report", "--from", "2024-01-01", "--to", "2024-12-31"]
    extra = [str(tmp_path / e) if e.startswith("x.") else e for e in extra]
    assert main(args + extra) == 1
    assert message in capsys.readouterr().err


def test_end_to_end_subprocess(data: str, tmp_path: Path) -> None:
    out = tmp_path / "q.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "unionapp", "--data-dir", data, "report", "--from", "2024-04-01",
         "--to", "2024-01-01", "--out", str(out)],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "早于开始日期" in result.stderr
    assert not out.exists()


def test_report_period_is_bounded(data_dir, capsys):
    from unionapp.cli import main

    code = main(
        [
            "--data-dir",
            str(data_dir),
            "report",
            "--from",
            "0001-01-01",
            "--to",
            "9999-12-31",
            "--out",
            str(data_dir / "r.pdf"),
        ]
    )
    assert code == 1
    assert "报表期间太长" in capsys.readouterr().err
