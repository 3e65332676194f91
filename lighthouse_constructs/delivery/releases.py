"""The operators the library's objects need, each installed by one Argo CD Application at an exact
version: a Helm chart, or (Argo CD and Argo Rollouts) the project's own kustomize install at its tag.

Every `app_version` is the release whose CRDs are in ../shared/crds (SOURCES.md; a test compares
them). Every `sources` entry says where the chart version, the values and the Kubernetes range were
read (stored upstream snapshots under /work/.mirror, or the support matrix in docs/). A version the
stored snapshot does not contain says so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..operators import cnpg, keda

CRD = ("apiextensions.k8s.io", "CustomResourceDefinition")
RBAC = (("rbac.authorization.k8s.io", "ClusterRole"), ("rbac.authorization.k8s.io", "ClusterRoleBinding"))
WEBHOOKS = (("admissionregistration.k8s.io", "MutatingWebhookConfiguration"),
            ("admissionregistration.k8s.io", "ValidatingWebhookConfiguration"))


@dataclass(frozen=True)
class HelmRelease:
    """One operator install, as one Argo CD Application."""

    name: str
    """Short id (a DNS label): the Application is `<prefix>-<name>`."""
    repo_url: str
    """The Helm repository, or the Git repository when `path` is set."""
    chart: str
    """The chart name (empty for a Git install)."""
    version: str
    """The exact chart version, or the Git tag."""
    app_version: str
    """The upstream release it installs."""
    crd_source: str | None
    """The ../shared/crds folder whose SOURCES.md tag `app_version` must equal."""
    namespace: str
    release_name: str
    values: Mapping[str, Any]
    """Helm values the library's objects rely on."""
    crd_kinds: tuple[tuple[str, str], ...]
    """(group, kind) of the CRDs it installs that the library's objects use."""
    cluster_kinds: tuple[tuple[str, str], ...]
    """Cluster-scoped kinds its manifests create (its AppProject's whitelist)."""
    requires: tuple[str, ...]
    """Releases that must be Healthy first."""
    kubernetes: tuple[str, str]
    """The supported Kubernetes minor range (docs/support-matrix.md)."""
    server_side_apply: bool
    """A CRD it installs is over the 262144-byte client-side apply limit."""
    pod_security: str
    """The Pod Security level its namespace can enforce."""
    sources: tuple[str, ...]
    path: str | None = None
    """A Git install: the kustomize directory at tag `version` (no chart)."""
    provides: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    """Other cluster-scoped objects (kind, name) it creates that workloads depend on (istiod's injector)."""
    privileged: bool = False
    """Its namespace must be privileged (a node agent)."""
    other_namespaces: tuple[str, ...] = ()
    """Namespaces besides its own that its manifests write into (its AppProject's destinations)."""


def _kinds(group: str, *kinds: str) -> tuple[tuple[str, str], ...]:
    return tuple((group, k) for k in kinds)


ISTIO_CHARTS = "https://istio-release.storage.googleapis.com/charts"
ISTIO_SOURCE = ("istio/istio manifests/charts/{base,istio-control/istio-discovery,istio-cni,gateway} @ 1.30.3: the published "
                "chart version is the Istio release (Chart.yaml 'version: 1.0.0' is replaced by istio/release-builder)",
                "Kubernetes range: docs/support-matrix.md (Istio 1.30: 1.32-1.36)")

RELEASES: tuple[HelmRelease, ...] = (
    HelmRelease(
        name="argo-cd", repo_url="https://github.com/argoproj/argo-cd.git", chart="", version="v3.5.1", app_version="v3.5.1",
        crd_source="argo-cd", namespace="argocd", release_name="argo-cd", values={}, path="manifests/cluster-install",
        crd_kinds=_kinds("argoproj.io", "Application", "AppProject", "ApplicationSet"), cluster_kinds=(CRD, *RBAC),
        requires=(), kubernetes=("1.33", "1.36"), server_side_apply=True, pod_security="restricted",
        sources=("argoproj/argo-cd manifests/cluster-install/kustomization.yaml @ v3.5.1 (the argo-helm snapshot ends at "
                 "chart 9.6.0 = v3.4.3, so the project's own install at the tag)",
                 "Kubernetes range: docs/tested-kubernetes-versions.md @ v3.5.1 (docs/support-matrix.md)"),
    ),
    HelmRelease(
        name="cert-manager", repo_url="https://charts.jetstack.io", chart="cert-manager", version="v1.21.1", app_version="v1.21.1",
        crd_source="cert-manager", namespace="cert-manager", release_name="cert-manager",
        # The chart installs the CRDs only when asked; the ClusterIssuers and Certificates need them.
        values={"crds": {"enabled": True, "keep": True}},
        crd_kinds=_kinds("cert-manager.io", "Certificate", "Issuer", "ClusterIssuer"), cluster_kinds=(CRD, *RBAC, *WEBHOOKS),
        requires=(), kubernetes=("1.33", "1.36"), server_side_apply=True, pod_security="restricted",
        # its leader-election Role and RoleBinding default to kube-system (global.leaderElection.namespace)
        other_namespaces=("kube-system",),
        sources=("cert-manager/cert-manager deploy/charts/cert-manager/Chart.yaml @ v1.21.1 ('set automatically by the release "
                 "tool': chart version = release tag); values.yaml crds.enabled", "Kubernetes range: docs/support-matrix.md"),
    ),
    HelmRelease(
        name="external-secrets", repo_url="https://charts.external-secrets.io", chart="external-secrets", version="2.9.0",
        app_version="v2.9.0", crd_source="external-secrets", namespace="external-secrets", release_name="external-secrets",
        values={"installCRDs": True},
        crd_kinds=_kinds("external-secrets.io", "ExternalSecret", "ClusterSecretStore", "SecretStore"),
        cluster_kinds=(CRD, *RBAC, *WEBHOOKS), requires=(), kubernetes=("1.34", "1.36"), server_side_apply=True,
        pod_security="restricted",
        sources=("external-secrets/external-secrets deploy/charts/external-secrets/Chart.yaml @ helm-chart-2.9.0 (version 2.9.0, "
                 "appVersion v2.9.0)", "Kubernetes range: tested on 1.36 only; the platform runs it on 1.34-1.35 by decision "
                 "(docs/support-matrix.md), so the range recorded is 1.34-1.36"),
    ),
    HelmRelease(
        name="cloudnative-pg", repo_url="https://cloudnative-pg.github.io/charts", chart="cloudnative-pg", version="0.29.0",
        app_version="1.30.0", crd_source="cloudnative-pg", namespace=cnpg.OPERATOR_NAMESPACE, release_name="cnpg",
        values={"crds": {"create": True}},
        crd_kinds=_kinds(cnpg.API_GROUP, "Cluster", "Pooler", "ScheduledBackup", "Backup", "Database"),
        cluster_kinds=(CRD, *RBAC, *WEBHOOKS), requires=(), kubernetes=("1.34", "1.36"), server_side_apply=True,
        pod_security="restricted",
        sources=("cloudnative-pg/charts charts/cloudnative-pg/Chart.yaml history (version 0.29.0, appVersion 1.30.0)",
                 "Kubernetes range: docs/support-matrix.md"),
    ),
    HelmRelease(
        name="plugin-barman-cloud", repo_url="https://cloudnative-pg.github.io/charts", chart="plugin-barman-cloud",
        version="0.8.0", app_version="v0.14.0", crd_source="plugin-barman-cloud", namespace=cnpg.OPERATOR_NAMESPACE,
        release_name="barman-cloud", values={},
        crd_kinds=_kinds("barmancloud.cnpg.io", "ObjectStore"), cluster_kinds=(CRD, *RBAC),
        # Its TLS certificates come from cert-manager; it registers with the CloudNativePG operator.
        requires=("cert-manager", "cloudnative-pg"), kubernetes=("1.34", "1.36"), server_side_apply=False,
        pod_security="restricted",
        sources=("cloudnative-pg/charts charts/plugin-barman-cloud/Chart.yaml: the stored history ends at 0.7.1 = v0.13.0 "
                 "(one chart minor per plugin release since 0.4.0 = v0.10.0); 0.8.0 for v0.14.0 is inferred, NOT seen",
                 "Kubernetes range: follows CloudNativePG (docs/support-matrix.md)"),
    ),
    HelmRelease(
        name="prometheus-operator-crds", repo_url="https://prometheus-community.github.io/helm-charts",
        chart="prometheus-operator-crds", version="31.0.0", app_version="v0.93.0", crd_source="prometheus-operator",
        namespace="prometheus-operator", release_name="prometheus-operator-crds", values={},
        crd_kinds=_kinds("monitoring.coreos.com", "Prometheus", "Alertmanager", "ServiceMonitor", "PodMonitor", "PrometheusRule",
                         "AlertmanagerConfig"),
        cluster_kinds=(CRD,), requires=(), kubernetes=("1.25", "1.36"), server_side_apply=True, pod_security="restricted",
        sources=("prometheus-community/helm-charts charts/prometheus-operator-crds/Chart.yaml history (31.0.0 = v0.93.0)",
                 "Kubernetes range: docs/support-matrix.md (1.25 and later)"),
    ),
    HelmRelease(
        name="prometheus-operator", repo_url="https://prometheus-community.github.io/helm-charts",
        chart="kube-prometheus-stack", version="88.3.0", app_version="v0.93.0", crd_source=None,
        namespace="prometheus-operator", release_name="prometheus-operator",
        # The operator only: ObservabilityStack emits the Prometheus and Alertmanager, and the CRDs
        # come from prometheus-operator-crds (server-side: they exceed the client-side limit).
        values={"crds": {"enabled": False}, "defaultRules": {"create": False}, "prometheus": {"enabled": False},
                "alertmanager": {"enabled": False}, "grafana": {"enabled": False}, "kubeStateMetrics": {"enabled": False},
                "nodeExporter": {"enabled": False}, "kubernetesServiceMonitors": {"enabled": False},
                "windowsMonitoring": {"enabled": False}, "thanosRuler": {"enabled": False}},
        crd_kinds=(), cluster_kinds=(*RBAC, *WEBHOOKS), requires=("prometheus-operator-crds",), kubernetes=("1.25", "1.36"),
        server_side_apply=False, pod_security="restricted",
        sources=("prometheus-community/helm-charts charts/kube-prometheus-stack/Chart.yaml history (88.3.0 = v0.93.0) and "
                 "values.yaml top-level keys at that commit",),
    ),
    HelmRelease(
        name="istio-base", repo_url=ISTIO_CHARTS, chart="base", version="1.30.3", app_version="1.30.3", crd_source="istio",
        namespace="istio-system", release_name="istio-base", values={},
        crd_kinds=_kinds("networking.istio.io", "DestinationRule", "VirtualService", "Gateway", "Sidecar", "EnvoyFilter",
                         "ServiceEntry") + _kinds("security.istio.io", "PeerAuthentication", "AuthorizationPolicy",
                                                  "RequestAuthentication") + _kinds("telemetry.istio.io", "Telemetry"),
        cluster_kinds=(CRD, *RBAC, *WEBHOOKS), requires=(), kubernetes=("1.32", "1.36"), server_side_apply=True,
        pod_security="restricted", sources=ISTIO_SOURCE,
    ),
    HelmRelease(
        name="istio-cni", repo_url=ISTIO_CHARTS, chart="cni", version="1.30.3", app_version="1.30.3", crd_source=None,
        namespace="istio-cni", release_name="istio-cni", values={},
        crd_kinds=(), cluster_kinds=RBAC, requires=("istio-base",), kubernetes=("1.32", "1.36"), server_side_apply=False,
        pod_security="privileged", privileged=True, sources=ISTIO_SOURCE,
    ),
    HelmRelease(
        name="istiod", repo_url=ISTIO_CHARTS, chart="istiod", version="1.30.3", app_version="1.30.3", crd_source=None,
        namespace="istio-system", release_name="istiod",
        # Native sidecars (Jobs complete; docs/support-matrix.md) and the CNI agent instead of istio-init.
        values={"pilot": {"cni": {"enabled": True}, "env": {"ENABLE_NATIVE_SIDECARS": "true"}}},
        crd_kinds=(), cluster_kinds=(*RBAC, *WEBHOOKS), requires=("istio-base", "istio-cni"), kubernetes=("1.32", "1.36"),
        server_side_apply=False, pod_security="restricted",
        provides=(("MutatingWebhookConfiguration", "istio-sidecar-injector"),),
        sources=(*ISTIO_SOURCE, "istio-discovery values.yaml pilot.cni.enabled, pilot.env; templates/mutatingwebhook.yaml name"),
    ),
    HelmRelease(
        name="istio-gateway", repo_url=ISTIO_CHARTS, chart="gateway", version="1.30.3", app_version="1.30.3", crd_source=None,
        # The release name gives the pods `istio: ingressgateway` (the name without "istio-") and the
        # ServiceAccount istio-ingressgateway: BridgeServiceProps' gateway defaults.
        namespace="istio-ingress", release_name="istio-ingressgateway", values={},
        crd_kinds=(), cluster_kinds=(), requires=("istiod",), kubernetes=("1.32", "1.36"), server_side_apply=False,
        pod_security="restricted", sources=(*ISTIO_SOURCE, "gateway templates/_helpers.tpl (istio label, service account)"),
    ),
    HelmRelease(
        name="argo-rollouts", repo_url="https://github.com/argoproj/argo-rollouts.git", chart="", version="v1.9.1",
        app_version="v1.9.1", crd_source="argo-rollouts", namespace="argo-rollouts", release_name="argo-rollouts", values={},
        path="manifests/cluster-install",
        crd_kinds=_kinds("argoproj.io", "Rollout", "AnalysisTemplate"), cluster_kinds=(CRD, *RBAC), requires=(),
        kubernetes=("1.32", "1.35"), server_side_apply=False, pod_security="restricted",
        sources=("argoproj/argo-rollouts manifests/cluster-install (the argo-helm snapshot ends at chart 2.41.0 = v1.9.0, so "
                 "the project's own install at the tag)", "Kubernetes range: docs/support-matrix.md"),
    ),
    HelmRelease(
        name="opentelemetry-operator", repo_url="https://open-telemetry.github.io/opentelemetry-helm-charts",
        chart="opentelemetry-operator", version="0.122.0", app_version="0.158.0", crd_source="opentelemetry-operator",
        namespace="opentelemetry-operator", release_name="opentelemetry-operator",
        # Its webhook certificate from cert-manager (the chart's default), so cert-manager comes first.
        values={"admissionWebhooks": {"certManager": {"enabled": True}}, "crds": {"create": True}},
        crd_kinds=_kinds("opentelemetry.io", "OpenTelemetryCollector", "Instrumentation"), cluster_kinds=(CRD, *RBAC, *WEBHOOKS),
        requires=("cert-manager",), kubernetes=("1.25", "1.36"), server_side_apply=True, pod_security="restricted",
        sources=("open-telemetry/opentelemetry-helm-charts charts/opentelemetry-operator/Chart.yaml history (0.122.0 = 0.158.0)",
                 "Kubernetes range: docs/support-matrix.md"),
    ),
    HelmRelease(
        name="k6-operator", repo_url="https://grafana.github.io/helm-charts", chart="k6-operator", version="4.6.0",
        app_version="v1.6.0", crd_source="k6-operator", namespace="k6-operator-system", release_name="k6-operator", values={},
        crd_kinds=_kinds("k6.io", "TestRun"), cluster_kinds=(CRD, *RBAC), requires=(), kubernetes=("1.27", "1.35"),
        server_side_apply=True, pod_security="restricted",
        sources=("grafana/k6-operator charts/k6-operator/Chart.yaml history (4.6.0 = 1.6.0)",
                 "Kubernetes range: the versions its CI runs (docs/support-matrix.md)"),
    ),
    HelmRelease(
        name="velero", repo_url="https://vmware-tanzu.github.io/helm-charts", chart="velero", version="12.2.0",
        app_version="v1.18.1", crd_source="velero", namespace="velero", release_name="velero", values={"upgradeCRDs": True},
        crd_kinds=_kinds("velero.io", "Schedule", "Backup", "Restore", "BackupStorageLocation"), cluster_kinds=(CRD, *RBAC),
        requires=(), kubernetes=("1.18", "1.35"), server_side_apply=False, pod_security="privileged", privileged=True,
        sources=("vmware-tanzu/helm-charts charts/velero/Chart.yaml history (12.0.2 to 12.2.0 all appVersion 1.18.1; the newest)",
                 "its node agent mounts host paths: privileged namespace", "Kubernetes range: docs/support-matrix.md"),
    ),
    HelmRelease(
        name="keda", repo_url="https://kedacore.github.io/charts", chart="keda", version="2.20.2", app_version="v2.20.2",
        crd_source="keda", namespace=keda.NAMESPACE, release_name="keda", values={},
        crd_kinds=_kinds("keda.sh", "ScaledObject", "TriggerAuthentication"),
        cluster_kinds=(CRD, *RBAC, *WEBHOOKS, ("apiregistration.k8s.io", "APIService")), requires=(),
        kubernetes=("1.33", "1.35"), server_side_apply=False, pod_security="restricted",
        # the metrics server's RoleBinding to extension-apiserver-authentication-reader lives in kube-system
        other_namespaces=("kube-system",),
        sources=("kedacore/charts keda/Chart.yaml history (2.20.2 = 2.20.2)", "Kubernetes range: docs/support-matrix.md"),
    ),
)


def release(name: str) -> HelmRelease:
    by_name = {r.name: r for r in RELEASES}
    if name not in by_name:
        raise KeyError(f"unknown release {name!r}; the releases are {sorted(by_name)}")
    return by_name[name]


def sources_tags(crd_dir: Path) -> dict[str, str]:
    """{folder: release tag} from the repository table of SOURCES.md."""
    out = {}
    for line in (crd_dir / "SOURCES.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and re.fullmatch(r"`[^`]+/`", cells[0]) and re.fullmatch(r"v?[0-9][0-9.]*", cells[2]):
            out[cells[0].strip("`/")] = cells[2]
    return out


def _minor(version: str) -> tuple[int, int]:
    major, minor = version.split(".")[:2]
    return int(major), int(minor)


def unsupported(release: HelmRelease, cluster_version: str) -> str | None:
    """Why `release` does not support Kubernetes `cluster_version`, or None when it does."""
    low, high = release.kubernetes
    if _minor(low) <= _minor(cluster_version) <= _minor(high):
        return None
    return (f"release {release.name} ({release.app_version}) supports Kubernetes {low}-{high}, not the cluster's "
            f"{cluster_version} (source: {release.sources[-1]})")


__all__ = ["HelmRelease", "RELEASES", "release", "sources_tags", "unsupported"]
