"""Driving a program in a real terminal (tmux) and timing what the screen shows.

Textual's Pilot adds tens of milliseconds per key, so latency is measured the
way a person sees it: send a key to tmux, poll the pane until it changes.
"""

from __future__ import annotations

import shlex
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

POLL_SECONDS = 0.002


def _tmux(*args: str) -> str:
    done = subprocess.run(["tmux", *args], capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"tmux {args[0]}: {done.stderr.strip()}")
    return done.stdout


class KeepServer:
    """An idle session for the whole run: when the last session closes, the tmux
    server exits, and a session started at that moment fails."""

    def __init__(self, name: str = "bench-keep") -> None:
        self.name = name

    def __enter__(self) -> KeepServer:
        _tmux("new-session", "-d", "-s", self.name, "sleep 86400")
        return self

    def __exit__(self, *exc: object) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


class Terminal:
    """One tmux session running one command at 160x48."""

    def __init__(self, name: str, command: str, env: dict[str, str], cwd: Path) -> None:
        self.name = name
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        # -u: a shell that disables .pyc files would make every start compile our modules
        self.started = time.perf_counter()
        _tmux(
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            "160",
            "-y",
            "48",
            "-c",
            str(cwd),
            f"exec env -u PYTHONDONTWRITEBYTECODE {exports} {command}",
        )

    def screen(self) -> str:
        """The pane with colours and styles, so a moved highlight counts as a change."""
        return _tmux("capture-pane", "-p", "-e", "-t", self.name)

    def text(self) -> str:
        """The pane as plain text."""
        return _tmux("capture-pane", "-p", "-t", self.name)

    def send(self, *keys: str) -> None:
        """Send tmux key names ("Down", "NPage", "Enter") or literal characters."""
        _tmux("send-keys", "-t", self.name, *keys)

    def type(self, text: str) -> None:
        """Type literal text."""
        _tmux("send-keys", "-l", "-t", self.name, text)

    def wait_for(self, ready: Callable[[str], bool], timeout: float = 60.0) -> float:
        """Seconds since start until ``ready(plain text)`` holds."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if ready(self.text()):
                return time.perf_counter() - self.started
            time.sleep(POLL_SECONDS)
        raise TimeoutError(f"{self.name}: screen never became ready:\n{self.text()}")

    def settle(self, quiet: float = 0.25, timeout: float = 30.0) -> None:
        """Wait until the screen has not changed for ``quiet`` seconds."""
        last, since = self.screen(), time.perf_counter()
        deadline = since + timeout
        while time.perf_counter() < deadline:
            time.sleep(0.02)
            now = self.screen()
            if now != last:
                last, since = now, time.perf_counter()
            elif time.perf_counter() - since >= quiet:
                return

    def latency(
        self,
        *keys: str,
        until: Callable[[str], bool] | None = None,
        timeout: float = 30.0,
        literal: bool = False,
    ) -> float:
        """Seconds from sending ``keys`` (typed as text with ``literal``: one burst)
        to the first change on screen, or until ``until(plain text)`` holds."""
        self.settle()
        before = self.screen()
        start = time.perf_counter()
        if literal:
            self.type("".join(keys))
        else:
            self.send(*keys)
        while time.perf_counter() - start < timeout:
            if self.screen() != before if until is None else until(self.text()):
                return time.perf_counter() - start
            time.sleep(POLL_SECONDS)
        raise TimeoutError(f"{self.name}: no change after {keys}")

    def pid(self) -> int:
        """The process running in the pane."""
        return int(_tmux("display-message", "-p", "-t", self.name, "#{pane_pid}").strip())

    def peak_rss_mib(self) -> float:
        """Peak resident memory of the pane's process (VmHWM)."""
        status = Path(f"/proc/{self.pid()}/status").read_text()
        line = next(x for x in status.splitlines() if x.startswith("VmHWM:"))
        return int(line.split()[1]) / 1024

    def close(self) -> None:
        """Kill the session."""
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m bench.terminal",
        description=__doc__,
        epilog="A helper of bench.run (needs tmux); it runs nothing by itself. "
        "Run python -m bench.run --help for the benchmarks.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.parse_args(argv)
    parser.print_help()


if __name__ == "__main__":
    main()
