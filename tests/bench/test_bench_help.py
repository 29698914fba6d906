"""Every script in bench/ answers --help with what it does and its options, and
--help runs nothing: no plan written, no app started, no benchmark run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = sorted(p.stem for p in (ROOT / "bench").glob("*.py") if p.stem != "__init__")


@pytest.mark.parametrize("script", SCRIPTS)
def test_help_says_what_the_script_does_and_writes_nothing(script: str, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", f"bench.{script}", "--help"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "COLUMNS": "100"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"usage: python -m bench.{script}"), done.stdout
    # a sentence of what it does under the usage line, and the options it takes
    usage, description, *rest = done.stdout.split("\n\n")
    assert len(description.split()) >= 5, done.stdout
    assert "-h, --help" in done.stdout
    assert list(tmp_path.iterdir()) == []  # --help wrote nothing


def test_synth_writes_the_plan_it_is_asked_for(tmp_path: Path) -> None:
    out = tmp_path / "plan.csv"
    subprocess.run(
        [sys.executable, "-m", "bench.synth", str(out), "--actions", "45"],
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        check=True,
        timeout=60,
    )
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("Synthetic plan 45")
    assert len(rows) == 2 + 45  # the title, the header, an action a row
