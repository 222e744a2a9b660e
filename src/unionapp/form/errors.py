"""Problems with a form's text that the user can fix before printing."""

from __future__ import annotations

from unionapp.form.data import FIELD_LABELS


def field_label(field: str) -> str:
    """Return the Chinese label of a form field (the field name itself if it has none)."""
    return FIELD_LABELS.get(field, field)


class GlyphMissingError(ValueError):
    """A character of a field is in none of the bundled fonts, so it cannot be printed."""

    def __init__(self, field: str, char: str) -> None:
        self.field = field
        self.char = char
        super().__init__(
            f"字段“{field_label(field)}”中的字符“{char}”（U+{ord(char):04X}）没有可用字体，"
            "无法打印。请改用常用字或拼音。"
        )


class FieldTooLongError(ValueError):
    """A field's text does not fit its cell on the one-page form, even at the smallest size."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)
