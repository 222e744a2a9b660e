"""Pieces every screen uses: error dialogs, labels, collation, background tasks, the UI language."""
