# TEMPORARY STUB (replaced by the releases branch)
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class HelmRelease:
    name: str
    repo_url: str
    chart: str
    version: str
    app_version: str
    crd_source: str | None
    namespace: str
    release_name: str
    values: Mapping[str, Any]
    crd_kinds: tuple[tuple[str, str], ...]
    cluster_kinds: tuple[tuple[str, str], ...]
    requires: tuple[str, ...]
    kubernetes: tuple[str, str]
    server_side_apply: bool
    privileged: bool
    pod_security: str
    sources: tuple[str, ...]

def _r(name, ns, kinds, requires=(), ssa=False):
    return HelmRelease(name, "https://example.invalid/charts", name, "1.0.0", "v1.0.0", None, ns, name, {}, kinds,
                       (("apiextensions.k8s.io", "CustomResourceDefinition"), ("rbac.authorization.k8s.io", "ClusterRole")), requires, ("1.30", "1.36"), ssa, False, "restricted", ())

RELEASES = (
    _r("cert-manager", "cert-manager", (("cert-manager.io", "Certificate"), ("cert-manager.io", "ClusterIssuer"), ("cert-manager.io", "Issuer"))),
    _r("external-secrets", "external-secrets", (("external-secrets.io", "ExternalSecret"), ("external-secrets.io", "ClusterSecretStore"))),
    _r("cloudnative-pg", "cnpg-system", (("postgresql.cnpg.io", "Cluster"), ("postgresql.cnpg.io", "Pooler"), ("postgresql.cnpg.io", "ScheduledBackup")), ssa=True),
    _r("plugin-barman-cloud", "cnpg-system", (("barmancloud.cnpg.io", "ObjectStore"),), ("cert-manager", "cloudnative-pg")),
    _r("prometheus-operator-crds", "monitoring", tuple(("monitoring.coreos.com", k) for k in ("Prometheus", "Alertmanager", "ServiceMonitor", "PodMonitor", "PrometheusRule")), ssa=True),
    _r("istio-base", "istio-system", tuple(("networking.istio.io", k) for k in ("DestinationRule", "VirtualService", "Gateway", "Sidecar", "EnvoyFilter")) + tuple(("security.istio.io", k) for k in ("PeerAuthentication", "AuthorizationPolicy")) + (("telemetry.istio.io", "Telemetry"),)),
    _r("istio-gateway", "istio-ingress", (), ("istio-base",)),
    _r("opentelemetry-operator", "opentelemetry-operator-system", (("opentelemetry.io", "OpenTelemetryCollector"), ("opentelemetry.io", "Instrumentation")), ("cert-manager",)),
    _r("keda", "keda", (("keda.sh", "ScaledObject"), ("keda.sh", "TriggerAuthentication"))),
    _r("argo-cd", "argocd", ()),
)

def release(name: str) -> HelmRelease:
    return {r.name: r for r in RELEASES}[name]

def sources_tags(crd_dir: Path) -> dict[str, str]:
    return {}

def unsupported(release: HelmRelease, cluster_version: str) -> str | None:
    return None
