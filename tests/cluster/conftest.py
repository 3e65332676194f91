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
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from cluster_harness import KWOK_ANNOTATION, Binaries, Etcd, kill_all

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BUILD_SCRIPT = ROOT / "scripts" / "build_control_plane.sh"
NODES = yaml.safe_load((HERE / "nodes.yaml").read_text())


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.cluster)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"cluster tests cannot run under CI=true: {reason}", pytrace=False)
    pytest.skip(reason)


@dataclass
class ControlPlane:
    bins: Binaries
    etcd: Etcd
    workdir: Path


@pytest.fixture(scope="session")
def control_plane() -> Iterator[ControlPlane]:
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
        yield ControlPlane(Binaries(Path(path)), etcd, workdir)
    finally:
        kill_all()
        if etcd is not None:
            etcd.stop()
        print(f"\ncluster test logs: {workdir}")


def fake_nodes(count: int, prefix: str = "node") -> list[dict[str, Any]]:
    """`count` kwok Nodes, round-robin over the zones of nodes.yaml, with its allocatable."""
    zones = NODES["zones"]
    allocatable = {k: str(v) for k, v in NODES["allocatable"].items()}
    out = []
    for i in range(count):
        zone = zones[i % len(zones)]
        name = f"{prefix}-{zone}-{i // len(zones)}"
        out.append({
            "apiVersion": "v1", "kind": "Node",
            "metadata": {
                "name": name,
                "annotations": {KWOK_ANNOTATION[0]: KWOK_ANNOTATION[1], "node.alpha.kubernetes.io/ttl": "0"},
                "labels": {
                    "kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
                    "topology.kubernetes.io/zone": zone, "topology.kubernetes.io/region": "test",
                    "type": "kwok",
                },
            },
            "spec": {},
            "status": {"capacity": allocatable, "allocatable": allocatable},
        })
    return out
