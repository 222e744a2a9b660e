"""Finding members as the user types, and paging through the roster by key.

Browsing (no text typed) is plain SQL: keyset paging on (sort column…, sort_key, id) with the
indexes of migration 0003, so any page costs the same at any depth.

Typed text is matched against a compact in-memory index of the roster's search keys (name, full
pinyin and initials with their variants, department; phone and card-number tails), built once
with one Core query and rebuilt when the roster changes (seen through max(updated_at), count and
max(id)). A LIKE '%q%' over 50,000 rows scans every row (≈ 12 ms here, with a covering index);
a substring search over one string is ≈ 1–2 ms. The matching rows are then read by id.
No ORM objects are made: rows are small `MemberRow` tuples.
"""

from __future__ import annotations

import bisect
import re
import threading
import weakref
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, func, select, tuple_
from sqlalchemy.sql.elements import ColumnElement

from unionapp.models import Member, RosterVersion
from unionapp.roster.pinyin import search_terms

member = Member.__table__  # type: ignore[attr-defined]
roster_version = RosterVersion.__table__  # type: ignore[attr-defined]
SORTS: dict[str, tuple[str, ...]] = {
    "name": ("sort_key", "id"),
    "department": ("department", "sort_key", "id"),
    "status": ("status", "sort_key", "id"),
}
PAGE_SIZE = 200
_FIELD_SEP, _NUMBER_END = "\x1f", "\x1e"


class MemberRow(NamedTuple):
    """One member as the table and the command line show it (phone and ID unmasked here)."""

    id: int
    name: str
    gender: str
    department: str
    position: str
    phone: str
    id_number: str | None
    card_number: str | None
    join_date: date | None
    status: str
    notes: str
    sort_key: str


_ROW_COLUMNS = [member.c[name] for name in MemberRow._fields]


@dataclass(frozen=True)
class MemberQuery:
    """What the user asked for: typed text, filters and the order."""

    text: str = ""
    department: str | None = None
    status: str | None = None
    sort: str = "name"
    descending: bool = False

    @property
    def terms(self) -> str:
        return search_terms(self.text)


PageKey = tuple[Any, ...]


def page_key(row: MemberRow, sort: str = "name") -> PageKey:
    """The key after which the next page starts."""
    return tuple(getattr(row, name) for name in SORTS[sort])


def fetch_page(
    engine: Engine, query: MemberQuery, after: PageKey | None = None, limit: int = PAGE_SIZE
) -> list[MemberRow]:
    """The next `limit` members matching `query`, in its order, after the key `after`."""
    if query.sort not in SORTS:
        raise ValueError(f"unknown sort {query.sort!r}")
    with engine.connect() as connection:
        if query.terms:
            index = search_index(engine, connection)
            ids = index.page(query, after, limit, lambda key: _place(connection, key))
            return _rows_by_id(connection, ids)
        return _browse(connection, query, after, limit)


def iter_members(engine: Engine, query: MemberQuery, page: int = 1000) -> Iterator[MemberRow]:
    """Every member matching `query`, page by page (for exports)."""
    after: PageKey | None = None
    while True:
        rows = fetch_page(engine, query, after, page)
        yield from rows
        if len(rows) < page:
            return
        after = page_key(rows[-1], query.sort)


def find_members(engine: Engine, text: str, limit: int = 50) -> list[MemberRow]:
    """The first members (pinyin order) whose name, pinyin, department or phone/card tail
    matches `text` — the same search as the window's box."""
    return fetch_page(engine, MemberQuery(text=text), None, limit)


def _filters(query: MemberQuery) -> list[ColumnElement[bool]]:
    conditions = []
    if query.department is not None:
        conditions.append(member.c.department == query.department)
    if query.status is not None:
        conditions.append(member.c.status == query.status)
    return conditions


def _browse(
    connection: Connection, query: MemberQuery, after: PageKey | None, limit: int
) -> list[MemberRow]:
    columns = [member.c[name] for name in SORTS[query.sort]]
    statement = select(*_ROW_COLUMNS).where(*_filters(query))
    if after is not None:
        key = tuple_(*columns)
        bound = tuple_(*after)
        statement = statement.where(key < bound if query.descending else key > bound)
        # The first sort column alone as well: after an equality filter (status = …) an index
        # seeks with it, where the row comparison would leave PostgreSQL scanning from the top.
        first = columns[0]
        statement = statement.where(first <= after[0] if query.descending else first >= after[0])
    order = [c.desc() for c in columns] if query.descending else columns
    statement = statement.order_by(*order).limit(limit)
    return [MemberRow(*row) for row in connection.execute(statement)]


def _place(connection: Connection, key: PageKey) -> int:
    """How many members come at or before the (sort_key, id) `key` in pinyin order."""
    statement = select(func.count()).where(tuple_(member.c.sort_key, member.c.id) <= tuple_(*key))
    return int(connection.execute(statement).scalar() or 0)


def _rows_by_id(connection: Connection, ids: Sequence[int]) -> list[MemberRow]:
    if not ids:
        return []
    found = {
        row.id: MemberRow(*row)
        for row in connection.execute(select(*_ROW_COLUMNS).where(member.c.id.in_(ids)))
    }
    return [found[i] for i in ids if i in found]


# --- the in-memory search index -------------------------------------------------------------


class SearchIndex:
    """The roster's search keys in pinyin order, as two strings of one line per member.

    `names` lines hold name, initials, full pinyin (variants) and department, lower case;
    `numbers` lines hold phone and card number, each followed by a terminator, so that a digit
    query `8000` matched as `8000\\x1e` finds phone and card-number tails only.

    Kept small (≈ 8 MB at 50,000 members): ids and line starts in arrays, departments and
    statuses as codes. A member's place in the index stands for its (sort_key, id), so no sort
    key is kept: the place of a page key is found from its id, else counted in the database.
    """

    def __init__(self, rows: Iterable[Sequence[Any]], fingerprint: tuple[Any, ...]) -> None:
        self.fingerprint = fingerprint
        self.ids = array("q")
        self._department_codes = array("I")
        self._status_codes = array("I")
        self._values: dict[str, int] = {}
        names: list[str] = []
        numbers: list[str] = []
        self._name_starts = array("q")
        self._number_starts = array("q")
        name_pos = number_pos = 0
        sep = _FIELD_SEP
        for id_, name, initials, pinyin, department, phone, card, status in rows:
            line = f"{name.lower()}{sep}{initials}{sep}{pinyin}{sep}{department.lower()}\n"
            digits = f"{phone}{_NUMBER_END}{card or ''}{_NUMBER_END}\n"
            self._name_starts.append(name_pos)
            self._number_starts.append(number_pos)
            names.append(line)
            numbers.append(digits)
            name_pos += len(line)
            number_pos += len(digits)
            self.ids.append(id_)
            self._department_codes.append(self._code(department))
            self._status_codes.append(self._code(status))
        self._names = "".join(names)
        self._numbers = "".join(numbers)
        self._texts = list(self._values)

    def _code(self, value: str) -> int:
        return self._values.setdefault(value, len(self._values))

    def __len__(self) -> int:
        return len(self.ids)

    def _matches(self, terms: str, start: int = 0) -> Iterator[int]:
        """Positions (in pinyin order, from `start`) of the members whose keys contain `terms`."""
        if terms.isdigit() and terms.isascii():
            text, starts, needle = self._numbers, self._number_starts, terms + _NUMBER_END
        else:
            text, starts, needle = self._names, self._name_starts, terms
        if start >= len(starts):
            return
        pattern = re.compile(re.escape(needle))
        last = -1
        for match in pattern.finditer(text, starts[start]):
            position = bisect.bisect_right(starts, match.start()) - 1
            if position != last:
                last = position
                yield position

    def _accepts(self, query: MemberQuery, position: int) -> bool:
        values = self._values
        return (
            query.department is None
            or self._department_codes[position] == values.get(query.department, -1)
        ) and (query.status is None or self._status_codes[position] == values.get(query.status, -1))

    def _group(self, sort: str, position: int) -> str:
        codes = self._department_codes if sort == "department" else self._status_codes
        return self._texts[codes[position]]

    def page(
        self, query: MemberQuery, after: PageKey | None, limit: int, place: PlaceFn
    ) -> list[int]:
        """Ids of the next `limit` matches after `after`, in the query's order. `place(key)`
        answers how many members come at or before a (sort_key, id) key in pinyin order."""
        terms = query.terms
        if query.sort == "name" and not query.descending:
            start = 0 if after is None else int(self._position(after[-2:], place)) + 1
            ids = []
            for position in self._matches(terms, start):
                if self._accepts(query, position):
                    ids.append(self.ids[position])
                    if len(ids) >= limit:
                        break
            return ids
        # Other orders: collect every match, then order them (matches are few when typed text
        # is specific; a one-letter query in reverse order is the slow case, still ~10–30 ms).
        positions = [p for p in self._matches(terms) if self._accepts(query, p)]
        if query.sort == "name":
            keyed: list[tuple[Any, ...]] = [(p,) for p in positions]
        else:
            keyed = [(self._group(query.sort, p), p) for p in positions]
        keyed.sort(reverse=query.descending)
        if after is not None:
            position = self._position(after[-2:], place)
            bound = (position,) if query.sort == "name" else (after[0], position)
            keyed = [k for k in keyed if (k < bound if query.descending else k > bound)]
        return [self.ids[k[-1]] for k in keyed[:limit]]

    def _position(self, key: Sequence[Any], place: PlaceFn) -> float:
        """The place of the (sort_key, id) `key` in pinyin order: its member's position, or
        halfway between two positions for a member no longer on the roster."""
        try:
            return self.ids.index(key[1])
        except ValueError:  # ask the database how many members come before it
            return place(tuple(key)) - 0.5


PlaceFn = Callable[[PageKey], int]


_indexes: weakref.WeakKeyDictionary[Engine, SearchIndex] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def _fingerprint(connection: Connection) -> tuple[Any, ...]:
    """What changes with any change to the roster. On a server, the version its trigger raises
    (counting the roster costs several ms there, and other PCs' commits may come out of order);
    on the SQLite file, only this program writes and counting is cheap."""
    if connection.dialect.name == "postgresql":
        version = connection.execute(select(roster_version.c.version)).scalar()
        return (version,)
    row = connection.execute(
        select(func.count(), func.max(member.c.id), func.max(member.c.updated_at))
    ).one()
    return tuple(row)


def search_index(engine: Engine, connection: Connection) -> SearchIndex:
    """The engine's search index, rebuilt when the roster changed since it was built."""
    fingerprint = _fingerprint(connection)
    with _lock:
        index = _indexes.get(engine)
        if index is None or index.fingerprint != fingerprint:
            rows = connection.execute(
                select(
                    member.c.id,
                    member.c.name,
                    member.c.name_initials,
                    member.c.name_pinyin,
                    member.c.department,
                    member.c.phone,
                    member.c.card_number,
                    member.c.status,
                ).order_by(member.c.sort_key, member.c.id)
            )
            index = SearchIndex(rows, fingerprint)  # streamed, never a list of all rows
            _indexes[engine] = index
        return index
