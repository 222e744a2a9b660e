"""Entry script of the frozen program: the same ``main`` as the ``unionapp`` console script."""

import sys

from unionapp.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
