"""Roster figures at 50,000 members: import of a .xlsx, search per keystroke, page fetch at
depth, and process memory with the roster table open. Prints figures and ratios to the aims.

Run: python bench/roster.py [--members 50000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
SURNAMES += (
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶单解仇朴"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂文华建国志红玉梅海燕晓东雪飞鹏宇浩然子涵欣怡思远嘉"
GIVEN += "俊博睿泽轩瑞晨阳楠婷琳颖佳琪梓萱诗雨乐安康宁鑫磊彬斌亮辉"
DEPARTMENTS = [
    f"{a}{b}"
    for a in ("生产", "技术", "财务", "人事", "销售", "后勤", "质检", "研发", "物流", "行政")
    for b in ("一部", "二部", "三部", "四部", "五部")
]
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
AIMS = {"import_s": 2.0, "keystroke_ms": 10.0, "page_ms": 5.0, "rss_mb": 150.0}


def id_number(rng: random.Random, serial: int) -> str:
    birth = date(1960, 1, 1) + timedelta(days=rng.randrange(16000))
    body = f"110105{birth:%Y%m%d}{serial % 1000:03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, WEIGHTS, strict=True)) % 11]


def write_roster(path: Path, count: int) -> None:
    from openpyxl import Workbook

    rng = random.Random(4)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("名册")
    sheet.append(["某某集团公司工会会员名册"])
    sheet.append(["序号", "姓名", "性别", "部门", "手机号", "身份证号码", "会员卡号", "入会日期"])
    for i in range(count):
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        sheet.append(
            [
                i + 1,
                name,
                "",
                rng.choice(DEPARTMENTS),
                f"1{rng.choice('3578')}{i:09d}",
                id_number(rng, i) if rng.random() < 0.8 else "",
                str(6_000_000_000 + i) if rng.random() < 0.7 else "",
                f"{rng.randrange(2000, 2024)}.{rng.randrange(1, 13)}.{rng.randrange(1, 29)}",
            ]
        )
    workbook.save(path)


def median_ms(fn, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def ratio(value: float, aim: float) -> str:
    return f"{value / aim:.2f}× aim ({'OK' if value <= aim else 'over'})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=50_000)
    parser.add_argument("--open-table", metavar="DATA_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.open_table:
        open_table(Path(args.open_table))
        return

    from unionapp.context import open_context
    from unionapp.roster.importer import apply_import, read_file
    from unionapp.roster.search import MemberQuery, fetch_page, page_key, search_index

    folder = Path(tempfile.mkdtemp(prefix="roster-bench-"))
    source = folder / "roster.xlsx"
    start = time.perf_counter()
    write_roster(source, args.members)
    print(f"generated {args.members} members in {time.perf_counter() - start:.1f} s ({source})")

    ctx = open_context(folder / "data")
    start = time.perf_counter()
    with ctx.session() as session:
        read = read_file(session, source)
        read_s = time.perf_counter() - start
        result = apply_import(session, read)
    import_s = time.perf_counter() - start
    print(
        f"import .xlsx: {import_s:.2f} s (read+check {read_s:.2f} s, match+write "
        f"{import_s - read_s:.2f} s); added {result.added}, rejected {len(result.rejected)} — "
        + ratio(import_s, AIMS["import_s"])
    )
    start = time.perf_counter()
    with ctx.session() as session:
        again = apply_import(session, read_file(session, source))
    print(f"re-import (unchanged {again.unchanged}): {time.perf_counter() - start:.2f} s")

    engine = ctx.engine
    with engine.connect() as connection:
        start = time.perf_counter()
        search_index(engine, connection)
    print(
        f"search index built once (first keystroke after a change): "
        f"{(time.perf_counter() - start) * 1000:.0f} ms"
    )
    worst = 0.0
    for word in ("zhangwei", "张伟", "8000", "生产三", "shan"):
        figures = []
        for end in range(1, len(word) + 1):
            query = MemberQuery(text=word[:end])
            ms = median_ms(lambda q=query: fetch_page(engine, q))
            figures.append(f"{word[:end]}={ms:.2f}")
            worst = max(worst, ms)
        print("  keystrokes (ms, first page of 200): " + "  ".join(figures))
    rare = median_ms(lambda: fetch_page(engine, MemberQuery(text="zzzzq")))
    worst = max(worst, rare)
    print(f"  no match (whole roster searched): {rare:.2f} ms")
    print(
        f"search per keystroke, worst median: {worst:.2f} ms — "
        + ratio(worst, AIMS["keystroke_ms"])
    )

    page_worst = 0.0
    for query in (MemberQuery(), MemberQuery(status="在册"), MemberQuery(sort="department")):
        keys = []
        after = None
        while True:
            rows = fetch_page(engine, query, after, 1000)
            if len(rows) < 1000:
                break
            after = page_key(rows[-1], query.sort)
            keys.append(after)
        depths = [None, keys[len(keys) // 2], keys[-1]]
        figures = []
        for key in depths:
            ms = median_ms(lambda k=key, q=query: fetch_page(engine, q, k, 200))
            figures.append(f"{ms:.2f}")
            page_worst = max(page_worst, ms)
        label = f"sort={query.sort} status={query.status}"
        print(f"  page of 200 at start / middle / end ({label}): " + " / ".join(figures) + " ms")
    print(
        f"page fetch at depth, worst median: {page_worst:.2f} ms — "
        + ratio(page_worst, AIMS["page_ms"])
    )

    ctx.close()
    # Memory in a fresh process that only opens the window's roster table, as a user would.
    output = subprocess.run(
        [sys.executable, __file__, "--open-table", str(folder / "data")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    rows, memory = output.split()
    print(
        f"process RSS with the table open ({rows} rows fetched, scrolled 20 screens, one search): "
        f"{float(memory):.0f} MB — " + ratio(float(memory), AIMS["rss_mb"])
    )


def open_table(data_dir: Path) -> None:
    """Open the roster page on `data_dir`, scroll and search, print rows fetched and RSS (MB)."""
    from PySide6.QtWidgets import QApplication

    from unionapp.context import open_context

    app = QApplication([])
    from unionapp.ui.roster_page import RosterPage

    ctx = open_context(data_dir)
    page = RosterPage(ctx)
    page.resize(1100, 700)
    page.show()
    app.processEvents()
    for _ in range(20):
        bar = page.table.verticalScrollBar()
        bar.setValue(bar.maximum())
        app.processEvents()
    page.search.setText("zw")
    app.processEvents()
    page.search.clear()
    app.processEvents()
    print(page.model.loaded_rows(), f"{rss_mb():.1f}")


if __name__ == "__main__":
    main()
