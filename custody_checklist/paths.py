"""One resolver for shipped resources, working from a checkout, a wheel and a frozen build."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """Folder holding checklists/, fonts/, icons/, schema/ and audit criteria.

    Looked for in order: ``CUSTODY_CHECKLIST_RESOURCES``; a PyInstaller bundle
    (``sys._MEIPASS``); the repository checkout next to the package; the wheel's
    data folder under ``sys.prefix``.
    """
    candidates: list[Path] = []
    override = os.environ.get("CUSTODY_CHECKLIST_RESOURCES")
    if override:
        candidates.append(Path(override))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "custody-checklist" / "resources")
    for candidate in candidates:
        if (candidate / "checklists").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"Custody Checklist resources not found (looked in {searched})")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
