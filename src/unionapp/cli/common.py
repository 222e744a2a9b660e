"""Helpers shared by the command modules: opening the data folder and printing results."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from unionapp.errors import UserError
from unionapp.storage.context import AppContext, open_context
from unionapp.storage.engine import ServerTarget, chosen_database_url


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="输出一个 JSON 文档（供脚本使用）")


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[AppContext]:
    """The data folder (or server) named on the command line, opened for one command."""
    ctx = open_context(
        args.data_dir, database=chosen_database_url(args.database), prompt=ask_password
    )
    if ctx.storage_warning:  # e.g. the data folder is on a network drive
        print(f"unionapp: 注意：{ctx.storage_warning}", file=sys.stderr)
    try:
        yield ctx
    finally:
        ctx.close()


def ask_password(target: ServerTarget, problem: str) -> str | None:
    """Ask for the server password on the terminal (never echoed); None without a terminal."""
    if not sys.stdin.isatty():
        return None
    print(f"unionapp: {problem}", file=sys.stderr)
    return getpass.getpass(f"{target.display} 的密码（直接回车放弃）：") or None


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def emit(args: argparse.Namespace, data: Any, text: str | list[str]) -> None:
    """Print one JSON document with --json, else the human-readable text."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=_default))
    else:
        print(text if isinstance(text, str) else "\n".join(text))


def existing_file(value: str) -> Path:
    path = Path(value)
    if not path.is_file():
        raise UserError(f"找不到文件：{value}")
    return path


def parse_iso_date(value: str, what: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{what}不是有效日期（应为 YYYY-MM-DD）：{value}") from None


def _bounded_int(value: str, low: int, high: int, what: str) -> int:
    number = int(value)  # ValueError: argparse reports a usage error (exit 2)
    if not low <= number <= high:
        raise UserError(f"{what}超出范围（应在 {low} 到 {high} 之间）：{value}")
    return number


def record_id(value: str) -> int:
    """argparse type for a record number (application, member)."""
    return _bounded_int(value, 1, 2**63 - 1, "编号")


def year_number(value: str) -> int:
    """argparse type for a year."""
    return _bounded_int(value, 1900, 2100, "年度")


def small_count(value: str) -> int:
    """argparse type for a count of days or people."""
    return _bounded_int(value, 0, 1_000_000, "数值")
