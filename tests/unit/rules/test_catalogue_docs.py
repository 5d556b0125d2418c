"""Every code is catalogued, documented in docs/rules.md, and the domain stays pure."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from custody_checklist.domain.rules.catalogue import ALL_FINDING_CODES, DEADLINE_CODES

ROOT = Path(__file__).resolve().parents[3]
RULES_DIR = ROOT / "custody_checklist" / "domain" / "rules"


def test_every_catalogued_code_is_documented():
    doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    missing = sorted(c for c in ALL_FINDING_CODES | set(DEADLINE_CODES) if f"`{c}`" not in doc)
    assert not missing


def test_every_code_literal_in_rule_modules_is_catalogued():
    literal = re.compile(r'ctx\.add\(\s*"([a-z0-9_]+)"|"([a-z0-9_]+)" if soon else "([a-z0-9_]+)"|'
                         r'code = "([a-z0-9_]+)" if .* else "([a-z0-9_]+)"')
    found = set()
    for path in RULES_DIR.glob("*.py"):
        for match in literal.finditer(path.read_text(encoding="utf-8")):
            found.update(g for g in match.groups() if g)
    assert found, "pattern broke"
    assert sorted(found - ALL_FINDING_CODES) == []


def test_rules_package_imports_without_qt_or_sqlalchemy():
    code = (
        "import sys; import custody_checklist.domain.rules as r; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]; "
        "print(','.join(bad))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=ROOT)
    assert done.stdout.strip() == ""
