"""Chart assembly: the one place where each construct is added to an environment's chart."""

from __future__ import annotations

import os

from cdk8s import App, Chart, YamlOutputType

from ..bridge_service import BridgeService
from ..fuse_mount import FuseMountDaemon
from ..handles import ConnectionTarget
from ..keda_autoscaling import KedaAutoscaling
from ..mesh_policy import MeshPolicy, MeshPolicyProps
from ..observability import ObservabilityStack
from ..observability import prometheus as prometheus_server
from ..platform import Platform, PlatformProps
from ..postgres import EventStoreMigration, PostgresHA
from ..sentinel_cache import SentinelCache
from .config import EnvironmentConfig
from .defaults import PART_OF, PLATFORM_NAME, with_lighthouse_defaults
from .secrets import LighthouseSecrets

LAYERS = ("platform", "data", "fuse", "observability", "bridges", "mesh")
"""The environment's charts, one per Argo CD Application (dist/<env>/<layer>/), in build order."""


class LighthouseEnvironment:
    """Everything Lighthouse runs in one environment, built from its EnvironmentConfig into `app`:
    one chart per layer (`LAYERS`), each deployed by its own Argo CD Application. The charts
    share the App's dependency graph, so which layer holds a construct changes nothing about
    the traffic it is allowed."""

    def __init__(self, app: App, config: EnvironmentConfig) -> None:
        self.config = config
        self.app = app
        self.charts: dict[str, Chart] = {}
        self._layers = charts = _LayerCharts(app, self.charts)
        self.platform = Platform(
            charts["platform"],
            "Platform",
            PlatformProps(
                environment=config.name,
                name=PLATFORM_NAME,
                development=config.name == "dev",
                fuse_namespace=True,
                log_agent_namespace=True,
                namespace_names=config.namespaces,
                pod_security_enforce=config.pod_security_enforce,
                settings=config.platform,
            ),
        )
        self.bridge_namespace = self.platform.bridge_namespace
        self.data_namespace = self.platform.data_namespace
        self.observability_namespace = self.platform.observability_namespace
        assert self.platform.fuse_namespace is not None and self.platform.log_agent_namespace is not None
        self.fuse_namespace = self.platform.fuse_namespace
        self.log_agent_namespace = self.platform.log_agent_namespace
        self.secrets = LighthouseSecrets(
            charts["platform"], "Secrets", platform=self.platform, application_keys=config.platform.secrets.application_keys,
            bridge=self.bridge_namespace, data=self.data_namespace, observability=self.observability_namespace,
        )
        certificates = self.platform.certificates
        self.public_issuer = certificates.public_issuer if certificates is not None else None
        self.keda = (
            KedaAutoscaling(
                charts["bridges"], "Keda", prometheus_url=f"http://{prometheus_server.SERVICE}.{self.observability_namespace.name}"
                f".svc.cluster.local:{prometheus_server.PORT}",
            )
            if config.custom_metrics_adapter == "keda"
            else None
        )
        self.bridges = {
            props.name: BridgeService(
                charts["bridges"],
                f"Bridge-{props.name}",
                with_lighthouse_defaults(props),
                namespace=self.bridge_namespace,
                priority_class=self.platform.priority_classes.bridge_high,
                tls_issuer=self.public_issuer,
                custom_metrics=self.keda,
                secret_env={
                    var: self.secrets.application_secrets.key(key)
                    for var, key in config.bridge_secret_env.get(props.name, {}).items()
                },
            )
            for props in config.bridges
        }
        self.postgres = self._postgres()
        self.migration = (
            EventStoreMigration(
                charts["data"], "EventStoreMigration", config.event_store_migration, namespace=self.data_namespace, target=self.postgres,
                # Preempted halfway, the load restarts from scratch: the data tier's class.
                priority_class=self.platform.priority_classes.platform_critical,
            )
            if config.event_store_migration is not None and self.postgres is not None
            else None
        )
        self.fuse = self._fuse()
        self.cache = (
            SentinelCache(
                charts["data"],
                "Cache",
                with_lighthouse_defaults(config.cache),
                namespace=self.data_namespace,
                auth=self.secrets.redis_auth,
                client_auth=self.secrets.redis_client_auth,
                priority_class=self.platform.priority_classes.platform_critical,
            )
            if config.cache is not None
            else None
        )
        self._connect()
        obs = with_lighthouse_defaults(config.observability)
        self.observability = ObservabilityStack(
            charts["observability"],
            "Observability",
            obs.props(receivers=self.secrets.alert_receivers,
                      object_store=self.secrets.observability_object_store,
                      # Staging's alerts matter too: only dev may route them nowhere.
                      production=config.name != "dev", fuse_tier=self.fuse is not None),
            namespace=self.observability_namespace,
            log_agent_namespace=self.log_agent_namespace,
            grafana_admin=self.secrets.grafana_admin,
            slo_sources=list(self.bridges.values()),
            monitored_namespaces=self.platform.namespaces,
            priority_class=self.platform.priority_classes.platform_critical,
        )
        if self.keda is not None:
            self.keda.allow_queries_to(self.observability.metrics_scraper)
        for bridge in self.bridges.values():
            if bridge.props.instrumentation is not None:
                bridge.send_traces_to(self.observability)
        # MeshPolicy writes its objects at synth time from the whole graph (every chart's), so it
        # may be built last and still see every flow.
        mesh = config.mesh
        self.mesh = MeshPolicy(
            charts["mesh"],
            "MeshPolicy",
            MeshPolicyProps(
                rate_limits=mesh.rate_limits,
                circuit_breakers=mesh.circuit_breakers,
                kubernetes_api_cidrs=mesh.kubernetes_api_cidrs,
                kubelet_cidrs=mesh.kubelet_cidrs,
            ),
            namespaces=self.platform.namespaces,
            metrics_scraper=self.observability.metrics_scraper,
        )

    def _fuse(self) -> FuseMountDaemon | None:
        """The FUSE daemon in the platform's privileged fuse namespace, mounted into the configured bridges."""
        fuse = self.config.fuse
        if fuse is None:
            return None
        # A preempted daemon takes every mount on its node with it: the platform-critical class.
        daemon = FuseMountDaemon(
            self._layers["fuse"], "Fuse", with_lighthouse_defaults(fuse.daemon_props()), namespace=self.fuse_namespace,
            priority_class=self.platform.priority_classes.platform_critical,
        )
        for consumer in fuse.consumers:
            daemon.mount_into(
                self.bridges[consumer.bridge], consumer.path, read_only=consumer.read_only, attributes=consumer.attributes
            )
        return daemon

    def connection_targets(self) -> dict[str, ConnectionTarget]:
        """Everything a config `connections` entry may name as its target."""
        return {
            **self.bridges,
            **({"postgres": self.postgres} if self.postgres else {}),
            **({"cache": self.cache} if self.cache is not None else {}),
        }

    def _postgres(self) -> PostgresHA | None:
        """The event store, with its owner, client and backup credentials from the platform's Vault secrets."""
        if self.config.postgres is None:
            return None
        props = with_lighthouse_defaults(self.config.postgres)
        secrets = self.secrets
        return PostgresHA(
            self._layers["data"],
            "Postgres",
            props,
            namespace=self.data_namespace,
            owner_secret=secrets.database_credentials,
            client_secret=secrets.database_client_credentials,
            backup_credentials=secrets.backup_object_store if props.backup is not None else None,
            priority_class=self.platform.priority_classes.platform_critical,
        )

    def _connect(self) -> None:
        targets = self.connection_targets()
        for connection in self.config.connections:
            self.bridges[connection.source].connect_to(
                targets[connection.target],
                env_prefix=connection.env_prefix,
                methods=connection.methods,
                paths=connection.paths,
            )


class _LayerCharts:
    """The environment's chart of a layer, created when the first construct goes into it (an
    environment without FUSE has no fuse Application)."""

    def __init__(self, app: App, charts: dict[str, Chart]) -> None:
        self._app, self._charts = app, charts

    def __getitem__(self, layer: str) -> Chart:
        if layer not in LAYERS:
            raise KeyError(f"unknown layer {layer!r}; the layers are {', '.join(LAYERS)}")
        if layer not in self._charts:
            self._charts[layer] = Chart(self._app, layer, disable_resource_name_hashes=True,
                                        labels={"app.kubernetes.io/part-of": PART_OF})
        return self._charts[layer]


class FolderPerChartApp(App):
    """An App that writes each chart to `<outdir>/<chart id>/manifests.k8s.yaml`: one folder per
    Argo CD Application, whose source `path` is that folder.

    cdk8s's FILE_PER_CHART writes `<outdir>/<chart name><extension>`; with the extension
    `/manifests.k8s.yaml` that is the chart's folder, which `synth` creates first. (Its
    FOLDER_PER_CHART_FILE_PER_RESOURCE names files `<kind>.<name>`, which two NetworkPolicies
    of one name in two namespaces would overwrite.)"""

    FILE = "manifests.k8s.yaml"

    def __init__(self, outdir: str) -> None:
        super().__init__(outdir=outdir, yaml_output_type=YamlOutputType.FILE_PER_CHART,
                         output_file_extension=f"/{self.FILE}")

    def synth(self) -> None:
        for chart in self.charts:
            os.makedirs(os.path.join(self.outdir, chart.node.id), exist_ok=True)
        super().synth()


def build_app(config: EnvironmentConfig, outdir: str) -> App:
    """An App that synthesizes one environment into `outdir`, a folder per chart (Application)."""
    app = FolderPerChartApp(outdir)
    LighthouseEnvironment(app, config)
    return app
