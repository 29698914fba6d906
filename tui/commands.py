"""The command palette: every key's action, searchable by name."""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider

# (label, action, where the action lives: "screen" or "app")
COMMANDS = [
    ("Toggle overdue only", "toggle_overdue", "screen"),
    ("Filter by lead", "filter_lead", "screen"),
    ("Filter by status", "filter_status", "screen"),
    ("Filter by RAG", "filter_rag", "screen"),
    ("Filter: due within N days", "filter_due_soon", "screen"),
    ("Search", "search", "screen"),
    ("Clear search and filters", "clear", "screen"),
    ("Change sort order", "cycle_sort", "screen"),
    ("Jump to action by ref", "jump", "screen"),
    ("Set status", "set_status", "screen"),
    ("Set RAG", "set_rag", "screen"),
    ("Set due date", "set_due", "screen"),
    ("Set leads and responsible", "set_people", "screen"),
    ("Add progress update", "add_update", "screen"),
    ("Edit action text", "edit_text", "screen"),
    ("Add action", "add_action", "screen"),
    ("Add recommendation", "add_recommendation", "screen"),
    ("Archive action", "archive", "screen"),
    ("Undo", "undo", "screen"),
    ("Redo", "redo", "screen"),
    ("Weekly review", "review", "app"),
    ("Dashboard", "dashboard", "app"),
    ("Export a report", "export", "app"),
    ("Switch plan", "switch_plan", "app"),
    ("Import a plan", "import", "app"),
    ("Help", "help", "app"),
    ("Quit", "quit", "app"),
]


class ActionPlanCommands(Provider):
    """Commands that call the same ``action_*`` methods as the keys."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        screen = self.screen
        for label, action, where in COMMANDS:
            target = self.app if where == "app" else screen
            if not hasattr(target, f"action_{action}"):
                continue
            score = matcher.match(label)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(label),
                    partial(self._run, target, action),
                    help=f"action: {action}",
                )

    async def _run(self, target: object, action: str) -> None:
        await self.app.run_action(action, target)  # type: ignore[arg-type]
