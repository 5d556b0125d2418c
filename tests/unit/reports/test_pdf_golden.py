"""Golden-image check: page 1 and the certificate page still look the same.

Rendered with pdftoppm at 40 dpi in greyscale and compared with a tolerance, so a font
hinting change passes but a moved table, a lost box or a missing heading fails.
Regenerate after an intended change with ``UPDATE_GOLDEN=1 pytest tests/unit/reports``
and look at the new PNGs before committing them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from tests.unit.reports.conftest import full_evaluation, full_record, render

GOLDEN = Path(__file__).parent / "golden"
pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")


def _render_page(pdf: Path, page: int, out: Path) -> Image.Image:
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-gray",
            "-r",
            "40",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(out),
        ],
        check=True,
    )
    return Image.open(f"{out}.png").convert("L")


@pytest.mark.parametrize(("page", "name"), [(1, "summary-page1"), (3, "summary-certificate")])
def test_page_matches_golden(tmp_path: Path, page: int, name: str):
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(render(full_record(), None, full_evaluation()))
    image = _render_page(pdf, page, tmp_path / name)
    golden = GOLDEN / f"{name}.png"
    if os.environ.get("UPDATE_GOLDEN") or not golden.exists():
        GOLDEN.mkdir(exist_ok=True)
        image.save(golden, optimize=True)
        if not os.environ.get("UPDATE_GOLDEN"):
            pytest.skip(f"golden image {golden.name} created; review and commit it")
    expected = Image.open(golden).convert("L")
    assert image.size == expected.size
    diff = ImageChops.difference(image, expected)
    mean = ImageStat.Stat(diff).mean[0]
    changed = sum(diff.histogram()[65:]) / (image.width * image.height)
    assert mean < 2.0, f"mean grey difference {mean:.2f}"
    assert changed < 0.01, f"{changed:.2%} of pixels changed a lot"
