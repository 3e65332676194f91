"""Grafana: restricted pods, datasources and dashboards provisioned from ConfigMaps.

Stateless by design, so replicas need no shared database: datasources, dashboards and the admin
login are provisioned identically into every replica, the UI cannot change them, and Grafana's
own alerting is off (alerts are Prometheus rules). What stays per replica is its SQLite in an
emptyDir: login sessions. The Service pins a client to one replica (ClientIP affinity, which
kube-proxy and port-forward honour); if that replica goes away the user logs in again, and
nothing else is lost. Sharing sessions would need an external database.
"""

from __future__ import annotations

from typing import Any

import constructs
import yaml
from cdk8s_plus_28 import k8s

from .. import restricted
from ..handles import SecretHandle
from ..quantity import int_or_string
from ..secrets import secret_key
from . import _k8s, dashboards
from .props import GrafanaSettings, Images

NAME = "grafana"
PORT = 3000
ADMIN_USER_KEY = "admin-user"
ADMIN_PASSWORD_KEY = "admin-password"
DASHBOARDS_DIR = "/var/lib/grafana-dashboards"


def datasources_yaml(prometheus_url: str, loki_url: str | None, tempo_url: str | None) -> str:
    """Provisioned datasources with fixed uids, linked to each other (traces <-> logs <-> metrics);
    Loki and Tempo only when the stack runs them."""
    prometheus: dict[str, Any] = {"timeInterval": "30s", "httpMethod": "POST"}
    if tempo_url:
        prometheus["exemplarTraceIdDestinations"] = [{"name": "trace_id", "datasourceUid": dashboards.TEMPO_UID}]
    sources: list[dict[str, Any]] = [
        {"name": "Prometheus", "uid": dashboards.PROMETHEUS_UID, "type": "prometheus", "access": "proxy",
         "url": prometheus_url, "isDefault": True, "editable": False, "jsonData": prometheus}]
    if loki_url:
        loki: dict[str, Any] = {"maxLines": 1000}
        if tempo_url:
            loki["derivedFields"] = [{"name": "TraceID", "matcherType": "label", "matcherRegex": "trace_id",
                                      "datasourceUid": dashboards.TEMPO_UID, "url": "$${__value.raw}"}]
        sources.append({"name": "Loki", "uid": dashboards.LOKI_UID, "type": "loki", "access": "proxy", "url": loki_url,
                        "editable": False, "jsonData": loki})
    if tempo_url:
        tempo: dict[str, Any] = {}
        if loki_url:
            tempo["tracesToLogsV2"] = {"datasourceUid": dashboards.LOKI_UID, "filterByTraceID": True,
                                       "spanStartTimeShift": "-5m", "spanEndTimeShift": "5m"}
        tempo["serviceMap"] = {"datasourceUid": dashboards.PROMETHEUS_UID}
        tempo["nodeGraph"] = {"enabled": True}
        sources.append({"name": "Tempo", "uid": dashboards.TEMPO_UID, "type": "tempo", "access": "proxy", "url": tempo_url,
                        "editable": False, "jsonData": tempo})
    return yaml.safe_dump({"apiVersion": 1, "datasources": sources}, sort_keys=False)


def dashboard_provider_yaml(names: dashboards.DashboardNames) -> str:
    config = {
        "apiVersion": 1,
        "providers": [{"name": names.instance, "folder": names.folder, "type": "file", "disableDeletion": True,
                       "allowUiUpdates": False, "updateIntervalSeconds": 60,
                       "options": {"path": DASHBOARDS_DIR, "foldersFromFilesStructure": False}}],
    }
    return yaml.safe_dump(config, sort_keys=False)


class Grafana(constructs.Construct):
    """Grafana Deployment (Pod Security restricted), Service, ServiceMonitor, and ConfigMaps for
    datasources, the dashboard provider and one per dashboard."""

    def __init__(self, scope: constructs.Construct, id: str, settings: GrafanaSettings, images: Images, *,
                 naming: _k8s.Naming, namespace: str, admin: SecretHandle, prometheus_url: str, loki_url: str | None, tempo_url: str | None,
                 latency_threshold_ms: int) -> None:
        super().__init__(scope, id)
        component = "grafana"
        user_ref, password_ref = secret_key(admin, ADMIN_USER_KEY), secret_key(admin, ADMIN_PASSWORD_KEY)
        if admin.namespace != namespace:
            raise ValueError(
                f"grafana admin secret {admin.namespace}/{admin.secret_name} must be in the Grafana namespace {namespace!r}"
            )
        self.pod_labels = naming.pod_selector(NAME)
        self.service_account_name = NAME
        self.service_account = naming.service_account(self, "ServiceAccount", NAME, namespace, component)
        self.datasources = k8s.KubeConfigMap(
            self, "Datasources", metadata=naming.meta("grafana-datasources", namespace, component),
            data={"datasources.yaml": datasources_yaml(prometheus_url, loki_url, tempo_url)})
        names = dashboards.DashboardNames(naming.instance, settings.folder or naming.instance[:1].upper() + naming.instance[1:])
        builders = {name: build for name, build in dashboards.DASHBOARDS.items()
                    if name not in dashboards.OPTIONAL or settings.fuse_dashboard}
        builders["bridge-red"] = lambda names: dashboards.bridge_red(names, latency_threshold_ms)
        self.dashboard_provider = k8s.KubeConfigMap(
            self, "DashboardProvider", metadata=naming.meta("grafana-dashboard-provider", namespace, component),
            data={f"{naming.instance}.yaml": dashboard_provider_yaml(names)})
        self.dashboards: dict[str, k8s.KubeConfigMap] = {}
        for name in sorted(builders):
            self.dashboards[name] = k8s.KubeConfigMap(
                self, f"Dashboard-{name}", metadata=naming.meta(f"grafana-dashboard-{name}", namespace, component),
                data={f"{name}.json": builders[name](names)})

        mounts = [
            k8s.VolumeMount(name="data", mount_path="/var/lib/grafana"),
            k8s.VolumeMount(name="tmp", mount_path="/tmp"),
            k8s.VolumeMount(name="admin", mount_path="/etc/grafana/admin", read_only=True),
            k8s.VolumeMount(name="datasources", mount_path="/etc/grafana/provisioning/datasources", read_only=True),
            k8s.VolumeMount(name="dashboard-provider", mount_path="/etc/grafana/provisioning/dashboards", read_only=True),
        ] + [k8s.VolumeMount(name=f"dashboard-{n}", mount_path=f"{DASHBOARDS_DIR}/{n}", read_only=True)
             for n in sorted(builders)]
        volumes = [
            k8s.Volume(name="data", empty_dir=k8s.EmptyDirVolumeSource(size_limit=k8s.Quantity.from_string("1Gi"))),
            k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource(size_limit=k8s.Quantity.from_string("256Mi"))),
            k8s.Volume(name="admin", secret=k8s.SecretVolumeSource(secret_name=admin.secret_name, default_mode=0o400, items=[
                k8s.KeyToPath(key=user_ref.key, path="user"), k8s.KeyToPath(key=password_ref.key, path="password")])),
            k8s.Volume(name="datasources", config_map=k8s.ConfigMapVolumeSource(name="grafana-datasources")),
            k8s.Volume(name="dashboard-provider", config_map=k8s.ConfigMapVolumeSource(name="grafana-dashboard-provider")),
        ] + [k8s.Volume(name=f"dashboard-{n}", config_map=k8s.ConfigMapVolumeSource(name=f"grafana-dashboard-{n}"))
             for n in sorted(builders)]
        env = {
            "GF_PATHS_DATA": "/var/lib/grafana",
            "GF_PATHS_PLUGINS": "/var/lib/grafana/plugins",
            "GF_PATHS_PROVISIONING": "/etc/grafana/provisioning",
            "GF_LOG_MODE": "console",
            "GF_SECURITY_ADMIN_USER__FILE": "/etc/grafana/admin/user",
            "GF_SECURITY_ADMIN_PASSWORD__FILE": "/etc/grafana/admin/password",
            "GF_SECURITY_DISABLE_GRAVATAR": "true",
            "GF_USERS_ALLOW_SIGN_UP": "false",
            "GF_AUTH_ANONYMOUS_ENABLED": "false",
            "GF_ANALYTICS_REPORTING_ENABLED": "false",
            "GF_ANALYTICS_CHECK_FOR_UPDATES": "false",
            "GF_ANALYTICS_CHECK_FOR_PLUGIN_UPDATES": "false",
            "GF_PLUGINS_PREINSTALL_DISABLED": "true",
            # Alerts are Prometheus rules; replicas each running Grafana alerting would notify twice.
            "GF_UNIFIED_ALERTING_ENABLED": "false",
        }
        self.deployment = k8s.KubeDeployment(
            self, "Deployment", metadata=naming.meta(NAME, namespace, component),
            spec=k8s.DeploymentSpec(
                replicas=settings.replicas,
                selector=k8s.LabelSelector(match_labels=self.pod_labels),
                strategy=k8s.DeploymentStrategy(type="RollingUpdate", rolling_update=k8s.RollingUpdateDeployment(
                    max_surge=int_or_string(1), max_unavailable=int_or_string(0))),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=naming.labels(NAME, component)),
                    spec=k8s.PodSpec(
                        service_account_name=NAME,
                        automount_service_account_token=False,
                        security_context=restricted.pod_security_context(),
                        topology_spread_constraints=_k8s.spread_by_host(self.pod_labels) if settings.replicas > 1 else None,
                        containers=[k8s.Container(
                            name="grafana", image=images.grafana, image_pull_policy="Always",
                            ports=[k8s.ContainerPort(name="http", container_port=PORT, protocol="TCP")],
                            env=[k8s.EnvVar(name=k, value=v) for k, v in env.items()],
                            resources=settings.resources.requirements(),
                            security_context=restricted.container_security_context(),
                            readiness_probe=_k8s.http_probe("/api/health", "http", initial_delay=5),
                            liveness_probe=_k8s.http_probe("/api/health", "http", initial_delay=30, failures=6),
                            volume_mounts=mounts,
                        )],
                        volumes=volumes,
                    ),
                ),
            ),
        )
        self.service = naming.service(self, "Service", NAME, namespace, component, self.pod_labels, [("http", PORT)],
                                    session_affinity=settings.replicas > 1)
        self.pdb = (naming.pdb(self, "PodDisruptionBudget", NAME, namespace, component, self.pod_labels)
                    if settings.replicas > 1 else None)
        self.service_monitor = naming.service_monitor(self, "ServiceMonitor", NAME, namespace, component,
                                                    naming.pod_selector(NAME), "http", mesh_tls=True)
