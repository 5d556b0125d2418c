"""The detention summary PDF: content, marking, fonts, long and hostile text, layout."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from custody_checklist.domain.definition import load_definition
from custody_checklist.domain.findings import Evaluation
from custody_checklist.domain.record import Gender
from custody_checklist.paths import resource
from custody_checklist.reports.pdf_summary import build_summary_pdf, summary_pdf_bytes
from tests.unit.reports.conftest import GENERATED, HASH, fixture_definition


def flat(text: str) -> str:
    """Text with all whitespace runs as single spaces (table cells wrap lines)."""
    return " ".join(text.split())


def all_text(pages: list[str]) -> str:
    return flat("\n".join(pages))


# --------------------------------------------------------------------------- content


def test_every_part_and_key_value_is_printed(
    render_pdf, completed_record, completed_evaluation, extract, definition
):
    text = all_text(extract(render_pdf(completed_record, definition, completed_evaluation)))
    for heading in (
        "Northshire Police",
        "Child in police custody: detention summary",
        "Voice of the Child",
        "Key times",
        "Rules findings",
        "Reviews of detention (PACE s.40)",
        "Certificate under PACE section 38(7)",
        "Checklist",
        "Timeline",
        "Sign-offs",
        "Amendments",
        "End of summary",
    ):
        assert heading in text, heading
    for section in definition.sections:
        assert section.title in text, section.title
    expected = [
        "CHE/000123/26",
        "Chester (CHE)",
        "JONES, Rhys",
        "14/03/2010 (verified)",
        "16 years (at arrest on 24/10/2026)",
        "Documents (passport, birth certificate)",  # age basis: label, not code
        "24/10/2026 22:10 BST",  # arrest, before the clocks go back
        "25/10/2026 03:30 GMT",  # review, after
        "Arrived 1 h 20 min after the request",
        "Sarah Ellis, Sergeant, PS 1234",
        "Tomasz Łążyński, Inspector, 4402. Decision: Continue detention",
        "Gwenllian Ŵyn Jones (Mother, tel. 07700 900123)",
        "Child criminal exploitation, County lines",
        "I just want my mam. Dw i eisiau mynd adre.",
        "Quiet, tearful at booking-in; calmer once his mother arrived.",
        "BREACH Child held in a cell. PACE Code C 8.8",
        "Inspector's acknowledgement: Tomasz Łążyński, Inspector, 4402, 25/10/2026 17:10 GMT: "
        "Mother lives 40 minutes away; delay reasonable.",
        "Next review due. (due 25/10/2026 12:10 GMT)",
        "On time (due 25/10/2026 03:50 GMT)",
        "Representations of the child: Wants to go home.",
        "Ground relied on (a) Transfer impracticable",
        "Flooding closed the only road to the accommodation offered.",
        "Note 16D acknowledged Yes",
        "PACE Code C Note 16D",
        "Comment: Checked with the custody record.",
        "Reason Mother's surname misspelt",
        "Previous value Other responsible adult New value Parent or guardian",
        "Why a cell? No detention room free",
        "Rationale to continue detention Not recorded",
    ]
    for value in expected:
        assert value in text, value
    # codes never leak into the printed record
    for code in ("parent_guardian", "a_impracticable", "documents", "county_lines", "video"):
        assert not re.search(rf"\b{code}\b", text), code


def test_unanswered_hidden_and_conditional_questions(render_pdf, record_factory, extract):
    boy = record_factory(age_disputed=False)
    text = all_text(extract(render_pdf(boy)))
    assert "Is the child's age disputed? No" in text
    assert "Details of the dispute" not in text  # hidden: age not disputed
    assert "Woman responsible for the girl's care" not in text  # hidden: a boy
    assert "First language Not recorded" in text
    assert "No reviews recorded." in text
    assert "The rules checks found no breaches and no warnings." in text
    assert "Released Not recorded" in text
    assert "No sign-offs recorded." in text

    girl = record_factory(age_disputed=True)
    girl.child.gender = Gender.FEMALE
    text = all_text(extract(render_pdf(girl)))
    assert "Details of the dispute Not recorded" in text
    assert "Woman responsible for the girl's care Not recorded" in text


def test_marking_page_numbers_hash_and_time_on_every_page(
    render_pdf, completed_record, completed_evaluation, extract
):
    pages = extract(render_pdf(completed_record, None, completed_evaluation))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert page.count("OFFICIAL-SENSITIVE") == 2, number
        assert f"Page {number} of {len(pages)}" in page
        assert HASH in page
        assert "Generated 26/10/2026 09:30 GMT" in page
        assert "CHE/000123/26" in page


def test_marking_is_top_and_bottom(render_pdf, completed_record):
    reader = PdfReader(io.BytesIO(render_pdf(completed_record)))
    for page in reader.pages:
        height = float(page.mediabox.height)
        ys = [y for text, y in _runs(page) if text.strip() == "OFFICIAL-SENSITIVE"]
        assert len(ys) == 2
        assert max(ys) > height - 40 and min(ys) < 40


# --------------------------------------------------------------------------- any text

NAMES = {
    "welsh": ("Ŵyn-Prŷs", "Gwenllïan Ŷr"),
    "polish": ("Łażewska-Żółć", "Małgorzata Źdźbło"),
    "vietnamese": ("Nguyễn", "Thị Hồng Ngọc"),
    "cyrillic": ("Шевченко", "Олександр Дмитрович"),
    "albanian": ("Hoxhë", "Arbën Çela"),
}


@pytest.mark.parametrize("script", sorted(NAMES))
def test_any_name_extracts_exactly(render_pdf, record_factory, extract, script):
    surname, forenames = NAMES[script]
    record = record_factory(voc_own_words=f"{forenames} said: «Dw i'n iawn» — ễ ŷ ż ë ç Ж")
    record.child.surname = surname
    record.child.forenames = forenames
    text = unicodedata.normalize("NFC", all_text(extract(render_pdf(record))))
    assert f"{surname.upper()}, {forenames}" in text
    assert f"{forenames} said: «Dw i'n iawn» — ễ ŷ ż ë ç Ж" in text


def test_font_has_every_glyph_we_promise():
    """No boxes: each promised character has a glyph in the shipped font."""
    from reportlab.pdfbase.ttfonts import TTFont

    face = TTFont("probe", str(resource("fonts", "DejaVuSans.ttf"))).face
    wanted = {c for pair in NAMES.values() for part in pair for c in part if c.isalpha()}
    missing = sorted(c for c in wanted if ord(c) not in face.charToGlyph)
    assert missing == []


def test_fonts_are_embedded_and_no_standard_fonts(render_pdf, completed_record):
    reader = PdfReader(io.BytesIO(render_pdf(completed_record)))
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert descriptor is not None, font["/BaseFont"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            seen.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= seen
    assert all(name.startswith("DejaVu") for name in seen), seen


def test_fifty_thousand_characters_flow_over_pages_uncut(render_pdf, record_factory, extract):
    words = [f"w{n:05d}" for n in range(8400)]  # 8,400 x 6 chars ~ 50,400 with spaces
    lines = [" ".join(words[i : i + 150]) for i in range(0, len(words), 150)]
    long_text = "\n".join(lines)
    assert len(long_text) >= 50_000
    unbroken = "x" * 6_000  # one "word" longer than many lines
    many_lines = "\n".join(f"line {n}" for n in range(400))
    record = record_factory(
        voc_own_words=long_text,
        voc_wishes_feelings=unbroken,
        rationale_to_detain=many_lines,
        offence=long_text,
    )
    pages = extract(render_pdf(record))
    assert len(pages) > 20
    text = "\n".join(pages)
    found = [int(m) for m in re.findall(r"w(\d{5})", text)]
    # every word, in order, twice (Voice of the Child, then the offence answer)
    assert found == list(range(8400)) * 2
    assert text.count("x") >= 6_000
    assert [int(m) for m in re.findall(r"line (\d+)", text)] == list(range(400))


def test_markup_is_printed_literally(render_pdf, record_factory, extract):
    hostile = '<b>bold</b> &amp; <font color="red">red</font> <br/> &lt; <para> ]]> %s {0}'
    record = record_factory(voc_own_words=hostile, offence="<i>not italic</i>")
    record.child.surname = "<script>"
    record.child.forenames = "A & B"
    text = all_text(extract(render_pdf(record)))
    assert flat(hostile) in text
    assert "<i>not italic</i>" in text
    assert "<SCRIPT>, A & B" in text


def test_control_characters_do_not_break_the_document(render_pdf, record_factory, extract):
    record = record_factory(voc_own_words="before\x00\x07\x1b[31m\tafter\r\nnext line")
    text = all_text(extract(render_pdf(record)))
    assert "before[31m after next line" in text


# --------------------------------------------------------------------------- layout


def _runs(page) -> list[tuple[str, float]]:
    runs: list[tuple[str, float]] = []

    def visitor(text, cm, tm, font_dict, font_size):
        if text.strip():
            runs.append((text, cm[5] + tm[5] * cm[3]))

    page.extract_text(visitor_text=visitor)
    return runs


def test_layout_structure_is_stable(render_pdf, completed_record, completed_evaluation):
    reader = PdfReader(io.BytesIO(render_pdf(completed_record, None, completed_evaluation)))
    assert len(reader.pages) == 5
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((595.28, 841.89), abs=0.1)

    def y_of(page_index: int, heading: str) -> float:
        for text, y in _runs(reader.pages[page_index]):
            if text.strip() == heading:
                return y
        raise AssertionError(f"{heading!r} not on page {page_index + 1}")

    first = [
        "Child in police custody: detention summary",
        "Voice of the Child",
        "Key times",
    ]
    ys = [y_of(0, h) for h in first]
    assert ys == sorted(ys, reverse=True)
    assert ys[0] > 700  # title near the top of page 1
    # the certificate starts its own page, at the top
    assert y_of(2, "Certificate under PACE section 38(7)") > 700
    assert y_of(3, "Checklist") > 700
    later = ["Timeline", "Sign-offs", "Amendments"]
    ys = [y_of(4, h) for h in later]
    assert ys == sorted(ys, reverse=True)


def test_certificate_only_when_issued(render_pdf, record_factory, extract):
    text = all_text(extract(render_pdf(record_factory())))
    assert "Certificate under PACE section 38(7)" not in text
    assert "Transfer or s.38(7) certificate Not recorded" in text


# --------------------------------------------------------------------------- outputs


def test_writes_to_path_and_file_object(tmp_path: Path, completed_record, definition):
    kwargs = dict(
        force_name="Northshire Police",
        suite_name="Chester",
        generated_at=GENERATED,
        content_hash=HASH,
    )
    target = tmp_path / "summary.pdf"
    build_summary_pdf(completed_record, definition, Evaluation(), output=target, **kwargs)
    buffer = io.BytesIO()
    build_summary_pdf(completed_record, definition, Evaluation(), output=buffer, **kwargs)
    as_bytes = summary_pdf_bytes(completed_record, definition, Evaluation(), **kwargs)
    for data in (target.read_bytes(), buffer.getvalue(), as_bytes):
        assert data.startswith(b"%PDF-")
        assert len(PdfReader(io.BytesIO(data)).pages) == 5
    meta = PdfReader(target).metadata
    assert meta.title == "Child detention summary CHE/000123/26"
    assert meta.author == "Northshire Police"


def test_shipped_definition_renders_every_section(render_pdf, completed_record, extract):
    path = resource("checklists", "child-detention-v1.json")
    shipped = load_definition(path)
    text = all_text(extract(render_pdf(completed_record, shipped)))
    for section in shipped.sections:
        assert flat(section.title) in text, section.title
    age_basis = shipped.question("age_basis")
    assert flat(age_basis.option_label("documents")) in text
    assert "Certificate under PACE section 38(7)" in text


def test_age_unknown_is_said_plainly(render_pdf, record_factory, extract):
    record = record_factory()
    record.child.date_of_birth = None
    text = all_text(extract(render_pdf(record)))
    assert "Not known: date of birth not recorded" in text


def test_age_uses_london_date_of_arrest(render_pdf, record_factory, extract):
    from datetime import UTC, datetime

    from custody_checklist.domain.events import EventKind
    from custody_checklist.domain.record import Event

    record = record_factory()
    record.child.date_of_birth = date(2009, 7, 1)
    # 23:30 UTC on 30 June is 00:30 BST on 1 July: the 17th birthday
    record.events.append(Event(EventKind.ARREST, datetime(2026, 6, 30, 23, 30, tzinfo=UTC)))
    text = all_text(extract(render_pdf(record)))
    assert "17 years (at arrest on 01/07/2026)" in text


def test_fixture_definition_is_valid():
    assert fixture_definition().question("voc_own_words") is not None


def test_an_event_amendment_prints_the_event_with_its_old_and_new_time_and_details(
        render_pdf, completed_record, extract):
    from custody_checklist.domain.record import Amendment

    path = resource("checklists", "child-detention-v1.json")
    shipped = load_definition(path)
    completed_record.amendments.append(Amendment(
        completed_record.amendments[-1].at, "Sgt Sarah Ellis (1234)", "Review time typed an hour late",
        [{"field": "events.e-review", "event_id": "e-review", "kind": "review",
          "old": {"id": "e-review", "kind": "review", "at": "2026-03-14T18:00:00Z",
                  "details": {"reviewer_rank": "inspector"}},
          "new": {"id": "e-review", "kind": "review", "at": "2026-03-14T17:00:00Z",
                  "details": {"reviewer_rank": "superintendent"}}},
         {"field": "events.e-paper", "event_id": "e-paper", "kind": "review", "old": None,
          "new": {"id": "e-paper", "kind": "review", "at": "2026-03-14T12:00:00Z", "details": {}}}]))
    text = all_text(extract(render_pdf(completed_record, shipped)))
    assert "Event: Review of detention (s.40)" in text
    assert "14/03/2026 18:00 GMT; Review officer's rank: Inspector" in text
    assert "14/03/2026 17:00 GMT; Review officer's rank: Superintendent" in text
    assert "(added by the amendment)" in text
