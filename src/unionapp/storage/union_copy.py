"""``db copy --to URL --union N``: a one-PC folder's data into one union of a shared server.

Unlike a whole-database copy, the server already holds other unions, so rows get new ids from the
server's sequences and every reference is translated. The shared catalogue is matched, not
duplicated: a provider by name, a programme by year and key, a venue by year, number and name;
only what the server lacks is added. The union's profile fills union N's row.

Everything runs in one transaction as the administrator, who acts for union N for its duration
(a row in ``app_login`` that is removed again before the commit), so the server's defaults and
row-level security put every row into union N; counts are checked before the commit.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, Table, and_, func, insert, select, text, update

from unionapp.errors import UserError
from unionapp.storage.copy import _SEED_MARKER, CopyResult, copy_tables
from unionapp.storage.unions import ADMIN, UNION_TABLES

# Shared tables: the columns that identify a row already on the server.
NATURAL_KEYS = {
    "provider": ("name",),
    "provider_contact": ("provider_id", "name"),
    "programme": ("year", "key"),
    "programme_provider": ("programme_id", "provider_id"),
    "venue": ("year", "seq", "name"),
}
_PROFILE_FIXED = ("id", "version", "updated_by")


def copy_into_union(source: Engine, target: Engine, union_id: int) -> CopyResult:
    """Copy every row of ``source`` (a data folder's database) into union ``union_id``."""
    tables = copy_tables()
    result = CopyResult()
    ids: dict[str, dict[Any, Any]] = {}
    with source.connect() as src, target.begin() as dst:
        _act_for_union(dst, union_id)
        _refuse_filled_union(dst, union_id)
        later: list[tuple[Table, str, Any, Any]] = []
        for table in tables:
            result.tables[table.name] = _merge_table(src, dst, table, union_id, ids, later)
        for table, column, new_id, old_ref in later:
            dst.execute(
                update(table)
                .where(table.c.id == new_id)
                .values({column: ids[table.name].get(old_ref)})
            )
        for table in tables:
            if table.name not in UNION_TABLES:
                continue
            copied = dst.execute(
                select(func.count()).select_from(table).where(table.c.union_id == union_id)
            ).scalar_one()
            expected = _source_rows(src, table)
            if copied != expected:
                raise UserError(
                    f"复制后核对不符：表 {table.name} 源有 {expected} 行，"
                    f"工会 {union_id} 有 {copied} 行。什么也没有写入。"
                )
        dst.execute(text("DELETE FROM app_login WHERE login = session_user::text"))
    return result


def _act_for_union(connection: Connection, union_id: int) -> None:
    role = connection.execute(text("SELECT unionapp_role()")).scalar()
    if role != ADMIN:
        raise UserError(
            "db copy --union 只能由数据库管理员（建立数据表的登录名）运行；"
            f"当前登录名的角色是 {role}。"
        )
    if not connection.execute(
        text("SELECT 1 FROM union_profile WHERE id = :id"), {"id": union_id}
    ).scalar():
        raise UserError(f"服务器上没有编号为 {union_id} 的工会。请先用 db add-union 添加。")
    connection.execute(
        text("INSERT INTO app_login (login, union_id, role) VALUES (session_user::text, :u, :r)"),
        {"u": union_id, "r": ADMIN},
    )


def _refuse_filled_union(connection: Connection, union_id: int) -> None:
    for name in ("member", "application"):
        rows = connection.execute(
            text(f"SELECT count(*) FROM {name} WHERE union_id = :u"), {"u": union_id}
        ).scalar_one()
        if rows:
            raise UserError(
                f"工会 {union_id} 在服务器上已经有数据（表 {name} 有 {rows} 行）。"
                "db copy --union 只复制到还没有数据的工会，什么也没有写入。"
            )


def _source_rows(src: Connection, table: Table) -> int:
    query = select(func.count()).select_from(table)
    if table.name == "setting":
        query = query.where(table.c.key.not_like(_SEED_MARKER))
    return int(src.execute(query).scalar_one())


def _merge_table(
    src: Connection,
    dst: Connection,
    table: Table,
    union_id: int,
    ids: dict[str, dict[Any, Any]],
    later: list[tuple[Table, str, Any, Any]],
) -> int:
    """Copy or match one table's rows; returns how many rows the source had."""
    references = {
        fk.parent.name: fk.column.table.name
        for fk in table.foreign_keys
        if fk.column.table is not table
    }
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    own_ids = ids.setdefault(table.name, {})
    has_id = "id" in table.c and table.c.id.primary_key
    count = 0
    for row in src.execute(select(table)).mappings():
        values = {key: value for key, value in row.items() if key != "union_id"}
        if table.name == "setting" and str(values["key"]).startswith(_SEED_MARKER[:-1]):
            continue
        count += 1
        for column, parent in references.items():
            if values[column] is not None:
                values[column] = ids[parent][values[column]]
        if table.name == "union_profile":
            fields = {k: v for k, v in values.items() if k not in _PROFILE_FIXED}
            dst.execute(update(table).where(table.c.id == union_id).values(fields))
            own_ids[row["id"]] = union_id
            continue
        if table.name in NATURAL_KEYS:
            match = and_(*(table.c[key] == values[key] for key in NATURAL_KEYS[table.name]))
            found = dst.execute(
                select(table.c.id if has_id else text("1")).select_from(table).where(match)
            ).first()
            if found is not None:
                if has_id:
                    own_ids[row["id"]] = found[0]
                continue
        pending = {name: values[name] for name in self_refs if values[name] is not None}
        for name in pending:
            values[name] = None
        if not has_id:
            dst.execute(insert(table).values(values))
            continue
        old_id = values.pop("id")
        new_id = dst.execute(insert(table).values(values).returning(table.c.id)).scalar_one()
        own_ids[old_id] = new_id
        later += [(table, name, new_id, ref) for name, ref in pending.items()]
    return count
