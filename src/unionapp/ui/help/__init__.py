"""The user guide window and the About dialog."""
