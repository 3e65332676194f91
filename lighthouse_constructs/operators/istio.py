"""Istio: what a workload (and a Job) needs from istiod, and the replies Envoy makes itself.

Read from github.com/istio/istio (manifests; the stored snapshot, Istio 1.30 line) and
github.com/istio/api at TAG for the CRDs; paths in SOURCES.
"""

from __future__ import annotations

from typing import Any, Mapping

REPO = "github.com/istio/istio"
TAG = "1.30.3"

XDS_PORT = 15012
"""istiod's xDS and certificate (CA) port over TLS: every sidecar dials it."""
WEBHOOK_PORT = 15017
"""istiod's injection and validation webhook (Service port 443): only the API server calls it."""
ISTIOD_POD_LABELS = {"app": "istiod"}
NATIVE_SIDECAR_RESTART_POLICY = "Always"
"""With native sidecars (pilot ENABLE_NATIVE_SIDECARS), istio-proxy is an init container with
restartPolicy Always: it stops when the Job's containers exit, so the Job completes. A classic
istio-proxy container never exits and the Job never completes. Native sidecars need a cluster
of Kubernetes 1.29 or later (the SidecarContainers feature)."""
ENVOY_LOCAL_REPLIES = {429: "local rate limit", 403: "RBAC: access denied", 503: "no healthy upstream / overflow"}
"""Replies Envoy generates itself (never seen by the application): the app's own request
metrics miss them; Istio's `istio_requests_total` (response_flags) counts them."""

SOURCES = {
    "XDS_PORT": "manifests/charts/istio-control/istio-discovery/templates/service.yaml (https-dns 15012)",
    "WEBHOOK_PORT": "manifests/charts/istio-control/istio-discovery/templates/service.yaml (https-webhook 443 -> 15017)",
    "ISTIOD_POD_LABELS": "manifests/charts/istio-control/istio-discovery/templates/service.yaml (selector app: istiod)",
    "NATIVE_SIDECAR_RESTART_POLICY": "pkg/kube/inject (native sidecar injection: istio-proxy as an init container "
    "with restartPolicy Always)",
    "ENVOY_LOCAL_REPLIES": "Envoy local_ratelimit (429), RBAC filter (403), upstream overflow/no healthy host (503)",
}


def created_services(obj: Mapping[str, Any]) -> tuple[str, ...]:
    return ()


def created_pods(obj: Mapping[str, Any]) -> tuple[dict[str, str], ...]:
    return ()
