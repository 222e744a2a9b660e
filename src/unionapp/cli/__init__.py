"""The command line: ``unionapp [--data-dir DIR] [--database URL] COMMAND``, a thin layer over the same core as the window.

Exit codes: 0 success; 1 a problem the user can act on (one line on stderr); 2 a usage error;
3 a bug (traceback on stderr and in the log).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from importlib import import_module

from unionapp import __version__
from unionapp.errors import UserError

log = logging.getLogger(__name__)

# Each module defines ``register(subparsers)``; commands set ``func(args) -> int``.
COMMAND_MODULES = [
    "unionapp.cli.union_cmd",
    "unionapp.cli.catalog_cmd",
    "unionapp.cli.maintenance_cmd",
    "unionapp.cli.application_cmd",
    "unionapp.cli.tracking_cmd",
    "unionapp.cli.report_cmd",
    "unionapp.cli.roster_cmd",
    "unionapp.cli.db_cmd",
]


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse with its usage errors in Chinese (exit code 2 as usual)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: 参数错误：{message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = ChineseArgumentParser(
        prog="unionapp",
        description="基层工会助手：不带命令时打开窗口；带命令时在命令行中完成同样的工作。",
    )
    parser.add_argument("--version", action="version", version=f"unionapp {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="数据文件夹（默认：用户数据文件夹）")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="使用 PostgreSQL 服务器上的数据库：postgresql://用户名@服务器:端口/数据库名"
        "（也可用环境变量 UNIONAPP_DATABASE_URL）",
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=ChineseArgumentParser
    )
    for module_name in COMMAND_MODULES:
        import_module(module_name).register(subparsers)
    return parser


def main(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UserError as exc:  # a value of the right type but out of range (see cli.common)
        print(f"unionapp: {exc}", file=sys.stderr)
        return 1
    if args.command is None:
        from unionapp.ui.app import run_gui

        return run_gui(args.data_dir, args.database)
    func = getattr(args, "func", None)
    if func is None:  # a command group given without its subcommand
        parser.parse_args([*argv, "--help"])
        return 2
    try:
        return int(func(args) or 0)
    except UserError as exc:
        print(f"unionapp: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("unionapp: 已取消", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader of our output went away (e.g. `| head`): not a bug
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception:
        log.exception("command %s failed", args.command)
        traceback.print_exc()
        print("unionapp: 程序内部错误（上面是详细信息，日志中也有记录）。", file=sys.stderr)
        return 3
