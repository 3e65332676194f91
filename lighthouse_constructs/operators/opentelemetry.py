"""opentelemetry-operator: the Services and pod labels of an OpenTelemetryCollector.

Read from github.com/open-telemetry/opentelemetry-operator at TAG; paths in SOURCES.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

REPO = "github.com/open-telemetry/opentelemetry-operator"
TAG = "v0.158.0"
API_GROUP = "opentelemetry.io"
COMPONENT = "opentelemetry-collector"

SOURCES = {
    "COMPONENT": "internal/manifests/collector/collector.go (ComponentOpenTelemetryCollector)",
    "collector_services": "internal/naming/main.go (Service, HeadlessService, MonitoringService: <name>-collector[-headless|-monitoring])",
    "collector_pod_labels": "internal/manifests/manifestutils/labels.go (SelectorLabels; Labels sets app.kubernetes.io/name "
    "to naming.Collector: <name>-collector)",
}


def collector_services(name: str) -> tuple[str, ...]:
    service = f"{name}-collector"
    return (service, f"{service}-headless", f"{service}-monitoring")


def collector_pod_labels(name: str, namespace: str) -> dict[str, str]:
    return {
        "app.kubernetes.io/managed-by": "opentelemetry-operator",
        "app.kubernetes.io/instance": f"{namespace}.{name}"[:63],
        "app.kubernetes.io/part-of": "opentelemetry",
        "app.kubernetes.io/component": COMPONENT,
        "app.kubernetes.io/name": f"{name}-collector",
    }


def _is(obj: Mapping[str, Any], kind: str) -> bool:
    return obj.get("kind") == kind and str(obj.get("apiVersion", "")).startswith(f"{API_GROUP}/")


def created_services(obj: Mapping[str, Any]) -> tuple[str, ...]:
    if _is(obj, "OpenTelemetryCollector"):
        return collector_services(obj["metadata"]["name"])
    return ()


def created_pods(obj: Mapping[str, Any]) -> tuple[dict[str, str], ...]:
    if _is(obj, "OpenTelemetryCollector"):
        meta = obj["metadata"]
        extra = (obj.get("spec") or {}).get("podLabels") or {}
        return ({**extra, **collector_pod_labels(meta["name"], meta.get("namespace", ""))},)
    return ()
