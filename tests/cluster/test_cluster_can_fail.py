"""The cluster checks can fail: each case breaks one rule, runs the same check the environment tests
run, and expects the control plane's own message in what the check reports."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from cluster_checks import apply_all, drain, scale_to, wait_running
from cluster_harness import Cluster, ControlPlane, Kube, fake_nodes, wait_until

RESTRICTED = {f"pod-security.kubernetes.io/{mode}": "restricted" for mode in ("enforce", "warn")}
SECURITY = {
    "allowPrivilegeEscalation": False, "runAsNonRoot": True, "runAsUser": 10001,
    "capabilities": {"drop": ["ALL"]}, "seccompProfile": {"type": "RuntimeDefault"},
}


@pytest.fixture(scope="module")
def scratch(control_plane: ControlPlane) -> Iterator[Cluster]:
    cluster = Cluster("negative", control_plane.bins, control_plane.etcd, control_plane.workdir / "negative").start()
    try:
        cluster.add_nodes(fake_nodes(3, prefix="scratch"))
        yield cluster
    finally:
        cluster.stop()


def namespace(kube: Kube, name: str, labels: dict[str, str] | None = None) -> None:
    apply_all(kube, [{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": labels or {}}}])


def deployment(ns: str, name: str, replicas: int = 1, volumes: list[dict[str, Any]] | None = None,
               app: str | None = None) -> dict[str, Any]:
    labels = {"app": app or name}
    return {
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": ns},
        "spec": {
            "replicas": replicas, "selector": {"matchLabels": labels},
            "template": {"metadata": {"labels": labels}, "spec": {
                "containers": [{"name": "app", "image": "registry.invalid/app:1", "securityContext": SECURITY,
                                "resources": {"requests": {"cpu": "10m", "memory": "16Mi"},
                                              "limits": {"cpu": "100m", "memory": "32Mi"}}}],
                "volumes": volumes or [],
            }},
        },
    }


def test_fails_if_a_restricted_pod_template_asks_for_a_hostpath(scratch: Cluster) -> None:
    namespace(scratch.kube, "neg-hostpath", RESTRICTED)
    since = time.time()
    bad = deployment("neg-hostpath", "reads-host", volumes=[{"name": "host", "hostPath": {"path": "/var/log"}}])
    report = apply_all(scratch.kube, [bad])
    assert report.rejected == []  # a Deployment is admitted: its pods are what PodSecurity rejects
    assert any("would violate PodSecurity" in w and "hostPath" in w for _, w in report.warnings), report.warnings
    problems = wait_running(scratch, [bad], {}, since, timeout=15)
    assert any(p.startswith("FailedCreate ReplicaSet neg-hostpath/") and 'violates PodSecurity "restricted:latest"' in p
               and 'restricted volume types (volume "host" uses restricted volume type "hostPath")' in p
               for p in problems), problems


def test_fails_if_an_hpa_maximum_is_over_the_quota(scratch: Cluster) -> None:
    kube = scratch.kube
    namespace(kube, "neg-quota")
    apply_all(kube, [{"apiVersion": "v1", "kind": "ResourceQuota", "metadata": {"name": "q", "namespace": "neg-quota"},
                      "spec": {"hard": {"pods": "2", "limits.cpu": "1", "limits.memory": "1Gi"}}}])
    wait_until("the quota controller to fill in status.used",
               lambda: kube.get("v1", "ResourceQuota", "q", "neg-quota").get("status", {}).get("used"), 30)
    since = time.time()
    app = deployment("neg-quota", "scaled")
    hpa = {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
           "metadata": {"name": "scaled", "namespace": "neg-quota"},
           "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "scaled"},
                    "minReplicas": 1, "maxReplicas": 3,
                    "metrics": [{"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}}]}}
    assert apply_all(kube, [app, hpa]).rejected == []
    scale_to(kube, {("Deployment", "neg-quota", "scaled"): 3})
    problems = wait_running(scratch, [app], {("Deployment", "neg-quota", "scaled"): 3}, since, timeout=15)
    assert any("exceeded quota: q" in p and "requested: pods=1, used: pods=2, limited: pods=2" in p
               for p in problems), problems


def test_fails_if_a_pdb_blocks_every_drain(scratch: Cluster) -> None:
    kube = scratch.kube
    namespace(kube, "neg-pdb")
    app = deployment("neg-pdb", "guarded", replicas=2)
    pdb = {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "guarded", "namespace": "neg-pdb"},
           "spec": {"minAvailable": 2, "selector": {"matchLabels": {"app": "guarded"}}}}
    assert apply_all(kube, [app, pdb]).rejected == []
    assert wait_running(scratch, [app], {}, time.time(), timeout=30) == []
    wait_until("the disruption controller to count the pods",
               lambda: kube.get("policy/v1", "PodDisruptionBudget", "guarded", "neg-pdb").get("status", {}).get("currentHealthy") == 2, 30)
    node = kube.objects("v1", "Pod", "neg-pdb")[0]["spec"]["nodeName"]
    try:
        report = drain(scratch, {node}, [pdb], timeout=5)
    finally:
        scale_to(kube, {("Deployment", "neg-pdb", "guarded"): 0})
        kube.merge_patch("v1", "Node", node, None, {"spec": {"unschedulable": None}})
    assert report.stuck and all(s.startswith("Pod neg-pdb/guarded-") for s in report.stuck)
    assert any("Cannot evict pod as it would violate the pod's disruption budget." in r for r in report.refused), report.refused
    assert report.below_minimum == []


def test_fails_if_a_second_apply_changes_an_immutable_selector(scratch: Cluster) -> None:
    namespace(scratch.kube, "neg-immutable")
    assert apply_all(scratch.kube, [deployment("neg-immutable", "moved", app="before")]).rejected == []
    report = apply_all(scratch.kube, [deployment("neg-immutable", "moved", app="after")])
    assert len(report.rejected) == 1
    assert "Deployment neg-immutable/moved" in report.rejected[0]
    assert "spec.selector: Invalid value" in report.rejected[0] and "field is immutable" in report.rejected[0]

