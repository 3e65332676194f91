"""Chart assembly: the one place where each construct is added to an environment's chart."""

from __future__ import annotations

from dataclasses import dataclass

import constructs
from cdk8s import App, Chart, YamlOutputType

from ..bridge_service import BridgeService
from ..graph import ConnectionTarget, Workload
from ..mesh_policy import MeshPolicy, MeshPolicyProps
from ..namespace import LighthouseNamespace, NamespaceProps
from .config import EnvironmentConfig


@dataclass(frozen=True)
class _PriorityClassName:
    name: str


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
        self.bridges = {
            props.name: BridgeService(
                self,
                f"Bridge-{props.name}",
                props,
                namespace=self.bridge_namespace,
                priority_class=_PriorityClassName("bridge-high"),
            )
            for props in config.bridges
        }
        self._connect()
        # Built last: it turns everything registered in the graph into traffic policy.
        self.mesh = MeshPolicy(
            self,
            "MeshPolicy",
            MeshPolicyProps(rate_limits=config.mesh.rate_limits, circuit_breakers=config.mesh.circuit_breakers),
            namespaces=[self.bridge_namespace, self.data_namespace, self.observability_namespace],
            metrics_scraper=self.metrics_scraper(),
        )

    def metrics_scraper(self) -> Workload:
        """The Prometheus pods that scrape every metrics port: the Prometheus Operator labels
        them app.kubernetes.io/name=prometheus; they run as the `prometheus` ServiceAccount."""
        return Workload(
            name="prometheus",
            namespace=self.config.namespaces.observability,
            service_account="prometheus",
            pod_labels=(("app.kubernetes.io/name", "prometheus"),),
        )

    def connection_targets(self) -> dict[str, ConnectionTarget]:
        """Everything a config `connections` entry may name as its target."""
        return dict(self.bridges)

    def _connect(self) -> None:
        targets = self.connection_targets()
        for connection in self.config.connections:
            self.bridges[connection.source].connect_to(
                targets[connection.target],
                env_prefix=connection.env_prefix,
                methods=connection.methods,
                paths=connection.paths,
            )


def build_app(config: EnvironmentConfig, outdir: str) -> App:
    """An App that synthesizes one environment into `outdir` (one YAML file per chart)."""
    app = App(outdir=outdir, yaml_output_type=YamlOutputType.FILE_PER_CHART)
    LighthouseChart(app, "lighthouse", config)
    return app
