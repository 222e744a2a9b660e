"""``unionapp`` and ``python -m unionapp``: the window without a command, the command line with one."""

from __future__ import annotations

import sys


def _window_data_dir(argv: list[str]) -> tuple[bool, str | None]:
    """(True, data_dir) when the arguments ask for the window only: nothing, or just --data-dir."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir":
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir="):
        return True, argv[0].split("=", 1)[1]
    return False, None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    window, data_dir = _window_data_dir(args)
    if window:  # straight to the window: the command modules (and their imports) are not needed
        from unionapp.ui.app import run_gui

        return run_gui(data_dir)
    from unionapp.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
