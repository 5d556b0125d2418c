"""Voice of the Child: the child's own words (or a recorded refusal) plus demeanour.

HMICFRS found behaviour and demeanour "not considered or recorded consistently"; the
force's custody recommendation asks for the Voice of the Child in every record. This is a
local standard, not a PACE paragraph.
"""

from __future__ import annotations

from custody_checklist.domain.rules.context import Context, text

SOURCE = "local standard (HMICFRS custody inspection recommendation)"


def check(ctx: Context) -> None:
    if not text(ctx.answers.get("voc_own_words")) and ctx.answers.get("voc_declined_to_speak") is not True:
        ctx.add(
            "voc_own_words_missing",
            ctx.pending,
            "Record the child's own words, verbatim, or that they declined to speak.",
            SOURCE,
            question_id="voc_own_words",
        )
    if not text(ctx.answers.get("voc_behaviour_demeanour")):
        ctx.add(
            "voc_demeanour_missing",
            ctx.pending,
            "Record the child's behaviour and demeanour (how they present), even if they "
            "said nothing.",
            SOURCE,
            question_id="voc_behaviour_demeanour",
        )
