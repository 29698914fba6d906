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


def _describe(argv: list[str]) -> None:
    """--help: what the floor is. Loaded only when arguments are given, so the floor's
    start-up, timed by ``bench.run`` with none, imports nothing more."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m bench.floor_app",
        description=__doc__,
        epilog="Run with no options, it opens the app; q quits. bench.run starts it.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.parse_args(argv)


if __name__ == "__main__":
    import sys

    if sys.argv[1:]:
        _describe(sys.argv[1:])
    FloorApp().run()
