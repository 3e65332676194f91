"""Every environment's dist/ on a real control plane: applied, admitted, scheduled, spread and drained.

One fresh cluster per environment (its own etcd prefix), with the CRDs of $LIGHTHOUSE_CRD_DIR and
`platform.capacity.nodes.max` kwok nodes over three zones. The tests are the steps of one run, in order:
each works on the state the previous ones left.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pytest
from argo_waves import apply_plan

from lighthouse_constructs.environments.config import ENVIRONMENT_NAMES
from lighthouse_constructs.validation.pod_security import check_pod_security

from cluster_checks import (
    delivery_waves,
    drain,
    hpa_bounds,
    none,
    running_on,
    scale_to,
    second_apply_changes,
    spread_problems,
    uncordon,
    wait_running,
)
from cluster_environment import EnvRun, crd_objects, prerequisite_claims, submit
from cluster_harness import SUMMARY, ControlPlane

ZONE = "topology.kubernetes.io/zone"
# The API server's PodSecurity warning on a workload whose pod template fails a level it only warns about.
PSS_WARNING = re.compile(r'would violate PodSecurity "restricted:v[0-9.]+"')



@pytest.fixture(scope="module", params=ENVIRONMENT_NAMES)
def run(request: pytest.FixtureRequest, control_plane: ControlPlane) -> Iterator[EnvRun]:
    env = request.param
    future = submit(env, control_plane)
    following = ENVIRONMENT_NAMES[ENVIRONMENT_NAMES.index(env) + 1:]
    if following and any(f"[{following[0]}]" in item.name for item in request.session.items):
        submit(following[0], control_plane)
    prepared = future.result()
    try:
        yield prepared
    finally:
        prepared.cluster.stop()


def test_can_apply_every_crd_and_see_it_established(run: EnvRun) -> None:
    none(run.crd_report.rejected)
    none(run.crd_report.warnings)


def test_can_apply_every_object_strictly_without_a_warning_wave_by_wave(run: EnvRun) -> None:
    """The root, the apps folder, then each Argo CD sync wave: nothing a wave needs is missing when it
    starts, and each wave is admitted whole before the next."""
    assert run.unlisted_namespaces == [], "namespaces dist/ uses but neither creates nor lists in prerequisites.yaml"
    run.started = time.time()
    run.report = apply_plan(run.kube, run.plan, crd_objects(), prerequisites=prerequisite_claims(run.objects))
    none(run.report.missing)
    none(run.report.rejected)
    # The one warning allowed: a pod template in a namespace that enforces "privileged" and warns at
    # "restricted" on purpose (the validation gate lists those templates; docs/observability.md).
    allowed = {p.label for p in check_pod_security(run.objects)[1]}
    unexpected = [(obj, w) for obj, w in run.report.warnings if not (obj in allowed and PSS_WARNING.search(w))]
    none(unexpected)
    SUMMARY.append(f"{run.env}: " + "; ".join(run.report.waves))
    SUMMARY.append(f"{run.env}: {len(run.report.applied)} objects admitted; Pod Security warnings allowed for "
                   f"{sorted({obj for obj, _ in run.report.warnings})}")


def test_can_apply_a_second_time_without_a_change(run: EnvRun) -> None:
    none(second_apply_changes(run.kube, [o for wave in delivery_waves(run.objects, run.kube) for o in wave]))


def test_can_run_every_workload_at_minimum_scale(run: EnvRun) -> None:
    bounds = hpa_bounds(run.objects)
    scale_to(run.kube, {k: lo for k, (lo, _) in bounds.items()})
    problems = wait_running(run.cluster, run.workloads, {k: lo for k, (lo, _) in bounds.items()}, run.started)
    none(problems)
    pods = [p for p in run.kube.objects("v1", "Pod") if running_on(p)]
    assert {p["spec"]["nodeName"] for p in pods} <= set(run.nodes)
    SUMMARY.append(f"{run.env}: {len(pods)} pods Running at minimum scale")


def test_can_scale_every_hpa_target_to_its_maximum(run: EnvRun) -> None:
    since = time.time()
    targets = _max_scale(run)
    scale_to(run.kube, targets)
    problems = wait_running(run.cluster, run.workloads, targets, since)
    none(problems)
    SUMMARY.append(f"{run.env}: {sum(1 for p in run.kube.objects('v1', 'Pod') if running_on(p))} pods Running at maximum scale")


def test_can_spread_over_three_zones_within_max_skew_and_keep_anti_affinity(run: EnvRun) -> None:
    none(spread_problems(run.kube, run.workloads))
    zones = {n["metadata"]["labels"][ZONE] for n in run.kube.objects("v1", "Node")}
    assert len(zones) == 3


def _max_scale(run: EnvRun) -> dict[tuple[str, str, str], int]:
    return {k: hi for k, (_, hi) in hpa_bounds(run.objects).items()}


def _busiest(run: EnvRun, nodes: list[str]) -> str:
    counts = {n: 0 for n in nodes}
    for p in run.kube.objects("v1", "Pod"):
        if p["spec"].get("nodeName") in counts and not any(
                r["kind"] == "DaemonSet" for r in p["metadata"].get("ownerReferences", [])):
            counts[p["spec"]["nodeName"]] += 1
    return max(counts, key=lambda n: counts[n])


def test_can_drain_a_node_keeping_every_pdb(run: EnvRun) -> None:
    node = _busiest(run, run.nodes)
    since = time.time()
    try:
        report = drain(run.cluster, {node}, run.pdbs)
        assert report.stuck == [], f"refused: {sorted(set(report.refused))}"
        none(report.below_minimum)
        none([r for r in report.refused if "disruption budget" not in r])
        movable = [w for w in run.workloads if w["kind"] != "DaemonSet"]
        none(wait_running(run.cluster, movable, _max_scale(run), since, avoid={node}))
    finally:
        uncordon(run.kube, {node})  # the maintenance is over: the zone drain starts from every node


def test_can_drain_a_zone_keeping_every_pdb(run: EnvRun) -> None:
    zone_nodes = {
        n["metadata"]["name"] for n in run.kube.objects("v1", "Node")
        if n["metadata"]["labels"][ZONE] == fake_zone(run)
    }
    since = time.time()
    report = drain(run.cluster, zone_nodes, run.pdbs, timeout=90)
    assert report.stuck == [], f"refused: {sorted(set(report.refused))}"
    none(report.below_minimum)
    movable = [w for w in run.workloads if w["kind"] != "DaemonSet"]
    none(wait_running(run.cluster, movable, _max_scale(run), since, avoid=zone_nodes))
    SUMMARY.append(f"{run.env}: drained zone {sorted(zone_nodes)}: {len(report.evicted)} evictions, "
                   f"{len(report.refused)} refused by a PDB")


def fake_zone(run: EnvRun) -> str:
    """The zone of the busiest node."""
    node = _busiest(run, run.nodes)
    return next(n["metadata"]["labels"][ZONE] for n in run.kube.objects("v1", "Node") if n["metadata"]["name"] == node)


