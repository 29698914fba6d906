"""The messages a workbook's drop-downs show, read as keys the plan writes.

A tracker whose RAG or status column is a drop-down list (Excel's Data Validation,
"G,A,R") may say what its letters mean only there: in the input message Excel shows
whenever one of its cells is selected ("G = Implemented (evidence seen by Internal
Audit)"), or in the error alert it shows when anything else is typed. Those words are
the author's key as much as a key typed under the table, so they are read by the same
key machinery. A message whose box ("Show input message", "Show error alert") was
cleared is kept in the file but seen by no one, and so keys nothing.
"""

from __future__ import annotations

from typing import Any


def drop_down_messages(ws: Any) -> list[str]:
    """The input messages and error alerts a worksheet's drop-downs show, each with its
    title on the line above, in the order the sheet lists its rules."""
    rules = getattr(getattr(ws, "data_validations", None), "dataValidation", None) or []
    return [text for rule in rules for text in _shown(rule)]


def _shown(rule: Any) -> list[str]:
    """The messages one validation rule shows, the input message first."""
    messages = [
        (rule.showInputMessage, rule.promptTitle, rule.prompt),
        (rule.showErrorMessage, rule.errorTitle, rule.error),
    ]
    return [_titled(title, text) for shown, title, text in messages if shown and text]


def _titled(title: str | None, text: str) -> str:
    """A message under its title, as Excel's box shows it ("RAG status" over the key)."""
    return f"{title.strip()}\n{text.strip()}" if title and title.strip() else text.strip()
