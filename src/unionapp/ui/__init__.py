"""The Qt window: the only part of unionapp that imports PySide6."""
