"""Alertmanager: an operator-managed cluster whose configuration is rendered here.

The configuration Secret holds no credential: every secret a notifier needs is a key of a Secret
listed in the CR's `secrets:`, which the operator mounts at /etc/alertmanager/secrets/<name>/<key>,
and the configuration points at that file (`api_url_file`, `routing_key_file`, `credentials_file`).
"""

from __future__ import annotations

from typing import Any

import constructs
import yaml
from cdk8s_plus_28 import k8s

from .. import restricted
from ..conventions import RESTRICTED_RUN_AS_USER
from ..operators import prometheus_operator
from ..secrets import SecretKeyRef
from . import _k8s
from .props import (
    AlertmanagerSettings,
    AlertRouting,
    Images,
    Notifier,
    PagerDutyNotifier,
    SlackNotifier,
)

SERVICE = "alertmanager"
PORT = prometheus_operator.ALERTMANAGER_PORT
CLUSTER_PORT = prometheus_operator.ALERTMANAGER_MESH_PORT
SECRETS_DIR = "/etc/alertmanager/secrets"
GROUP_BY = ["alertname", "namespace", "service"]

SLACK_TITLE = '[{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ .CommonLabels.alertname }}'
SLACK_TEXT = (
    "{{ range .Alerts }}*{{ .Annotations.summary }}*\n{{ .Annotations.description }}\n"
    "Runbook: {{ .Annotations.runbook_url }}\n{{ end }}"
)


def config_secret(instance: str) -> str:
    """The configuration Secret of Alertmanager `instance` (the CR is named after the instance, and
    the operator its StatefulSet `alertmanager-<instance>`)."""
    return f"alertmanager-{instance}-config"


def pod_labels(instance: str) -> dict[str, str]:
    """Labels the operator puts on the Alertmanager pods (selected by the Service and the PDB)."""
    return {k: prometheus_operator.alertmanager_pod_labels(instance)[k] for k in ("app.kubernetes.io/name", "alertmanager")}


def secret_file(ref: SecretKeyRef) -> str:
    """Where the operator mounts `ref` inside the Alertmanager pods."""
    return f"{SECRETS_DIR}/{ref.secret_name}/{ref.key}"


def _notifier_configs(notifiers: tuple[Notifier, ...]) -> dict[str, list[dict[str, Any]]]:
    configs: dict[str, list[dict[str, Any]]] = {}
    for n in notifiers:
        if isinstance(n, SlackNotifier):
            configs.setdefault("slack_configs", []).append({
                "api_url_file": secret_file(n.api_url), "channel": n.channel, "send_resolved": True,
                "title": SLACK_TITLE, "text": SLACK_TEXT,
            })
        elif isinstance(n, PagerDutyNotifier):
            configs.setdefault("pagerduty_configs", []).append({
                "routing_key_file": secret_file(n.routing_key), "send_resolved": True,
                "description": "{{ .CommonAnnotations.summary }}",
            })
        else:
            config: dict[str, Any] = {"url": n.url, "send_resolved": True}
            if n.bearer_token is not None:
                config["http_config"] = {"authorization": {"type": "Bearer", "credentials_file": secret_file(n.bearer_token)}}
            configs.setdefault("webhook_configs", []).append(config)
    return configs


def render_config(routing: AlertRouting) -> str:
    """alertmanager.yaml: routes by severity, critical inhibits warning/info of the same alert."""
    receivers: list[dict[str, Any]] = [{"name": "null"}]
    routes = []

    def receiver(name: str, notifiers: tuple[Notifier, ...]) -> str:
        if not notifiers:
            return "null"
        receivers.append({"name": name, **_notifier_configs(notifiers)})
        return name

    routes.append({"receiver": receiver("watchdog", (routing.watchdog,) if routing.watchdog else ()),
                   "matchers": ['alertname="Watchdog"'], "group_interval": "1m", "repeat_interval": "1m"})
    routes.append({"receiver": receiver("critical", routing.critical), "matchers": ['severity="critical"'],
                   "repeat_interval": "1h"})
    routes.append({"receiver": receiver("warning", routing.warning), "matchers": ['severity="warning"'],
                   "repeat_interval": "12h"})
    config = {
        "global": {"resolve_timeout": "5m"},
        "route": {"receiver": "null", "group_by": list(GROUP_BY), "group_wait": "30s", "group_interval": "5m",
                  "repeat_interval": "4h", "routes": routes},
        "inhibit_rules": [
            {"source_matchers": ['severity="critical"'], "target_matchers": ['severity=~"warning|info"'],
             "equal": list(GROUP_BY)},
            {"source_matchers": ['severity="warning"'], "target_matchers": ['severity="info"'], "equal": list(GROUP_BY)},
        ],
        "receivers": receivers,
    }
    return yaml.safe_dump(config, sort_keys=False, width=1000)


class AlertmanagerCluster(constructs.Construct):
    """Alertmanager CR, its configuration Secret, ServiceAccount, Service, PDB and ServiceMonitor."""

    def __init__(self, scope: constructs.Construct, id: str, settings: AlertmanagerSettings, images: Images, *,
                 naming: _k8s.Naming, namespace: str) -> None:
        super().__init__(scope, id)
        from ..imports.monitoring.com.coreos.monitoring import (
            Alertmanager,
            AlertmanagerSpec,
            AlertmanagerSpecContainers,
            AlertmanagerSpecPodMetadata,
            AlertmanagerSpecResources,
            AlertmanagerSpecResourcesLimits,
            AlertmanagerSpecResourcesRequests,
            AlertmanagerSpecSecurityContext,
            AlertmanagerSpecSecurityContextSeccompProfile,
            AlertmanagerSpecTopologySpreadConstraints,
            AlertmanagerSpecTopologySpreadConstraintsLabelSelector,
        )

        for ref in settings.routing.secret_refs:
            if ref.namespace != namespace:
                raise ValueError(
                    f"alert receiver secret {ref.namespace}/{ref.secret_name} is not in the Alertmanager namespace "
                    f"{namespace!r}; the operator can only mount secrets of its own namespace"
                )
        component = "alertmanager"
        self.service_account_name = "alertmanager"
        self.pod_labels = pod_labels(naming.instance)
        config_secret_name = config_secret(naming.instance)
        self.config_yaml = render_config(settings.routing)
        self.service_account = naming.service_account(self, "ServiceAccount", self.service_account_name, namespace, component)
        self.config_secret = k8s.KubeSecret(
            self, "ConfigSecret", metadata=naming.meta(config_secret_name, namespace, component),
            type="Opaque", string_data={"alertmanager.yaml": self.config_yaml},
        )
        secret_names = sorted({ref.secret_name for ref in settings.routing.secret_refs})
        self.resource = Alertmanager(
            self, "Resource",
            metadata=naming.api_meta(naming.instance, namespace, component),
            spec=AlertmanagerSpec(
                image=images.alertmanager,
                version=images.version("alertmanager"),
                replicas=settings.replicas,
                service_account_name=self.service_account_name,
                automount_service_account_token=False,
                config_secret=config_secret_name,
                secrets=secret_names or None,
                pod_metadata=AlertmanagerSpecPodMetadata(labels=naming.labels("alertmanager", component)),
                resources=settings.resources.struct(
                    AlertmanagerSpecResources, AlertmanagerSpecResourcesRequests, AlertmanagerSpecResourcesLimits),
                security_context=AlertmanagerSpecSecurityContext(
                    run_as_non_root=True, run_as_user=RESTRICTED_RUN_AS_USER, run_as_group=RESTRICTED_RUN_AS_USER,
                    fs_group=RESTRICTED_RUN_AS_USER,
                    seccomp_profile=AlertmanagerSpecSecurityContextSeccompProfile(type="RuntimeDefault")),
                containers=[AlertmanagerSpecContainers(name=c, security_context=restricted.security_context_fields())
                            for c in ("alertmanager", "config-reloader")],
                topology_spread_constraints=[AlertmanagerSpecTopologySpreadConstraints(
                    max_skew=1, topology_key=key, when_unsatisfiable=how,
                    label_selector=AlertmanagerSpecTopologySpreadConstraintsLabelSelector(match_labels=dict(self.pod_labels)))
                    for key, how in _k8s.REPLICA_SPREAD],
            ),
        )
        self.service = naming.service(self, "Service", SERVICE, namespace, component, self.pod_labels, [("web", PORT)])
        self.pdb = (naming.pdb(self, "PodDisruptionBudget", "alertmanager", namespace, component, self.pod_labels)
                    if settings.replicas > 1 else None)
        self.service_monitor = naming.service_monitor(
            self, "ServiceMonitor", "alertmanager", namespace, component, naming.pod_selector(SERVICE), "web", mesh_tls=True)
