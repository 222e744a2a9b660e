"""Extract, fill and compile the UI translations (``resources/i18n/unionapp_<lang>.ts`` / ``.qm``).

The source strings are Simplified Chinese, wrapped in ``self.tr`` / ``QCoreApplication.translate``
in ``src/unionapp/ui/**/*.py``. Usage, from the repository root:

    python tools/i18n.py update          # pyside6-lupdate, then pyside6-lrelease (the default)
    python tools/i18n.py missing out.json  # the entries still to translate, as {context: {source: ""}}
    python tools/i18n.py fill in.json    # put translations from such a file into the .ts, compile
    python tools/i18n.py check           # exit 1 when an entry is unfinished

``update`` keeps the translations already made and drops the strings that left the code.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = ROOT / "src" / "unionapp" / "ui"
LANGUAGES = ("en",)


def ts_path(language: str) -> Path:
    return I18N / f"unionapp_{language}.ts"


def _tool(name: str) -> str:
    """The PySide6 tool beside this Python (the venv's bin or Scripts folder), else from PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def extract(language: str) -> None:
    """Run lupdate over every UI module into the language's .ts."""
    files = sorted(str(path) for path in SOURCES.rglob("*.py"))
    I18N.mkdir(parents=True, exist_ok=True)
    command = [_tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "zh_CN"]
    command += ["-target-language", language, *files, "-ts", str(ts_path(language))]
    subprocess.run(command, check=True)


def compile_ts(language: str) -> None:
    """Run lrelease: the .ts becomes the .qm the program loads."""
    source = ts_path(language)
    subprocess.run(
        [_tool("pyside6-lrelease"), str(source), "-qm", str(source.with_suffix(".qm"))], check=True
    )


def unfinished(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry without a finished translation."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            if not done or not translation.text:
                found.append((name, message.findtext("source", "")))
    return found


def fill(path: Path, translations: dict[str, dict[str, str]]) -> int:
    """Write the given translations into the .ts (by context and source); return how many."""
    tree = ET.parse(path)
    count = 0
    for context in tree.getroot().iter("context"):
        given = translations.get(context.findtext("name", ""), {})
        for message in context.iter("message"):
            text = given.get(message.findtext("source", ""), "")
            translation = message.find("translation")
            if text and translation is not None:
                translation.text = text
                translation.attrib.pop("type", None)
                count += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", nargs="?", default="update",
                        choices=("update", "missing", "fill", "check"))  # fmt: skip
    parser.add_argument("file", nargs="?", type=Path, help="the JSON file of missing/fill")
    parser.add_argument("--language", default="en", choices=LANGUAGES)
    args = parser.parse_args(argv)
    path = ts_path(args.language)
    if args.action == "update":
        extract(args.language)
        compile_ts(args.language)
    elif args.action == "missing":
        missing: dict[str, dict[str, str]] = {}
        for context, source in unfinished(path):
            missing.setdefault(context, {})[source] = ""
        text = json.dumps(missing, ensure_ascii=False, indent=1)
        if args.file:
            args.file.write_text(text, "utf-8")
        else:
            print(text)
    elif args.action == "fill":
        if args.file is None:
            parser.error("fill needs the JSON file of translations")
        print(f"filled {fill(path, json.loads(args.file.read_text('utf-8')))} entries")
        compile_ts(args.language)
    left = unfinished(path)
    print(f"{path.name}: {len(left)} unfinished")
    return 1 if args.action == "check" and left else 0


if __name__ == "__main__":
    raise SystemExit(main())
