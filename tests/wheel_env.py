"""The wheel, installed into a fresh venv outside the checkout: what a downstream team gets from pip.

Built and installed once per test session (`shared_env`), whichever test module asks first, so the
packaging, README and example tests pay for one wheel build and one install between them. The install
reads PyPI through pip's own cache, so a warm run takes seconds.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from support import ROOT

# Top-level entries the build never reads; copying the rest to a temp dir keeps a stale build/ out of the wheel.
NOT_BUILT = {".git", ".venv", ".tools", "node_modules", "build", "dist", "tests", "examples", "benchmarks",
             ".mypy_cache", ".ruff_cache", ".pytest_cache", "lighthouse_constructs.egg-info"}


def _not_built(directory: str, names: list[str]) -> set[str]:
    top = NOT_BUILT if Path(directory) == ROOT else set()
    return {n for n in names if n in top or n == "__pycache__"}


@dataclass(frozen=True)
class WheelEnv:
    wheel: Path
    venv: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    def run(self, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        """Run the venv's python in `cwd`, with nothing of the checkout on its path; fails with its output."""
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
        result = subprocess.run([str(self.python), *args], cwd=cwd, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            pytest.fail(f"{' '.join(args)} in {cwd} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
        return result


def build_wheel(out: Path) -> Path:
    """The wheel of the working tree as it is (uncommitted changes included)."""
    source = out / "source"
    shutil.copytree(ROOT, source, ignore=_not_built, symlinks=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-deps",
         "--no-build-isolation", "-w", str(out), str(source)],
        check=True,
    )
    shutil.rmtree(source)
    (wheel,) = out.glob("lighthouse_constructs-*.whl")
    return wheel


def install(wheel: Path, venv: Path, extras: str = "") -> WheelEnv:
    """A fresh venv with the wheel (and `extras`, e.g. "[gate]") and its dependencies from the index (and pip's cache)."""
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-compile",
         f"{wheel}{extras}"],
        check=True,
    )
    return WheelEnv(wheel, venv)


_wheel: Path | None = None
_shared: WheelEnv | None = None


def shared_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's one wheel build."""
    global _wheel
    if _wheel is None:
        _wheel = build_wheel(tmp_path_factory.mktemp("wheel"))
    return _wheel


def shared_env(tmp_path_factory: pytest.TempPathFactory) -> WheelEnv:
    """The session's one venv with the plain wheel (call it from a session-scoped fixture)."""
    global _shared
    if _shared is None:
        _shared = install(shared_wheel(tmp_path_factory), tmp_path_factory.mktemp("venv") / "venv")
    return _shared
