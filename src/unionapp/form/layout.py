"""The measured layout of Attachment 3 as data: every position, size and printed label.

Lengths are in PDF points (1/72 inch); ``MM`` converts millimetres. Vertical positions are
measured downward from the top edge of the page (as pdfplumber reports them). No drawing code
holds a number of its own: change the look of the form here.
"""

from __future__ import annotations

from dataclasses import dataclass

MM = 72 / 25.4

# --- page (A4 portrait) ---------------------------------------------------------------------
PAGE_WIDTH = 210 * MM
PAGE_HEIGHT = 297 * MM
MARGIN_LEFT = 18 * MM
MARGIN_RIGHT = 18 * MM
MARGIN_BOTTOM = 10 * MM

# --- type -----------------------------------------------------------------------------------
TITLE = "北京市总工会职工文体服务项目申请表"
TITLE_SIZE = 18.0  # 小二号, as official form titles
TITLE_BASELINE = 22 * MM
TITLE_STROKE_WIDTH = 0.7  # fill + stroke: UMing has no bold face
TITLE_CHAR_SPACE = 1.0

# Every other text is also filled and outlined with a hairline: it gives the light UMing face
# the weight of a regular 宋体 on paper.
TEXT_STROKE_WIDTH = 0.15

HEADER_SIZE = 12.0  # 小四号
PROVIDER_PREFIX = "申请服务提供单位："
PROVIDER_BASELINE = 32 * MM
PROJECT_NUMBER_TEXT = "项目编号：（不填）"
PROJECT_NUMBER_BASELINE = 39 * MM

LABEL_SIZE = 12.0  # first line of a label
LABEL_NOTE_SIZE = 10.5  # its bracketed second line (五号)
LABEL_LEADING_RATIO = 1.35
LABEL_PAD_X = 1.5 * MM  # a label line wider than its cell less this shrinks to fit

VALUE_SIZE = 12.0  # a value starts at 小四 and shrinks when it does not fit ...
FLOOR_SIZE = 9.0  # ... down to 小五, never smaller
SIZE_STEP = 0.5
VALUE_LEADING_RATIO = 1.25

CELL_PAD_X = 2.0 * MM
CELL_PAD_Y = 1.2 * MM

# --- table ----------------------------------------------------------------------------------
TABLE_TOP = 43 * MM
TABLE_LEFT = MARGIN_LEFT
LABEL_WIDTH = 38 * MM
LEFT_VALUE_WIDTH = 46 * MM
RIGHT_LABEL_WIDTH = 44 * MM
RIGHT_VALUE_WIDTH = 46 * MM
TABLE_WIDTH = LABEL_WIDTH + LEFT_VALUE_WIDTH + RIGHT_LABEL_WIDTH + RIGHT_VALUE_WIDTH
TABLE_RIGHT = TABLE_LEFT + TABLE_WIDTH

# x of each column's left edge
X_LABEL = TABLE_LEFT
X_VALUE = X_LABEL + LABEL_WIDTH
X_RIGHT_LABEL = X_VALUE + LEFT_VALUE_WIDTH
X_RIGHT_VALUE = X_RIGHT_LABEL + RIGHT_LABEL_WIDTH

OUTER_LINE_WIDTH = 1.0
INNER_LINE_WIDTH = 0.5


@dataclass(frozen=True)
class RowSpec:
    """One row of the table: its label, the field it holds, and how tall it may be.

    ``right_label``/``right_field`` split the row into four cells (rows 3 and 4); otherwise
    the value spans the full width. A flexible row grows into the page's free space.
    """

    field: str
    label: str
    min_height: float
    flexible: bool = False
    grow_weight: float = 0.0
    right_field: str | None = None
    right_label: str | None = None


ROWS: tuple[RowSpec, ...] = (
    RowSpec("union_name", "申请服务工会名称", 11 * MM),
    RowSpec("contact", "联系人及职务", 11 * MM),
    RowSpec(
        "service_time",
        "申请服务时间\n（请写明具体时间）",
        15 * MM,
        right_field="phone",
        right_label="联系电话",
    ),
    RowSpec(
        "service_item",
        "申报服务项目",
        15 * MM,
        right_field="category",
        right_label="类别/内容\n（无具体类别不需填写）",
    ),
    RowSpec("scale", "服务职工规模", 11 * MM),
    RowSpec("location", "服务地点", 11 * MM),
    RowSpec("needs", "提供服务需求", 16 * MM, flexible=True, grow_weight=0.4),
    RowSpec("notes", "其他说明事项", 14 * MM, flexible=True, grow_weight=0.3),
    RowSpec("opinion", "本单位工会意见", 50 * MM, flexible=True, grow_weight=0.3),
)

FLEXIBLE_TOP_ALIGNED = frozenset({"needs", "notes", "opinion"})
"""Fields whose text starts at the top of the cell; the others are centred vertically."""

# --- the 本单位工会意见 row: opinion text, declaration date and the seal square ---------------
SEAL_SIZE = 45 * MM
SEAL_INSET_RIGHT = 3 * MM  # from the table's right line to the square
SEAL_GAP_LEFT = 3 * MM  # between the opinion text and the square
SEAL_WORDS = "盖章处"
SEAL_WORDS_SIZE = 12.0
SEAL_WORDS_CHAR_SPACE = 6.0
SEAL_WORDS_BASELINE = 14 * MM  # below the square's top
SEAL_DATE_BLANK = "年\u3000\u3000月\u3000\u3000日"  # 年  月  日 for the pen
SEAL_DATE_SIZE = 12.0
SEAL_DATE_BASELINE = 38 * MM  # below the square's top
SEAL_DATE_INSET_RIGHT = 4 * MM  # right-aligned in the square, as on paper forms

DECLARED_PREFIX = "申报日期："
DECLARED_SIZE = 12.0
DECLARED_BASELINE_ABOVE_ROW_BOTTOM = 5 * MM
DECLARED_GAP_ABOVE = 2 * MM  # between the opinion text and the 申报日期 line

# --- notes 说明 below the table ----------------------------------------------------------------
NOTES_GAP_ABOVE = 2.5 * MM
NOTES_SIZE = 9.0
NOTES_LEADING_RATIO = 1.35
NOTES_HEADING = "说明："
# Note 3's contact list is set in short lines (\n), one or two hosting units each, so that no
# name or bracket is split across lines.
NOTES: tuple[str, ...] = (
    "1.本表为一事一报，如有多项申请，请分别填写（表格可复印）。",
    "2.请将填写好的申报表加盖本单位工会公章后，报送至文体服务提供单位。",
    # The transcription of the notice writes 吴镒 here but 吴 镝 (same phones) in Attachment 1;
    # 镝 is taken as right and 镒 as an OCR slip.
    "3.联系人及联系电话：北京市总工会宣教部：彭鹏程 55564537、18810809100\n"
    "北京市劳动人民文化宫：吴镝 65116642、13910662798（服务及辅导类）；"
    "才华 65116741（服务及培训类）；\n"
    "\u3000\u3000李源恒 65116615（展览类）；李露鑫 13811719122（戏剧类）\n"
    "北京职工体育服务中心：孟昭飞 65520099-6177、13911992432；"
    "北京市职工体育协会：陈国栋 18911925041\n"
    "北京市职工文化协会：赵文君 13811646663；北京职工书画协会：姜维依 13810351108\n"
    "北京市职工文学艺术促进会：朱地 13466686901",
)
NOTES_INDENT = NOTES_SIZE  # hanging indent of the numbered notes: the width of "1."
