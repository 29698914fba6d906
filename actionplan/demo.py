"""The demo plan: written by us, modelled on real council action plans.

Deadlines are relative to today (``ACTIONPLAN_TODAY`` when set), so the demo
always has overdue items, items due soon and an "Ongoing" one.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import cast

from store import Store
from store.clock import back_dated, today
from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc
from store.models import Precision, Rag, Status
from store.wording import long_day

TITLE = "Children's Services Improvement Plan (demo)"

# Deadline: months from today (end of that month), "d+N" days from today, or wording.
Row = tuple[str, str, str, str, Status, str, list[tuple[int, str]]]

RECOMMENDATIONS: list[tuple[str, list[Row]]] = [
    (
        "Ensure that all children and families have access to good-quality early help "
        "services as soon as they need them.",
        [
            (
                "Write a strategy and plan for the delivery of Early Help",
                "Marina Kitchen",
                "Bill Basra",
                "-3",
                "done",
                "",
                [(80, "Strategy agreed at Cabinet.")],
            ),
            (
                "Agree an overarching outcomes framework with partners",
                "Marina Kitchen",
                "Bill Basra",
                "-1",
                "in_progress",
                "amber",
                [(20, "Draft shared with health.")],
            ),
            (
                "Run threshold workshops with head teachers",
                "John Coleman",
                "Jenny Butlin-Moran",
                "d+9",
                "in_progress",
                "green",
                [(6, "40 workshops planned; 400 signed up.")],
            ),
            (
                "Review the early help single assessment form on Mosaic",
                "Bill Basra",
                "[TBC]",
                "-2",
                "not_started",
                "red",
                [],
            ),
            (
                "Publish the early help offer on the Family Information Service",
                "Marina Kitchen",
                "John Coleman",
                "2",
                "not_started",
                "",
                [],
            ),
        ],
    ),
    (
        "Strengthen management oversight in the referral and assessment team, including "
        "regular audit of cases.",
        [
            (
                "Interim manager to be put in place pending a review of workloads",
                "Sarah McLeod",
                "",
                "-10",
                "done",
                "",
                [(300, "Completed.")],
            ),
            (
                "Introduce a robust risk assessment tool",
                "Sarah McLeod",
                "Jane Humphreys",
                "-6",
                "done",
                "",
                [(150, "Completed; in use since spring.")],
            ),
            (
                "Undertake monthly audits of referral cases",
                "Jane Humphreys",
                "Sarah McLeod",
                "Ongoing",
                "in_progress",
                "green",
                [
                    (12, "October audit: 18 cases, 3 inadequate."),
                    (40, "September audit completed."),
                ],
            ),
            (
                "Peer review of the team as part of regional sector-led improvement",
                "Sarah McLeod",
                "",
                "-1",
                "blocked",
                "red",
                [(35, "Regional team cannot schedule before March.")],
            ),
            (
                "Implement the new team structure",
                "Sarah McLeod",
                "HR Business Partner",
                "d+12",
                "in_progress",
                "amber",
                [(9, "Consultation closes next week.")],
            ),
        ],
    ),
    (
        "Ensure that strategy discussions involve all relevant agencies so that multi-agency "
        "information informs assessment of risk.",
        [
            (
                "Joint audit of strategy meetings with the safeguarding board",
                "April Bald",
                "Caroline Thwaites",
                "-2",
                "in_progress",
                "amber",
                [(45, "Audit scheduled.")],
            ),
            (
                "Review MASH protocols to use partners in strategy meetings",
                "April Bald",
                "Caroline Thwaites",
                "1",
                "in_progress",
                "green",
                [(14, "New MASH manager.")],
            ),
            (
                "Explore conference calls for remote attendance by agencies",
                "April Bald",
                "Mark Compton-James",
                "3",
                "not_started",
                "",
                [],
            ),
            (
                "Train managers on chairing strategy discussions",
                "Learning and Development",
                "April Bald",
                "d+4",
                "not_started",
                "amber",
                [],
            ),
            (
                "Report attendance by agency to the board each quarter",
                "Head of QA",
                "Caroline Thwaites",
                "Quarterly",
                "in_progress",
                "green",
                [(30, "Q2 report presented.")],
            ),
        ],
    ),
    (
        "Improve the timeliness and quality of assessments so that children's needs are "
        "identified quickly.",
        [
            (
                "Review the format for reporting timeliness of assessments",
                "Steve Walker",
                "",
                "-8",
                "done",
                "",
                [(200, "Completed.")],
            ),
            (
                "Introduce weekly, monthly and quarterly performance reporting",
                "Steve Walker",
                "Head of QA",
                "-7",
                "done",
                "",
                [(190, "First weekly report issued.")],
            ),
            (
                "Monitor and challenge assessment timeliness at performance clinics",
                "Steve Walker",
                "Jane Humphreys",
                "-1",
                "in_progress",
                "red",
                [(50, "Timeliness fell to 71% in September.")],
            ),
            (
                "Case file audits to evidence improved quality of assessments",
                "Jane Humphreys",
                "Head of QA",
                "0",
                "in_progress",
                "amber",
                [(8, "Audit tool revised.")],
            ),
            (
                "Agree a practice standard for assessments",
                "Principal Social Worker",
                "Steve Walker",
                "-4",
                "dropped",
                "",
                [(100, "Superseded by the practice model.")],
            ),
        ],
    ),
    (
        "Ensure that children's care plans are regularly reviewed to confirm that their "
        "needs are being met.",
        [
            (
                "Independent reviewing officers to escalate drift in care plans",
                "Elaine Allegretti",
                "IRO Service Manager",
                "-1",
                "in_progress",
                "amber",
                [(25, "Escalations log live.")],
            ),
            (
                "Introduce a care plan quality audit",
                "Elaine Allegretti",
                "Head of QA",
                "2",
                "not_started",
                "",
                [],
            ),
            (
                "Report IRO footprint on files to the corporate parenting board",
                "IRO Service Manager",
                "",
                "d+20",
                "in_progress",
                "green",
                [(60, "Baseline report agreed.")],
            ),
            (
                "Refresh the care plan template on Mosaic",
                "Mosaic Team",
                "Elaine Allegretti",
                "-3",
                "blocked",
                "red",
                [(70, "Waiting for supplier release 7.2.")],
            ),
            (
                "Consult children in care council on plan format",
                "Participation Officer",
                "Elaine Allegretti",
                "4",
                "not_started",
                "",
                [],
            ),
        ],
    ),
    (
        "Improve the recruitment and retention of experienced social workers.",
        [
            (
                "Launch a recruitment campaign for experienced social workers",
                "HR Business Partner",
                "Jenny Brennan",
                "-5",
                "done",
                "",
                [(120, "Campaign launched; 14 applicants.")],
            ),
            (
                "Introduce a market supplement for hard-to-fill posts",
                "Jenny Brennan",
                "HR Business Partner",
                "-2",
                "in_progress",
                "red",
                [(40, "Awaiting decision of the employment committee.")],
            ),
            (
                "Agree a career progression framework",
                "Principal Social Worker",
                "Jenny Brennan",
                "3",
                "in_progress",
                "green",
                [(18, "Draft framework consulted on.")],
            ),
            (
                "Reduce caseloads to an average of 18",
                "Jenny Brennan",
                "Sarah McLeod",
                "6",
                "in_progress",
                "amber",
                [(10, "Average caseload now 21.")],
            ),
            (
                "Exit interviews analysed every quarter",
                "HR Business Partner",
                "",
                "TBC",
                "not_started",
                "",
                [],
            ),
        ],
    ),
    (
        "Ensure that the voice of the child is evident in all assessments and plans.",
        [
            (
                "Roll out direct-work toolkit to all teams",
                "Principal Social Worker",
                "Learning and Development",
                "-1",
                "in_progress",
                "amber",
                [(30, "6 of 9 teams.")],
            ),
            (
                "Add a 'child's view' section to assessments on Mosaic",
                "Mosaic Team",
                "Principal Social Worker",
                "d+6",
                "in_progress",
                "green",
                [(5, "In test.")],
            ),
            (
                "Audit for the child's voice in 30 cases",
                "Head of QA",
                "",
                "1",
                "not_started",
                "",
                [],
            ),
            (
                "Feedback from children to the improvement board",
                "Participation Officer",
                "Marina Kitchen",
                "2",
                "not_started",
                "",
                [],
            ),
            (
                "Advocacy offered to every child subject to a child protection plan",
                "Jenny Brennan",
                "Advocacy Service",
                "-2",
                "in_progress",
                "red",
                [(90, "Take-up at 40%.")],
            ),
        ],
    ),
    (
        "Strengthen the quality assurance framework so that leaders know the quality of practice.",
        [
            (
                "Publish a revised quality assurance framework",
                "Head of QA",
                "Steve Walker",
                "-6",
                "done",
                "",
                [(160, "Published.")],
            ),
            (
                "Monthly practice week with senior managers on the front line",
                "Marina Kitchen",
                "Head of QA",
                "Ongoing",
                "in_progress",
                "green",
                [(3, "November practice week held.")],
            ),
            (
                "Learning from audits reported to the improvement board",
                "Head of QA",
                "",
                "d+2",
                "in_progress",
                "amber",
                [],
            ),
            (
                "Dashboard of key performance indicators for members",
                "Steve Walker",
                "Head of QA",
                "1",
                "in_progress",
                "green",
                [(22, "Prototype shown to lead member.")],
            ),
        ],
    ),
]


def demo_plan(on: dt.date | None = None) -> PlanDoc:
    """The demo plan with deadlines and updates relative to ``on`` (today)."""
    base = on or today()
    return PlanDoc(
        title=TITLE,
        notes="Response to the inspection of services for children in need of help and "
        "protection.\nDemo data: every name is fictional.",
        recommendations=[
            RecommendationDoc(
                ref=str(r),
                text=text,
                actions=[_action(f"{r}.{a}", row, base) for a, row in enumerate(rows, 1)],
            )
            for r, (text, rows) in enumerate(RECOMMENDATIONS, 1)
        ],
    )


def _action(ref: str, row: Row, base: dt.date) -> ActionDoc:
    text, leads, responsible, deadline, status, rag, updates = row
    due, due_text, precision = _deadline(deadline, base)
    return ActionDoc(
        ref=ref,
        text=text,
        leads=[leads],
        responsible=[responsible] if responsible else [],
        due=due,
        due_text=due_text,
        due_precision=precision,
        status=status,
        rag=cast(Rag | None, rag or None),
        fields={"Measure of success": "Evidenced in audit and reported to the board"}
        if ref.endswith(".1")
        else {},
        updates=[UpdateDoc(date=base - dt.timedelta(days=d), text=t) for d, t in updates],
    )


def _deadline(spec: str, base: dt.date) -> tuple[dt.date | None, str, Precision]:
    if spec.startswith("d+"):
        due = base + dt.timedelta(days=int(spec[2:]))
        return due, long_day(due), "day"
    if not spec.lstrip("-").isdigit():
        return None, spec, "open"
    months = base.year * 12 + base.month - 1 + int(spec)
    year, month = divmod(months, 12)
    due = dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1])
    return due, due.strftime("%B %Y"), "month"


def write_demo_database(path: Path) -> None:
    """Create a database at ``path`` holding the demo plan and months of its history.

    The plan is imported ``HISTORY_DAYS`` before today as it stood then (nothing
    started, original deadlines, the older notes), then worked on as a real plan
    is: started, updated, re-dated, rated, completed, one reopened. Every step is
    an ordinary recorded edit stamped with its own past date, so the dashboard's
    trend, the review and "changes since" reports show a plan in progress.
    Deterministic given today.
    """
    store = Store.open(path)
    try:
        base = store.today()
        final = demo_plan(base)
        start = base - dt.timedelta(days=HISTORY_DAYS)
        with back_dated(start):
            store.merge_plans([_as_imported(final, start)], "demo plan")
            store.alias("MK", "Marina Kitchen")
        steps = _story(store, final, start, base)
        for _, on, step in sorted(steps, key=lambda s: (s[1], s[0])):
            with back_dated(on):
                step()
    finally:
        store.close()


HISTORY_DAYS = 210  # the demo plan was imported about seven months before today
Step = tuple[int, dt.date, Callable[[], object]]


def _actions(doc: PlanDoc) -> list[ActionDoc]:
    return [a for r in doc.recommendations for a in r.actions]


def _original_due(a: ActionDoc, n: int) -> dt.date | None:
    """Every fourth open action with a date was first due two months earlier."""
    if a.due is None or a.status in ("done", "dropped") or n % 4 != 1:
        return a.due
    year, month = divmod(a.due.year * 12 + a.due.month - 1 - 2, 12)
    return dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def _as_imported(doc: PlanDoc, start: dt.date) -> PlanDoc:
    """The plan as it was first imported: nothing started, unrated, first deadlines,
    and only the notes written before then."""
    recs, n = [], 0
    for rec in doc.recommendations:
        actions = []
        for a in rec.actions:
            due = _original_due(a, n)
            older = [u for u in a.updates if u.date is None or u.date <= start]
            text = due.strftime("%B %Y") if due != a.due and due else a.due_text
            actions.append(
                a.model_copy(
                    update={"status": "not_started", "rag": None, "due": due,
                            "due_text": text, "updates": older}
                )
            )  # fmt: skip
            n += 1
        recs.append(rec.model_copy(update={"actions": actions}))
    return doc.model_copy(update={"recommendations": recs})


def _story(store: Store, doc: PlanDoc, start: dt.date, base: dt.date) -> list[Step]:
    """Each action's edits since the import, in order, each on its own past day."""
    steps: list[Step] = []
    ids = [store.find_action(a.ref).id for a in _actions(doc)]
    reopened = False
    for n, (a, action_id) in enumerate(zip(_actions(doc), ids, strict=True)):
        begun = start + dt.timedelta(days=14 + 7 * (n % 9))
        last = min(base - dt.timedelta(days=1), begun + dt.timedelta(days=90))

        def add(on: dt.date, step: Callable[[], object]) -> None:
            steps.append((len(steps), min(on, base - dt.timedelta(days=1)), step))

        if a.status != "not_started":
            add(begun, partial(store.set_status, action_id, "in_progress"))
        for u in a.updates:
            if u.date is not None and u.date > start:
                add(u.date, partial(store.add_update, action_id, u.text, u.date))
        if _original_due(a, n) != a.due and a.due:
            on = max(begun, (a.due - dt.timedelta(days=75)))
            add(on, partial(store.set_due, action_id, a.due, a.due_text, a.due_precision))
        if a.rag:
            add(begun + dt.timedelta(days=3), partial(store.set_rag, action_id, "amber"))
            add(last - dt.timedelta(days=n % 20), partial(store.set_rag, action_id, a.rag))
        if a.status == "in_progress" and not reopened and n > 3:
            reopened = True  # marked done too soon, then reopened: a board sees it
            add(base - dt.timedelta(days=12), partial(store.set_status, action_id, "done"))
            add(base - dt.timedelta(days=5), partial(store.set_status, action_id, "in_progress"))
            if a.rag:  # done cleared its RAG: rated again on reopening
                add(base - dt.timedelta(days=5), partial(store.set_rag, action_id, a.rag))
        if a.status in ("done", "blocked", "dropped"):
            add(last, partial(store.set_status, action_id, a.status))
    return steps
