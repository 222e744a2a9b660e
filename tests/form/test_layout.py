"""The measured layout holds together: columns, labels and the seal square fit the page."""

import pytest

from unionapp.form import FormData, form_geometry
from unionapp.form import layout as L
from unionapp.form.fonts import text_width


def test_table_spans_the_page_between_its_margins() -> None:
    assert abs(L.TABLE_LEFT - L.MARGIN_LEFT) < 1e-6
    assert abs(L.TABLE_RIGHT - (L.PAGE_WIDTH - L.MARGIN_RIGHT)) < 1e-6


def test_every_label_line_fits_its_cell_at_full_size() -> None:
    label_widths = [(spec.label, L.LABEL_WIDTH) for spec in L.ROWS]
    label_widths += [(spec.right_label, L.RIGHT_LABEL_WIDTH) for spec in L.ROWS if spec.right_label]
    for label, cell_width in label_widths:
        for index, line in enumerate(label.split("\n")):
            size = L.LABEL_SIZE if index == 0 else L.LABEL_NOTE_SIZE
            assert text_width(line, size) <= cell_width - 2 * L.LABEL_PAD_X, line


def test_labels_are_the_notices_words() -> None:
    labels = [spec.label for spec in L.ROWS] + [s.right_label for s in L.ROWS if s.right_label]
    assert labels == [
        "申请服务工会名称",
        "联系人及职务",
        "申请服务时间\n（请写明具体时间）",
        "申报服务项目",
        "服务职工规模",
        "服务地点",
        "提供服务需求",
        "其他说明事项",
        "本单位工会意见",
        "联系电话",
        "类别/内容\n（无具体类别不需填写）",
    ]


@pytest.mark.parametrize("include_notes", [True, False])
def test_blank_form_fills_the_page_and_keeps_the_seal_clear(include_notes: bool) -> None:
    geometry = form_geometry(FormData(), include_notes=include_notes)
    seal = geometry.seal_box
    opinion_row = geometry.label_boxes["opinion"]
    assert geometry.table_box.bottom <= L.PAGE_HEIGHT - L.MARGIN_BOTTOM + 1e-6
    assert opinion_row.top < seal.top and seal.bottom < opinion_row.bottom
    assert seal.x1 < L.TABLE_RIGHT
    assert geometry.value_boxes["opinion"].x1 < seal.x0
    assert geometry.value_boxes["declared_on"].x1 <= seal.x0
    assert seal.width == pytest.approx(45 * L.MM)
