"""``unionapp`` and ``python -m unionapp``: the window without a command, the command line with one."""

import sys


def main(argv: list[str] | None = None) -> int:
    from unionapp.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
