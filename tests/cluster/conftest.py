"""Fixtures of the cluster tests (pytest mark `cluster`; `make cluster-test` runs only them).

`control_plane` (session): the built binaries, one etcd in /dev/shm, and a work directory. Each test
module then starts its fresh `Cluster` (API server, controller-manager, scheduler, kwok) on its own etcd
prefix. Every process is killed at the end of the session, also when a test or the session fails.

Without the binaries and without Go the tests skip, saying how to get Go; under CI=true that skip is a
failure instead.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from lighthouse_constructs.environments.config import ENVIRONMENT_NAMES

import cluster_environment
from cluster_harness import ROOT, SUMMARY, Binaries, ControlPlane, Etcd, kill_all

HERE = Path(__file__).resolve().parent
BUILD_SCRIPT = ROOT / "scripts" / "build_control_plane.sh"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.cluster)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if SUMMARY:
        terminalreporter.section("cluster")
        for line in SUMMARY:
            terminalreporter.write_line(line)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"cluster tests cannot run under CI=true: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def control_plane(request: pytest.FixtureRequest) -> Iterator[ControlPlane]:
    """Build the binaries when missing (a no-op when cached), start etcd; stop everything at the end."""
    try:
        built = subprocess.run([str(BUILD_SCRIPT)], capture_output=True, text=True, check=False)
    except OSError as exc:
        _unavailable(f"{BUILD_SCRIPT}: {exc}")
    if built.returncode != 0:
        pytest.fail(f"{BUILD_SCRIPT} failed ({built.returncode}):\n{built.stderr[-4000:]}", pytrace=False)
    path = built.stdout.strip().splitlines()[-1] if built.stdout.strip() else ""
    if not path:
        _unavailable(f"no control-plane binaries: {built.stderr.strip()}")
    workdir = Path(tempfile.mkdtemp(prefix="lighthouse-cluster-"))
    etcd = None
    try:
        etcd = Etcd(Binaries(Path(path)), workdir)
        plane = ControlPlane(Binaries(Path(path)), etcd, workdir)
        # the first environment's cluster starts while the other modules' tests run
        first = next((e for e in ENVIRONMENT_NAMES if any(f"[{e}]" in i.name for i in request.session.items
                                                          if "test_cluster_environments" in i.nodeid)), None)
        if first:
            cluster_environment.submit(first, plane)
        yield plane
    finally:
        cluster_environment.shutdown()
        kill_all()
        if etcd is not None:
            etcd.stop()
        SUMMARY.append(f"logs of every process: {workdir}")
