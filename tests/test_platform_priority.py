"""Nothing lower than the data tier and the monitoring can preempt them: every pod of the data and
observability namespaces, in every environment, runs at a PriorityClass above bridge-high."""

from __future__ import annotations

from typing import Any

from support import Manifests

NAMESPACES = ("lighthouse-data", "lighthouse-observability", "lighthouse-log-agent")
TEMPLATE = ("spec", "template", "spec")
POD_SPEC_PATHS: dict[tuple[str, str], tuple[str, ...]] = {
    # Workloads
    ("apps", "Deployment"): TEMPLATE, ("apps", "StatefulSet"): TEMPLATE, ("apps", "DaemonSet"): TEMPLATE,
    ("apps", "ReplicaSet"): TEMPLATE, ("batch", "Job"): TEMPLATE, ("", "Pod"): ("spec",),
    ("batch", "CronJob"): ("spec", "jobTemplate", "spec", "template", "spec"), ("argoproj.io", "Rollout"): TEMPLATE,
    # Operator resources whose pods take the class from the resource
    ("postgresql.cnpg.io", "Cluster"): ("spec",), ("postgresql.cnpg.io", "Pooler"): TEMPLATE,
    ("monitoring.coreos.com", "Prometheus"): ("spec",), ("monitoring.coreos.com", "Alertmanager"): ("spec",),
    ("opentelemetry.io", "OpenTelemetryCollector"): ("spec",),
}
"""Every kind that makes pods, and where its pods' priorityClassName is (independent of the code's table)."""


def _group(obj: dict[str, Any]) -> str:
    return obj["apiVersion"].rpartition("/")[0]


def test_every_data_and_observability_pod_outranks_bridge_high(env_manifests: Manifests) -> None:
    classes = {o["metadata"]["name"]: o["value"] for o in env_manifests.all("PriorityClass")}
    assert "lighthouse-bridge-high" in classes
    pod_bearing = [o for o in env_manifests.objects
                   if o["metadata"].get("namespace") in NAMESPACES and (_group(o), o["kind"]) in POD_SPEC_PATHS]
    # The tiers hold these at least: CloudNativePG, its pooler, Prometheus, Alertmanager, Grafana,
    # Loki, Tempo, kube-state-metrics, the trace gateway and the log agent, Redis and Sentinel.
    kinds = {o["kind"] for o in pod_bearing}
    assert kinds >= {"Cluster", "Pooler", "Prometheus", "Alertmanager", "Deployment", "StatefulSet",
                     "DaemonSet", "OpenTelemetryCollector"}, kinds
    unprotected = {}
    for obj in pod_bearing:
        node: Any = obj
        for key in POD_SPEC_PATHS[(_group(obj), obj["kind"])]:
            node = node[key]
        name = node.get("priorityClassName")
        if name not in classes or classes[name] <= classes["lighthouse-bridge-high"]:
            unprotected[f"{obj['kind']} {obj['metadata']['namespace']}/{obj['metadata']['name']}"] = name
    assert unprotected == {}


def test_the_data_tier_class_preempts_and_is_never_the_default(env_manifests: Manifests) -> None:
    cls = env_manifests.get("PriorityClass", "lighthouse-platform-critical")
    assert cls["globalDefault"] is False and cls["preemptionPolicy"] == "PreemptLowerPriority"
