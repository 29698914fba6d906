"""Which of two columns of one role states how the work stands, by the headers' qualifiers.

A plan may rate each action twice, side by side, under headers that say whose view or
which part each rating is: the rating before and the one now ("Previous RAG" |
"Current RAG"), the plan and the fact ("Planned % complete" | "Actual % complete", a
"Forecast RAG"), a dimension and the whole ("Time RAG" | "Cost RAG" | "Overall RAG"),
the officer's report and the auditor's check of it ("Management status" | "Internal
Audit status"). A programme manager reads the settled view, wherever it stands; the
others are kept as fields.
"""

from __future__ import annotations

import re

# A check made after the work is reported, by someone else (an auditor's follow-up
# testing): blank where it has not been made yet
_CHECK = r"verified|validated|audit|audited|auditor|auditors|ia|independent"
# The owner's own report of the work, which such a check tests
_OWN_REPORT = r"management|manager|officer|owner|self[\s-]*assess\w*|self[\s-]*reported"
# The view now, as it is, or as a whole
_SETTLED = re.compile(
    r"\b(?:current|latest|this|now|new|present|actual|actuals|overall)\b", re.IGNORECASE
)
# What an auditor rates of the finding itself, not a check of the work: an audit
# report's "Audit risk RAG", "IA priority" stand beside the officer's progress rating
_OF_THE_FINDING = re.compile(
    r"\b(?:risk|risks|priority|priorities|severity|likelihood|impact)\b", re.IGNORECASE
)
# A view that is not yet, not all, or not checked: the rating before, the plan or the
# forecast, one dimension of the work, its owner's own report
_PROVISIONAL = re.compile(
    r"\b(?:previous|prev|last|old|prior|former|earlier"
    r"|planned|forecast|forecasted|projected|expected|target|targeted|anticipated|baseline"
    r"|time|cost|costs|budget|quality|scope|schedule|resources?|benefits?"
    rf"|{_OWN_REPORT})\b",
    re.IGNORECASE,
)
# A check still to come, written in the checker's column ("Not yet tested", "Awaiting
# verification", "To be verified at next follow-up"): no verdict yet, so the owner's
# report stands, as it does beside a blank
_TO_COME = re.compile(
    r"^(?:not\s+yet|yet\s+to\s+be|to\s+be|awaiting|pending)\s+(?:re-?)?"
    r"(?:test|tested|testing|verif\w*|check\w*|follow\w*[\s-]*up|validat\w*|audit\w*)\b",
    re.IGNORECASE,
)
_CHECKED = re.compile(rf"\b(?:{_CHECK})\b", re.IGNORECASE)
_REPORTED = re.compile(rf"\b(?:{_OWN_REPORT})\b", re.IGNORECASE)


def provisional(header: str) -> bool:
    """The header marks its column a view short of the settled one ("Time RAG")."""
    return bool(_PROVISIONAL.search(header))


def settled(header: str) -> bool:
    """The header marks its column the settled view, and nothing short of it."""
    now = bool(_SETTLED.search(header)) or _a_check(header)
    return now and not provisional(header)


def _a_check(header: str) -> bool:
    """The header names a check of the work (not the auditor's rating of the finding)."""
    return bool(_CHECKED.search(header)) and not _OF_THE_FINDING.search(header)


def checks(check: str, report: str) -> bool:
    """One header names a check of what the other's column reports ("Internal Audit
    status" of a "Management status"): where the check is blank, the report stands."""
    return _a_check(check) and bool(_REPORTED.search(report))


def check_to_come(cell: str) -> bool:
    """The cell says the check is still to be made ("Not yet tested")."""
    return bool(_TO_COME.match(cell.strip()))
