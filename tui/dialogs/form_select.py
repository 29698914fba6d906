"""A choice among a form's fields, for the forms that have one (``Select`` is
imported with them, not with every dialog)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Select


class FormSelect(Select[Any], inherit_bindings=False):
    """A choice among a form's fields: Enter moves on, as it does from the form's
    inputs (a plain Select opened its list on Enter, so Enter never left it: in the
    new-action form Enter opened, chose and opened again); Space or an arrow opens
    the list, where Enter chooses."""

    BINDINGS = [
        Binding("down,space,up", "show_overlay", "Show menu", show=False),
        Binding("enter", "submit", "Next field", show=False),
    ]

    @dataclass
    class Submitted(Message):
        """Enter on the closed list: the form moves on (or saves)."""

        select: FormSelect

    def action_submit(self) -> None:
        self.post_message(self.Submitted(self))
