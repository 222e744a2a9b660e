"""Programmes from the notice's parts: attachment rows joined with the section 二 items that describe
them, plus the section 二 services no attachment lists; each with hosting units, contacts and rules.

Programme dicts carry the keys of ``catalog list --json`` (see ``PROGRAMME_KEYS``) and, for whoever
stores them, ``key``/``parent`` (as in resources/catalogue/*.json) and ``rules.note``. The notice does
not state a catalogue category; whoever stores a programme derives it from attachment and section.
"""

from __future__ import annotations

import re
import string
from typing import Any

from unionapp.catalogue.notice.body import BodyItem
from unionapp.catalogue.notice.contacts import Contact
from unionapp.catalogue.notice.link import link_row
from unionapp.catalogue.notice.rules import RULE_KEYS, empty_rules, rules_of, split_by_items
from unionapp.catalogue.notice.tables import TableRow
from unionapp.catalogue.notice.text import cn_number
from unionapp.catalogue.notice.windows import parse_window

PROGRAMME_KEYS = (
    "name", "section", "attachment", "seq", "time_window", "window_start_month",
    "window_end_month", "description", "participation", "providers", "contacts", "rules",
)  # fmt: skip


class ContactBook:
    """Every person the notice names, by hosting unit: from rows with one unit, and attachment 3."""

    def __init__(self) -> None:
        self.people: dict[tuple[str, str], Contact] = {}

    def add(self, contact: Contact) -> None:
        known = self.people.setdefault(
            (contact.provider, contact.name), Contact(contact.provider, contact.name)
        )
        known.phones.extend(p for p in contact.phones if p not in known.phones)
        known.scope = known.scope or contact.scope

    def owner(self, name: str, phones: list[str], providers: list[str]) -> str | None:
        """Which of a row's hosting units a contact belongs to, when the notice says so elsewhere."""
        if len(providers) == 1:
            return providers[0]
        by_name = [p for p in providers if (p, name) in self.people]
        if len(by_name) == 1:
            return by_name[0]
        by_phone = [
            p
            for p in providers
            if any(
                set(phones) & set(c.phones) for (owner, _), c in self.people.items() if owner == p
            )
        ]
        return by_phone[0] if len(by_phone) == 1 else None

    def of_provider(self, provider: str, only: set[tuple[str, str]]) -> list[Contact]:
        return [c for key, c in self.people.items() if key[0] == provider and key in only]


def _section_keys(sections: list[str]) -> list[str]:
    """Keys of the section 二 services no attachment lists, as resources/catalogue/*.json writes
    them: s2-3 for 二(三), s2-1-4 for 二(一)4, s2-2-2 for the part 二(二)2(2) (the item's number
    left out), or s2-2-2-2 where leaving it out would make two keys alike."""
    full = [
        [str(cn_number(n)) for n in re.findall(r"[一二三四五六七八九十]+|\d+", s)] for s in sections
    ]
    short = ["s" + "-".join(n[:2] + n[3:] if len(n) == 4 else n) for n in full]
    return [
        key if short.count(key) == 1 else "s" + "-".join(numbers)
        for key, numbers in zip(short, full, strict=True)
    ]


def _described(item: BodyItem | None, parents: dict[int, BodyItem]) -> dict[str, Any]:
    """section, description, participation and rules a body item (or sub-item) gives a programme."""
    if item is None:
        return {"section": None, "description": "", "participation": "", "rules": empty_rules()}
    if item.number is not None and id(item) in parents:
        parent = parents[id(item)]
        numbers = [sub.number for sub in parent.subitems if sub.number is not None]
        said, rules = split_by_items(parent.text("participation"), numbers)[item.number]
    else:
        said = item.text("participation")
        rules = rules_of(said)
    description = item.text("content")
    if description and item.number is not None:  # a numbered part, “（2）…；”, made a sentence
        description = description.rstrip("；;，,") + ("" if description.endswith("。") else "。")
    rules = {**rules, "note": said if any(rules[k] for k in RULE_KEYS) else None}
    return {
        "section": item.section,
        "description": description,
        "participation": said,
        "rules": rules,
    }


def _window_fields(text: str, window: tuple[int, int] | None) -> dict[str, Any]:
    return {
        "time_window": text,
        "window_start_month": window[0] if window else None,
        "window_end_month": window[1] if window else None,
    }


def build_programmes(
    tables: list[tuple[int, list[TableRow]]],
    items: list[BodyItem],
    form_contacts: list[Contact],
) -> tuple[list[dict[str, Any]], list[int]]:
    """Programmes in notice order (attachment rows, then section 二 services no row lists), and
    the numbers of the lines whose contact or time could not be read with certainty."""
    doubtful: list[int] = []
    book = ContactBook()
    rows = [row for _, table in tables for row in table if len(row.contacts) == 1]
    for row in rows:
        if len(row.providers) == 1:
            book.add(Contact(row.providers[0], row.contacts[0], row.phones))
    for contact in form_contacts:
        book.add(contact)
    for row in rows:
        owner = book.owner(row.contacts[0], row.phones, row.providers)
        if len(row.providers) > 1 and owner is not None:
            book.add(Contact(owner, row.contacts[0], row.phones))
    form_people = {(c.provider, c.name) for c in form_contacts}
    parents = {id(sub): item for item in items for sub in item.subitems}
    programmes: list[dict[str, Any]] = []
    linked: set[int] = set()
    for attachment, rows in tables:
        programmes.extend(
            _table_programmes(attachment, rows, items, parents, book, linked, doubtful)
        )
    body: list[dict[str, Any]] = []
    for item in items:
        for leaf in item.subitems or [item]:
            if id(leaf) in linked:
                continue
            if not item.providers:  # no hosting unit: not a service one can apply for
                doubtful += [leaf.line, *leaf.field_lines.values()]
                continue
            body.append(_body_programme(leaf, item, parents, book, form_people, doubtful))
    for programme, key in zip(body, _section_keys([p["section"] for p in body]), strict=True):
        programme["key"] = key
    return programmes + body, doubtful


def _table_programmes(
    attachment: int,
    rows: list[TableRow],
    items: list[BodyItem],
    parents: dict[int, BodyItem],
    book: ContactBook,
    linked: set[int],
    doubtful: list[int],
) -> list[dict[str, Any]]:
    programmes: list[dict[str, Any]] = []
    spans: dict[str, list[tuple[int, int] | None]] = {}  # group key → its children's windows
    group: dict[str, Any] | None = None
    numbered_link: BodyItem | None = None
    letters = iter(())
    for row in rows:
        if row.kind == "group":
            link = link_row(row.name, items)
            if link is not None:
                linked.add(id(link))
            group = {
                "key": f"a{attachment}-{row.seq}", "parent": None,
                "name": row.name, "attachment": attachment, "seq": row.seq,
                **_described(link, parents), "providers": [], "contacts": [],
            }  # fmt: skip
            spans[group["key"]] = []
            programmes.append(group)
            letters = iter(string.ascii_lowercase)
            continue
        if row.kind == "row":
            group, letters = None, iter(string.ascii_lowercase[1:])
            numbered_link = link_row(row.name, items)
            link = numbered_link
            key = f"a{attachment}-{row.seq}"
        else:
            link = numbered_link if row.kind == "sibling" else link_row(row.name, items)
            key = f"a{attachment}-{row.seq}{next(letters, '')}"
        if link is not None:
            linked.add(id(link))
        programme = {
            "key": key,
            "parent": group["key"] if row.kind == "child" and group else None,
            "name": row.name,
            "attachment": attachment,
            "seq": row.seq,
            **_window_fields(row.time_window, row.window),
            **_described(link, parents),
            "providers": list(row.providers),
            "contacts": _row_contacts(row, book, doubtful),
        }
        programmes.append(programme)
        if group is not None and row.kind == "child":
            spans[group["key"]].append(row.window)
            group["providers"].extend(p for p in row.providers if p not in group["providers"])
    for programme in programmes:
        if programme["key"] in spans:
            programme.update(_group_window(spans[programme["key"]]))
    return programmes


def _group_window(windows: list[tuple[int, int] | None]) -> dict[str, Any]:
    """A group row has no time of its own: the span of its children, when they all read plainly."""
    if not windows or any(w is None or w[1] < w[0] for w in windows):
        return _window_fields("", None)
    start, end = min(w[0] for w in windows), max(w[1] for w in windows)  # type: ignore[index]
    return _window_fields(f"{start}月—{end}月" if start != end else f"{start}月", (start, end))


def _row_contacts(row: TableRow, book: ContactBook, doubtful: list[int]) -> list[dict[str, Any]]:
    if len(row.contacts) != 1:
        return []
    owner = book.owner(row.contacts[0], row.phones, row.providers)
    if owner is None:
        doubtful.append(row.line)
        return []
    known = book.people.get((owner, row.contacts[0]))
    phones = list(row.phones)
    if known is not None:
        phones.extend(p for p in known.phones if p not in phones)
    scope = known.scope if known else ""
    return [Contact(owner, row.contacts[0], phones, scope).to_json()]


def _body_programme(
    leaf: BodyItem,
    item: BodyItem,
    parents: dict[int, BodyItem],
    book: ContactBook,
    form_people: set[tuple[str, str]],
    doubtful: list[int],
) -> dict[str, Any]:
    """A service section 二 describes and no attachment row lists (e.g. 二(二)2(2), 二(三))."""
    if leaf is item:
        name = item.title
    else:
        name = f"{item.title}：{re.split(r'[，,；;。]', leaf.text('content'))[0]}"
    time_text = re.sub(r"\s+", "", item.fields.get("time", "")).rstrip("。；;，,")
    window = parse_window(time_text)
    if window is None and time_text:
        doubtful.append(item.field_lines["time"])
    described = _described(leaf, parents)
    providers = item.providers
    text = leaf.text("content") + (item.title if leaf is not item else "")
    contacts = []
    for provider in providers:
        chosen = _by_scope(book.of_provider(provider, form_people), text)
        if chosen is not None:
            contacts.append(chosen.to_json())
    return {
        "key": "",  # set once all are known (see _section_keys)
        "parent": None,
        "name": name,
        "attachment": None,
        "seq": None,
        **_window_fields(time_text, window),
        **described,
        "providers": providers,
        "contacts": contacts,
    }


def _by_scope(contacts: list[Contact], text: str) -> Contact | None:
    """The unit's attachment-3 contact for this service: the only one, or the only one whose scope
    (服务及培训类 → 培训) the service's text names."""
    if len(contacts) == 1:
        return contacts[0]
    matching = []
    for contact in contacts:
        words = [w for w in re.split(r"服务及|及|类|、", contact.scope) if len(w) >= 2]
        if words and any(word in text for word in words):
            matching.append(contact)
    return matching[0] if len(matching) == 1 else None
