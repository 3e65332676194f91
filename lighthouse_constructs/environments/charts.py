"""Chart assembly: the one place where each construct is added to an environment's chart."""

from __future__ import annotations

import constructs
from cdk8s import App, Chart, YamlOutputType

from ..namespace import LighthouseNamespace, NamespaceProps
from ..observability import ObservabilityStack
from ..secrets import ExistingSecret
from .config import EnvironmentConfig


class LighthouseChart(Chart):
    """Everything Lighthouse runs in one environment, built from its EnvironmentConfig."""

    def __init__(self, scope: constructs.Construct, id: str, config: EnvironmentConfig) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        self.config = config
        names = config.namespaces
        app_level = config.pod_security_enforce
        self.bridge_namespace = LighthouseNamespace(
            self, "BridgeNamespace", NamespaceProps(name=names.bridge, tier="bridge", enforce=app_level)
        )
        self.data_namespace = LighthouseNamespace(
            self, "DataNamespace", NamespaceProps(name=names.data, tier="data", enforce=app_level)
        )
        self.observability_namespace = LighthouseNamespace(
            self,
            "ObservabilityNamespace",
            NamespaceProps(name=names.observability, tier="observability", enforce=app_level),
        )
        # The node log agent needs a hostPath: alone in a namespace that enforces privileged.
        self.log_agent_namespace = LighthouseNamespace(
            self, "LogAgentNamespace", NamespaceProps(name=names.log_agent, tier="log-agent", enforce="privileged")
        )
        obs = config.observability
        self.observability = ObservabilityStack(
            self,
            "Observability",
            obs.props(names.observability),
            namespace=self.observability_namespace,
            log_agent_namespace=self.log_agent_namespace,
            grafana_admin=ExistingSecret(obs.grafana_admin_secret, names.observability, ("admin-password", "admin-user")),
            slo_sources=[],  # the integrator passes the BridgeServices
        )


def build_app(config: EnvironmentConfig, outdir: str) -> App:
    """An App that synthesizes one environment into `outdir` (one YAML file per chart)."""
    app = App(outdir=outdir, yaml_output_type=YamlOutputType.FILE_PER_CHART)
    LighthouseChart(app, "lighthouse", config)
    return app
