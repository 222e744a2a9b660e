"""The PDF parsed back: the figures are there, charts are labelled, no personal data leaks."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pdfplumber
import pytest

from unionapp.errors import UserError
from unionapp.models import Application
from unionapp.reports.figures import compute_figures
from unionapp.reports.pdf import write_report_pdf
from unionapp.reports.period import ReportQuery

from .conftest import SECRET_ID, SECRET_MOBILE, Sample

ID_RE = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
MOBILE_RE = re.compile(r"(?<!\d)1\d{10}(?!\d)")


def render(sample: Sample, tmp_path: Path, **options: object) -> str:
    query = ReportQuery(date(2024, 1, 1), date(2024, 12, 31), **options)  # type: ignore[arg-type]
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        figures = compute_figures(session, query)
    path = write_report_pdf(figures, tmp_path / "报表.pdf")
    with pdfplumber.open(path) as pdf:
        assert all(page.width == pytest.approx(595.28, abs=0.1) for page in pdf.pages)  # A4
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_pdf_shows_the_figures(sample: Sample, tmp_path: Path) -> None:
    text = render(sample, tmp_path)
    squeezed = re.sub(r"\s", "", text)
    assert "北京市东城区某某科技有限公司工会委员会" in squeezed
    assert "2024年职工文体服务项目报表" in squeezed
    for line in ("报送的申请7件", "尚未报送（不计入统计）2件", "已完成服务3场",
                 "服务职工人次45人次", "参加服务的会员（按参加名单，不重复计）3人", "在册会员60人",
                 "在册会员中参加过服务的比例5.0%", "尚未办结3件"):  # fmt: skip
        assert line in squeezed
    # by status, provider, category, programme: shares of the 7 sent
    for row in ("已完成342.9%", "未通过114.3%", "已受理00.0%", "甲文化中心342.9%", "未填写114.3%",
                "文化342.9%", "未分类114.3%", "自办读书会未分类1"):  # fmt: skip
        assert row in squeezed
    # services done with date and attendance, then the total
    for row in ("2024-01-15身边文化助推文化甲文化中心30", "2024-03-10身边文化助推文化甲文化中心3",
                "2024-03-20职工趣味运动会体育乙体育中心12", "合计（人次）45"):  # fmt: skip
        assert row in squeezed
    assert "2024-04-10未通过职工趣味运动会乙体育中心名额已满，请联系139****5678" in squeezed
    # never sent: listed apart, out of every figure
    assert "八、尚未报送的申请（不计入以上统计）" in squeezed
    assert "52024-06-01已撤回普惠观影丙影院" in squeezed
    assert "82024-12-02草稿身边文化助推甲文化中心" in squeezed
    # the charts' Chinese labels
    for label in ("各月报送的申请数（件）", "已报送申请的状态构成", "1月", "12月",
                  "已完成3件（42.9%）"):  # fmt: skip
        assert label in squeezed


def test_pdf_carries_no_id_number_mobile_or_names(sample: Sample, tmp_path: Path) -> None:
    text = render(sample, tmp_path)
    assert not ID_RE.search(text)
    assert not MOBILE_RE.search(text)
    squeezed = re.sub(r"\s", "", text)
    assert SECRET_ID not in squeezed and SECRET_MOBILE not in squeezed
    assert "会员01" not in text


def test_pdf_lists_attendees_only_when_asked(sample: Sample, tmp_path: Path) -> None:
    text = re.sub(r"\s", "", render(sample, tmp_path, list_attendees=True))
    assert "参加人员" in text
    assert "会员01、会员02、会员03" in text
    assert not MOBILE_RE.search(text)


def test_missing_glyph_is_reported_before_rendering(sample: Sample, tmp_path: Path) -> None:
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        session.add(
            Application(id=50, service_item="读书会\ue000", service_time=datetime(2024, 8, 1))
        )
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        figures = compute_figures(session, ReportQuery(date(2024, 1, 1), date(2024, 12, 31)))
    target = tmp_path / "out.pdf"
    with pytest.raises(UserError, match=r"第 50 号申请的“服务项目”中的字符.*U\+E000"):
        write_report_pdf(figures, target)
    assert not target.exists()


def test_empty_period_renders(ctx: object, tmp_path: Path) -> None:
    with ctx.session() as session:  # type: ignore[attr-defined]
        figures = compute_figures(session, ReportQuery(date(2030, 1, 1), date(2030, 3, 31)))
    path = write_report_pdf(figures, tmp_path / "empty.pdf")
    with pdfplumber.open(path) as pdf:
        text = re.sub(r"\s", "", pdf.pages[0].extract_text())
    assert "本期间没有报送的申请" in text and "报送的申请0件" in text
