"""Every finding and deadline code the engine can produce, by rule family.

Codes are stable: audits and reports count them. A new rule adds its code here and to
docs/rules.md (a test checks both ways).
"""

from __future__ import annotations

FINDING_CODES: dict[str, tuple[str, ...]] = {
    "timeline": (
        "event_time_invalid", "event_after_now", "timeline_out_of_order", "event_after_release",
    ),
    "age": (
        "age_basis_missing", "age_unknown_treated_as_child", "age_not_established",
        "age_dob_after_arrest", "age_disputed_treated_as_child", "age_out_of_scope",
        "age_below_criminal_responsibility",
    ),
    "clock": (
        "detention_authorised_missing", "rationale_to_detain_missing", "relevant_time_missing",
        "detention_limit_exceeded", "extended_limit_exceeded", "detention_limit_due_soon",
        "extension_invalid", "extension_record_incomplete",
    ),
    "reviews": (
        "review_due", "review_due_soon", "review_overdue", "review_late", "review_postponed",
        "review_postponement_reason_missing", "review_postponement_after_due",
        "review_rank_too_low", "review_officer_involved", "review_post_charge_not_custody_officer",
        "review_record_incomplete",
    ),
    "welfare": (
        "welfare_informed_missing", "welfare_person_missing", "welfare_told_incomplete",
        "welfare_not_informed_no_reason",
    ),
    "appropriate_adult": (
        "aa_not_requested", "aa_awaited", "aa_arrival_delayed", "aa_arrival_late",
        "aa_delay_reason_missing", "aa_ineligible", "aa_eligibility_not_recorded",
        "aa_parent_possible_victim",
    ),
    "rights": ("rights_not_given", "rights_repeat_due", "rights_not_repeated_with_aa"),
    "interview": (
        "interview_without_aa", "interview_urgent_authority_rank",
        "interview_urgent_record_incomplete", "strip_search_without_aa_no_reason",
        "strip_search_searcher_sex",
    ),
    "care": (
        "girl_no_female_care_officer", "cell_reason_missing", "accommodation_not_recorded",
        "held_with_adult", "rest_due_soon", "rest_start_overdue", "rest_period_missing", "rest_gap_too_long",
    ),
    "charge": (
        "charge_without_aa", "bail_decision_missing", "bail_refusal_grounds_missing",
        "la_transfer_not_requested", "la_transfer_pending", "transfer_or_certificate_missing",
        "certificate_ground_missing", "certificate_ground_b_under_12", "certificate_ground_b_age_unknown",
        "certificate_ground_b_secure_available", "certificate_circumstances_missing",
        "certificate_note_16d_not_acknowledged",
    ),
    "overnight": (
        "held_overnight", "overnight_reasons_missing", "held_overnight_post_charge",
        "joint_risk_assessment_missing", "overnight_possible",
    ),
    "safeguarding": (
        "csc_referral_decision_missing", "csc_referral_reason_missing",
        "csc_referral_reference_missing", "nrm_referral_not_considered",
    ),
    "voice": ("voc_own_words_missing", "voc_demeanour_missing"),
    "engine": ("rule_error",),
}
DEADLINE_CODES: tuple[str, ...] = (
    "review", "detention_limit_24h", "detention_limit_36h", "aa_arrival", "rest", "overnight",
)
ALL_FINDING_CODES = frozenset(code for codes in FINDING_CODES.values() for code in codes)
