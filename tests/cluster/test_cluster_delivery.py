"""Argo CD's order on a real control plane, for every environment: the root, the apps folder, then each
sync wave; nothing a wave needs is missing when it starts, each wave is admitted whole, and a second
apply changes nothing. Swapping two dependent waves fails, in the API server's words.

These run in `make test` (pytest mark `gitops`); the scheduling and drain steps of
test_cluster_environments.py only in `make cluster-test`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from argo_waves import ARGO_CD_CRDS, apply_plan, plan

from lighthouse_constructs.environments.config import ENVIRONMENT_NAMES

from cluster_checks import (
    apply_all,
    delivery_waves,
    none,
    second_apply_changes,
    wait_established,
)
from cluster_environment import EnvRun, crd_objects, prepare, prerequisite_claims
from cluster_harness import ROOT, SUMMARY, Cluster, ControlPlane, iter_docs

pytestmark = pytest.mark.gitops



@pytest.fixture(scope="module", params=ENVIRONMENT_NAMES)
def run(request: pytest.FixtureRequest, control_plane: ControlPlane) -> Iterator[EnvRun]:
    prepared = prepare(request.param, 3, control_plane)
    try:
        yield prepared
    finally:
        prepared.cluster.stop()


def test_can_apply_every_wave_in_order_with_nothing_missing(run: EnvRun) -> None:
    none(run.crd_report.rejected)
    assert run.unlisted_namespaces == [], "namespaces dist/ uses but neither creates nor lists in prerequisites.yaml"
    report = apply_plan(run.kube, run.plan, crd_objects(), prerequisites=prerequisite_claims(run.objects))
    none(report.missing)
    none(report.rejected)
    applied = {(o["kind"], o["metadata"].get("namespace"), o["metadata"]["name"]) for o in report.applied}
    assert {(o["kind"], o["metadata"].get("namespace"), o["metadata"]["name"]) for o in run.objects} <= applied
    assert len(run.plan.order()) >= 3, "operators, platform and workloads are at least three waves"
    SUMMARY.append(f"{run.env} (gitops): " + "; ".join(report.waves))


def test_can_apply_a_second_time_without_a_change(run: EnvRun) -> None:
    none(second_apply_changes(run.kube, [o for wave in delivery_waves(run.objects, run.kube) for o in wave]))


@pytest.fixture(scope="module")
def scratch(control_plane: ControlPlane) -> Iterator[Cluster]:
    cluster = Cluster("swapped", control_plane.bins, control_plane.etcd, control_plane.workdir / "swapped").start()
    try:
        yield cluster
    finally:
        cluster.stop()


def test_fails_if_two_dependent_waves_are_swapped(scratch: Cluster) -> None:
    """prod's data Application in the platform's wave and the platform in data's: the check before the
    wave names what is missing, and the API server refuses the objects."""
    kube = scratch.kube
    apply_all(kube, [{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "argocd"}}])
    argo = [c for c in crd_objects() if (c["spec"]["group"], c["spec"]["names"]["kind"]) in ARGO_CD_CRDS]
    none(apply_all(kube, argo).rejected)
    wait_established(kube, argo)
    prod = plan("prod")
    swapped = [(w, ["data" if s == "platform" else "platform" if s == "data" else s for s in names])
               for w, names in prod.order()]
    report = apply_plan(kube, prod, crd_objects(), order=swapped)
    assert any("Cluster lighthouse-data/lighthouse-events needs Namespace lighthouse-data" in m for m in report.missing), report.missing
    assert any('namespaces "lighthouse-data" not found' in r for r in report.rejected), report.rejected[:5]


def test_can_admit_the_fleets_application_set(scratch: Cluster) -> None:
    """dist/fleet on the management cluster: the API server (with the CRD's CEL rules) admits it."""
    kube = scratch.kube
    apply_all(kube, [{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "argocd"}}])
    argo = [c for c in crd_objects() if (c["spec"]["group"], c["spec"]["names"]["kind"]) in ARGO_CD_CRDS]
    none(apply_all(kube, argo).rejected)
    wait_established(kube, argo)
    fleet = list(iter_docs(ROOT / "dist" / "fleet"))
    assert {o["kind"] for o in fleet} == {"AppProject", "ApplicationSet"}
    report = apply_all(kube, fleet)
    none(report.rejected)
    none(report.warnings)
