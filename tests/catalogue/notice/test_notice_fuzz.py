"""Mangled notices (lines lost, repeated, swapped, cut, stray characters) never crash the reader:
each ends in a reading or a UserError, and every unparsed entry is a line of the text as written."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionapp.catalogue.notice import read_notice_text
from unionapp.catalogue.notice.text import plain_line
from unionapp.errors import UserError

LINES = (
    (Path(__file__).parent / "data" / "notice_2023_ocr.txt").read_text(encoding="utf-8").split("\n")
)

edit = st.one_of(
    st.tuples(st.just("drop"), st.integers(0, len(LINES) - 1)),
    st.tuples(st.just("repeat"), st.integers(0, len(LINES) - 1)),
    st.tuples(st.just("swap"), st.integers(0, len(LINES) - 1)),
    st.tuples(st.just("cut"), st.integers(0, len(LINES) - 1), st.integers(0, 40)),
    st.tuples(st.just("insert"), st.integers(0, len(LINES) - 1), st.text(max_size=30)),
)


def _mangle(edits: list[tuple]) -> str:
    lines = list(LINES)
    for kind, index, *extra in edits:
        index %= max(1, len(lines))
        if not lines:
            break
        if kind == "drop":
            del lines[index]
        elif kind == "repeat":
            lines.insert(index, lines[index])
        elif kind == "swap" and index + 1 < len(lines):
            lines[index], lines[index + 1] = lines[index + 1], lines[index]
        elif kind == "cut":
            lines[index] = lines[index][: extra[0]]
        elif kind == "insert":
            lines[index] = lines[index][:5] + extra[0] + lines[index][5:]
    return "\n".join(lines)


@settings(deadline=None, derandomize=True, database=None, max_examples=40,
          suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
@given(st.lists(edit, max_size=25))
def test_mangled_notices_never_crash(edits: list[tuple]) -> None:
    text = _mangle(edits)
    try:
        reading = read_notice_text(text)
    except UserError:
        assert not text.strip()
        return
    written = [plain_line(line).strip() for line in text.split("\n")]
    for entry in reading.unparsed:
        assert entry["text"] == written[entry["line"] - 1] != ""
    document = reading.to_json()
    for programme in document["programmes"]:
        for month in (programme["window_start_month"], programme["window_end_month"]):
            assert month is None or 1 <= month <= 12
