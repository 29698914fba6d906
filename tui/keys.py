"""Keys described once: the help screen and the command palette read the bindings.

Every ``Binding`` carries its key, a short label (the key bar) and a tooltip
(the help and the palette); nothing here is a second list that could drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from textual.binding import Binding, BindingType

if TYPE_CHECKING:
    from textual.app import App
    from textual.dom import DOMNode

Where = Literal["app", "screen", "widget"]

# Actions that write to the database: refused up front, with the reason, when the file
# is read-only (a dialog filled in and then "Not saved" wasted the user's typing).
WRITE_ACTIONS = frozenset(
    {
        "set_status", "set_rag", "set_due", "set_people", "add_update", "edit_text",
        "correct_update", "undo", "redo", "add_action", "add_recommendation", "move_action",
        "shift_action",
        "renumber", "archive", "new_plan", "rename_plan", "import", "import_plan",
        "chase", "chase_lead", "review", "reviewed", "finish", "accept_and_next",
    }
)  # fmt: skip
READ_ONLY = "read-only: changes cannot be saved"


def keys_dropped(dropped: int) -> str:
    """How many keys typed ahead were thrown away: "1 typed key dropped", "3 typed keys
    dropped" (said in every toast that drops them, in these words)."""
    return f"{dropped} typed key{'' if dropped == 1 else 's'} dropped"


def dropped_after(dropped: int) -> str:
    """What a toast adds for the keys dropped after a refused or wrong key ("; 3 typed
    keys dropped"): nothing where there were none."""
    return f"; {keys_dropped(dropped)}" if dropped else ""


def shown_first(bindings: list[Binding], ids: tuple[str, ...]) -> list[BindingType]:
    """``bindings`` with those whose id is in ``ids`` first, in that order, the rest as
    they were. The key bar shows hints in binding order and, at 80 columns, only the
    first seven or so: a meeting's keys must come before the rest ("?" lists all)."""
    rank = {binding_id: n for n, binding_id in enumerate(ids)}
    ordered = sorted(bindings, key=lambda b: rank.get(b.id or "", len(ids)))
    return list(ordered)  # as Textual types a class's BINDINGS


def action_name(action: str) -> str:
    """ "set_status" of "screen.set_status" or "shift_action(-1)"."""
    return action.split("(", 1)[0].rsplit(".", 1)[-1]


@dataclass(frozen=True)
class KeyHelp:
    """One action and every key bound to it."""

    keys: tuple[str, ...]  # as shown on screen: "s", "?", "F1"
    label: str  # the key bar's word
    what: str  # the tooltip, else the label
    action: str
    where: Where


def key_help(app: App[Any], screen: DOMNode, widget: DOMNode | None = None) -> list[KeyHelp]:
    """The described keys of ``widget`` (the focused one), ``screen`` and ``app``, in
    that order, one entry per action."""
    found: dict[tuple[Where, str], KeyHelp] = {}
    nodes: list[tuple[Where, DOMNode | None]] = [
        ("widget", widget),
        ("screen", screen),
        ("app", app),
    ]
    for where, node in nodes:
        if node is None:
            continue
        for binding in Binding.make_bindings(type(node).BINDINGS):
            if not binding.description:
                continue
            key = (where, binding.action)
            shown = app.get_key_display(binding)
            if where == "app":  # a screen that also shows an app key: one entry, the app's
                found.pop(("screen", binding.action), None)
            if key in found:
                old = found[key]
                found[key] = KeyHelp((*old.keys, shown), old.label, old.what, old.action, old.where)
            else:
                what = binding.tooltip or binding.description
                found[key] = KeyHelp((shown,), binding.description, what, binding.action, where)
    return [*found.values(), *_palette(app)]


def _palette(app: App[Any]) -> list[KeyHelp]:
    """The palette's key, which Textual binds itself."""
    if not app.ENABLE_COMMAND_PALETTE:
        return []
    shown = app.get_key_display(Binding(app.COMMAND_PALETTE_BINDING, "command_palette"))
    what = "Command palette: every action by name"
    return [KeyHelp((shown,), "palette", what, "command_palette", "app")]
