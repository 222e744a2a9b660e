"""Reading a year's notice: the 2023 notice as its OCR text, as a Word file with real tables and as
a PDF with a text layer (the same content; the files built by the notice tests' edition helpers).

Run: python -m bench.notice [--runs N]   (or python bench/notice.py)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

if not __package__:  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import REPO, RUNS, Row, repeat, wall
from unionapp.catalogue.notice import read_notice_path, read_notice_text

NOTICE_TESTS = REPO / "tests" / "catalogue" / "notice"
NOTICE_2023 = NOTICE_TESTS / "data" / "notice_2023_ocr.txt"


def run(folder: Path, runs: int = RUNS) -> dict[str, Row]:
    sys.path.insert(0, str(NOTICE_TESTS))
    from editions import notice_as_docx, notice_as_pdf

    text = NOTICE_2023.read_text(encoding="utf-8")
    docx = notice_as_docx(text, folder / "notice_2023.docx")
    pdf = notice_as_pdf(text, folder / "notice_2023.pdf")
    return {
        "notice_text_2023": repeat("notice_text_2023", wall(lambda: read_notice_text(text)), runs),
        "notice_docx_2023": repeat("notice_docx_2023", wall(lambda: read_notice_path(docx)), runs),
        "notice_pdf_2023": repeat("notice_pdf_2023", wall(lambda: read_notice_path(pdf)), runs),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.notice", description=__doc__)
    parser.add_argument("--runs", type=int, default=RUNS)
    opts = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="unionapp-bench-notice-") as folder:
        rows = run(Path(folder), opts.runs)
    for name, row in rows.items():
        print(
            f"{name:<18} median {row.median * 1000:7.1f} ms  "
            f"(min {min(row.samples) * 1000:.1f}, max {max(row.samples) * 1000:.1f}, n {len(row.samples)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
