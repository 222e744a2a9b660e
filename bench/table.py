"""The one table: every row with its target, then the ratios to the status quo and the floor."""

from __future__ import annotations

import json
import platform
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from bench.measure import Row

# name → (what it measures, aim as text, aim checker on the row's median or None)
ROWS: dict[str, tuple[str, str]] = {
    "form_cli_one": ("one form, command line, fresh process", "≥ 5× faster than status quo"),
    "status_quo_one": ("one form, python-docx + LibreOffice", ""),
    "form_cli_50": ("50 forms, command line, one process", "≥ 10× faster than status quo"),
    "status_quo_50": ("50 forms, python-docx + one LibreOffice call", ""),
    "form_inapp_first": ("first form in a process, font load included", "≤ 60 ms"),
    "form_inapp_next": ("each further form", "≤ 2× floor_form"),
    "floor_form": ("bare reportlab page, same font and table", ""),
    "first_paint": ("process start → main window painted", "≤ 2× floor_first_paint"),
    "floor_first_paint": ("bare QMainWindow painted", ""),
    "home_50k": ("process start → home screen filled, 50k members", "≤ 1 s"),
    "roster_import_50k": ("import 50k-row .xlsx, end to end", "≤ 2 s, < libreoffice_open_50k"),
    "libreoffice_open_50k": ("LibreOffice converting that .xlsx to CSV", ""),
    "calamine_read_50k": ("python-calamine reading it alone", ""),
    "search_keystroke": ("search per keystroke (50k members)", "≤ 10 ms"),
    "page_fetch": ("page of 200 at start/middle/end", "≤ 5 ms"),
    "rss_table_50k_mb": ("process memory, roster table open (MB)", "≤ 150 MB"),
    "report_year_pdf": ("year report, 1,000 applications → PDF", "≤ 1 s"),
    "report_year_xlsx": ("year report, 1,000 applications → XLSX", "≤ 1 s"),
    "backup_attachments_100mb": ("backup with 100 MB of attachments, verified", "≤ 2 s"),
    "restore_attachments_100mb": ("restore it into an empty data folder", "≤ 2 s"),
}
ABSOLUTE_AIMS = {
    "form_inapp_first": 0.060,
    "home_50k": 1.0,
    "roster_import_50k": 2.0,
    "search_keystroke": 0.010,
    "page_fetch": 0.005,
    "rss_table_50k_mb": 150.0,
    "report_year_pdf": 1.0,
    "report_year_xlsx": 1.0,
    "backup_attachments_100mb": 2.0,
    "restore_attachments_100mb": 2.0,
}
# (label, numerator, denominator, aim: "≥ x" or "≤ x")
RATIOS = [
    ("status quo / ours, one form (CLI)", "status_quo_one", "form_cli_one", "≥ 5"),
    ("status quo / ours, 50 forms (CLI)", "status_quo_50", "form_cli_50", "≥ 10"),
    ("ours / floor, each further form", "form_inapp_next", "floor_form", "≤ 2"),
    ("ours / floor, first paint", "first_paint", "floor_first_paint", "≤ 2"),
    ("LibreOffice open / our import, 50k", "libreoffice_open_50k", "roster_import_50k", "≥ 1"),
    ("our import / calamine read (floor), 50k", "roster_import_50k", "calamine_read_50k", ""),
]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    return f"{platform.node()}: {cpu}, {os.cpu_count()} cores, {platform.system()} " + (
        f"{platform.release()}, Python {platform.python_version()}"
    )


def to_json(rows: Mapping[str, Row], when: datetime) -> str:
    document = {
        "machine": machine(),
        "date": when.isoformat(timespec="seconds"),
        "rows": {name: row.to_json() for name, row in rows.items()},
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _figure(row: Row, value: float) -> str:
    return f"{value:.1f} MB" if row.unit == "MB" else f"{value * 1000:.1f} ms"


def _verdict(name: str, row: Row) -> str:
    aim = ABSOLUTE_AIMS.get(name)
    if aim is None or row.skipped is not None or not row.samples:
        return ""
    return "ok" if row.median <= aim else f"MISS ({row.median / aim:.2f}× aim)"


def _ratio_check(aim: str, value: float) -> str:
    if not aim:
        return ""
    bound = float(aim.split()[1])
    good = value >= bound if aim.startswith("≥") else value <= bound
    return "ok" if good else "MISS"


def to_text(rows: Mapping[str, Row], when: datetime) -> str:
    lines = [
        f"unionapp benchmarks — {when:%Y-%m-%d %H:%M} — {machine()}",
        "",
        "| row | measures | median | min | max | n | aim | |",
        "|---|---|---:|---:|---:|---:|---|---|",
    ]
    for name, row in rows.items():
        what, aim = ROWS.get(name, ("", ""))
        if row.skipped is not None or not row.samples:
            lines.append(f"| {name} | {what} | skipped: {row.skipped} | | | | {aim} | |")
            continue
        lines.append(
            f"| {name} | {what} | {_figure(row, row.median)} | {_figure(row, min(row.samples))} "
            f"| {_figure(row, max(row.samples))} | {len(row.samples)} | {aim} "
            f"| {_verdict(name, row)} |"
        )
    lines += ["", "| ratio (medians) | value | aim | |", "|---|---:|---|---|"]
    for label, top, bottom, aim in RATIOS:
        a, b = rows.get(top), rows.get(bottom)
        if not a or not b or not a.samples or not b.samples:
            lines.append(f"| {label} | n/a (a row was skipped) | {aim} | |")
            continue
        value = a.median / b.median
        lines.append(f"| {label} | {value:.2f} | {aim} | {_ratio_check(aim, value)} |")
    return "\n".join(lines)


def print_rows(rows: Mapping[str, Row], *, as_json: bool = False, save: Path | None = None) -> None:
    """Print the table (or the JSON document); `save` also writes the JSON document there."""
    when = datetime.now()
    print(to_json(rows, when) if as_json else to_text(rows, when), flush=True)
    if save is not None:
        save.write_text(to_json(rows, when) + "\n", encoding="utf-8")
