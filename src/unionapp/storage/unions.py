"""Several unions on one server: adding unions and logins, and which union and role the
current login has.

``db add-union`` adds a union profile (its id is the union's number). ``db add-user`` creates a
PostgreSQL login, records its union and role in ``app_login`` and grants it what the role may
do; the server's row-level security (migration 0009) then keeps each login to its own union:

- chair: everything of their union, permanent deletion and unmasked exports included;
- staff: their union's data, but no DELETE on members, their history, applications, timeline
  entries, attachments or mail records, and no unmasked export of ID numbers;
- federation: reads the applications, timeline entries, participant counts and profiles of
  every union; no privilege at all on members or their history.

On the data folder's SQLite file there is one union (1) and no roles: the user may do all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlmodel import Session

from unionapp.errors import UserError
from unionapp.models.union import UnionProfile
from unionapp.storage.engine import is_server

ROLES = ("chair", "staff", "federation")
ROLE_LABELS = {"chair": "工会主席", "staff": "工作人员", "federation": "上级工会（联合会）"}
ADMIN = "admin"  # a login not in app_login: the administrator, acting for union 1
SINGLE_PC = "single"  # the data folder: no roles

UNION_TABLES = (
    "member",
    "member_event",
    "application",
    "application_participant",
    "timeline_entry",
    "attachment",
    "stored_file",
    "mail_record",
    "setting",
    "calendar_day",
)
SHARED_TABLES = (
    "provider",
    "provider_contact",
    "programme",
    "programme_provider",
    "venue",
    "roster_version",
)
# What staff may delete: links and entries that editing replaces, never a record itself.
STAFF_DELETES = (
    "application_participant",
    "setting",
    "calendar_day",
    "programme_provider",
    "venue",
)
FEDERATION_READS = (
    "application",
    "timeline_entry",
    "application_participant",
    "union_profile",
    "setting",
    "calendar_day",
    "mail_record",
    *SHARED_TABLES,
    "alembic_version",
)
_LOGIN = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True)
class Identity:
    """The current login, its role and its union (None for a federation login)."""

    login: str
    role: str
    union_id: int | None

    @property
    def may_delete_permanently(self) -> bool:
        return self.role in (SINGLE_PC, ADMIN, "chair")

    @property
    def may_export_unmasked(self) -> bool:
        return self.role in (SINGLE_PC, ADMIN, "chair")

    @property
    def sees_members(self) -> bool:
        return self.role != "federation"


def identity(session: Session | Connection) -> Identity:
    """Who the database says we are: on a server, the login's row in ``app_login``."""
    if not is_server(session.get_bind() if isinstance(session, Session) else session.engine):
        from unionapp.models.ownership import current_actor

        return Identity(current_actor(), SINGLE_PC, 1)
    login, role, union_id = session.execute(
        text("SELECT session_user::text, unionapp_role(), unionapp_union()")
    ).one()
    return Identity(login, role, union_id)


def own_union_id(session: Session) -> int:
    """The union whose profile the current login works with (1 on a single PC)."""
    return identity(session).union_id or 1


def add_union(engine: Engine, name: str) -> int:
    """Add a union (its profile, with the name) to a server; returns its number."""
    name = name.strip()
    if not name:
        raise UserError("请给出工会名称（--name）。")
    _require_server(engine, "db add-union")
    with engine.begin() as connection:
        _require_admin(connection)
        taken = connection.execute(
            text("SELECT id FROM union_profile WHERE name = :name"), {"name": name}
        ).scalar()
        if taken is not None:
            raise UserError(f"服务器上已有名为“{name}”的工会（编号 {taken}），未重复添加。")
        connection.execute(text("LOCK TABLE union_profile IN SHARE ROW EXCLUSIVE MODE"))
        union_id = connection.execute(
            text("SELECT COALESCE(MAX(id), 0) + 1 FROM union_profile")
        ).scalar_one()
        with Session(connection) as session:
            session.add(UnionProfile(id=union_id, name=name))
            session.flush()
    return int(union_id)


def add_user(
    engine: Engine, login: str, role: str, union_id: int | None, password: str | None
) -> None:
    """Create (or register) a server login with a role, for a union (not for federation)."""
    _require_server(engine, "db add-user")
    if not _LOGIN.match(login):
        raise UserError(
            f"登录名不合适：{login}。请用小写英文字母、数字和下划线，以字母开头，最多 63 个字符。"
        )
    if role not in ROLES:
        raise UserError(f"角色不对：{role}（可用：{'、'.join(ROLES)}）")
    if role == "federation" and union_id is not None:
        raise UserError("上级工会（federation）的登录名不属于某一个工会，请不要给出 --union。")
    if role != "federation" and union_id is None:
        raise UserError(f"角色 {role} 需要用 --union 指明所属工会的编号。")
    with engine.begin() as connection:
        _require_admin(connection)
        if (
            union_id is not None
            and not connection.execute(
                text("SELECT 1 FROM union_profile WHERE id = :id"), {"id": union_id}
            ).scalar()
        ):
            raise UserError(f"服务器上没有编号为 {union_id} 的工会。请先用 db add-union 添加。")
        known = connection.execute(
            text("SELECT role FROM app_login WHERE login = :login"), {"login": login}
        ).scalar()
        if known is not None:
            raise UserError(f"登录名 {login} 已经登记过（角色 {known}），未做改动。")
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": login}
        ).scalar()
        if exists and _is_privileged(connection, login):
            raise UserError(f"{login} 是服务器的管理员或数据表的所有者，不能作为普通登录名登记。")
        _create_login(connection, login, password, exists=bool(exists))
        connection.execute(
            text("INSERT INTO app_login (login, union_id, role) VALUES (:login, :union, :role)"),
            {"login": login, "union": union_id, "role": role},
        )
        schema = connection.execute(text("SELECT current_schema()")).scalar_one()
        for statement in grants(role, login, schema):
            connection.exec_driver_sql(statement)


def grants(role: str, login: str, schema: str) -> list[str]:
    """The GRANT statements that give ``login`` what ``role`` may do."""
    who = f'"{login}"'
    everything = ", ".join((*UNION_TABLES, "union_profile", *SHARED_TABLES))
    statements = [
        f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO {who}',
        f"GRANT SELECT ON alembic_version TO {who}",
    ]
    if role == "federation":
        return [f"GRANT SELECT ON {', '.join(FEDERATION_READS)} TO {who}"]
    statements.append(f"GRANT SELECT, INSERT, UPDATE ON {everything} TO {who}")
    deletes = (*UNION_TABLES, *SHARED_TABLES) if role == "chair" else STAFF_DELETES
    statements.append(f"GRANT DELETE ON {', '.join(deletes)} TO {who}")
    return statements


def _create_login(
    connection: Connection, login: str, password: str | None, *, exists: bool
) -> None:
    from psycopg import sql

    raw = connection.connection.dbapi_connection
    assert raw is not None
    with raw.cursor() as cursor:
        if not exists:
            cursor.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login)))
        if password is not None:
            cursor.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(login), sql.Literal(password)
                )
            )


def _is_privileged(connection: Connection, login: str) -> bool:
    return bool(
        connection.execute(
            text(
                "SELECT rolsuper OR rolbypassrls OR pg_has_role(:login, "
                "(SELECT tableowner FROM pg_tables WHERE tablename = 'application' "
                "AND schemaname = current_schema()), 'MEMBER') FROM pg_roles WHERE rolname = :login"
            ),
            {"login": login},
        ).scalar()
    )


def _require_server(engine: Engine, command: str) -> None:
    if not is_server(engine):
        raise UserError(
            f"{command} 只用于 PostgreSQL 服务器（--database postgresql://…）；"
            "数据文件夹只有一个工会，不需要登录名。"
        )


def _require_admin(connection: Connection) -> None:
    role = connection.execute(text("SELECT unionapp_role()")).scalar()
    if role != ADMIN:
        raise UserError(
            "只有数据库管理员（建立数据表的登录名）才能添加工会和登录名；"
            f"当前登录名的角色是 {role}。"
        )
