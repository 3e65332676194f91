"""Istio: what a workload (and a Job) needs from istiod, and the replies Envoy makes itself.

Read from github.com/istio/istio (manifests; the stored snapshot, Istio 1.30 line) and
github.com/istio/api at TAG for the CRDs; paths in SOURCES.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
NATIVE_SIDECAR_ANNOTATION = "sidecar.istio.io/nativeSidecar"
NATIVE_SIDECAR = {NATIVE_SIDECAR_ANNOTATION: "true"}
"""Pod-template annotation that makes the injected proxy a native sidecar whatever istiod's
ENABLE_NATIVE_SIDECARS says (its default "auto" turns them on only when the node, or every node,
runs kubelet 1.33+): put it on every Job, and on the CNPG Cluster's inheritedMetadata, which CNPG
copies onto its initdb, join and bootstrap Job pods."""
SIDECAR_INJECTOR_WEBHOOK = "istio-sidecar-injector"
"""The MutatingWebhookConfiguration istiod's chart creates for the default revision
(manifests/charts/istio-control/istio-discovery/templates/mutatingwebhook.yaml): a pod created in
an injected namespace before it exists runs without a sidecar until it is restarted."""


def injects_sidecars(namespace: Mapping[str, Any]) -> bool:
    """Whether istiod injects a sidecar into pods created in this Namespace object: the
    `istio-injection=enabled` label, or a revision label not overridden by `istio-injection=disabled`."""
    labels = (namespace.get("metadata") or {}).get("labels") or {}
    return bool(labels.get("istio-injection") == "enabled"
                or ("istio.io/rev" in labels and labels.get("istio-injection") != "disabled"))


ISTIO_INIT_CAPABILITIES = ("NET_ADMIN", "NET_RAW")
"""What the istio-init container adds when Istio runs without its CNI node agent: Pod Security
baseline and restricted reject it, so injection into such namespaces requires Istio CNI."""
ENVOY_LOCAL_REPLIES = {429: "local rate limit", 403: "RBAC: access denied", 503: "no healthy upstream / overflow"}
"""Replies Envoy generates itself (never seen by the application): the app's own request
metrics miss them; Istio's `istio_requests_total` (response_flags) counts them."""

SCRAPER_CERTS_DIR = "/etc/prom-certs"
"""Where a scraper's own container reads the workload certificate its sidecar writes."""
SCRAPER_CERT_FILES = {"ca_file": "root-cert.pem", "cert_file": "cert-chain.pem", "key_file": "key.pem"}
SCRAPER_CERT_VOLUME = "istio-certs"
SCRAPER_ANNOTATIONS = {
    "traffic.sidecar.istio.io/includeOutboundIPRanges": "",
    "proxy.istio.io/config": '{"proxyMetadata": {"OUTPUT_CERTS": "/etc/istio-output-certs"}}',
    "sidecar.istio.io/userVolumeMount": '[{"name": "istio-certs", "mountPath": "/etc/istio-output-certs"}]',
}
"""Pod annotations for a scraper (Prometheus) that dials pod IPs itself: its sidecar does not
intercept its outbound traffic but writes the workload certificate to the shared volume, so
it scrapes (and alerts) over mTLS with its own identity. Inbound traffic stays intercepted.
Prometheus cannot check Istio's SPIFFE names, so it skips verifying the target's name."""

SOURCES = {
    "SIDECAR_INJECTOR_WEBHOOK": "manifests/charts/istio-control/istio-discovery/templates/mutatingwebhook.yaml (name istio-sidecar-injector, "
    "suffixed -<revision> and -<namespace> only for a revision or a namespace other than istio-system)",
    "injects_sidecars": "manifests/charts/istio-control/istio-discovery/templates/mutatingwebhook.yaml (namespaceSelector: "
    "istio-injection=enabled, or istio.io/rev with istio-injection not disabled)",
    "SCRAPER_CERTS_DIR": "istio/istio.io content/en/docs/ops/integrations/prometheus/index.md (TLS settings)",
    "SCRAPER_CERT_FILES": "istio/istio.io content/en/docs/ops/integrations/prometheus/index.md (TLS settings)",
    "SCRAPER_CERT_VOLUME": "istio/istio.io content/en/docs/ops/integrations/prometheus/index.md (TLS settings)",
    "SCRAPER_ANNOTATIONS": "istio/istio.io content/en/docs/ops/integrations/prometheus/index.md (TLS settings; "
    "includeInboundPorts is left alone so in-mesh clients still reach the scraper over mTLS)",
    "XDS_PORT": "manifests/charts/istio-control/istio-discovery/templates/service.yaml (https-dns 15012)",
    "WEBHOOK_PORT": "manifests/charts/istio-control/istio-discovery/templates/service.yaml (https-webhook 443 -> 15017)",
    "ISTIOD_POD_LABELS": "manifests/charts/istio-control/istio-discovery/templates/service.yaml (selector app: istiod)",
    "NATIVE_SIDECAR_RESTART_POLICY": "pilot/pkg/features (ENABLE_NATIVE_SIDECARS: 'Kubernetes native Sidecar container "
    "support'); pkg/kube/inject (the injection templates put istio-proxy in initContainers with restartPolicy Always)",
    "NATIVE_SIDECAR_ANNOTATION": "pkg/kube/inject/inject.go (the sidecar.istio.io/nativeSidecar annotation takes "
    "precedence over the global feature flag); pilot/pkg/features/pilot.go (ENABLE_NATIVE_SIDECARS default auto); "
    "pkg/kube/inject/webhook.go (DetectNativeSidecar)",
    "NATIVE_SIDECAR": "pkg/kube/inject/inject.go; cloudnative-pg v1.30.0 internal/controller/cluster_create.go "
    "(inheritJobMetadata copies inheritedMetadata onto Job pods)",
    "ISTIO_INIT_CAPABILITIES": "manifests/charts/istio-control/istio-discovery/files/injection-template.yaml "
    "(istio-init adds NET_ADMIN and NET_RAW)",
    "scraper_tls": "istio/istio.io content/en/docs/ops/integrations/prometheus/index.md (scheme https, tls_config)",
    "ENVOY_LOCAL_REPLIES": "Envoy's documented local replies (envoyproxy/envoy docs: local_ratelimit filter 429, RBAC "
    "filter 403, router 503 with response flags UO/UH/UF); not read from Istio's source",
}



def scraper_tls() -> dict[str, object]:
    """The scrape TLS settings (snake_case, for the prometheus-operator bindings)."""
    return {**{k: f"{SCRAPER_CERTS_DIR}/{v}" for k, v in SCRAPER_CERT_FILES.items()}, "insecure_skip_verify": True}


def created_services(obj: Mapping[str, Any]) -> tuple[str, ...]:
    return ()


def created_pods(obj: Mapping[str, Any]) -> tuple[dict[str, str], ...]:
    return ()
