"""Custody Child Checklist: the checklist, PACE rules and audit for children in police custody."""

__version__ = "0.1.0"
APP_NAME = "Custody Child Checklist"
