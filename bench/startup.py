"""Start-up: process start → first painted main window, beside a bare QMainWindow in the same
run; and process start → home screen filled with a 50,000-member database.

Run: python -m bench.startup [--runs N] [--members N]   (or python bench/startup.py)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

if not __package__:  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fixtures import roster_database
from bench.measure import RUNS, Row, process_seconds, python, python_env, repeat

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
class W(QMainWindow):
    done = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not self.done:
            self.done = True
            print(f"first_paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
w = W(); w.resize(1180, 760); w.show(); app.exec()
"""


def paint_rows(folder: Path, runs: int) -> dict[str, Row]:
    """Both figures alternate run by run, so that a busy moment of the machine hits both alike."""
    data_dir = folder / "data-empty"
    ours = [*python(), "-m", "unionapp", "--data-dir", str(data_dir)]
    bare = [*python(), "-c", BARE]
    env = python_env(UNIONAPP_EXIT_AFTER_PAINT="1")
    process_seconds(ours, env, "first_paint")  # warm-up (file cache)
    process_seconds(bare, env, "first_paint")
    rows = {name: Row(name) for name in ("first_paint", "floor_first_paint")}
    for _ in range(runs):
        rows["first_paint"].samples.append(process_seconds(ours, env, "first_paint"))
        rows["floor_first_paint"].samples.append(process_seconds(bare, env, "first_paint"))
    return rows


def home_row(folder: Path, members: int, runs: int) -> Row:
    data_dir = roster_database(folder, members)
    args = [*python(), "-m", "unionapp", "--data-dir", str(data_dir)]
    env = python_env(UNIONAPP_EXIT_AFTER_LOAD="1")
    return repeat("home_50k", lambda: process_seconds(args, env, "loaded"), runs)


def run(folder: Path, runs: int = RUNS, members: int = 50_000) -> dict[str, Row]:
    rows = paint_rows(folder, runs)
    rows["home_50k"] = home_row(folder, members, runs)
    return rows


def main() -> None:
    import argparse

    from bench.table import print_rows

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--members", type=int, default=50_000)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        print_rows(run(Path(folder), opts.runs, opts.members))


if __name__ == "__main__":
    main()
