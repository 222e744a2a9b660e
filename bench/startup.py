"""Start-up: time from process start to the first painted main window, beside a bare QMainWindow.

Each figure is the median of several fresh processes after a warm-up; prints figures and the ratio.
Usage: python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

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


def time_to_paint(args: list[str], env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120).stdout
    line = next(row for row in out.splitlines() if row.startswith("first_paint "))
    return float(line.split()[1]) - start


def measure(args: list[str], env: dict[str, str], runs: int) -> list[float]:
    time_to_paint(args, env)  # warm-up (file cache)
    return [time_to_paint(args, env) for _ in range(runs)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    opts = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="unionapp-bench-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "UNIONAPP_EXIT_AFTER_PAINT": "1",
    }
    ours = measure([sys.executable, "-m", "unionapp", "--data-dir", data_dir], env, opts.runs)
    bare = measure([sys.executable, "-c", BARE], env, opts.runs)
    for name, values in (("first_paint", ours), ("floor_first_paint", bare)):
        print(
            f"{name:<20} median {statistics.median(values) * 1000:7.1f} ms  "
            f"min {min(values) * 1000:7.1f}  max {max(values) * 1000:7.1f}  n={len(values)}"
        )
    print(
        f"ratio first_paint / bare window: {statistics.median(ours) / statistics.median(bare):.2f}"
    )


if __name__ == "__main__":
    main()
