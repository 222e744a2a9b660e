"""Benchmark: a year with 1,000 applications and 5,000 timeline entries, reported as PDF and XLSX.

Run: ``/work/venv/bin/python bench/report.py``. Prints the time of each step (aim: under a second
each for the PDF and the XLSX) and the report's main figures.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlmodel import select

from unionapp.context import open_context
from unionapp.models import Application, ApplicationParticipant, Member, Programme, TimelineEntry
from unionapp.reports.figures import STATUS_LABELS, compute_figures
from unionapp.reports.pdf import write_report_pdf
from unionapp.reports.period import ReportQuery
from unionapp.reports.xlsx import write_report_xlsx
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


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        started = time.perf_counter()
        populate(data_dir)
        print(f"populate:   {time.perf_counter() - started:6.2f} s")
        ctx = open_context(data_dir)
        try:
            query = ReportQuery(date(2024, 1, 1), date(2024, 12, 31))
            for attempt in ("cold", "warm"):
                started = time.perf_counter()
                with ctx.session() as session:
                    figures = compute_figures(session, query)
                computed = time.perf_counter()
                pdf = write_report_pdf(figures, Path(folder) / "report.pdf")
                drawn = time.perf_counter()
                write_report_xlsx(figures, Path(folder) / "report.xlsx")
                written = time.perf_counter()
                print(
                    f"{attempt}: figures {computed - started:5.2f} s, "
                    f"PDF {drawn - computed:5.2f} s ({pdf.stat().st_size // 1024} KiB), "
                    f"XLSX {written - drawn:5.2f} s"
                )
        finally:
            ctx.close()
    print(f"applications {figures.applications}, timeline rows {len(figures.timeline)}")
    print(f"by status: {figures.by_status}")
    print(
        f"services done {len(figures.services_done)}, members reached {figures.members_reached}, "
        f"roster {figures.roster_active}, still open {len(figures.still_open)}"
    )


if __name__ == "__main__":
    main()
