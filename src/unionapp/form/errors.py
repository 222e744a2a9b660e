"""Problems with a form's text that the user can fix before printing."""

from __future__ import annotations

from unionapp.form.data import FIELD_LABELS

_OTHER_LABELS = {"title": "表格标题"}


def field_label(field: str) -> str:
    """Return the Chinese label of a form field (the field name itself if it has none)."""
    return FIELD_LABELS.get(field) or _OTHER_LABELS.get(field, field)


def _which_form(form_number: int | None) -> str:
    return f"第 {form_number} 份申请表：" if form_number is not None else ""


class GlyphMissingError(ValueError):
    """A character of a field is in none of the bundled fonts, so it cannot be printed."""

    def __init__(self, field: str, char: str, *, form_number: int | None = None) -> None:
        self.field = field
        self.char = char
        self.form_number = form_number
        super().__init__(
            f"{_which_form(form_number)}字段“{field_label(field)}”中的字符“{char}”"
            f"（U+{ord(char):04X}）没有可用字体，无法打印。请改用常用字或拼音。"
        )


class FieldTooLongError(ValueError):
    """A field's text does not fit its cell on the one-page form, even at the smallest size."""

    def __init__(self, field: str, message: str, *, form_number: int | None = None) -> None:
        self.field = field
        self.detail = message
        self.form_number = form_number
        super().__init__(f"{_which_form(form_number)}{message}")
