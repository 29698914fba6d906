"""One-key choice: `s` then `d` marks done, `r` then `a` sets amber."""

from __future__ import annotations

from typing import Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.events import Key
from textual.widgets import Input, Static

from tui.dialogs.base import Dialog, dialog_css
from tui.keys import dropped_after
from tui.safe import plain

# What follows a menu's key, typed before it was read: no letter, the list's next
# commands, or the rest of a word the key is in
TypedAfter = Literal["nothing", "commands", "a word"]


class ChoiceDialog(Dialog[str]):
    """Shows the keys; the first matching key press dismisses with its value."""

    DEFAULT_CSS = dialog_css("ChoiceDialog")
    OTHER_KEY = "any other key closes this unchanged"  # what a key not offered does
    STAYS_ASKED = False  # a key not offered leaves the question asked (QuestionDialog)

    def __init__(
        self,
        title: str,
        choices: list[tuple[str, str, str]],
        default: str | None = None,
        commands_follow: bool = False,
    ) -> None:
        """``commands_follow``: the menu is one of the list's edits (``s``, ``r``), so
        keys typed straight after its choice may be the list's next command."""
        super().__init__()
        self.title_text = title
        self.choices = choices  # (key, value, label)
        self.default = default  # the key Enter stands for, shown beside it
        self.commands_follow = commands_follow

    def compose(self) -> ComposeResult:
        body = Text()
        for key, _, label in self.choices:
            body.append(f" {key} ", style="reverse bold")
            body.append(f"  {label}")
            body.append("  (or Enter)\n" if key == self.default else "\n")
        with Vertical():
            yield Static(plain(self.title_text), classes="title", markup=False)
            yield Static(body)
            yield Static(self.hint(), classes="hint")

    def hint(self) -> str:
        """The line under the keys: what a key does."""
        return f"Press a key; {self.OTHER_KEY}"

    def on_key(self, event: Key) -> None:
        """An option's key chooses it; any other key closes the menu and does nothing
        else (typing "staffing" must not reach "n" for Not started)."""
        if self.takes_key(event):
            return
        event.stop()
        event.prevent_default()
        chosen = self.default if event.key == "enter" and self.default else None
        shown = (event.character if event.is_printable else None) or event.key
        value = next(
            (v for key, v, _ in self.choices if key in (event.character, event.key, chosen)),
            None,
        )
        follows = self._typed_after() if value is not None and event.is_printable else "nothing"
        if value is not None and follows != "a word":
            if follows == "commands":  # the next key read is a command, not a word's letter
                read_on = getattr(self.app, "read_on_as_commands", None)  # tui.typeahead
                if read_on is not None:
                    read_on()
            self.dismiss(value)
            return
        if event.key == "escape":
            self.escaped()
            return
        if self.STAYS_ASKED:
            self._not_an_answer(event, shown)
            return
        dropped = self._drop_typed_ahead()
        refused = getattr(self.app, "letter_refused", None)  # tui.typeahead
        if refused is not None and event.is_printable:
            refused(event)
        if value is not None:
            # two lines at 80 columns, and a warning's time to read them
            why = f"{shown!r} was in a word, not a choice"
            said = f"{self._closed_unchanged()} ({why}){dropped_after(dropped)}"
            self.notify(said, severity="warning", markup=False)
        else:
            after = dropped_after(dropped)
            self.notify(
                f"{self._closed_unchanged()} ({shown!r} is not a choice){after}", markup=False
            )
        self.dismiss(None)

    def _not_an_answer(self, event: Key, shown: str) -> None:
        """``shown`` answers nothing: the question stays and says which keys answer it.
        Keys typed straight on behind it (the rest of a word) are dropped with it."""
        self._drop_typed_ahead()
        refused = getattr(self.app, "stray_key", None)  # tui.typeahead
        if refused is not None:
            refused(event)
        self.query_one(".hint", Static).update(f"{shown!r} does not answer: {self.answers()}")

    def answers(self) -> str:
        """ "press y (replace the file) or n (keep it); Esc: keep it"."""
        keys = " or ".join(f"{key} ({_short(label)})" for key, _, label in self.choices)
        no = next((label for key, _, label in self.choices if key == self.default), "")
        return f"press {keys}" + (f"; Esc: {_short(no)}" if no else "")

    def takes_key(self, event: Key) -> bool:
        """Does this menu deal with ``event`` itself (``StatusDialog``)? Not a handler:
        Textual would call both this class's ``on_key`` and a subclass's."""
        return False

    def _typed_after(self) -> TypedAfter:
        """What was typed straight after this key, before it was read: letters are the
        rest of a word ("rationale" at once: "r" opened RAG, "a" would set Amber), unless
        they read as the list's next commands ("s b r g d 31/1/2027 Enter" typed fast:
        "b" is followed by "r", the RAG menu, and its choice "g")."""
        typed = getattr(self.app, "typed_ahead", None)  # tui.typeahead
        ahead: list[Key] = typed() if typed is not None else []
        if not ahead or not ahead[0].is_printable:
            return "nothing"
        if self.commands_follow and read_as_commands(ahead):
            return "commands"
        return "a word"

    def _drop_typed_ahead(self) -> int:
        """The keys typed ahead behind this one are the rest of a word: dropped, so
        none runs as a list key ("quarterly": "a" then added an action "rterly")."""
        drop = getattr(self.app, "drop_typed_ahead", None)  # tui.typeahead
        return int(drop()) if drop is not None else 0

    def _closed_unchanged(self) -> str:
        """What closing unchanged means: a question was answered no ("Throw away what
        you typed? — no"), a menu changed nothing."""
        if self.title_text.endswith("?"):
            return f"{self.title_text} — no"
        return f"{self.title_text}: no change"


def _short(label: str) -> str:
    """A choice's label as an answer: "No, keep it" is "keep it"."""
    for said in ("Yes, ", "No, "):
        label = label.removeprefix(said)
    return label[:1].lower() + label[1:]


class QuestionDialog(ChoiceDialog):
    """A question whose answer matters (a file replaced): only its keys answer it, and
    Esc its default. Any other key leaves it asked and says which keys answer: a key
    pressed by mistake ("k" meant for the list) answered "no" unread."""

    STAYS_ASKED = True

    def hint(self) -> str:
        said = self.answers()
        return said[:1].upper() + said[1:]


class StatusDialog(ChoiceDialog):
    """The status menu. Dropped asks, in the same dialog, why (optional: Enter alone
    skips): a programme manager records what superseded it ("superseded by SD4"),
    saved as the update the papers print beside a dropped action. ``reason`` holds it
    once the dialog closes with "dropped"."""

    ASKS_WHY = "dropped"

    def __init__(self, title: str, commands_follow: bool = False) -> None:
        super().__init__(title, STATUS_CHOICES, commands_follow=commands_follow)
        self.reason = ""
        self.asking = False  # the reason box is open: keys are typing

    def takes_key(self, event: Key) -> bool:
        if self.asking:
            return True  # typing in the reason box (Enter there saves, Esc asks as ever)
        chosen = next((v for k, v, _ in self.choices if k == event.character), None)
        if chosen != self.ASKS_WHY:
            return False
        event.stop()  # the text typed straight on is the reason, not a word's rest
        event.prevent_default()
        self._ask_why()
        return True

    def _ask_why(self) -> None:
        self.asking = True
        self.query_one(".hint", Static).update(
            "Enter drops it (with the reason, if typed) · Esc cancels"
        )
        box = Input(placeholder="e.g. superseded by SD4", id="reason")
        self.query_one(Vertical).mount(
            Static("Dropped. Why? (optional: Enter alone skips)", classes="label"),
            box,
            before=self.query_one(".hint", Static),
        )
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.reason = " ".join(event.value.split())
        self.dismiss(self.ASKS_WHY)


STATUS_CHOICES = [
    ("n", "not_started", "Not started"),
    ("p", "in_progress", "In progress"),
    ("b", "blocked", "Blocked"),
    ("d", "done", "Done"),
    ("x", "dropped", "Dropped"),
]
RAG_CHOICES = [
    ("r", "red", "Red"),
    ("a", "amber", "Amber"),
    ("g", "green", "Green"),
    ("-", "none", "None"),
]
# In a plan rating in BRAG (store.rates_blue): Blue is complete, as the importer reads it
BLUE_CHOICE = ("b", "done", "Blue (complete)")

# The list's commands that may be typed straight after a menu's choice, as a fast typist
# triages: a menu key takes one of its choices, a dialog key its text up to Enter. Only
# these: a word typed on the list by mistake soon breaks them ("rationale": "a", then
# "t" is no command here; "spring": "p", "r", then "i" is no RAG).
MENU_KEYS: dict[str, frozenset[str]] = {
    "s": frozenset(key for key, _, _ in STATUS_CHOICES),
    "r": frozenset(key for key, _, _ in [*RAG_CHOICES, BLUE_CHOICE]),
}
TEXT_KEYS = frozenset({"d", "u"})  # the due date and an update: text, then Enter
# The list's cursor letters (ActionList: "down,j", "up,k"): a command on its own, so
# "j u Second note Enter" after a note saved goes on to the next action's update
MOVE_KEYS = frozenset({"j", "k"})
TEXT_ENDS = frozenset({"enter", "escape"})


def read_as_commands(keys: list[Key]) -> bool:
    """Can ``keys`` (typed after a choice, not yet read) be the list's next commands,
    as far as they go? A key that is not a letter or sign (an arrow, Enter) ends the
    reading: no word goes on through it."""
    at = 0
    while at < len(keys):
        key = keys[at]
        if not key.is_printable:
            return True
        command = key.character or ""
        if command in MOVE_KEYS:
            # a move, a text key, then a lowercase letter begins a word ("just": "j",
            # "u", "st…"), not a note: a note typed after a move opens as a note does,
            # with a capital or a digit (the word dropped is typed again; a note saved on
            # the wrong action is not seen)
            after = keys[at + 1 : at + 3]
            if len(after) == 2 and after[0].character in TEXT_KEYS:
                if (after[1].character or "").islower():
                    return False
            at += 1
        elif command in MENU_KEYS:
            choice = keys[at + 1] if at + 1 < len(keys) else None
            if choice is not None and choice.character not in MENU_KEYS[command]:
                return False
            at += 2
        elif command in TEXT_KEYS:
            at += 1
            while at < len(keys) and keys[at].key not in TEXT_ENDS:
                at += 1
            at += 1
        else:
            return False
    return True
