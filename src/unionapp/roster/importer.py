"""Importing a roster file into the database: one core for the window and the command line.

Each row read by `roster.reader` is matched to a member already on the roster — the same ID
number; else the same card number; else the same name and phone — and becomes added, updated,
unchanged or rejected. Only the file's own columns are compared and written: a column the file
does not have leaves the stored value alone. Every field an update changes is listed (old → new,
also in the member's history); a change that only replaces characters the file's encoding could
not hold is kept back and listed apart (`roster.changes`). With ``only_new`` the members already
on the roster are left as they are. All writes are executemany batches in one transaction, so a
cancelled or failed import writes nothing, and importing the same file again changes nothing.

New members and history entries go to the driver as plain tuples in their stored form (the
column types' own bind processors, run once per value that needs one): SQLAlchemy's per-row
parameter processing cost more than SQLite's own inserts. A larger page cache during the write
keeps the member indexes in memory instead of spilling them to the WAL mid-transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, select, update
from sqlmodel import Session

from unionapp.errors import UserError
from unionapp.models import Member, MemberEvent
from unionapp.roster.changes import FieldChange, describe_changes, substitution_reason
from unionapp.roster.pinyin import name_keys
from unionapp.roster.reader import (
    FIELD_LABELS,
    FIELDS,
    RosterFileError,
    RosterRead,
    RowError,
    RowResult,
    gc_paused,
    read_roster,
)
from unionapp.roster.store import EVENT_IMPORTED, EVENT_STATUS
from unionapp.storage.engine import copy_from_allowed
from unionapp.storage.settings import get_setting, set_setting

MAPPING_SETTING = "roster.header_mapping"
ProgressFn = Callable[[int, int], bool]  # (done, total) -> keep going?

member = Member.__table__  # type: ignore[attr-defined]
member_event = MemberEvent.__table__  # type: ignore[attr-defined]
_BATCH = 2000
_KEY_COLUMNS = ("name_pinyin", "name_initials", "sort_key")
_MEMBER_INSERT = (*FIELDS, *_KEY_COLUMNS, "created_at", "updated_at", "id")
_EVENT_INSERT = ("member_id", "date", "kind", "from_status", "to_status", "note", "created_at")
_IMPORT_CACHE_KIB = 64 * 1024  # SQLite page cache during an import (the default is 2 MiB)


class ImportCancelled(UserError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("导入已取消，名册没有任何改动。")


@dataclass
class ImportResult:
    """What an import did (or, for a dry run, would do)."""

    read: RosterRead
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RowResult] = field(default_factory=list)
    dry_run: bool = False
    changes: list[FieldChange] = field(default_factory=list)  # applied (or, dry run, to apply)
    kept: list[FieldChange] = field(default_factory=list)  # substitutes not applied
    not_updated: int = 0  # members with changes left alone (only_new)

    @property
    def problems(self) -> list[RowError]:
        return [error for row in self.rejected for error in row.errors]

    @property
    def warnings(self) -> list[RowError]:
        return [warning for row in self.read.rows if row.ok for warning in row.warnings]

    def to_json(self) -> dict[str, Any]:
        """{"added", "updated", "unchanged", "rejected": [{"row", "column", "reason"}],
        "changes": [{"row", "member_id", "name", "field", "old", "new"}],
        "kept": [{"row", "member_id", "field", "old", "new", "reason"}], "not_updated"}."""
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "not_updated": self.not_updated,
            "changes": [change.change_json() for change in self.changes],
            "kept": [change.kept_json() for change in self.kept],
            "rejected": [
                {
                    "row": error.row,
                    "column": error.column.header_text if error.column else "",
                    "reason": error.reason,
                }
                for error in self.problems
            ],
        }


def saved_mapping(session: Session) -> dict[str, str]:
    """The header → field choices the user made for unknown columns before."""
    return dict(get_setting(session, MAPPING_SETTING, {}) or {})


def read_file(session: Session, path: Path, mapping: dict[str, str] | None = None) -> RosterRead:
    """Read a roster file with the remembered header mapping plus `mapping`; UserError when the
    file cannot be read or has no 姓名 column."""
    combined = {**saved_mapping(session), **(mapping or {})}
    try:
        read = read_roster(Path(path), combined)
    except RosterFileError as error:
        raise UserError(str(error)) from None
    return read


def require_name_column(read: RosterRead) -> None:
    if read.missing_required:
        found = "、".join(c.header_text for c in read.columns.values()) or "无"
        unknown = "、".join(read.unknown_headers) or "无"
        raise UserError(
            f"文件“{read.path.name}”第 {read.header_row} 行的表头中没有“姓名”列"
            f"（认出的列：{found}；不认识的列：{unknown}）。请把姓名列的表头改为“姓名”后再导入。"
        )


def import_roster(
    session: Session,
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    dry_run: bool = False,
    only_new: bool = False,
    progress: ProgressFn | None = None,
) -> ImportResult:
    """Read and import a file (the command line's path through)."""
    with gc_paused():
        read = read_file(session, path, mapping)
        require_name_column(read)
        result = apply_import(session, read, dry_run=dry_run, only_new=only_new, progress=progress)
    if mapping and not dry_run:
        remember_mapping(session, mapping)
    return result


def remember_mapping(session: Session, mapping: dict[str, str]) -> None:
    set_setting(session, MAPPING_SETTING, {**saved_mapping(session), **mapping})


# --- matching and writing -----------------------------------------------------------------

_STORED = (*FIELDS, "id")


class _Roster:
    """The stored members' values and the three ways of finding the same person."""

    def __init__(self, session: Session, encoding: str = "") -> None:
        columns = [member.c[name] for name in _STORED]
        self.encoding = encoding
        self.rows: dict[int, dict[str, Any]] = {}
        self.by_id: dict[str, int] = {}
        self.by_card: dict[str, int] = {}
        self.by_name_phone: dict[tuple[str, str], list[int]] = {}
        self.by_phone: dict[str, list[int]] = {}
        for values in session.execute(select(*columns)).mappings():
            self.remember(dict(values))

    def remember(self, values: dict[str, Any]) -> None:
        key = values["id"]
        self.rows[key] = values
        if values["id_number"]:
            self.by_id[values["id_number"]] = key
        if values["card_number"]:
            self.by_card[values["card_number"]] = key
        if values["phone"]:
            self.by_name_phone.setdefault((values["name"], values["phone"]), []).append(key)
            self.by_phone.setdefault(values["phone"], []).append(key)

    def match(self, values: dict[str, Any]) -> tuple[int | None, str | None]:
        """(member id or None for a new member, or a reason why the row conflicts)."""
        id_number, card = values["id_number"], values["card_number"]
        if id_number and id_number in self.by_id:
            found = self.by_id[id_number]
            if card and self.by_card.get(card, found) != found:
                return None, "card_number"
            return found, None
        if card and card in self.by_card:
            found = self.by_card[card]
            stored_id = self.rows[found]["id_number"]
            if id_number and stored_id and stored_id != id_number:
                return None, "card_number"
            return found, None
        if values["phone"]:
            same_name = self.by_name_phone.get((values["name"], values["phone"]), [])
            # the same phone under the stored name with characters the file could not hold
            substituted = [
                key
                for key in self.by_phone.get(values["phone"], ())
                if substitution_reason(self.rows[key]["name"], values["name"], self.encoding)
            ]
            for found in (*same_name, *substituted):
                stored = self.rows[found]
                if all(
                    not (values[k] and stored[k] and values[k] != stored[k])
                    for k in ("id_number", "card_number")
                ):
                    return found, None
        return None, None


def _conflict(row: RowResult, read: RosterRead, field_name: str, why: str) -> None:
    row.errors.append(RowError(row.row, read.columns.get(field_name), why, field_name))


def apply_import(
    session: Session,
    read: RosterRead,
    *,
    dry_run: bool = False,
    only_new: bool = False,
    progress: ProgressFn | None = None,
) -> ImportResult:
    """Match the rows of `read` to the roster and write them (unless `dry_run`) in the
    session's transaction; with `only_new`, members already on the roster are not updated.
    `progress(done, total)` returning False cancels: ImportCancelled is raised and the
    caller's transaction must be rolled back (ctx.session() does that)."""
    with gc_paused():
        return _apply(session, read, dry_run, only_new, progress)


def _apply(
    session: Session,
    read: RosterRead,
    dry_run: bool,
    only_new: bool,
    progress: ProgressFn | None,
) -> ImportResult:
    result = ImportResult(read=read, dry_run=dry_run)
    roster = _Roster(session, read.encoding)
    columns = [name for name in FIELDS if name in read.columns]
    today, now = date.today(), datetime.now()
    inserts: list[tuple[Any, ...]] = []
    updates: list[dict[str, Any]] = []
    status_changes: list[tuple[int, str, str]] = []
    matched: dict[int, int] = {}  # member id → file row that matched it
    total = len(read.rows)
    stored_fields = itemgetter(*FIELDS)
    empty = not roster.rows  # a first import: every accepted row is a new member
    for number, row in enumerate(read.rows, start=1):
        if progress is not None and number % _BATCH == 0 and not progress(number, total * 2):
            raise ImportCancelled()
        if row.errors:
            result.rejected.append(row)
            continue
        values = row.values
        found, conflict = (None, None) if empty else roster.match(values)
        if conflict:
            _conflict(row, read, conflict, "会员卡号已属于身份证号不同的另一位会员，请核对")
            result.rejected.append(row)
            continue
        if found is None:
            inserts.append((*stored_fields(values), *_keys(values["name"])))
            result.added += 1
            continue
        if found in matched:
            why = f"与第 {matched[found]} 行是同一位会员（已在名册中）"
            _conflict(row, read, "name", why)
            result.rejected.append(row)
            continue
        matched[found] = row.row
        stored = roster.rows[found]
        changes = {
            name: values[name]
            for name in columns
            if values[name] != stored[name] and not _keeps_stored(name, values[name])
        }
        taken = _taken_elsewhere(roster, found, changes)
        if taken:
            _conflict(row, read, taken, f"该{FIELD_LABELS[taken]}已属于名册中的另一位会员")
            result.rejected.append(row)
            continue
        for name in list(changes):
            reason = substitution_reason(stored[name], changes[name], read.encoding)
            if reason is not None:
                result.kept.append(
                    FieldChange(
                        row.row,
                        found,
                        stored["name"],
                        name,
                        stored[name],
                        changes.pop(name),
                        reason,
                    )
                )
        if not changes:
            result.unchanged += 1
            continue
        if only_new:
            result.not_updated += 1
            continue
        result.changes += [
            FieldChange(row.row, found, stored["name"], name, stored[name], new)
            for name, new in changes.items()
        ]
        merged = {**stored, **changes}
        update_row = {f"p_{name}": merged[name] for name in FIELDS}
        update_row.update(
            {f"p_{k}": v for k, v in zip(_KEY_COLUMNS, _keys(merged["name"]), strict=True)}
        )
        update_row.update(member_id=found, p_updated_at=now)
        update_row["note"] = "导入更新：" + describe_changes(
            {name: (stored[name], new) for name, new in changes.items()}
        )
        updates.append(update_row)
        if "status" in changes:
            status_changes.append((found, stored["status"], changes["status"]))
        result.updated += 1
    if not dry_run:
        connection = session.connection()
        with _large_page_cache(connection):
            _write_rows(connection, inserts, updates, status_changes, today, now, progress, total)
        if connection.dialect.name == "postgresql" and len(inserts) + len(updates) > 1000:
            # fresh statistics now, not when autovacuum gets round to it: a paging query planned
            # without them scans from the top
            connection.exec_driver_sql("ANALYZE member, member_event")
    return result


def _keeps_stored(name: str, value: Any) -> bool:
    """A blank ID or card number in the file does not erase the stored one."""
    return name in ("id_number", "card_number", "join_date") and value is None


def _taken_elsewhere(roster: _Roster, found: int, changes: dict[str, Any]) -> str | None:
    for name, lookup in (("id_number", roster.by_id), ("card_number", roster.by_card)):
        value = changes.get(name)
        if value and lookup.get(value, found) != found:
            return name
    return None


@lru_cache(maxsize=65536)
def _keys(name: str) -> tuple[str, str, str]:
    """(name_pinyin, name_initials, sort_key) of a name; names repeat in large rosters."""
    keys = name_keys(name)
    return keys.search_pinyin, keys.search_initials, keys.sort_key


@contextmanager
def _large_page_cache(connection: Connection) -> Iterator[None]:
    if connection.dialect.name != "sqlite":  # a server sizes its own caches
        yield
        return
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{_IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous or -2000)}")


def _new_member_ids(connection: Connection, count: int) -> Sequence[int]:
    """Ids for ``count`` new members. Explicit ids let SQLite take plain executemany batches
    (RETURNING is 2× slower there); the data folder's lock keeps other programs out, so max(id)
    cannot move under us. On a server other PCs may add members at the same time: the ids are
    taken from the table's sequence."""
    if connection.dialect.name == "postgresql":
        return (
            connection.exec_driver_sql(
                "SELECT nextval(pg_get_serial_sequence('member', 'id')) "
                f"FROM generate_series(1, {int(count)})"
            )
            .scalars()
            .all()
        )
    first = (connection.execute(select(func.max(member.c.id))).scalar() or 0) + 1
    return range(first, first + count)


def _write_rows(
    connection: Connection,
    inserts: list[tuple[Any, ...]],
    updates: list[dict[str, Any]],
    status_changes: list[tuple[int, str, str]],
    today: date,
    now: datetime,
    progress: ProgressFn | None,
    total: int,
) -> None:
    to_member, to_event = _Stored(connection, member), _Stored(connection, member_event)
    stamp, day = to_member.value("created_at", now), to_event.value("date", today)
    event_stamp = to_event.value("created_at", now)
    join_date = FIELDS.index("join_date")
    events: list[tuple[Any, ...]] = []
    done = total
    new_ids = _new_member_ids(connection, len(inserts))
    status = FIELDS.index("status")
    stored_dates = {
        day: to_member.value("join_date", day) for day in {v[join_date] for v in inserts}
    }
    for start in range(0, len(inserts), _BATCH):
        rows = []
        for offset, values in enumerate(inserts[start : start + _BATCH]):
            member_id = new_ids[start + offset]
            row = list(values)
            row[join_date] = stored_dates[row[join_date]]
            rows.append((*row, stamp, stamp, member_id))
            events.append(
                (member_id, day, EVENT_IMPORTED, "", values[status], "导入新增", event_stamp)
            )
        to_member.insert(_MEMBER_INSERT, rows)
        done += len(rows)
        if progress is not None and not progress(done, total * 2):
            raise ImportCancelled()
    if updates:
        values = {name: bindparam(f"p_{name}") for name in (*FIELDS, "name_pinyin")}
        values.update(
            name_initials=bindparam("p_name_initials"),
            sort_key=bindparam("p_sort_key"),
            updated_at=bindparam("p_updated_at"),
        )
        connection.execute(
            update(member).where(member.c.id == bindparam("member_id")).values(values),
            updates,
        )
        events.extend(
            (u["member_id"], day, EVENT_IMPORTED, "", "", u["note"], event_stamp) for u in updates
        )
    events.extend(
        (member_id, day, EVENT_STATUS, before, after, "导入", event_stamp)
        for member_id, before, after in status_changes
    )
    if events:
        to_event.insert(_EVENT_INSERT, events)
    if progress is not None and not progress(total * 2, total * 2):
        raise ImportCancelled()


class _Stored:
    """Plain executemany (COPY on a server, where the login may) into one table, with values
    converted to their stored form by the column types' own bind processors (dates and
    datetimes; text passes as it is)."""

    def __init__(self, connection: Connection, table: Table) -> None:
        self.connection = connection
        self.table = table
        dialect = connection.dialect
        self.processors = {
            column.name: dialect.type_descriptor(column.type).bind_processor(dialect)
            for column in table.columns
        }
        self.copy_from = copy_from_allowed(connection, table.name)
        self.mark = "%s" if dialect.name == "postgresql" else "?"

    def value(self, column: str, value: Any) -> Any:
        process = self.processors[column]
        return value if process is None or value is None else process(value)

    def insert(self, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        names = ", ".join(f'"{name}"' for name in columns)
        if self.copy_from:  # a server's bulk load
            driver = self.connection.connection.dbapi_connection
            assert driver is not None
            with (
                driver.cursor() as cursor,
                cursor.copy(f'COPY "{self.table.name}" ({names}) FROM STDIN') as copy,
            ):
                for row in rows:
                    copy.write_row(row)
            return
        marks = ", ".join(self.mark for _ in columns)
        self.connection.exec_driver_sql(
            f'INSERT INTO "{self.table.name}" ({names}) VALUES ({marks})', rows
        )
