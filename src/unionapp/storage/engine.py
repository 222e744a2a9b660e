"""Which database the program works on: the data folder's SQLite file, or a PostgreSQL server
named by a URL (``--database``, ``UNIONAPP_DATABASE_URL``, or the window's 共享数据库 setting).

A server URL reads ``postgresql://user@host:port/database``; the program picks the driver
(psycopg 3). TLS is used when the server offers it (``sslmode=prefer``) unless the URL asks for
more (``?sslmode=require``). A password is never kept in a file: it comes from the URL given for
one run, the system keyring, or a prompt; URLs are shown and logged with the password hidden.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError

from unionapp.errors import UserError

ENV_DATABASE_URL = "UNIONAPP_DATABASE_URL"
KEYRING_SERVICE = "unionapp-database"
DRIVER = "postgresql+psycopg"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


@dataclass(frozen=True)
class ServerTarget:
    """A PostgreSQL database named by a URL (the password, if any, only for this run)."""

    url: URL

    @property
    def display(self) -> str:
        """``postgresql://user@host:port/db``: for messages, logs and settings (no password)."""
        port = f":{self.url.port}" if self.url.port else ""
        user = f"{self.url.username}@" if self.url.username else ""
        return f"postgresql://{user}{self.url.host}{port}/{self.url.database}"

    @property
    def keyring_user(self) -> str:
        """The name the password is kept under in the keyring: login, server and database."""
        return self.display.removeprefix("postgresql://")

    @property
    def sslmode(self) -> str:
        return str(self.url.query.get("sslmode", "prefer"))

    def with_password(self, password: str | None) -> ServerTarget:
        return ServerTarget(self.url.set(password=password))


def parse_database_url(text: str) -> ServerTarget:
    """Read a server URL; a plain Chinese UserError says what is wrong with a bad one."""
    text = text.strip()
    try:
        url = make_url(text)
    except ArgumentError:
        raise UserError(
            f"数据库地址格式不对：{_hide_password(text)}。应为 postgresql://用户名@服务器:端口/数据库名"
        ) from None
    if url.drivername not in _SCHEMES:
        raise UserError(
            f"不支持的数据库地址：{url.drivername}://…（只支持 PostgreSQL：postgresql://用户名@服务器:端口/数据库名）"
        )
    if not url.host or not url.database:
        raise UserError(
            f"数据库地址缺少服务器或数据库名：{_hide_password(text)}。"
            "应为 postgresql://用户名@服务器:端口/数据库名"
        )
    sslmode = url.query.get("sslmode", "prefer")
    if sslmode not in SSL_MODES:
        raise UserError(f"sslmode 的值不对：{sslmode}（可用：{'、'.join(SSL_MODES)}）")
    unknown = set(url.query) - {"sslmode", "connect_timeout", "application_name"}
    if unknown:
        raise UserError(f"数据库地址中有不认识的参数：{'、'.join(sorted(unknown))}")
    return ServerTarget(url.set(drivername=DRIVER).update_query_dict({"sslmode": sslmode}))


def chosen_database_url(option: str | None) -> str | None:
    """The server named on the command line, else in the environment; None for the data folder."""
    return option or os.environ.get(ENV_DATABASE_URL) or None


def is_server(engine: Engine) -> bool:
    """True on a PostgreSQL server, False on the data folder's SQLite file."""
    return engine.dialect.name == "postgresql"


def copy_from_allowed(connection: Connection, table: str) -> bool:
    """Whether ``COPY … FROM`` (a server's fast bulk load) may write ``table``: PostgreSQL refuses
    it where row-level security holds the login (a chair, staff, the database's owner), which
    then writes row by row; a superuser, or a login that bypasses it, may."""
    if connection.dialect.name != "postgresql":
        return False
    allowed = connection.exec_driver_sql(
        "SELECT NOT c.relrowsecurity OR r.rolsuper OR r.rolbypassrls "
        "FROM pg_class c, pg_roles r WHERE c.oid = %(table)s::regclass "
        "AND r.rolname = current_user",
        {"table": table},
    )
    return bool(allowed.scalar())


def _hide_password(text: str) -> str:
    try:
        return make_url(text).render_as_string(hide_password=True)
    except ArgumentError:
        return "（无法识别的地址）"
