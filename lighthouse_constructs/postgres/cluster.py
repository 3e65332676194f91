"""PostgresHA: a CloudNativePG cluster with PgBouncer, PITR backups, monitoring and alerts.

Recovery point objective (what a restore from the object store can lose):
  * WAL is archived continuously by the barman-cloud plugin (`isWALArchiver`). PostgreSQL
    archives a segment when it is full or, at the latest, `archive_timeout` after its first
    write; PostgresHA sets archive_timeout to `backup.archive_timeout_seconds` (default and
    maximum 240 s). The archived WAL therefore trails the last commit by at most 240 s plus
    the upload of one compressed segment (4 uploads in parallel): RPO <= 5 minutes.
  * It holds only while archiving succeeds: PostgresWALArchivingFailing fires after 5 minutes
    of failures. Base backups (daily by default) only bound the replay time, not the RPO.
  * Losing a node is different: with durability `required` (production) every acknowledged
    commit is on at least one standby, so a failover loses nothing (RPO 0). With `preferred`
    that holds while a standby is healthy; with `none` a failover loses the replication lag.
  * A replica cluster in another region replays the same archive: it trails its source by the
    same <= 5 minutes.
"""

from __future__ import annotations

import re
import urllib.parse
from typing import Literal, cast

import cdk8s
import constructs

from ..conventions import MONITORING_LABEL, standard_labels
from ..graph import (
    KUBERNETES_API,
    Connection,
    Dependency,
    DependencyGraph,
    Egress,
    Endpoint,
    Port,
    Workload,
)
from ..handles import NamespaceHandle, PriorityClassHandle, SecretHandle
from ..operators import cnpg
from ..operators.barman_cloud import PLUGIN_NAME
from ..operators.istio import NATIVE_SIDECAR
from ..scheduling import assign_priority_class
from ..secrets import SecretKeyRef, secret_key
from ..uniqueness import ensure_unique_objects
from .alerts import PostgresAlerts
from .backups import BarmanCloudBackups
from .pooler import PgBouncerPooler
from .props import SYNCHRONOUS_REPLICATION, PostgresHAProps

COMPONENT = "database"
POSTGRES_PORT = cnpg.POSTGRES_PORT
METRICS_PORT = cnpg.METRICS_PORT
STATUS_PORT = cnpg.STATUS_PORT
"""The instance manager's status endpoint, which the operator polls."""
CLUSTER_LABEL = cnpg.CLUSTER_LABEL
POD_ROLE_LABEL = cnpg.POD_ROLE_LABEL
ENV_PREFIX_PATTERN = re.compile(r"^[A-Z_][A-Z0-9_]*$")
OWNER_SECRET_KEYS = ("username", "password")
"""Keys of a kubernetes.io/basic-auth Secret, which is what CloudNativePG expects."""


class PostgresHA(constructs.Construct):
    """A highly available PostgreSQL cluster (CloudNativePG `Cluster`) and what it needs to be run.

    Children: `cluster` (the Cluster), `pooler_rw` / `pooler_ro` (PgBouncer), `backups`
    (ObjectStore + ScheduledBackup, when `props.backup` is set), `pod_monitor` (instances),
    `pooler_pod_monitor`, `alerts` (PrometheusRule).

    Fixed on purpose: required pod anti-affinity by hostname, `primaryUpdateMethod: switchover`
    (updates restart standbys first, then switch over instead of restarting the primary), data
    checksums at initdb, no superuser access, the operator's restricted security contexts, our
    own PodMonitors (CloudNativePG's `enablePodMonitor` is deprecated).

    Wiring: `owner_secret` (basic-auth `username`/`password` in the cluster's namespace) becomes
    the application owner's credentials at bootstrap. Clients in another namespace can only
    read secrets of their own namespace, so pass the same credentials there as `client_secret`.
    `backup_credentials` (keys ACCESS_KEY_ID, ACCESS_SECRET_KEY, optional REGION) is required
    exactly when `props.backup` is set. `priority_class` goes on the instances and the poolers, so
    that lower-priority pods cannot preempt the database; default: none (the cluster's default).

    Dependency graph (every name, label and port from `operators.cnpg`): the instances
    (`cnpg.io/cluster=<name>,cnpg.io/podRole=instance`, ServiceAccount `<name>`) serve 5432 to
    each other (standbys stream from `<name>-rw`), 8000 (status) and 9187 metrics; the
    operator's Job pods (`cnpg.io/cluster=<name>` with any `cnpg.io/jobRole`, same
    ServiceAccount) reach the API server and copy the primary through `<name>-rw`; each pooler
    (`cnpg.io/poolerName=<pooler>`, ServiceAccount `<pooler>`) serves 5432 and 9127 metrics and
    dials `<name>-<type>`. The operator (`operator_namespace`) polls 8000 on pod IPs outside
    mTLS: a plaintext dependency, restricted to its pods by NetworkPolicy. Instances, Jobs and
    poolers reach the API server; with backups the instances (plugin sidecar) and, for a
    recovery or replica bootstrap, the Job pods reach the object store endpoint.
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        props: PostgresHAProps,
        *,
        namespace: NamespaceHandle,
        owner_secret: SecretHandle,
        client_secret: SecretHandle | None = None,
        backup_credentials: SecretHandle | None = None,
        priority_class: PriorityClassHandle | None = None,
    ) -> None:
        super().__init__(scope, id)
        ensure_unique_objects(self)
        self.props = props
        self.namespace = namespace.name
        self.labels = standard_labels(props.name, COMPONENT)
        self._check_wiring(owner_secret, client_secret, backup_credentials)
        self.owner_secret = owner_secret
        self.client_secret = client_secret or owner_secret

        self.backups = (
            BarmanCloudBackups(
                self, "Backups", props.backup, cluster=props.name, credentials=backup_credentials,
                namespace=self.namespace, labels=self.labels,
            )
            if props.backup is not None and backup_credentials is not None
            else None
        )
        self.cluster = self._cluster()
        def pooler(id: str, type: Literal["rw", "ro"]) -> PgBouncerPooler:
            return PgBouncerPooler(self, id, props.pooler, type=type, cluster=props.name, namespace=self.namespace,
                                   zone_spread=props.zone_spread)

        self.pooler_rw = pooler("PoolerRw", "rw")
        self.pooler_ro = pooler("PoolerRo", "ro") if props.pooler.read_only else None
        self.pod_monitor, self.pooler_pod_monitor = self._pod_monitors()
        self.alerts = PostgresAlerts(
            self, "Alerts", props.alerts, cluster=props.name, namespace=self.namespace,
            instances=props.instances, backups=self.backups is not None, labels=self.labels,
        )
        self.workload = Workload(
            name=props.name,
            namespace=self.namespace,
            service_account=cnpg.instance_service_account(props.name),
            pod_labels=tuple(sorted(cnpg.instance_pod_labels(props.name).items())),
            service=cnpg.rw_service(props.name),
            peer_service=cnpg.REPLICATION_SERVICE(props.name),
        )
        self.jobs_workload = Workload(
            name=f"{props.name}-jobs",
            namespace=self.namespace,
            service_account=cnpg.instance_service_account(props.name),
            pod_labels=tuple(sorted(cnpg.job_pod_labels(props.name).items())),
            label_keys=(cnpg.JOB_ROLE_LABEL,),
        )
        """The operator's Job pods (initdb, join, recovery): `cnpg.io/cluster` and any `cnpg.io/jobRole`."""
        self.operator = Workload(
            name=cnpg.OPERATOR_DEPLOYMENT,
            namespace=props.operator_namespace,
            service_account=cnpg.OPERATOR_SERVICE_ACCOUNT,
            pod_labels=tuple(sorted(cnpg.OPERATOR_POD_LABELS.items())),
        )
        self._register()
        assign_priority_class(self, priority_class)

    # -- discovery ---------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self.props.name

    @property
    def archive_server_name(self) -> str:
        """The folder this cluster archives into (a `restore_from` source)."""
        return self.props.archive_server_name

    @property
    def rw_host(self) -> str:
        """The operator's read-write Service (the primary), bypassing PgBouncer."""
        return self.workload.host(cnpg.rw_service(self.props.name))

    @property
    def read_only(self) -> ReadOnlyTarget | None:
        """A connection target for read-only clients through the ro PgBouncer (standbys), or
        None without `pooler.read_only`. Nothing in this library dials it on its own: pass it
        to `connect_to` for a client that only reads (reports, catch-up readers)."""
        return ReadOnlyTarget(self) if self.pooler_ro is not None else None

    def connection(self, env_prefix: str) -> Connection:
        """Through the rw PgBouncer: <P>_HOST, <P>_PORT, <P>_DATABASE, and <P>_USER /
        <P>_PASSWORD from the client secret."""
        return self._connection(env_prefix, self.pooler_rw.host, Endpoint(self.pooler_rw.workload, POSTGRES_PORT, "tcp"))

    def direct_connection(self, env_prefix: str, *, owner: bool = False) -> Connection:
        """Straight to the primary (for clients that need a session of their own, such as bulk
        loads and migrations); same variables as `connection`. `owner`: the owner's secret in the
        cluster's own namespace (for a Job beside the cluster) instead of the client secret."""
        secret = self.owner_secret if owner else self.client_secret
        return self._connection(env_prefix, self.rw_host, Endpoint(self.workload, POSTGRES_PORT, "tcp"), secret)

    @property
    def server_ca(self) -> SecretKeyRef:
        """The operator-made CA of the server certificates (`<cluster>-ca`, key `ca.crt`): what a
        client verifies the server against with sslmode=verify-full."""
        return SecretKeyRef(cnpg.server_ca_secret(self.props.name), cnpg.CA_CERT_KEY, self.namespace)

    def _connection(self, env_prefix: str, host: str, endpoint: Endpoint, secret: SecretHandle | None = None) -> Connection:
        if not ENV_PREFIX_PATTERN.match(env_prefix):
            raise ValueError(f"env_prefix {env_prefix!r} must match {ENV_PREFIX_PATTERN.pattern}")
        p = env_prefix
        return Connection(
            env=((f"{p}_HOST", host), (f"{p}_PORT", str(POSTGRES_PORT)), (f"{p}_DATABASE", self.props.database)),
            secret_env=(
                (f"{p}_USER", secret_key(secret or self.client_secret, "username")),
                (f"{p}_PASSWORD", secret_key(secret or self.client_secret, "password")),
            ),
            endpoints=(endpoint,),
        )

    # -- building blocks ---------------------------------------------------------------------

    def _check_wiring(
        self, owner: SecretHandle, client: SecretHandle | None, backup: SecretHandle | None
    ) -> None:
        name = self.props.name
        if owner.namespace != self.namespace:
            raise ValueError(
                f"postgres {name}: owner_secret {owner.namespace}/{owner.secret_name} must be in the cluster's "
                f"namespace {self.namespace}; the operator reads it from there"
            )
        for handle in (owner, client):
            if handle is not None:
                for key in OWNER_SECRET_KEYS:
                    secret_key(handle, key)
        if self.props.backup is not None and backup is None:
            raise ValueError(f"postgres {name}: backup is set but no backup_credentials were given")
        if self.props.backup is None and backup is not None:
            raise ValueError(f"postgres {name}: backup_credentials were given but backup is not set")

    def _cluster(self) -> cdk8s.ApiObject:
        from ..imports.cnpg.io.cnpg.postgresql import (
            Cluster,
            ClusterSpec,
            ClusterSpecAffinity,
            ClusterSpecBootstrap,
            ClusterSpecBootstrapInitdb,
            ClusterSpecBootstrapInitdbSecret,
            ClusterSpecBootstrapRecovery,
            ClusterSpecBootstrapRecoveryRecoveryTarget,
            ClusterSpecBootstrapRecoverySecret,
            ClusterSpecExternalClusters,
            ClusterSpecExternalClustersPlugin,
            ClusterSpecInheritedMetadata,
            ClusterSpecPlugins,
            ClusterSpecPostgresql,
            ClusterSpecPostgresqlSynchronous,
            ClusterSpecPostgresqlSynchronousDataDurability,
            ClusterSpecPostgresqlSynchronousMethod,
            ClusterSpecPrimaryUpdateMethod,
            ClusterSpecPrimaryUpdateStrategy,
            ClusterSpecReplica,
            ClusterSpecResources,
            ClusterSpecResourcesLimits,
            ClusterSpecResourcesRequests,
            ClusterSpecStorage,
            ClusterSpecTopologySpreadConstraints,
            ClusterSpecTopologySpreadConstraintsLabelSelector,
            ClusterSpecWalStorage,
        )

        p = self.props
        parameters = dict(p.parameters)
        if p.backup is not None:
            parameters["archive_timeout"] = f"{p.backup.archive_timeout_seconds}s"
        sync = SYNCHRONOUS_REPLICATION[p.durability]
        synchronous = (
            ClusterSpecPostgresqlSynchronous(
                method=ClusterSpecPostgresqlSynchronousMethod[sync["method"].upper()],
                number=sync["number"],
                data_durability=ClusterSpecPostgresqlSynchronousDataDurability[sync["dataDurability"].upper()],
            )
            if sync
            else None
        )
        owner_secret = self.owner_secret.secret_name
        plugins = None
        external_clusters = None
        replica = None
        bootstrap = ClusterSpecBootstrap(
            initdb=ClusterSpecBootstrapInitdb(
                database=p.database,
                owner=p.owner_role,
                secret=ClusterSpecBootstrapInitdbSecret(name=owner_secret),
                data_checksums=True,
            )
        )
        if self.backups is not None:
            plugins = [
                ClusterSpecPlugins(
                    name=PLUGIN_NAME, enabled=True, is_wal_archiver=True,
                    parameters=self.backups.parameters(p.archive_server_name),
                )
            ]
            source = None
            if p.recovery is not None:
                source = ("pitr-source", p.recovery.source_server_name)
            elif p.replica is not None:
                source = (p.replica.source_cluster, p.replica.source_server_name or p.replica.source_cluster)
                replica = ClusterSpecReplica(enabled=True, source=p.replica.source_cluster)
            if source is not None:
                external_clusters = [
                    ClusterSpecExternalClusters(
                        name=source[0],
                        plugin=ClusterSpecExternalClustersPlugin(name=PLUGIN_NAME, parameters=self.backups.parameters(source[1])),
                    )
                ]
                bootstrap = ClusterSpecBootstrap(
                    recovery=ClusterSpecBootstrapRecovery(
                        source=source[0],
                        database=p.database,
                        owner=p.owner_role,
                        secret=ClusterSpecBootstrapRecoverySecret(name=owner_secret),
                        recovery_target=(
                            ClusterSpecBootstrapRecoveryRecoveryTarget(target_time=p.recovery.target_time_rfc3339)
                            if p.recovery is not None
                            else None
                        ),
                    )
                )
        instance_selector = cnpg.instance_pod_labels(p.name)
        r = p.resources
        return cast(cdk8s.ApiObject, Cluster(
            self,
            "Cluster",
            metadata=cdk8s.ApiObjectMetadata(name=p.name, namespace=self.namespace, labels=self.labels),
            spec=ClusterSpec(
                instances=p.instances,
                image_name=p.image,
                primary_update_strategy=ClusterSpecPrimaryUpdateStrategy.UNSUPERVISED,
                primary_update_method=ClusterSpecPrimaryUpdateMethod.SWITCHOVER,
                enable_pdb=p.enable_pdb,
                enable_superuser_access=False,
                # CloudNativePG copies these onto its initdb, join and bootstrap Job pods too
                # (internal/controller/cluster_create.go, inheritJobMetadata): a native proxy lets them complete.
                inherited_metadata=ClusterSpecInheritedMetadata(labels=self.labels, annotations=dict(NATIVE_SIDECAR)),
                postgresql=ClusterSpecPostgresql(parameters=parameters or None, synchronous=synchronous),
                bootstrap=bootstrap,
                external_clusters=external_clusters,
                replica=replica,
                plugins=plugins,
                storage=ClusterSpecStorage(size=p.storage.size, storage_class=p.storage.storage_class),
                wal_storage=ClusterSpecWalStorage(size=p.wal_storage.size, storage_class=p.wal_storage.storage_class),
                resources=r.struct(ClusterSpecResources, ClusterSpecResourcesRequests, ClusterSpecResourcesLimits),
                affinity=ClusterSpecAffinity(
                    enable_pod_anti_affinity=True,
                    pod_anti_affinity_type="required",
                    topology_key="kubernetes.io/hostname",
                ),
                topology_spread_constraints=[
                    ClusterSpecTopologySpreadConstraints(
                        max_skew=1,
                        topology_key="topology.kubernetes.io/zone",
                        when_unsatisfiable="DoNotSchedule" if p.zone_spread == "required" else "ScheduleAnyway",
                        label_selector=ClusterSpecTopologySpreadConstraintsLabelSelector(match_labels=instance_selector),
                    )
                ],
            ),
        ))

    def _pod_monitors(self) -> tuple[constructs.Construct, constructs.Construct]:
        from ..imports.monitoring.com.coreos.monitoring import (
            PodMonitor,
            PodMonitorSpec,
            PodMonitorSpecPodMetricsEndpoints,
            PodMonitorSpecSelector,
            PodMonitorSpecSelectorMatchExpressions,
        )

        def monitor(id: str, name: str, selector: PodMonitorSpecSelector) -> cdk8s.ApiObject:
            return cast(cdk8s.ApiObject, PodMonitor(
                self,
                id,
                metadata=cdk8s.ApiObjectMetadata(
                    name=name, namespace=self.namespace, labels={**self.labels, **MONITORING_LABEL}
                ),
                spec=PodMonitorSpec(
                    selector=selector,
                    pod_metrics_endpoints=[PodMonitorSpecPodMetricsEndpoints(port="metrics", interval="30s")],
                ),
            ))

        poolers = [p.name for p in (self.pooler_rw, self.pooler_ro) if p is not None]
        return (
            monitor(
                "PodMonitor",
                self.props.name,
                PodMonitorSpecSelector(match_labels=cnpg.instance_pod_labels(self.props.name)),
            ),
            monitor(
                "PoolerPodMonitor",
                f"{self.props.name}-pooler",
                PodMonitorSpecSelector(
                    match_expressions=[
                        PodMonitorSpecSelectorMatchExpressions(key="cnpg.io/poolerName", operator="In", values=poolers)
                    ]
                ),
            ),
        )

    def _register(self) -> None:
        graph = DependencyGraph.of(self)
        graph.add_workload(
            self.workload,
            (
                Port("postgres", POSTGRES_PORT, "tcp", purpose="peer"),
                Port("status", STATUS_PORT, "tcp"),
                Port("metrics", METRICS_PORT, "http", purpose="metrics"),
            ),
        )
        # The operator polls every instance's status on its pod IP, outside mTLS; instance
        # managers, Job pods and poolers watch the API server; the WAL archiver and base backups
        # write to the object store; standbys stream from the primary's -rw Service (a peer
        # flow through `peer_service`); the join Job copies the primary through -rw; each
        # PgBouncer dials <cluster>-<type>.
        graph.add_dependency(
            Dependency(source=self.operator, target=self.workload, port=STATUS_PORT, protocol="tcp", plaintext=True)
        )
        graph.add_egress(Egress(self.workload, KUBERNETES_API))
        graph.add_workload(self.jobs_workload, ())
        graph.add_egress(Egress(self.jobs_workload, KUBERNETES_API))
        graph.add_dependency(
            Dependency(source=self.jobs_workload, target=self.workload, port=POSTGRES_PORT, protocol="tcp",
                       service=cnpg.JOIN_SERVICE(self.props.name))
        )
        if self.props.backup is not None:
            store = _object_store(self.props.backup.endpoint_url)
            graph.add_egress(Egress(self.workload, *store))
            if self.props.recovery is not None or self.props.replica is not None:
                # The recovery Job restores from the archive through the plugin's sidecar.
                graph.add_egress(Egress(self.jobs_workload, *store))
        for pooler in (self.pooler_rw, self.pooler_ro):
            if pooler is not None:
                graph.add_workload(pooler.workload, pooler.ports)
                graph.add_egress(Egress(pooler.workload, KUBERNETES_API))
                graph.add_dependency(
                    Dependency(source=pooler.workload, target=self.workload, port=POSTGRES_PORT, protocol="tcp",
                               service=pooler.server_service)
                )


class ReadOnlyTarget:
    """PostgresHA's read-only entry point (the ro PgBouncer): same variables as `connection`."""

    def __init__(self, postgres: PostgresHA) -> None:
        self._postgres = postgres

    def connection(self, env_prefix: str) -> Connection:
        pooler = self._postgres.pooler_ro
        assert pooler is not None
        return self._postgres._connection(env_prefix, pooler.host, Endpoint(pooler.workload, POSTGRES_PORT, "tcp"))


def _object_store(endpoint_url: str | None) -> tuple[str, int]:
    """Host and port backups go to: the S3-compatible endpoint's, or AWS S3's by default."""
    if endpoint_url is None:
        return "s3.amazonaws.com", 443
    parsed = urllib.parse.urlsplit(endpoint_url)
    assert parsed.hostname is not None  # the props pattern requires a host
    return parsed.hostname, parsed.port or (443 if parsed.scheme == "https" else 80)
