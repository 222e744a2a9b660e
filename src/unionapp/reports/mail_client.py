"""The mail program that opens ``.eml`` drafts on this computer, found before it is asked to.

Windows: the program registered for ``.eml`` (the user's choice, else the class default);
Linux: the XDG default for ``message/rfc822`` and its desktop entry's name; macOS: Mail. The
window says "opened in Outlook" only when such a program was found and started without error;
otherwise it says where the draft was saved.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

KNOWN_NAMES = {
    "outlook": "Outlook",
    "foxmail": "Foxmail",
    "thunderbird": "Thunderbird",
    "evolution": "Evolution",
    "windowscommunicationsapps": "Windows 邮件",
}
"""Words in a program's path or registration (lower case) → the name a user knows."""
DEFAULT_NAME = "系统默认的邮件程序"


@dataclass(frozen=True)
class MailProgram:
    """``name`` as the user knows it; ``command`` opens a file with it (``None``: the system's
    file association, Windows)."""

    name: str
    command: tuple[str, ...] | None


def find_mail_program() -> MailProgram | None:
    """The program that opens ``.eml`` files here, or None when there is none."""
    if sys.platform == "win32":
        return _windows_program()
    if sys.platform == "darwin":
        return MailProgram("Mail", ("open", "-a", "Mail"))
    return _xdg_program()


def open_draft(path: Path, program: MailProgram) -> bool:
    """Open the draft with ``program``; False when it could not be started."""
    try:
        if program.command is None:
            os.startfile(str(path))  # type: ignore[attr-defined]  # Windows only
            return True
        done = subprocess.run(
            [*program.command, str(path)], capture_output=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def known_name(program: str) -> str:
    """``C:\\...\\OUTLOOK.EXE`` or ``Outlook.File.eml.15`` → Outlook; an unknown program
    keeps its file name."""
    text = program.lower()
    for word, name in KNOWN_NAMES.items():
        if word in text:
            return name
    return Path(program.strip().strip('"').replace("\\", "/")).stem or DEFAULT_NAME


# -- Windows --------------------------------------------------------------------------------
def _windows_program() -> MailProgram | None:
    import winreg  # type: ignore[import-not-found,unused-ignore]

    def value(root: int, key: str, name: str = "") -> str:
        try:
            with winreg.OpenKey(root, key) as handle:
                return str(winreg.QueryValueEx(handle, name)[0])
        except OSError:
            return ""

    choice = r"Software\Microsoft\Windows\CurrentVersion\Explorer\FileExts\.eml\UserChoice"
    prog_id = value(winreg.HKEY_CURRENT_USER, choice, "ProgId") or value(
        winreg.HKEY_CLASSES_ROOT, ".eml"
    )
    if not prog_id:
        return None
    command = value(winreg.HKEY_CLASSES_ROOT, rf"{prog_id}\shell\open\command")
    if not command:  # a Store app: registered without a command line
        known = known_name(prog_id)
        return MailProgram(known if known in KNOWN_NAMES.values() else DEFAULT_NAME, None)
    program_file = command.split('"')[1] if command.startswith('"') else command.split()[0]
    return MailProgram(known_name(program_file), None)


# -- Linux (XDG) ----------------------------------------------------------------------------
def _xdg_program() -> MailProgram | None:
    query, opener = shutil.which("xdg-mime"), shutil.which("xdg-open")
    if query is None or opener is None:
        return None
    try:
        found = subprocess.run(
            [query, "query", "default", "message/rfc822"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    desktop = found.stdout.strip()
    if found.returncode != 0 or not desktop:
        return None
    entry = _desktop_entry(desktop)
    if entry is None:
        return None
    return MailProgram(_desktop_name(entry) or known_name(desktop), (opener,))


def _desktop_entry(name: str) -> Path | None:
    home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    dirs = [home, *(os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share").split(":")]
    for folder in dirs:
        candidate = Path(folder) / "applications" / name
        if candidate.is_file():
            return candidate
    return None


def _desktop_name(entry: Path) -> str:
    """The ``Name=`` of a desktop entry's main section."""
    try:
        lines = entry.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    in_main = False
    for line in lines:
        if line.startswith("["):
            in_main = line.strip() == "[Desktop Entry]"
        elif in_main and line.startswith("Name="):
            return line.partition("=")[2].strip()
    return ""
