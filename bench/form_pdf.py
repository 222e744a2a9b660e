"""Form PDF: ours (command line as a fresh process; inside the program the first form with the
font load and each further form; 50 at once) beside the status quo (python-docx + LibreOffice)
and the floor (a bare reportlab page with the same font and table).

Run: python -m bench.form_pdf [--runs N]   (or python bench/form_pdf.py)
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

if not __package__:  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import status_quo
from bench.fixtures import applications_database, form_values
from bench.measure import RUNS, Row, child_figure, process_seconds, python, repeat, skipped, wall

NAMES = (
    "form_cli_one",
    "status_quo_one",
    "form_cli_50",
    "status_quo_50",
    "form_inapp_first",
    "form_inapp_next",
    "floor_form",
)


def first_form_seconds() -> float:
    """In this fresh process: import the form code, then time the first form (font load included)."""
    from unionapp.form import FormData, render_forms

    form = FormData(**form_values(0))
    start = time.perf_counter()
    render_forms([form], io.BytesIO())
    return time.perf_counter() - start


def inapp_next(runs: int) -> Row:
    from unionapp.form import FormData, render_forms

    forms = iter(FormData(**form_values(n)) for n in range(10_000))
    return repeat("form_inapp_next", wall(lambda: render_forms([next(forms)], io.BytesIO())), runs)


class Floor:
    """The floor: one reportlab page drawing the same title, lines and texts with the same font,
    without layout (no wrapping, no fitting, no glyph checks)."""

    def __init__(self) -> None:
        from reportlab.pdfbase import pdfmetrics, ttfonts

        from unionapp.resources import resource_path

        path = str(resource_path("fonts", "uming.ttc"))
        index = 0
        while True:
            font = ttfonts.TTFont("FloorUMing", path, subfontIndex=index)
            if font.face.name == b"UMingCN":
                break
            index += 1
        pdfmetrics.registerFont(font)
        self.number = 0

    def page(self) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.pdfgen.canvas import Canvas

        values = form_values(self.number)
        self.number += 1
        canvas = Canvas(io.BytesIO(), pagesize=A4, pageCompression=1)
        width, height = A4
        canvas.setFont("FloorUMing", 18)
        canvas.drawCentredString(width / 2, height - 22 * mm, "北京市总工会职工文体服务项目申请表")
        canvas.setFont("FloorUMing", 12)
        canvas.drawString(18 * mm, height - 32 * mm, "申请服务提供单位：" + values["provider"])
        canvas.drawString(18 * mm, height - 39 * mm, "项目编号：（不填）")
        top, left, right, row_height = height - 43 * mm, 18 * mm, width - 18 * mm, 22 * mm
        for row, (label, field, right_label, right_field) in enumerate(status_quo.TABLE):
            y = top - row * row_height
            canvas.line(left, y, right, y)
            canvas.drawString(left + 2 * mm, y - 12 * mm, label)
            canvas.drawString(left + 40 * mm, y - 12 * mm, values[field])
            if right_label:
                canvas.drawString(left + 86 * mm, y - 12 * mm, right_label)
                canvas.drawString(left + 130 * mm, y - 12 * mm, values[right_field])
        bottom = top - len(status_quo.TABLE) * row_height
        canvas.line(left, bottom, right, bottom)
        canvas.line(left, top, left, bottom)
        canvas.line(right, top, right, bottom)
        canvas.line(left + 38 * mm, top, left + 38 * mm, bottom)
        canvas.drawString(left, bottom - 8 * mm, "申报日期：" + values["declared_on"])
        canvas.showPage()
        canvas.save()


def cli_rows(folder: Path, runs: int) -> dict[str, Row]:
    data_dir = applications_database(folder)
    out = folder / "cli.pdf"
    base = [*python(), "-m", "unionapp", "--data-dir", str(data_dir), "application", "pdf"]
    one = [*base, "1", "--out", str(out)]
    fifty = [*base, *map(str, range(1, 51)), "--out", str(out)]
    return {
        "form_cli_one": repeat("form_cli_one", lambda: process_seconds(one), runs),
        "form_cli_50": repeat("form_cli_50", lambda: process_seconds(fifty), runs),
    }


def status_quo_rows(folder: Path, runs: int) -> dict[str, Row]:
    why = status_quo.why_not_available()
    if why:
        return skipped(("status_quo_one", "status_quo_50"), why)
    template = folder / "申请表模板.docx"
    status_quo.write_template(template)
    profile = folder / "lo-profile"
    rows = {}
    for name, count in (("status_quo_one", 1), ("status_quo_50", 50)):
        target = folder / name
        rows[name] = repeat(
            name,
            wall(lambda t=target, c=count: status_quo.make_forms(template, t, c, profile)),
            runs,
        )
    return rows


def run(folder: Path, runs: int = RUNS) -> dict[str, Row]:
    rows = cli_rows(folder, runs)
    rows.update(status_quo_rows(folder, runs))
    first = [*python(), "-m", "bench.form_pdf", "--first-form"]
    rows["form_inapp_first"] = repeat("form_inapp_first", lambda: child_figure(first), runs)
    rows["form_inapp_next"] = inapp_next(max(runs, 20))
    floor = Floor()
    rows["floor_form"] = repeat("floor_form", wall(floor.page), max(runs, 20))
    return {name: rows[name] for name in NAMES}


def main() -> None:
    import argparse

    from bench.table import print_rows

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--first-form", action="store_true", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.first_form:
        print(f"{first_form_seconds():.6f}")
        return
    with tempfile.TemporaryDirectory(prefix="bench-form-") as folder:
        print_rows(run(Path(folder), opts.runs))


if __name__ == "__main__":
    main()
