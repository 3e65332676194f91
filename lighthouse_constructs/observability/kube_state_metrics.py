"""kube-state-metrics, limited to the objects the alerts and dashboards read (pods, deployments,
stateful sets, daemon sets, HPAs), with list/watch on exactly those.

Replicas are identical, not shards: each serves every series, which Prometheus keeps apart by
`instance`. The alerts compare series of the same instance (or only test for > 0), so a second
copy never changes whether one fires, and losing a replica leaves the other's series intact."""

from __future__ import annotations

import constructs
from cdk8s_plus_28 import k8s

from .. import restricted
from ..quantity import Resources
from . import _k8s
from .props import Images, KubeStateMetricsSettings

NAME = "kube-state-metrics"
PORT = 8080
TELEMETRY_PORT = 8081
WATCHED = (
    ("", "pods"),
    ("apps", "deployments"),
    ("apps", "statefulsets"),
    ("apps", "daemonsets"),
    ("autoscaling", "horizontalpodautoscalers"),
)
TOKEN_EXEMPTION = "kube-state-metrics lists and watches cluster objects with its ServiceAccount token"
"""Why CKV_K8S_38 (token mounted) is skipped on this Deployment; listed in lighthouse_constructs/validation/exemptions.yaml."""
RESOURCES = Resources(cpu_request="50m", memory_request="128Mi", cpu_limit="500m", memory_limit="256Mi")


class KubeStateMetrics(constructs.Construct):
    def __init__(self, scope: constructs.Construct, id: str, settings: KubeStateMetricsSettings, images: Images, *,
                 naming: _k8s.Naming, namespace: str) -> None:
        super().__init__(scope, id)
        component = "metrics"
        cluster_role = f"{naming.instance}-kube-state-metrics"
        self.pod_labels = naming.pod_selector(NAME)
        self.service_account_name = NAME
        self.service_account = k8s.KubeServiceAccount(
            self, "ServiceAccount", metadata=naming.meta(NAME, namespace, component),
            automount_service_account_token=False)
        groups: dict[str, list[str]] = {}
        for group, resource in WATCHED:
            groups.setdefault(group, []).append(resource)
        self.cluster_role = k8s.KubeClusterRole(
            self, "ClusterRole", metadata=naming.meta(cluster_role, None, component),
            rules=[k8s.PolicyRule(api_groups=[g], resources=sorted(r), verbs=["list", "watch"]) for g, r in groups.items()])
        self.cluster_role_binding = k8s.KubeClusterRoleBinding(
            self, "ClusterRoleBinding", metadata=naming.meta(cluster_role, None, component),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="ClusterRole", name=cluster_role),
            subjects=[k8s.Subject(kind="ServiceAccount", name=NAME, namespace=namespace)])
        self.deployment = k8s.KubeDeployment(
            self, "Deployment",
            metadata=naming.meta(NAME, namespace, component, annotations={"checkov.io/skip1": f"CKV_K8S_38={TOKEN_EXEMPTION}"}),
            spec=k8s.DeploymentSpec(
                replicas=settings.replicas,
                selector=k8s.LabelSelector(match_labels=self.pod_labels),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=naming.labels(NAME, component)),
                    spec=k8s.PodSpec(
                        service_account_name=NAME,
                        # The API server token is needed to list/watch; only this pod mounts it.
                        automount_service_account_token=True,
                        security_context=restricted.pod_security_context(),
                        topology_spread_constraints=_k8s.spread_by_host(self.pod_labels) if settings.replicas > 1 else None,
                        containers=[k8s.Container(
                            name="kube-state-metrics", image=images.kube_state_metrics, image_pull_policy="Always",
                            args=[f"--resources={','.join(sorted(r for _, r in WATCHED))}",
                                  f"--port={PORT}", f"--telemetry-port={TELEMETRY_PORT}"],
                            ports=[k8s.ContainerPort(name="http-metrics", container_port=PORT, protocol="TCP"),
                                   k8s.ContainerPort(name="telemetry", container_port=TELEMETRY_PORT, protocol="TCP")],
                            resources=RESOURCES.requirements(),
                            security_context=restricted.container_security_context(),
                            liveness_probe=_k8s.http_probe("/livez", "http-metrics", initial_delay=5),
                            readiness_probe=_k8s.http_probe("/readyz", "telemetry", initial_delay=5),
                        )],
                    ),
                ),
            ),
        )
        self.pdb = (naming.pdb(self, "PodDisruptionBudget", NAME, namespace, component, self.pod_labels)
                    if settings.replicas > 1 else None)
        self.service = naming.service(self, "Service", NAME, namespace, component, self.pod_labels,
                                    [("http-metrics", PORT), ("telemetry", TELEMETRY_PORT)])
        self.service_monitor = naming.service_monitor(self, "ServiceMonitor", NAME, namespace, component,
                                                    naming.pod_selector(NAME), "http-metrics",
                                                    # Keep the namespace/pod labels of the objects described.
                                                    honor_labels=True)
