"""Chart assembly: the one place where each construct is added to an environment's chart."""

from __future__ import annotations

from collections.abc import Sequence

from cdk8s import App, Chart

from ..bridge_service import BridgeService
from ..delivery.fleet import Fleet, FleetEnvironment, FleetProps
from ..delivery.gitops import GitOps, GitOpsProps, RootApplication
from ..delivery.output import FolderPerChartApp
from ..delivery.releases import RELEASES
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
APPS_CHART = "apps"
"""The chart of the environment's AppProjects and Applications: what the root Application syncs."""
ROOT_CHART = "root"
"""The chart of the root Application (app-of-apps) and its AppProject."""


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
        self.gitops, self.root = self._delivery()

    def _delivery(self) -> tuple[GitOps | None, RootApplication | None]:
        """The Argo CD objects: the environment's Applications (the `apps` chart, which the root
        Application syncs) and the root Application itself (the `root` chart, applied once)."""
        delivery = self.config.delivery
        if delivery is None:
            return None, None
        props = GitOpsProps(
            environment=self.config.name, name=f"{PLATFORM_NAME}-{self.config.name}",
            repo_url=delivery.repo_url, target_revision=delivery.target_revision, path=f"dist/{self.config.name}",
            automated=delivery.automated, manual_applications=delivery.manual_applications,
            sync_windows=delivery.sync_windows,
            # KEDA only where it serves the custom metrics (the operability decision).
            releases=tuple(r.name for r in RELEASES if r.name != "keda" or self.config.custom_metrics_adapter == "keda"),
        )
        layers = list(self.charts.values())
        gitops = GitOps(self._chart(APPS_CHART), "GitOps", props, charts=layers)
        root = RootApplication(self._chart(ROOT_CHART), "Root", props, apps_folder=APPS_CHART)
        return gitops, root

    def _chart(self, id: str) -> Chart:
        return layer_chart(self.app, id)


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


def layer_chart(app: App, id: str) -> Chart:
    """A chart of the environment: one Argo CD Application, written to `<outdir>/<id>/`."""
    return Chart(app, id, disable_resource_name_hashes=True, labels={"app.kubernetes.io/part-of": PART_OF})


class _LayerCharts:
    """The environment's chart of a layer, created when the first construct goes into it (an
    environment without FUSE has no fuse Application)."""

    def __init__(self, app: App, charts: dict[str, Chart]) -> None:
        self._app, self._charts = app, charts

    def __getitem__(self, layer: str) -> Chart:
        if layer not in LAYERS:
            raise KeyError(f"unknown layer {layer!r}; the layers are {', '.join(LAYERS)}")
        if layer not in self._charts:
            self._charts[layer] = layer_chart(self._app, layer)
        return self._charts[layer]


def build_app(config: EnvironmentConfig, outdir: str) -> App:
    """An App that synthesizes one environment into `outdir`, a folder per chart (Application)."""
    app = FolderPerChartApp(outdir)
    LighthouseEnvironment(app, config)
    return app


FLEET_FOLDER = "fleet"
"""dist/fleet/: the management Argo CD's ApplicationSet over every environment × region."""


def build_fleet_app(configs: Sequence[EnvironmentConfig], outdir: str) -> App | None:
    """The App of the fleet's ApplicationSet (one chart, `<outdir>/fleet/`), from the environments
    with a `delivery` section; None when none has one. All must deploy from one repository and
    revision: the ApplicationSet has one source."""
    delivered = [c for c in configs if c.delivery is not None]
    if not delivered:
        return None
    sources = {(c.delivery.repo_url, c.delivery.target_revision) for c in delivered if c.delivery}
    if len(sources) != 1:
        raise ValueError(f"delivery: the environments deploy from different repositories or revisions {sorted(sources)}; "
                         "the fleet's ApplicationSet has one source")
    (repo_url, revision), = sources
    app = FolderPerChartApp(outdir)
    Fleet(
        layer_chart(app, FLEET_FOLDER), "Fleet",
        FleetProps(
            name=PLATFORM_NAME, repo_url=repo_url, target_revision=revision, path="dist", apps_folder=APPS_CHART,
            environments=tuple(FleetEnvironment(name=c.name, regions=c.delivery.regions, rolling_sync=c.delivery.rolling_sync)
                               for c in delivered if c.delivery),
        ),
    )
    return app
