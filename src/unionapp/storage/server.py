"""PostgreSQL specifics: connecting (with a plain message for every failure), the schema check on
opening, ``db upgrade`` and ``check`` on a server.

Opening never changes a server's schema: an empty or older database asks for "db upgrade" by the
administrator, a newer one is refused. ``db upgrade`` runs every pending migration in one
transaction (PostgreSQL's DDL is transactional) under an advisory lock, so two administrators
upgrading at once do not collide, then loads the shipped catalogue and creates the union's
profile row; a second run changes nothing.
"""

from __future__ import annotations

import hashlib
import logging
import select as sockets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlmodel import Session, SQLModel

from unionapp.errors import DatabaseTooNew, UserError
from unionapp.storage.engine import KEYRING_SERVICE, ServerTarget
from unionapp.storage.schema_version import head_revision_id, known_revision_ids

log = logging.getLogger(__name__)

PasswordPrompt = Callable[[ServerTarget, str], str | None]
_UPGRADE_LOCK = 0x756E696F6E  # pg_advisory_xact_lock key for db upgrade ("union")
CONNECT_TIMEOUT_S = 8
TRUST_IDLE_S = 30.0  # a pooled connection idle longer than this is tested before use
_IDLE_SINCE = "unionapp_idle_since"


class PasswordNeeded(UserError):
    """The server wants a password that was not given (or the one given was wrong)."""


class SchemaTooOld(UserError):
    """The server's schema is older than this program: the administrator runs db upgrade."""


def keyring_password(target: ServerTarget) -> str | None:
    import keyring  # only when a server asks for a password: not on every start
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, target.keyring_user)
    except KeyringError as exc:
        log.info("keyring not readable: %s", exc)
        return None


def store_password(target: ServerTarget, password: str) -> None:
    """Keep the server password in the operating system's keyring (never in a file)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, target.keyring_user, password)
    except KeyringError as exc:
        raise UserError(f"无法把密码保存到系统密码库：{exc}") from exc


def make_server_engine(target: ServerTarget) -> Engine:
    """An engine for the server (no connection made yet).

    A pooled connection the server dropped while it sat idle (a restart, an administrator's
    ``pg_terminate_backend``, an idle timeout) is replaced before use, so the next work
    reconnects instead of failing; see ``_test_before_use`` for how that costs no round trip.
    """
    engine = create_engine(
        target.url,
        pool_size=2,
        hide_parameters=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "unionapp"},
    )
    event.listen(engine, "connect", _mark_idle)
    event.listen(engine, "checkin", _mark_idle)
    event.listen(engine, "checkout", _test_before_use)
    return engine


def _mark_idle(_dbapi_connection: Any, record: Any, *_: Any) -> None:
    record.info[_IDLE_SINCE] = time.monotonic()


def _test_before_use(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """Ping a pooled connection only when it may be dead, instead of before every use.

    An idle connection has nothing to read unless the server spoke unasked, which it does when
    it closes the connection (its notice, then the end of the stream): a quiet socket on a
    connection used within the last ``TRUST_IDLE_S`` seconds is alive. Otherwise (something to
    read, or idle longer: the PC may have slept, the network may have changed) one round trip
    tests it, as ``pool_pre_ping`` would on every checkout; a failed test makes the pool
    connect afresh.
    """
    if dbapi_connection.closed:
        raise DisconnectionError("the connection was closed")
    idle = time.monotonic() - record.info.get(_IDLE_SINCE, 0.0)
    if idle < TRUST_IDLE_S and not _has_input(dbapi_connection):
        return
    try:
        _ping(dbapi_connection)
    except Exception as exc:  # whatever the driver says of a dead connection
        raise DisconnectionError(f"the server dropped the connection: {exc}") from exc


def _ping(dbapi_connection: Any) -> None:
    """One round trip that opens no transaction (as ``pool_pre_ping``'s)."""
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True
    try:
        dbapi_connection.execute(";")
    finally:
        if not dbapi_connection.closed:
            dbapi_connection.autocommit = autocommit


def _has_input(dbapi_connection: Any) -> bool:
    """True when the server sent something on a connection where no query is running."""
    try:
        readable, _, _ = sockets.select([dbapi_connection.fileno()], [], [], 0)
    except (OSError, ValueError):
        return True  # no usable socket: let the test find out
    return bool(readable)


def connection_problem(exc: BaseException, target: ServerTarget) -> UserError:
    """A plain Chinese message for a failed connection: which server, and what to do."""
    message = str(getattr(exc, "orig", None) or exc)
    url = target.url
    where = f"{url.host}:{url.port or 5432}"
    lowered = message.lower()
    if "password authentication failed" in lowered:
        return PasswordNeeded(f"服务器 {where} 拒绝登录：用户 {url.username} 的密码不对。")
    if "no password supplied" in lowered:
        return PasswordNeeded(f"服务器 {where} 要求输入用户 {url.username} 的密码。")
    if "does not exist" in lowered and "database" in lowered:
        return UserError(
            f"服务器 {where} 上没有数据库 {url.database}。请管理员先创建它（见用户指南“多人共用”一节）。"
        )
    if "does not exist" in lowered and "role" in lowered:
        return UserError(f"服务器 {where} 上没有登录名 {url.username}。请管理员先创建它。")
    if "ssl" in lowered and ("not support" in lowered or "required" in lowered):
        return UserError(
            f"服务器 {where} 不支持加密连接（TLS），而设置要求加密（sslmode={target.sslmode}）。"
        )
    if "pg_hba.conf" in lowered:
        return UserError(
            f"服务器 {where} 不允许这台电脑以 {url.username} 登录数据库 {url.database}"
            "（pg_hba.conf 中没有相应条目）。请管理员设置。"
        )
    if any(
        sign in lowered
        for sign in (
            "connection refused",
            "timeout",
            "timed out",
            "resolve host",
            "could not translate host",
            "no route to host",
            "network is unreachable",
            "could not connect",
        )
    ):
        return UserError(
            f"无法连接数据库服务器 {where}：服务器没有运行，地址或端口不对，或者被防火墙挡住。"
        )
    first_line = message.strip().splitlines()[0] if message.strip() else type(exc).__name__
    return UserError(f"无法连接数据库服务器 {where}：{first_line}")


_NO_PRIVILEGE = "42501"
_SERVER_STATES = {
    _NO_PRIVILEGE: "这个登录名没有相应的权限，请管理员授权",
    "53100": "服务器的磁盘已满",
    "53200": "服务器内存不足",
    "57P01": "与数据库服务器的连接中断了（服务器重启或被管理员断开）",
    "40001": "另一台电脑同时修改了同样的数据，请重试",
    "40P01": "另一台电脑同时修改了同样的数据，请重试",
}


def server_problem(exc: DBAPIError) -> str | None:
    """What a failure during work on a server means for the user, or None for a bug."""
    state = getattr(exc.orig, "sqlstate", None)
    if state in _SERVER_STATES:
        return _SERVER_STATES[state]
    if exc.connection_invalidated or isinstance(exc, OperationalError):
        return "与数据库服务器的连接中断了（服务器重启或网络断开）"
    return None


def connect(target: ServerTarget, prompt: PasswordPrompt | None = None) -> Engine:
    """An engine whose first connection succeeded. A server that asks for a password gets the
    one in the URL, else the keyring's, else ``prompt``'s (asked again after a wrong one, until
    it returns None)."""
    tried_keyring = target.url.password is not None
    while True:
        engine = make_server_engine(target)
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
            return engine
        except (OperationalError, DBAPIError) as exc:
            engine.dispose()
            problem = connection_problem(exc, target)
            if not isinstance(problem, PasswordNeeded):
                raise problem from None
            password = None
            if not tried_keyring:
                tried_keyring = True
                password = keyring_password(target)
            if password is None and prompt is not None:
                password = prompt(target, str(problem))
            if password is None:
                raise problem from None
            target = target.with_password(password)


def server_revision(connection: Connection) -> str | None:
    """The schema revision stored on the server (None for a database without our tables)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def require_current_schema(engine: Engine, target: ServerTarget) -> None:
    """Refuse a newer schema; ask for ``db upgrade`` for an empty or older one. Writes nothing."""
    try:
        with engine.connect() as connection:
            revision = server_revision(connection)
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != _NO_PRIVILEGE:
            raise
        raise UserError(
            f"登录名 {target.url.username} 没有使用数据库 {target.display} 中数据表的权限。"
            "请管理员授权（GRANT），或用建立数据表的登录名。"
        ) from None
    if revision == head_revision_id():
        return
    if revision is None:
        raise SchemaTooOld(
            f"服务器上的数据库 {target.display} 还没有本程序的数据表。请管理员运行 db upgrade。"
        )
    if revision not in known_revision_ids():
        raise DatabaseTooNew(
            f"服务器上的数据库 {target.display} 由更新版本的基层工会助手升级过（结构版本 {revision}），"
            "本程序无法使用它。请安装最新版本；数据未做任何改动。"
        )
    raise SchemaTooOld(
        f"服务器上的数据库 {target.display} 的结构版本较旧（{revision}，本程序需要 "
        f"{head_revision_id()}）。请管理员运行 db upgrade。"
    )


def open_server(target: ServerTarget, prompt: PasswordPrompt | None = None) -> Engine:
    """Connect and check the schema: the engine the window and the commands work with."""
    engine = connect(target, prompt)
    try:
        require_current_schema(engine, target)
    except BaseException:
        engine.dispose()
        raise
    log.info("opened server database %s (sslmode=%s)", target.display, target.sslmode)
    return engine


def check_connection(target: ServerTarget) -> str:
    """The connection test of the window: connect, check the schema, say whether TLS is on."""
    engine = connect(target)
    try:
        require_current_schema(engine, target)
        with engine.connect() as connection:
            tls = connection.exec_driver_sql(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).scalar()
    finally:
        engine.dispose()
    return f"连接成功：{target.display}，数据表为最新结构（{head_revision_id()}），" + (
        "连接已加密（TLS）。" if tls else "连接未加密（服务器未提供 TLS）。"
    )


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    catalogue_years: list[int]
    union_created: bool

    @property
    def changed(self) -> bool:
        return self.before != self.after or bool(self.catalogue_years) or self.union_created


def upgrade_server(engine: Engine) -> UpgradeResult:
    """Create or migrate the schema, load the shipped catalogue and the union's profile row."""
    from unionapp.storage.migrate import head_revision, upgrade

    with engine.connect() as connection:
        connection.begin()
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _UPGRADE_LOCK})
        before = server_revision(connection)
        if before is not None and before not in known_revision_ids():
            connection.rollback()
            raise DatabaseTooNew(
                f"服务器上的数据库结构版本 {before} 比本程序新，不能用本程序升级；数据未做任何改动。"
            )
        if before != head_revision():
            upgrade(connection)  # commits
        else:
            connection.commit()
    with Session(engine) as session:
        from unionapp.catalogue.seed import seed_bundled_catalogues
        from unionapp.models import UnionProfile

        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _UPGRADE_LOCK})
        years = seed_bundled_catalogues(session)
        created = session.get(UnionProfile, 1) is None
        if created:
            session.add(UnionProfile(id=1))
        session.commit()
    return UpgradeResult(before, head_revision(), years, created)


def reset_sequences(connection: Connection) -> None:
    """Move each table's id sequence past its highest id (after rows written with their ids)."""
    for table in SQLModel.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].name != "id" or keys[0].autoincrement is False:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f'COALESCE((SELECT MAX(id) FROM "{table.name}"), 0) + 1, false) '
                f"WHERE pg_get_serial_sequence('{table.name}', 'id') IS NOT NULL"
            )
        )


def check_server(engine: Engine) -> dict[str, str]:
    """``check`` on a server: the schema revision, the foreign keys, the attachments' hashes."""
    with engine.connect() as connection:
        revision = server_revision(connection)
        expected = sum(len(t.foreign_keys) for t in SQLModel.metadata.sorted_tables)
        present, unvalidated = connection.execute(
            text(
                "SELECT count(*), count(*) FILTER (WHERE NOT convalidated) FROM pg_constraint c "
                "JOIN pg_namespace n ON n.oid = c.connamespace "
                "WHERE c.contype = 'f' AND n.nspname = current_schema()"
            )
        ).one()
        attachments = stored_file_problems(connection)
    if revision == head_revision_id():
        integrity = "ok"
    elif revision is None:
        integrity = "没有数据表（请运行 db upgrade）"
    else:
        integrity = f"结构版本 {revision}，应为 {head_revision_id()}"
    if unvalidated:
        foreign_keys = f"{unvalidated} 个外键约束未经校验"
    elif present < expected:
        foreign_keys = f"缺少外键约束（有 {present} 个，应有 {expected} 个）"
    else:
        foreign_keys = "ok"
    return {
        "integrity": integrity,
        "foreign_keys": foreign_keys,
        "revision": revision or "",
        "attachments": "ok" if not attachments else "; ".join(attachments[:5]),
    }


def stored_file_problems(connection: Connection, *, references: bool = True) -> list[str]:
    """Attachments kept in the database whose content does not match their sha256 and, with
    ``references``, attachments whose content is missing. Empty when all is well (or when no
    such table exists yet)."""
    table = SQLModel.metadata.tables.get("stored_file")
    if table is None or not inspect(connection).has_table("stored_file"):
        return []
    problems = []
    rows = connection.execution_options(yield_per=200).execute(
        select(table.c.sha256, table.c.content)
    )
    for sha256, content in rows:
        if hashlib.sha256(bytes(content)).hexdigest() != sha256:
            problems.append(f"附件内容与校验值不符：{sha256[:12]}…")
    if references:
        attachment = SQLModel.metadata.tables["attachment"]
        missing = connection.execute(
            select(attachment.c.id).where(attachment.c.sha256.not_in(select(table.c.sha256)))
        ).scalars()
        problems += [f"附件 {number} 的内容不在数据库中" for number in missing]
    return problems
