"""prometheus-operator: the governing Services and pod labels of Prometheus and Alertmanager.

Read from github.com/prometheus-operator/prometheus-operator at TAG; paths in SOURCES.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

REPO = "github.com/prometheus-operator/prometheus-operator"
TAG = "v0.93.0"
API_GROUP = "monitoring.coreos.com"

PROMETHEUS_SERVICE = "prometheus-operated"
"""The headless Service the operator creates for every Prometheus StatefulSet of a namespace."""
ALERTMANAGER_SERVICE = "alertmanager-operated"
"""The headless Service the operator creates for Alertmanager; peers gossip through it."""
PROMETHEUS_PORT = 9090
ALERTMANAGER_PORT = 9093
ALERTMANAGER_MESH_PORT = 9094
"""Alertmanager cluster gossip: each peer dials `alertmanager-<name>-<i>.alertmanager-operated:9094`,
over TCP and over UDP."""
ALERTMANAGER_MESH_PROTOCOLS = ("TCP", "UDP")
MANAGED_BY = {"app.kubernetes.io/managed-by": "prometheus-operator"}

SOURCES = {
    "PROMETHEUS_SERVICE": "pkg/prometheus/server/statefulset.go (governingServiceName)",
    "ALERTMANAGER_SERVICE": "pkg/alertmanager/statefulset.go (defaultOperatedServiceName, makeStatefulSetService)",
    "PROMETHEUS_PORT": "pkg/prometheus/server/statefulset.go (web port 9090)",
    "ALERTMANAGER_PORT": "pkg/alertmanager/statefulset.go (alertmanagerWebPort)",
    "ALERTMANAGER_MESH_PORT": "pkg/alertmanager/statefulset.go (alertmanagerMeshPort; cluster.peer args)",
    "ALERTMANAGER_MESH_PROTOCOLS": "pkg/alertmanager/statefulset.go (makeStatefulSetService: tcp-mesh and udp-mesh)",
    "MANAGED_BY": "pkg/operator/kubernetes.go (ManagedByLabelKey)",
    "prometheus_pod_labels": "pkg/prometheus/server/operator.go (makeSelectorLabels); "
    "pkg/prometheus/common.go (PrometheusNameLabelName, ShardLabelName); statefulset.go copies podMetadata first",
    "alertmanager_pod_labels": "pkg/alertmanager/operator.go (makeSelectorLabels); "
    "pkg/alertmanager/statefulset.go copies podMetadata first",
}


def prometheus_pod_labels(name: str, shard: int = 0) -> dict[str, str]:
    """The labels the operator sets on the pods of Prometheus `name` (they win over podMetadata)."""
    return {
        **MANAGED_BY,
        "app.kubernetes.io/name": "prometheus",
        "app.kubernetes.io/instance": name,
        "operator.prometheus.io/name": name,
        "prometheus": name,
        "operator.prometheus.io/shard": str(shard),
    }


def alertmanager_pod_labels(name: str) -> dict[str, str]:
    """The labels the operator sets on the pods of Alertmanager `name` (they win over podMetadata)."""
    return {**MANAGED_BY, "app.kubernetes.io/name": "alertmanager", "app.kubernetes.io/instance": name, "alertmanager": name}


def _is(obj: Mapping[str, Any], kind: str) -> bool:
    return obj.get("kind") == kind and str(obj.get("apiVersion", "")).startswith(f"{API_GROUP}/")


def created_services(obj: Mapping[str, Any]) -> tuple[str, ...]:
    if _is(obj, "Prometheus"):
        return ((obj.get("spec") or {}).get("serviceName") or PROMETHEUS_SERVICE,)
    if _is(obj, "Alertmanager"):
        return ((obj.get("spec") or {}).get("serviceName") or ALERTMANAGER_SERVICE,)
    return ()


def created_pods(obj: Mapping[str, Any]) -> tuple[dict[str, str], ...]:
    name = (obj.get("metadata") or {}).get("name", "")
    spec = obj.get("spec") or {}
    extra = (spec.get("podMetadata") or {}).get("labels") or {}
    if _is(obj, "Prometheus"):
        return tuple({**extra, **prometheus_pod_labels(name, shard)} for shard in range(int(spec.get("shards") or 1)))
    if _is(obj, "Alertmanager"):
        return ({**extra, **alertmanager_pod_labels(name)},)
    return ()
