"""Docs that run: the README's library example and examples/downstream, against the built wheel.

Both run in the session's fresh venv (tests/wheel_env.py) with a temp dir as working directory, so
they see only what `pip install lighthouse-constructs` gives a team: no checkout, no Platform, no config/.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from support import ROOT, Manifests
from wheel_env import WheelEnv, shared_env

HEADING = "## Use the constructs in your own chart"


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> WheelEnv:
    return shared_env(tmp_path_factory)


def readme_example() -> str:
    """The first ```python block after HEADING in README.md."""
    readme = (ROOT / "README.md").read_text()
    _, found, after = readme.partition(f"\n{HEADING}\n")
    match = re.search(r"^```python\n(.*?)^```$", after, re.S | re.M)
    if not found or match is None:
        pytest.fail(f"README.md has no ```python block under {HEADING!r}")
    return match.group(1)


def synth(installed: WheelEnv, workdir: Path, script: str = "main.py") -> Manifests:
    installed.run(script, cwd=workdir)
    files = {p.name: p.read_text() for p in sorted((workdir / "dist").glob("*.yaml"))}
    assert files, f"{script} wrote no manifests to {workdir / 'dist'}"
    return Manifests(workdir.name, files)


def namespaces_used(manifests: Manifests) -> set[str]:
    return {o["metadata"]["namespace"] for o in manifests.objects if "namespace" in o["metadata"]}


@pytest.fixture(scope="module")
def readme_chart(installed: WheelEnv, tmp_path_factory: pytest.TempPathFactory) -> Manifests:
    workdir = tmp_path_factory.mktemp("readme-example")
    (workdir / "main.py").write_text(readme_example())
    return synth(installed, workdir)


def test_can_run_the_readme_example_against_the_installed_wheel(readme_chart: Manifests) -> None:
    api = readme_chart.get("Deployment", "payments-api", namespace="payments")
    pod = api["spec"]["template"]["spec"]
    assert pod["priorityClassName"] == "payments-high"
    env = {e["name"]: e.get("value") for c in pod["containers"] for e in c.get("env", [])}
    assert env["LEDGER_HOST"].endswith(".payments-data.svc.cluster.local"), env
    assert "SESSIONS_SENTINEL_ADDRESSES" in env, sorted(env)
    cluster = readme_chart.get("Cluster", "ledger", namespace="payments-data")
    assert cluster["apiVersion"] == "postgresql.cnpg.io/v1"
    assert cluster["spec"]["instances"] == 3, "production defaults: a primary and two standbys"
    assert readme_chart.all("StatefulSet", namespace="payments-data"), "the SentinelCache's Redis and Sentinels"
    assert readme_chart.all("Prometheus", namespace="payments-obs")
    assert readme_chart.all("DaemonSet", namespace="payments-logs"), "the log agent in the existing privileged namespace"


def test_can_keep_every_readme_object_in_the_teams_namespaces(readme_chart: Manifests) -> None:
    """Only the team's namespaces, and the ingress gateway's for the public host's Gateway and certificate."""
    used = namespaces_used(readme_chart)
    assert used <= {"payments", "payments-data", "payments-obs", "payments-logs", "istio-ingress"}, used
    created = {o["metadata"]["name"] for o in readme_chart.all("Namespace")}
    assert created == {"payments", "payments-data", "payments-obs"}, "payments-logs exists already (a NamespaceRef)"


def test_can_name_every_readme_object_without_lighthouse(readme_chart: Manifests) -> None:
    """No default carries Lighthouse's names: the team's objects, labels and mount paths are its own."""
    named = sorted(f"{o['kind']}/{o['metadata']['name']}" for o in readme_chart.objects if "lighthouse" in o["metadata"]["name"])
    assert not named, named
    part_of = {o["metadata"].get("labels", {}).get("app.kubernetes.io/part-of") for o in readme_chart.objects}
    assert part_of == {"payments"}, part_of
    text = "\n".join(readme_chart.files.values())
    assert "secrets/lighthouse" not in text and "runbooks.lighthouse" not in text
    assert readme_chart.get("ClusterRole", "payments-obs-prometheus"), "cluster-scoped names carry the stack's instance"


def test_can_synthesize_the_downstream_example_project(installed: WheelEnv, tmp_path: Path) -> None:
    project = tmp_path / "downstream"
    shutil.copytree(ROOT / "examples" / "downstream", project, ignore=shutil.ignore_patterns("dist", "__pycache__"))
    manifests = synth(installed, project)
    assert namespaces_used(manifests) == {"inventory", "inventory-data", "inventory-fuse"}
    assert {o["metadata"]["name"] for o in manifests.all("Namespace")} == {"inventory", "inventory-data", "inventory-fuse"}
    api = manifests.get("Deployment", "inventory-api", namespace="inventory")
    volumes = api["spec"]["template"]["spec"]["volumes"]
    assert any(v.get("csi", {}).get("driver") == "catalogue.inventory.example.com" for v in volumes), volumes
    manifests.get("DaemonSet", "catalogue-fs", namespace="inventory-fuse")
    manifests.get("HorizontalPodAutoscaler", "inventory-api", namespace="inventory")
    manifests.get("Cluster", "stock", namespace="inventory-data")
    assert manifests.all("AuthorizationPolicy", namespace="inventory-data"), "MeshPolicy governs the data namespace"
