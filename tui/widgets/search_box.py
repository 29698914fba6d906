"""The main screen's search box: an Input whose Ctrl+C is never silent."""

from __future__ import annotations

from textual.widgets import Input

# "q asks first" (the app's hint) is untrue here: q is typed into the search
QUIT_HINT = "Press ctrl+q to quit (Esc clears the search)"


class SearchBox(Input):
    """Ctrl+C copies the text selected, as any Input does; with none selected (a user
    pressing it to cancel or to quit) it says how to quit, where Input said nothing."""

    def action_copy(self) -> None:
        if self.selected_text:
            super().action_copy()
            return
        self.notify(QUIT_HINT, markup=False)
