"""Settings: what the deployment is configured with (read-only) and this user's display prefs.

Suites, local authorities and rule thresholds belong to the administrator and live in
the deployment config file; the dialog shows them and says where that file is, but
never edits it (a custody terminal is shared and its config is managed centrally).
Display preferences are per user and kept in QSettings.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import time, timedelta
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from custody_checklist.domain.timeutil import format_duration
from custody_checklist.gui.forms.ui_settings_dialog import Ui_SettingsDialog

TEXT_SCALE_KEY = "display/text_scale"
RESTORE_SUITE_KEY = "display/restore_suite"
TEXT_SCALES = ((1.0, "As the system (100%)"), (1.15, "Larger (115%)"), (1.3, "Largest (130%)"))


def _humanise(name: str) -> str:
    """``aa_max_wait_minutes`` -> ``AA max wait minutes``."""
    acronyms = {"aa", "csc", "la", "hcp", "pace", "yjs", "ppn", "nrm", "id", "url"}
    words = [w.upper() if w in acronyms else w for w in name.split("_") if w]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _as_pairs(obj: Any) -> list[tuple[str, Any]]:
    """Field name/value pairs of a dataclass, a mapping or a plain object."""
    if obj is None:
        return []
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return [(f.name, getattr(obj, f.name)) for f in dataclasses.fields(obj)]
    if isinstance(obj, dict):
        return list(obj.items())
    return [(k, v) for k, v in vars(obj).items() if not k.startswith("_")] if hasattr(obj, "__dict__") else []


def _text(value: Any) -> str:
    if value is None:
        return "Not set"
    if isinstance(value, timedelta):
        return format_duration(value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value)
    return str(getattr(value, "value", value))


def _first_attr(obj: Any, *names: str) -> Any:
    for name in names:
        value = getattr(obj, name, None)
        if value:
            return value
    return None


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    for c in range(len(headers) - 1):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)


class SettingsDialog(QDialog):
    """Read-only deployment settings plus display preferences."""

    text_scale_changed = Signal(float)
    layout_reset_requested = Signal()

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._services = services
        self._settings = QSettings()
        self._fill_deployment()
        self._fill_thresholds()
        self._fill_display()
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.textSizeCombo.currentIndexChanged.connect(self._on_text_size_changed)
        self.ui.restoreSuiteCheck.toggled.connect(self._on_restore_suite_toggled)
        self.ui.resetLayoutButton.clicked.connect(self._on_reset_layout_clicked)

    # -- filling -------------------------------------------------------------------
    def _fill_deployment(self) -> None:
        config = getattr(self._services, "config", None)
        path = _first_attr(config, "source_path", "config_file", "path", "source")
        self.ui.configFileValue.setText(str(path) if path else _no_config_text())
        self.ui.databaseValue.setText(_database_text(self._services))
        self.ui.forceValue.setText(str(_first_attr(config, "force_name") or "Not set"))
        suites = [[s.code, s.name] for s in self._services.records.suites()]
        fill_table(self.ui.suitesTable, ["Code", "Name"], suites)
        authorities = list(getattr(config, "local_authorities", None) or [])
        if authorities and not isinstance(authorities[0], str):
            headers = [_humanise(name) for name, _ in _as_pairs(authorities[0])]
            rows = [[_text(v) for _, v in _as_pairs(a)] for a in authorities]
        else:
            headers, rows = ["Name"], [[str(a)] for a in authorities]
        if not rows:
            headers, rows = ["Name"], [["None listed in the config file ([[local_authorities]])"]]
        fill_table(self.ui.authoritiesTable, headers, rows)

    def _fill_thresholds(self) -> None:
        configured = dict(getattr(getattr(self._services, "config", None), "thresholds", None) or {})
        rows = [
            [_humanise(name), _text(value), "config file" if name in configured else "default", name]
            for name, value in _as_pairs(getattr(self._services, "settings", None))
        ]
        fill_table(self.ui.thresholdsTable, ["Setting", "Value", "Set by", "Key in [thresholds]"], rows)

    def _fill_display(self) -> None:
        for scale, text in TEXT_SCALES:
            self.ui.textSizeCombo.addItem(text, scale)
        current = float(self._settings.value(TEXT_SCALE_KEY, 1.0))
        index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i][0] - current))
        self.ui.textSizeCombo.setCurrentIndex(index)
        self.ui.restoreSuiteCheck.setChecked(_as_bool(self._settings.value(RESTORE_SUITE_KEY, True)))

    # -- handlers ------------------------------------------------------------------
    def _on_text_size_changed(self, _index: int) -> None:
        scale = float(self.ui.textSizeCombo.currentData())
        self._settings.setValue(TEXT_SCALE_KEY, scale)
        self.text_scale_changed.emit(scale)

    def _on_restore_suite_toggled(self, checked: bool) -> None:
        self._settings.setValue(RESTORE_SUITE_KEY, checked)

    def _on_reset_layout_clicked(self) -> None:
        self.layout_reset_requested.emit()


def _no_config_text() -> str:
    try:
        from custody_checklist.config import candidate_paths

        where = " or ".join(str(p) for p in candidate_paths())
    except Exception:  # the message still helps without the paths
        where = "the user or site config folder"
    return f"None found, so built-in defaults are in use (looked for {where})."


def _database_text(services: Any) -> str:
    url = getattr(getattr(services, "database", None), "url", None)
    if not url:
        return "Not known"
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", str(url))  # never show a password


def _as_bool(value: Any) -> bool:
    """QSettings returns ``"true"``/``"false"`` strings from INI files."""
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)
