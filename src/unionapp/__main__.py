"""``unionapp`` and ``python -m unionapp``: the window without a command, the command line with one."""

from __future__ import annotations

import sys

_WINDOW_OPTIONS = ("--data-dir", "--database")


def _window_options(argv: list[str]) -> dict[str, str] | None:
    """{option: value} when the arguments ask for the window only: nothing but --data-dir
    and --database; None when they name a command (or anything else)."""
    found: dict[str, str] = {}
    rest = list(argv)
    while rest:
        name, _, value = rest.pop(0).partition("=")
        if name not in _WINDOW_OPTIONS or name in found:
            return None
        if not value:
            if not rest:
                return None
            value = rest.pop(0)
        found[name] = value
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    window = _window_options(args)
    if window is not None:  # straight to the window: the command modules are not needed
        from unionapp.ui.app import run_gui

        return run_gui(window.get("--data-dir"), window.get("--database"))
    from unionapp.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
