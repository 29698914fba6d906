"""The floor: a one-label Textual app. Whatever it costs, every Textual app pays.

Each key press changes the label, so the harness can time key → new screen
exactly as it does for actionplan.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.events import Key
from textual.widgets import Label


class FloorApp(App[None]):
    """One label that shows how many keys were pressed."""

    def compose(self) -> ComposeResult:
        yield Label("ready 0 of 0 actions", id="label")

    def on_key(self, event: Key) -> None:
        if event.key == "q":
            self.exit()
            return
        label = self.query_one(Label)
        count = int(str(label.render()).split()[1]) + 1
        label.update(f"ready {count} of 0 actions")


if __name__ == "__main__":
    FloorApp().run()
