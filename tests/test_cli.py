"""main.py is what `cdk8s synth` runs: quiet on success, loud and precise on errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from support import ROOT


def run_main(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "CDK8S_OUTDIR": str(tmp_path), **env},
    )


def test_can_synthesize_only_the_named_environment_without_the_node_banner(tmp_path: Path) -> None:
    result = run_main(tmp_path, "dev")
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", f"unexpected output on stderr:\n{result.stderr}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dev"]


def test_can_pick_environments_from_the_environment_variable(tmp_path: Path) -> None:
    result = run_main(tmp_path, LIGHTHOUSE_ENVIRONMENTS="staging,prod")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["prod", "staging"]


def test_fails_with_a_clear_message_for_an_unknown_environment(tmp_path: Path) -> None:
    result = run_main(tmp_path, "qa")
    assert result.returncode == 2
    assert result.stderr.strip() == "error: unknown environment 'qa'; allowed: dev, staging, prod"
    assert not any(tmp_path.iterdir()), "nothing is written when the config is invalid"
