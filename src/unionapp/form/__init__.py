"""Attachment 3 (北京市总工会职工文体服务项目申请表) as a one-page A4 PDF per form.

Pure core: reportlab and the bundled fonts, no database and no Qt.
"""

from unionapp.form.data import FIELD_LABELS, FormData, format_cn_date, format_service_time
from unionapp.form.errors import FieldTooLongError, GlyphMissingError
from unionapp.form.fonts import missing_characters
from unionapp.form.plan import Box, FormGeometry, form_geometry
from unionapp.form.render import render_forms

__all__ = [
    "FIELD_LABELS",
    "Box",
    "FieldTooLongError",
    "FormData",
    "FormGeometry",
    "GlyphMissingError",
    "form_geometry",
    "format_cn_date",
    "format_service_time",
    "missing_characters",
    "render_forms",
]
