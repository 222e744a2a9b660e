"""``unionapp union show|set``: the union profile."""

from __future__ import annotations

import argparse

from unionapp.cli.common import add_json_flag, emit, opened
from unionapp.union import UNION_FIELD_LABELS, get_union, update_union

_OPTIONS = {
    "name": "--name",
    "chairperson": "--chairperson",
    "contact": "--contact",
    "contact_title": "--title",
    "phone": "--phone",
    "address": "--address",
    "email": "--email",
    "parent_federation": "--parent",
    "report_recipients": "--recipients",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    union = subparsers.add_parser("union", help="本工会资料")
    commands = union.add_subparsers(dest="union_command", metavar="SUBCOMMAND")
    show = commands.add_parser("show", help="显示本工会资料")
    add_json_flag(show)
    show.set_defaults(func=show_union)
    change = commands.add_parser("set", help="修改本工会资料")
    for field, option in _OPTIONS.items():
        change.add_argument(option, dest=field, metavar="TEXT", help=UNION_FIELD_LABELS[field])
    add_json_flag(change)
    change.set_defaults(func=set_union)


def _lines(data: dict[str, str]) -> list[str]:
    return [f"{UNION_FIELD_LABELS[k]}：{v}" for k, v in data.items()]


def show_union(args: argparse.Namespace) -> int:
    with opened(args) as ctx, ctx.session() as session:
        data = get_union(session).to_dict()
    emit(args, data, _lines(data))
    return 0


def set_union(args: argparse.Namespace) -> int:
    changes = {f: getattr(args, f) for f in _OPTIONS if getattr(args, f) is not None}
    with opened(args) as ctx, ctx.session() as session:
        data = update_union(session, **changes).to_dict()
    emit(args, data, ["已保存。", *_lines(data)])
    return 0
