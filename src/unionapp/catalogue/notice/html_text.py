"""A notice saved from the web (.html): paragraphs one a line, table rows as tab-separated cells.

Cells a row- or column-span covers are written as empty cells, as in the Word and PDF readers, so a
number spanning its sub-rows reads as a row continued by sub-rows without a number.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
    "article", "blockquote", "pre", "title", "ul", "ol", "dd", "dt", "header", "footer",
}  # fmt: skip
_SKIPPED = {"script", "style", "noscript", "template", "head"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


class _Lines(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.text: list[str] = []
        self.skipping = 0
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.spans: list[dict[int, int]] = []  # per open table: column → rows still covered
        self.cell_span = (1, 1)  # the open cell's (colspan, rowspan)

    def _break(self) -> None:
        line = re.sub(r"\s+", " ", "".join(self.text)).strip()
        if line:
            self.lines.append(line)
        self.text = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag == "table":
            self._break()
            self.spans.append({})
        elif tag == "tr" and self.spans:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self._cover_spanned()
            self.cell = []
            found = dict(attrs)
            self.cell_span = (_number(found.get("colspan")), _number(found.get("rowspan")))
        elif tag in _BLOCKS and self.cell is None:
            self._break()
        elif tag in ("br", "p", "div") and self.cell is not None:
            self.cell.append(" ")

    def _cover_spanned(self) -> None:
        assert self.row is not None
        spans = self.spans[-1]
        while spans.get(len(self.row), 0) > 0:
            spans[len(self.row)] -= 1
            self.row.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in ("td", "th") and self.row is not None and self.cell is not None:
            columns, rows = self.cell_span
            column = len(self.row)
            self.row.append(re.sub(r"\s+", " ", "".join(self.cell)).strip())
            self.row.extend([""] * (columns - 1))
            if rows > 1:
                for offset in range(columns):
                    self.spans[-1][column + offset] = rows - 1
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self._cover_spanned()
            self.lines.append("\t".join(self.row))
            self.row = None
        elif tag == "table" and self.spans:
            self.spans.pop()
            self.lines.append("")
        elif tag in _BLOCKS and self.cell is None:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        (self.cell if self.cell is not None else self.text).append(data)


def _number(value: str | None) -> int:
    return int(value) if value and value.strip().isdigit() and int(value) > 0 else 1


def looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:200]


def decode_html(data: bytes) -> str | None:
    """The page's text in the charset it declares, else UTF-8, else GB18030; None if none fits."""
    declared = _CHARSET.search(data[:4096])
    encodings = [declared.group(1).decode("ascii", "replace")] if declared else []
    for encoding in [*encodings, "utf-8-sig", "gb18030"]:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def html_lines(markup: str) -> str:
    parser = _Lines()
    parser.feed(markup)
    parser.close()
    parser._break()
    return "\n".join(parser.lines)
