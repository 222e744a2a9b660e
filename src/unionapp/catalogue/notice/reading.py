"""read_notice_text / read_notice_path: a year's notice read into programmes, venues and the lines
that were not understood."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unionapp.catalogue.notice.body import read_section_two
from unionapp.catalogue.notice.contacts import Contact, parse_contact_line
from unionapp.catalogue.notice.document import Attachment, split_notice
from unionapp.catalogue.notice.extract import text_of_file
from unionapp.catalogue.notice.programmes import PROGRAMME_KEYS, build_programmes
from unionapp.catalogue.notice.rules import RULE_KEYS
from unionapp.catalogue.notice.tables import TableRow, header_columns, read_programme_table
from unionapp.catalogue.notice.venues import read_venues, venue_columns
from unionapp.errors import UserError

Line = tuple[int, str]


@dataclass
class NoticeReading:
    """What a notice says, ready for a preview.

    ``programmes`` are dicts with the keys of ``catalog list --json`` (PROGRAMME_KEYS) plus
    ``key``, ``parent`` and ``rules["note"]`` for storing them; ``contacts`` are the
    people attachment 3 lists (hosting unit, name, phones, scope). ``unparsed`` holds every line
    that was not read with certainty, as ``{"line": n, "text": ...}``.
    """

    year: int | None
    source: dict[str, str]
    programmes: list[dict[str, Any]] = field(default_factory=list)
    venues: list[dict[str, Any]] = field(default_factory=list)
    unparsed: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "source": dict(self.source),
            "programmes": [
                {
                    **{key: programme[key] for key in PROGRAMME_KEYS if key != "rules"},
                    "rules": {key: programme["rules"][key] for key in RULE_KEYS},
                }
                for programme in self.programmes
            ],
            "venues": [dict(venue) for venue in self.venues],
            "unparsed": [dict(entry) for entry in self.unparsed],
        }


def read_notice_path(path: Path, year: int | None = None) -> NoticeReading:
    """Read a notice file (text, .docx or a PDF with text); UserError naming the file if it cannot."""
    return read_notice_text(text_of_file(Path(path)), year)


def read_notice_text(text: str, year: int | None = None) -> NoticeReading:
    """Read a notice's text (pasted, OCR, or extracted from a file); ``year`` overrides its own."""
    if not text.strip():
        raise UserError("通知内容是空的：请打开通知文件，或粘贴通知全文。")
    parts = split_notice(text)
    body = read_section_two(parts.section_two)
    unparsed: list[Line] = list(body.unparsed)
    tables: list[tuple[int, list[TableRow]]] = []
    venues: list[dict[str, Any]] = []
    form_contacts: list[Contact] = []
    for attachment in parts.attachments:
        texts = [t for _, t in attachment.lines]
        if any(header_columns(t) for t in texts):
            reading = read_programme_table(attachment.lines)
            tables.append((attachment.number, reading.rows))
            unparsed += reading.unparsed
            unparsed += [(n, t) for n, t in attachment.lines if t.strip() and n not in reading.read]
        elif any(venue_columns(t) for t in texts):
            found, bad = read_venues(attachment.lines)
            venues += found
            unparsed += bad
        elif "申请表" in attachment.title:
            contacts, bad = _form_contacts(attachment)
            form_contacts += contacts
            unparsed += bad
        else:
            unparsed += [(n, t) for n, t in attachment.lines if t.strip()]
    programmes, doubtful = build_programmes(tables, body.items, form_contacts)
    unparsed += [(number, "") for number in doubtful]
    if not programmes and not venues:  # not a notice (or none this reader knows): nothing read
        unparsed = [(n, t) for n, t in parts.lines if t.strip()]
    # each entry shows the line as written (a row read from two lines is reported at its second)
    written = dict(parts.lines)
    unique = {number: written[number] for number, _ in sorted(unparsed)}
    return NoticeReading(
        year=year if year is not None else parts.year,
        source={"number": parts.number, "title": parts.title},
        programmes=programmes,
        venues=venues,
        unparsed=[{"line": n, "text": t.strip()} for n, t in unique.items()],
        contacts=[c.to_json() for c in form_contacts],
    )


def _form_contacts(attachment: Attachment) -> tuple[list[Contact], list[Line]]:
    """The people attachment 3's 说明 lists (after “联系人及联系电话”); the form itself is skipped."""
    contacts: list[Contact] = []
    bad: list[Line] = []
    started = False
    for number, text in attachment.lines:
        if not text.strip():
            continue
        if re.search(r"联系人及联系电话\s*[：:]?\s*$", text):
            started = True
            continue
        if started:
            found = parse_contact_line(text.strip())
            if found is None:
                bad.append((number, text))
            else:
                contacts += found
    return contacts, bad
