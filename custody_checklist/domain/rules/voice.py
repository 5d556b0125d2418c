"""Voice of the Child: the child's own words (or a recorded refusal) plus demeanour.

HMICFRS found behaviour and demeanour "not considered or recorded consistently"; the
force's custody recommendation asks for the Voice of the Child in every record. This is a
local standard, not a PACE paragraph.
"""

from __future__ import annotations

from custody_checklist.domain.findings import new_finding
from custody_checklist.domain.rules.context import Context

SOURCE = "local standard (HMICFRS custody inspection recommendation)"


def check(ctx: Context) -> None:
    # context.text() is inlined below (a stripped text answer, anything else unanswered):
    # this family runs for every child's record and both answers are usually given.
    answers = ctx.answers
    words = answers.get("voc_own_words")
    if not (isinstance(words, str) and words.strip()) and answers.get(
        "voc_declined_to_speak"
    ) is not True:
        ctx.findings.append(new_finding(
            "voc_own_words_missing",
            ctx.pending,
            "Record the child's own words, verbatim, or that they declined to speak.",
            SOURCE,
            None, "voc_own_words", None, None,
        ))
    demeanour = answers.get("voc_behaviour_demeanour")
    if not (isinstance(demeanour, str) and demeanour.strip()):
        ctx.findings.append(new_finding(
            "voc_demeanour_missing",
            ctx.pending,
            "Record the child's behaviour and demeanour (how they present), even if they "
            "said nothing.",
            SOURCE,
            None, "voc_behaviour_demeanour", None, None,
        ))
