"""``verify``: check the audit log's hash chain and every signed record's content hash.

Prints each problem (which log entry, which record) and exits 1 if there is any, 0 when
everything is intact. Administrators and auditors may run it.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "verify",
        help="check the audit trail and signed records for tampering (exit 1 on any problem)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Any) -> int:
    from sqlalchemy import func, select

    from custody_checklist.storage.models import AuditEntryRow, SignOffRow

    services = context.services()
    problems = services.audit_log.verify()
    for problem in problems:
        print(f"PROBLEM {problem}")
    with services.database.reading() as session:
        entries = session.execute(select(func.count()).select_from(AuditEntryRow)).scalar_one()
        signed = session.execute(select(func.count(func.distinct(SignOffRow.record_id)))
                                 .where(SignOffRow.action == "signed")).scalar_one()
    if problems:
        print(f"{len(problems)} problem(s) found in {entries} audit entries and {signed} signed records")
        return 1
    print(f"OK: {entries} audit entries chain correctly; {signed} signed records match their signatures")
    return 0
