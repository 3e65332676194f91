"""The Prometheus server: an operator-managed `Prometheus` that selects every ServiceMonitor,
PodMonitor and PrometheusRule carrying MONITORING_LABEL in the namespaces it governs (or, when
told, in every namespace)."""

from __future__ import annotations

from typing import Any, Callable, TypeVar

import constructs
import yaml
from cdk8s_plus_28 import k8s

from .. import restricted
from ..conventions import MONITORING_LABEL, RESTRICTED_RUN_AS_USER
from ..operators import istio, prometheus_operator
from . import _k8s
from .props import Images, PrometheusSettings

SERVICE = "prometheus"
PORT = prometheus_operator.PROMETHEUS_PORT

NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"
"""The label the API server sets on every Namespace to its name (immutable since Kubernetes 1.22)."""


def pod_labels(instance: str) -> dict[str, str]:
    """Labels the operator puts on the pods of Prometheus `instance` (selected by the Service and the PDB)."""
    return {k: prometheus_operator.prometheus_pod_labels(instance)[k] for k in ("app.kubernetes.io/name", "operator.prometheus.io/name")}


_Selector = TypeVar("_Selector")


def scrape_configs_secret(instance: str) -> str:
    """The additionalScrapeConfigs Secret of Prometheus `instance`."""
    return f"prometheus-{instance}-scrape-configs"


def namespace_selector(selector_cls: Callable[..., _Selector], expression_cls: Callable[..., Any],
                       namespaces: tuple[str, ...] | None) -> _Selector:
    """The namespaces a Prometheus discovers monitors and rules in: `kubernetes.io/metadata.name In
    [...]`, or, for None, the empty selector (every namespace). Each field has its own generated classes."""
    if namespaces is None:
        return selector_cls()
    return selector_cls(match_expressions=[expression_cls(key=NAMESPACE_NAME_LABEL, operator="In", values=list(namespaces))])

# What Prometheus needs to discover and scrape targets cluster-wide, and nothing more: no
# secrets, no wildcards, no write verbs.
CLUSTER_RULES = (
    ("", ("services", "endpoints", "pods"), ("get", "list", "watch")),
    ("", ("nodes",), ("list", "watch")),
    ("discovery.k8s.io", ("endpointslices",), ("get", "list", "watch")),
    ("", ("nodes/metrics",), ("get",)),
)
NON_RESOURCE_URLS = ("/metrics",)
SA_DIR = "/var/run/secrets/kubernetes.io/serviceaccount"
KUBELET_METRICS = "kubelet_volume_stats_.*"
"""What the kubelet job keeps: PVC usage for the volume-filling alerts (the rest is cAdvisor's business)."""


def kubelet_scrape_config(insecure_skip_verify: bool) -> str:
    """A node-role job reading each kubelet directly with the ServiceAccount token, which RBAC
    allows `nodes/metrics` (never `nodes/proxy`, which would also allow exec through the kubelet)."""
    job = {
        "job_name": "kubelet",
        "scheme": "https",
        "kubernetes_sd_configs": [{"role": "node"}],
        "authorization": {"credentials_file": f"{SA_DIR}/token"},
        "tls_config": {"ca_file": f"{SA_DIR}/ca.crt", "insecure_skip_verify": insecure_skip_verify},
        "relabel_configs": [{"source_labels": ["__meta_kubernetes_node_name"], "target_label": "node"}],
        "metric_relabel_configs": [{"source_labels": ["__name__"], "regex": KUBELET_METRICS, "action": "keep"}],
    }
    return yaml.safe_dump([job], sort_keys=False)


class PrometheusServer(constructs.Construct):
    """Prometheus CR, its ServiceAccount and cluster-wide read-only discovery RBAC, a Service,
    a PodDisruptionBudget (when replicated) and a ServiceMonitor for itself.

    `namespaces`: where it discovers ServiceMonitors, PodMonitors and PrometheusRules; None for every
    namespace. Probes and ScrapeConfigs are never selected (their selectors stay null)."""

    def __init__(self, scope: constructs.Construct, id: str, settings: PrometheusSettings, images: Images, *,
                 naming: _k8s.Naming, namespace: str, namespaces: tuple[str, ...] | None, alertmanager_service: str,
                 alertmanager_port_name: str) -> None:
        super().__init__(scope, id)
        from ..imports.monitoring.com.coreos.monitoring import (
            Prometheus,
            PrometheusSpec,
            PrometheusSpecAdditionalScrapeConfigs,
            PrometheusSpecAlerting,
            PrometheusSpecAlertingAlertmanagers,
            PrometheusSpecAlertingAlertmanagersApiVersion,
            PrometheusSpecAlertingAlertmanagersPort,
            PrometheusSpecAlertingAlertmanagersScheme,
            PrometheusSpecAlertingAlertmanagersTlsConfig,
            PrometheusSpecContainers,
            PrometheusSpecPodMetadata,
            PrometheusSpecPodMonitorNamespaceSelector,
            PrometheusSpecPodMonitorNamespaceSelectorMatchExpressions,
            PrometheusSpecPodMonitorSelector,
            PrometheusSpecResources,
            PrometheusSpecResourcesLimits,
            PrometheusSpecResourcesRequests,
            PrometheusSpecRuleNamespaceSelector,
            PrometheusSpecRuleNamespaceSelectorMatchExpressions,
            PrometheusSpecRuleSelector,
            PrometheusSpecSecurityContext,
            PrometheusSpecSecurityContextSeccompProfile,
            PrometheusSpecServiceDiscoveryRole,
            PrometheusSpecServiceMonitorNamespaceSelector,
            PrometheusSpecServiceMonitorNamespaceSelectorMatchExpressions,
            PrometheusSpecServiceMonitorSelector,
            PrometheusSpecStorage,
            PrometheusSpecStorageVolumeClaimTemplate,
            PrometheusSpecStorageVolumeClaimTemplateSpec,
            PrometheusSpecStorageVolumeClaimTemplateSpecResources,
            PrometheusSpecStorageVolumeClaimTemplateSpecResourcesRequests,
            PrometheusSpecTopologySpreadConstraints,
            PrometheusSpecTopologySpreadConstraintsLabelSelector,
            PrometheusSpecVolumeMounts,
            PrometheusSpecVolumes,
            PrometheusSpecVolumesEmptyDir,
        )

        component = "prometheus"
        self.service_account_name = "prometheus"
        self.pod_labels = pod_labels(naming.instance)
        cluster_role = f"{naming.instance}-prometheus"
        scrape_secret = scrape_configs_secret(naming.instance)
        self.service_account = k8s.KubeServiceAccount(
            self, "ServiceAccount", metadata=naming.meta(self.service_account_name, namespace, component),
            # The token is mounted: Kubernetes service discovery needs it.
            automount_service_account_token=True,
        )
        self.cluster_role = k8s.KubeClusterRole(
            self, "ClusterRole", metadata=naming.meta(cluster_role, None, component),
            rules=[k8s.PolicyRule(api_groups=[group], resources=list(res), verbs=list(verbs))
                   for group, res, verbs in CLUSTER_RULES]
            + [k8s.PolicyRule(non_resource_ur_ls=list(NON_RESOURCE_URLS), verbs=["get"])],
        )
        self.cluster_role_binding = k8s.KubeClusterRoleBinding(
            self, "ClusterRoleBinding", metadata=naming.meta(cluster_role, None, component),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="ClusterRole", name=cluster_role),
            subjects=[k8s.Subject(kind="ServiceAccount", name=self.service_account_name, namespace=namespace)],
        )

        self.resource = Prometheus(
            self, "Resource",
            metadata=naming.api_meta(naming.instance, namespace, component),
            spec=PrometheusSpec(
                image=images.prometheus,
                version=images.version("prometheus"),
                replicas=settings.replicas,
                service_account_name=self.service_account_name,
                automount_service_account_token=True,
                # Scrapes of API ports and alerts go over mTLS with Prometheus's own Istio
                # certificate, written by its sidecar to a shared in-memory volume.
                pod_metadata=PrometheusSpecPodMetadata(labels=naming.labels("prometheus", component),
                                                       annotations=dict(istio.SCRAPER_ANNOTATIONS)),
                volumes=[PrometheusSpecVolumes(name=istio.SCRAPER_CERT_VOLUME,
                                               empty_dir=PrometheusSpecVolumesEmptyDir(medium="Memory"))],
                volume_mounts=[PrometheusSpecVolumeMounts(name=istio.SCRAPER_CERT_VOLUME, mount_path=istio.SCRAPER_CERTS_DIR,
                                                          read_only=True)],
                retention=settings.retention,
                retention_size=settings.retention_size,
                scrape_interval=settings.scrape_interval,
                evaluation_interval=settings.scrape_interval,
                service_discovery_role=PrometheusSpecServiceDiscoveryRole.ENDPOINT_SLICE,
                service_monitor_selector=PrometheusSpecServiceMonitorSelector(match_labels=dict(MONITORING_LABEL)),
                service_monitor_namespace_selector=namespace_selector(PrometheusSpecServiceMonitorNamespaceSelector, PrometheusSpecServiceMonitorNamespaceSelectorMatchExpressions, namespaces),
                pod_monitor_selector=PrometheusSpecPodMonitorSelector(match_labels=dict(MONITORING_LABEL)),
                pod_monitor_namespace_selector=namespace_selector(PrometheusSpecPodMonitorNamespaceSelector, PrometheusSpecPodMonitorNamespaceSelectorMatchExpressions, namespaces),
                rule_selector=PrometheusSpecRuleSelector(match_labels=dict(MONITORING_LABEL)),
                rule_namespace_selector=namespace_selector(PrometheusSpecRuleNamespaceSelector, PrometheusSpecRuleNamespaceSelectorMatchExpressions, namespaces),
                additional_scrape_configs=PrometheusSpecAdditionalScrapeConfigs(
                    name=scrape_secret, key="kubelet.yaml") if settings.scrape_kubelets else None,
                alerting=PrometheusSpecAlerting(alertmanagers=[PrometheusSpecAlertingAlertmanagers(
                    name=alertmanager_service, namespace=namespace, port=PrometheusSpecAlertingAlertmanagersPort.from_string(alertmanager_port_name),
                    api_version=PrometheusSpecAlertingAlertmanagersApiVersion.V2,
                    scheme=PrometheusSpecAlertingAlertmanagersScheme.HTTPS,
                    tls_config=PrometheusSpecAlertingAlertmanagersTlsConfig(**istio.scraper_tls()))]),
                resources=settings.resources.struct(
                    PrometheusSpecResources, PrometheusSpecResourcesRequests, PrometheusSpecResourcesLimits),
                storage=PrometheusSpecStorage(volume_claim_template=PrometheusSpecStorageVolumeClaimTemplate(
                    spec=PrometheusSpecStorageVolumeClaimTemplateSpec(
                        access_modes=["ReadWriteOnce"],
                        storage_class_name=settings.storage_class,
                        resources=PrometheusSpecStorageVolumeClaimTemplateSpecResources(requests={
                            "storage": PrometheusSpecStorageVolumeClaimTemplateSpecResourcesRequests.from_string(settings.storage)}),
                    ))),
                security_context=PrometheusSpecSecurityContext(
                    run_as_non_root=True, run_as_user=RESTRICTED_RUN_AS_USER, run_as_group=RESTRICTED_RUN_AS_USER,
                    fs_group=RESTRICTED_RUN_AS_USER,
                    seccomp_profile=PrometheusSpecSecurityContextSeccompProfile(type="RuntimeDefault")),
                # Strategic-merge patches over the operator's containers: restricted, whatever its defaults.
                containers=[PrometheusSpecContainers(name=c, security_context=restricted.security_context_fields())
                            for c in ("prometheus", "config-reloader")],
                topology_spread_constraints=[PrometheusSpecTopologySpreadConstraints(
                    max_skew=1, topology_key=key,
                    when_unsatisfiable=how,
                    label_selector=PrometheusSpecTopologySpreadConstraintsLabelSelector(match_labels=dict(self.pod_labels)))
                    for key, how in _k8s.REPLICA_SPREAD],
            ),
        )
        # The kubelet job (additionalScrapeConfigs): kubelet_volume_stats_* for the volume-filling alerts.
        self.scrape_configs = (k8s.KubeSecret(
            self, "ScrapeConfigs", metadata=naming.meta(scrape_secret, namespace, component), type="Opaque",
            string_data={"kubelet.yaml": kubelet_scrape_config(settings.kubelet_insecure_skip_verify)})
            if settings.scrape_kubelets else None)
        self.service = naming.service(self, "Service", SERVICE, namespace, component, self.pod_labels, [("web", PORT)])
        self.pdb = (naming.pdb(self, "PodDisruptionBudget", "prometheus", namespace, component, self.pod_labels)
                    if settings.replicas > 1 else None)
        self.service_monitor = naming.service_monitor(
            self, "ServiceMonitor", "prometheus", namespace, component, naming.pod_selector(SERVICE), "web", mesh_tls=True)
