"""Benchmarks beside the status quo and the floor (issue 9): ``python -m bench`` or ``bench/run``."""
