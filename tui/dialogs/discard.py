"""'Throw away what you typed?': asked by Esc in a dialog holding typing.

A user interrupted mid-sentence presses Esc, then carries on typing without
looking. The prompt took the next key: '5' closed it ("not a choice") and was
lost, a 'y' from 'yesterday' threw the note away. Here only a deliberate answer
answers: any other key goes back into the box as typed, and so does a key of a
typing burst that was under way when Esc was pressed."""

from __future__ import annotations

from textual.events import Key

from tui.dialogs.base import DISCARD_CHOICES, ESCAPE_TYPING_GAP
from tui.dialogs.choice import ChoiceDialog

TYPED = "typed:"  # the answer "put this text back into the box": TYPED + the text


class DiscardDialog(ChoiceDialog):
    """Answers "discard", "keep", or TYPED + a key that was typing, not an answer."""

    # "closes this unchanged" read as the note being left: "u" pressed to go back to
    # it was typed into it, unlooked for
    OTHER_KEY = "any other key goes back to your text, a letter typed in it"

    def __init__(self, typing_until: float) -> None:
        super().__init__("Throw away what you typed?", DISCARD_CHOICES, default="n")
        # typing was going on up to this moment (the Esc): a key typed before it
        # has passed by ESCAPE_TYPING_GAP is that typing going on
        self.typing_until = typing_until

    def on_key(self, event: Key) -> None:
        if not (event.is_printable and event.character):
            super().on_key(event)
            return
        event.stop()
        event.prevent_default()
        answer = next((v for key, v, _ in self.choices if key == event.character), None)
        if answer is None or self._in_burst(event) or self._typed_after() == "a word":
            self.dismiss(TYPED + event.character)
            return
        self.dismiss(answer)

    def _in_burst(self, event: Key) -> bool:
        """Was this key typed straight on from the typing before Esc?"""
        return event.time - self.typing_until < ESCAPE_TYPING_GAP
