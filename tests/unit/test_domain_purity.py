"""ARCHITECTURE.md: the domain layer imports neither PySide6 nor SQLAlchemy."""

import pkgutil
import subprocess
import sys

import custody_checklist.domain as domain


def test_domain_imports_neither_qt_nor_sqlalchemy_in_a_fresh_interpreter():
    modules = [m.name for m in pkgutil.walk_packages(domain.__path__, "custody_checklist.domain.")]
    assert "custody_checklist.domain.interchange" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'shiboken6'))\n"
        "print(','.join(leaked))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
