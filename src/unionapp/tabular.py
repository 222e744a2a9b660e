"""Reading and writing simple tables the way Chinese office users' files come.

Workbooks (.xlsx, .xlsm, .xls, .xlsb, .ods) are read with python-calamine, one checked way for
the roster and the catalogue: a WPS .et file, a file with a password, and a damaged file each
get a message naming the file and saying what to do. Tables are written as .xlsx or .csv.

CSV is decoded as UTF-8 (with or without BOM) or UTF-16 with BOM first, GB18030 only after UTF-8
fails (GB18030 would silently turn UTF-8 bytes into garbage). Written cells can never run as
formulas: CSV cells starting with = + - @, tab or CR get a leading apostrophe; XLSX cells are
written as strings.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unionapp.errors import UserError
from unionapp.storage.atomic_files import verify_zip, write_atomically

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"})
READABLE_TEXT = ".xlsx、.xls、.xlsb、.ods 或 .csv"
_CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # OLE container: an .xls, or an encrypted .xlsx
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")
_SAVE_AS_XLSX = "另存为 Excel 工作簿（.xlsx）后再导入"


@dataclass(frozen=True)
class WorkbookSheet:
    """A worksheet's cells; ``first_row``/``first_column`` (0-based) is where ``cells`` start."""

    name: str
    first_row: int
    first_column: int
    cells: list[list[Any]]


def read_workbook(path: Path) -> list[WorkbookSheet]:
    """Every worksheet of a workbook (chart sheets skipped), or UserError saying what to do."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".et", ".ett"):
        raise UserError(
            f"文件“{path.name}”是 WPS 表格文件（{suffix}），本程序不能直接读取：请在 WPS 中打开它，"
            f"点“文件 → 另存为”，{_SAVE_AS_XLSX}。"
        )
    if suffix not in WORKBOOK_SUFFIXES:
        raise UserError(f"文件“{path.name}”不是表格文件：只能导入 {READABLE_TEXT} 文件。")
    password = (
        f"文件“{path.name}”设置了打开密码，本程序不能读取：请在 Excel/WPS 中打开它，"
        "取消密码（“文件 → 信息 → 保护工作簿”或 WPS 的“文件 → 文档加密”）并保存后再导入。"
    )
    with path.open("rb") as handle:
        head = handle.read(len(_CFB_MAGIC))
        encrypted = head == _CFB_MAGIC and _ENCRYPTED_OOXML in handle.read(8 * 1024 * 1024)
    if encrypted:
        raise UserError(password)
    if head == _CFB_MAGIC and suffix in (".xlsx", ".xlsm", ".xlsb"):  # these are zip files
        raise UserError(
            f"文件“{path.name}”设置了打开密码，或其实是旧版 .xls 文件：若有密码，请在 Excel/WPS 中"
            "取消密码并保存后再导入；若是 .xls 文件，把扩展名改为 .xls 即可导入。"
        )
    # Imported here, not at the top: only an import needs it (the window's memory).
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError, SheetTypeEnum

    try:
        with CalamineWorkbook.from_path(str(path)) as workbook:
            sheets = []
            for index, metadata in enumerate(workbook.sheets_metadata):
                if metadata.typ != SheetTypeEnum.WorkSheet:
                    continue  # a chart sheet holds no cells
                sheet = workbook.get_sheet_by_index(index)
                first_row, first_column = sheet.start or (0, 0)
                sheets.append(WorkbookSheet(sheet.name, first_row, first_column, sheet.to_python()))
    except PasswordError:
        raise UserError(password) from None
    except (CalamineError, OSError, ValueError) as error:
        kind = "OpenDocument 表格" if suffix == ".ods" else "Excel 工作簿"
        raise UserError(
            f"文件“{path.name}”不是有效的 {kind}，可能已损坏或其实是别的格式"
            f"（{error}）。请在 Excel/WPS 中打开并另存为 .xlsx 后再试。"
        ) from None
    return sheets


def decode_csv_bytes(data: bytes, name: str = "") -> str:
    """Decode CSV bytes: BOMs first, then UTF-8, then GB18030 — never GB18030 first.

    Raises UserError naming the file for a workbook renamed to .csv, binary data, or an
    encoding that is neither.
    """
    return decode_csv_with_encoding(data, name)[0]


def decode_csv_with_encoding(data: bytes, name: str = "") -> tuple[str, str]:
    """Like ``decode_csv_bytes``, also naming the encoding the file was written in: "UTF-8",
    "UTF-16", "GBK" (which GB2312 files are too: both hold only the common characters) or
    "GB18030" (four-byte sequences present: every character can be held)."""
    label = f"文件“{name}”" if name else "文件"
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "UTF-8"
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16"), "UTF-16"
    except UnicodeDecodeError:
        raise UserError(f"{label}的编码有误，无法读取。") from None
    if data.startswith(b"PK\x03\x04"):
        raise UserError(f"{label}其实是 Excel 工作簿：请把扩展名改为 .xlsx 后再导入。")
    if b"\x00" in data:
        raise UserError(f"{label}不是 CSV 文本文件，无法读取。")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise UserError(
            f"无法识别{label}的文字编码（既不是 UTF-8 也不是 GBK/GB18030）。"
            "请在 Excel/WPS 中另存为 .xlsx 后再导入。"
        ) from None
    try:
        data.decode("gbk")
    except UnicodeDecodeError:
        return text, "GB18030"
    return text, "GBK"


def read_table(path: Path) -> list[list[Any]]:
    """The first worksheet of a workbook, or a .csv file, as rows of cell values (a sheet whose
    cells start below or right of A1 is padded, so row and column numbers are the sheet's)."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"找不到文件：{path}")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        text = decode_csv_bytes(path.read_bytes(), path.name)
        return [row for row in csv.reader(io.StringIO(text, newline=""))]
    sheets = read_workbook(path)
    if not sheets:
        return []
    first = sheets[0]
    above: list[list[Any]] = [[] for _ in range(first.first_row)]
    return above + [[None] * first.first_column + row for row in first.cells]


def csv_safe(value: Any) -> str:
    """A cell value for CSV that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_title: str = "Sheet1",
) -> Path:
    """Write a table to .xlsx or .csv (UTF-8 with BOM) through a verified temporary file,
    atomically; UserError (plain Chinese) when the disk is full or the folder read-only."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UserError(f"{path.name}：只能导出为 .xlsx 或 .csv 文件。")
    if suffix == ".csv":

        def write(temporary: Path) -> None:
            with temporary.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([csv_safe(h) for h in headers])
                for row in rows:
                    writer.writerow([csv_safe(v) for v in row])

        write_atomically(path, write)
    else:
        write_atomically(
            path,
            lambda temporary: write_xlsx(temporary, [(sheet_title, headers, rows)]),
            verify=verify_zip,
        )
    return path


def write_xlsx(
    path: Path, sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence[Any]]]]
) -> None:
    """Write sheets (title, headers, rows) to an .xlsx: header row frozen, widths set, no formulas."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING

    workbook = Workbook(write_only=False)
    workbook.remove(workbook.active)
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(title=title[:31])
        sheet.append(list(headers))
        widths = [max(6, _display_width(h)) for h in headers]
        for row in rows:
            sheet.append(list(row))
            for index, value in enumerate(row):
                if index < len(widths):
                    widths[index] = min(60, max(widths[index], _display_width(value)))
        for row_cells in sheet.iter_rows():
            for cell in row_cells:
                if isinstance(cell.value, str):
                    cell.data_type = TYPE_STRING  # never a formula, whatever it starts with
        sheet.freeze_panes = "A2"
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[_column_letter(index)].width = width + 2
    workbook.save(path)


def _display_width(value: Any) -> int:
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _column_letter(index: int) -> str:
    letters = ""
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
