"""Reports: a year with 1,000 applications and 5,000 timeline entries, reported as PDF and as
XLSX (figures computed from the database each time; aim: under a second per format).

Run: python -m bench.report [--runs N]   (or python bench/report.py)
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

if not __package__:  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlmodel import select

from bench.measure import RUNS, Row, repeat, wall
from unionapp.models import Application, ApplicationParticipant, Member, Programme, TimelineEntry
from unionapp.reports.figures import STATUS_LABELS, compute_figures
from unionapp.reports.pdf import write_report_pdf
from unionapp.reports.period import ReportQuery
from unionapp.reports.xlsx import write_report_xlsx
from unionapp.storage.context import open_context
from unionapp.union import update_union

APPLICATIONS = 1_000
TIMELINE_ENTRIES = 5_000
MEMBERS = 800
PROVIDERS = ["北京市劳动人民文化宫", "北京市职工服务中心", "北京工人体育场", "首都职工文化中心", ""]


def populate(data_dir: Path) -> None:
    rng = random.Random(2024)
    ctx = open_context(data_dir)
    try:
        with ctx.session() as session:
            update_union(session, name="北京市某某集团有限公司工会委员会")
            programmes = list(session.exec(select(Programme)))
            session.add_all(
                Member(
                    name=f"职工{i:04d}", phone=f"139{i:08d}", status="在册" if i % 10 else "退休"
                )
                for i in range(MEMBERS)
            )
            session.flush()
            statuses = list(STATUS_LABELS)
            apps = []
            for number in range(1, APPLICATIONS + 1):
                day = date(2024, 1, 1) + timedelta(days=rng.randrange(366))
                status = rng.choice(statuses)
                programme = rng.choice(programmes) if rng.random() > 0.05 else None
                apps.append(
                    Application(
                        id=number,
                        programme_id=programme.id if programme else None,
                        provider=rng.choice(PROVIDERS),
                        service_item="" if programme else "自办活动",
                        service_time=datetime.combine(day, datetime.min.time()).replace(hour=14),
                        status=status,
                        participant_count=rng.randrange(10, 120),
                        attendance=rng.randrange(10, 120)
                        if status == "done" and rng.random() < 0.7
                        else None,
                    )
                )
            session.add_all(apps)
            session.flush()
            session.add_all(
                ApplicationParticipant(application_id=n, member_id=m)
                for n in range(1, 101)
                for m in rng.sample(range(1, MEMBERS + 1), 20)
            )
            entries = []
            for index in range(TIMELINE_ENTRIES):
                app = apps[index % APPLICATIONS]
                assert app.service_time is not None
                entries.append(
                    TimelineEntry(
                        application_id=app.id or 0,
                        date=app.service_time.date() - timedelta(days=5 - index // APPLICATIONS),
                        status=app.status if index // APPLICATIONS == 4 else "",
                        via="现场",
                        note=f"第 {index // APPLICATIONS + 1} 次记录",
                        reason="名额已满" if app.status == "declined" else "",
                    )
                )
            session.add_all(entries)
    finally:
        ctx.close()


def run(folder: Path, runs: int = RUNS) -> dict[str, Row]:
    data_dir = folder / "data-report"
    populate(data_dir)
    ctx = open_context(data_dir)
    query = ReportQuery(date(2024, 1, 1), date(2024, 12, 31))

    def report(write: object, name: str) -> None:
        with ctx.session() as session:
            figures = compute_figures(session, query)
        # sent ones and never-sent ones; a few sent on 31 December count in the year before
        assert APPLICATIONS - 10 <= figures.applications + len(figures.unsent) <= APPLICATIONS
        write(figures, folder / name)  # type: ignore[operator]

    try:
        return {
            "report_year_pdf": repeat(
                "report_year_pdf", wall(lambda: report(write_report_pdf, "report.pdf")), runs
            ),
            "report_year_xlsx": repeat(
                "report_year_xlsx", wall(lambda: report(write_report_xlsx, "report.xlsx")), runs
            ),
        }
    finally:
        ctx.close()


def main() -> None:
    import argparse

    from bench.table import print_rows

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=RUNS)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-report-") as folder:
        print_rows(run(Path(folder), opts.runs))


if __name__ == "__main__":
    main()
