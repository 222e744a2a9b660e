"""The UI language: the user's choice (kept outside the data folder) and Qt's translators."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGE_KEY = "ui/language"
LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
"""The UI languages the program ships (the source strings are Simplified Chinese)."""


def user_settings() -> QSettings:
    """The per-user settings that live outside the data folder (the UI language)."""
    return QSettings("unionapp", "unionapp")


def saved_language() -> str | None:
    """The language chosen in Settings, or None to follow the system."""
    value = user_settings().value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(language: str | None) -> None:
    """Remember the UI language for the next start (None: follow the system)."""
    settings = user_settings()
    if language:
        settings.setValue(LANGUAGE_KEY, language)
    else:
        settings.remove(LANGUAGE_KEY)
    settings.sync()


def ui_language(preferred: str | None = None) -> str:
    """The UI language: the user's choice, else the system's; Chinese when unsure."""
    if preferred:
        return preferred
    return "en" if QLocale.system().language() == QLocale.Language.English else "zh_CN"


def install_translations(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Load Qt's own and the program's translations for the UI language; return the translators."""
    from unionapp.resources import resource_dir

    chosen = ui_language(language)
    installed = []
    sources = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if not chosen.startswith("zh"):  # the source strings are Simplified Chinese
        sources.append(("unionapp", str(resource_dir() / "i18n")))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(QLocale(chosen), name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
