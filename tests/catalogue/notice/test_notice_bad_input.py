"""What is not a notice: a plain Chinese message naming the file, or everything listed as unparsed."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from unionapp.catalogue.notice import read_notice_path, read_notice_text
from unionapp.errors import UserError


def test_empty_text_and_empty_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"空"):
        read_notice_text("  \n\n")
    empty = tmp_path / "通知.txt"
    empty.write_bytes(b"")
    with pytest.raises(UserError, match=r"通知\.txt.*空"):
        read_notice_path(empty)


def test_word_file_that_is_not_a_notice(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("部门周例会纪要")
    document.add_paragraph("1. 下周一提交预算表。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "姓名"
    table.cell(1, 0).text = "张三"
    path = tmp_path / "纪要.docx"
    document.save(str(path))
    reading = read_notice_path(path)
    assert reading.programmes == [] and reading.venues == []
    assert reading.year is None and reading.source == {"number": "", "title": ""}
    assert [u["text"] for u in reading.unparsed] == [
        "部门周例会纪要", "1. 下周一提交预算表。", "姓名", "张三",
    ]  # fmt: skip


def test_minutes_with_numbered_sections_are_not_a_notice() -> None:
    text = "会议纪要\n一、上周工作\n二、本周安排\n（一）人员\n1. 张三负责报表\n时间安排：下周\n三、其他"
    reading = read_notice_text(text)
    assert reading.programmes == []
    assert [u["line"] for u in reading.unparsed] == [1, 2, 3, 4, 5, 6, 7]


def test_plain_text_that_is_not_a_notice() -> None:
    reading = read_notice_text("今天天气很好。\n\n明天开会。")
    assert reading.programmes == []
    assert reading.unparsed == [
        {"line": 1, "text": "今天天气很好。"},
        {"line": 3, "text": "明天开会。"},
    ]


def test_binary_garbage(tmp_path: Path) -> None:
    path = tmp_path / "garbage.bin"
    rng = random.Random(14)
    path.write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    with pytest.raises(UserError, match=r"garbage\.bin.*不是文字文件"):
        read_notice_path(path)


def test_pdf_without_text(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "扫描件.pdf"
    page = canvas.Canvas(str(path))
    page.rect(100, 100, 300, 400, fill=1)
    page.save()
    with pytest.raises(UserError, match=r"扫描件\.pdf.*没有文字"):
        read_notice_path(path)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("broken.pdf", b"%PDF-1.4\n1 0 obj garbage", "broken.pdf.*损坏"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "broken.docx.*Word"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "old.doc.*另存为"),
        ("fake.pdf", "这不是PDF".encode(), "fake.pdf.*不是 .pdf"),
    ],
)
def test_damaged_or_unknown_files(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UserError, match=message):
        read_notice_path(path)


def test_spreadsheet_and_picture_are_not_notices(tmp_path: Path) -> None:
    import openpyxl

    workbook = tmp_path / "目录.xlsx"
    openpyxl.Workbook().save(workbook)
    with pytest.raises(UserError, match=r"目录\.xlsx.*不是 Word"):
        read_notice_path(workbook)
    picture = tmp_path / "通知.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(UserError, match=r"通知\.png.*不是文字文件"):
        read_notice_path(picture)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"nothing\.txt"):
        read_notice_path(tmp_path / "nothing.txt")


def test_web_page_that_is_not_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "首页.html"
    path.write_text(
        "<html><head><style>p{}</style></head><body><p>欢迎访问</p><p>联系我们</p></body></html>",
        encoding="utf-8",
    )
    reading = read_notice_path(path)
    assert reading.programmes == []
    assert [u["text"] for u in reading.unparsed] == ["欢迎访问", "联系我们"]
