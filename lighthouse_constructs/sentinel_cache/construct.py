"""SentinelCache: Redis (one primary, replicas) with Sentinel, correct by construction.

Two StatefulSets (Redis, Sentinel), each governed by a headless Service (`<name>-redis`,
`<name>-sentinel`) that gives every pod a stable DNS name; the Sentinel one is also the client
Service: its name resolves to every Sentinel. One ConfigMap with redis.conf, sentinel.conf and the start
scripts (see files.py and scripts/); PDBs; a ServiceMonitor for the redis_exporter sidecars; a
PrometheusRule. Clients discover the primary through Sentinel (`connection()`).

Fixed on purpose (not props): podManagementPolicy OrderedReady; PVCs retained when the
StatefulSet is deleted or scaled down; Pod Security "restricted" (UID 10001, read-only root
filesystem, drop ALL, seccomp RuntimeDefault, no service account token); every password reaches
the processes through a mounted secret file, never through a ConfigMap, an env var or a command
line; readiness never depends on another pod (see scripts/probe.sh).

A new password never restarts a pod (mid-roll, replicas on the new password are refused by the
old primary, which then refuses writes): it is rotated in place through a two-password window,
scripts/rotate-password.sh and docs/runbooks/redis-password-rotation.md. The exporters log in as
their pod's own user, which no rotation touches. A Redis pod that stops while it is the primary
first hands the role to a replica (scripts/redis-prestop.sh), so a rollout never kills the primary.

Typed L1 objects (cdk8s_plus_28.k8s) instead of the cdk8s-plus StatefulSet: the L2 has no
volumeClaimTemplates and no persistentVolumeClaimRetentionPolicy.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import cast

import cdk8s
import constructs
from cdk8s_plus_28 import k8s

from ..alerting import AlertRules
from ..conventions import (
    MONITORING_LABEL,
    RESTRICTED_RUN_AS_USER,
    selector_labels,
    standard_labels,
)
from ..graph import Connection, Dependency, DependencyGraph, Endpoint, Port, Workload
from ..handles import NamespaceHandle, PriorityClassHandle, SecretHandle
from ..quantity import Resources, int_or_string
from ..restricted import container_security_context
from ..secrets import SecretKeyRef, secret_key
from ..uniqueness import ensure_unique_objects
from .alerts import cache_alerts
from .files import (
    METRICS_PORT,
    REDIS_FILES,
    REDIS_PORT,
    SENTINEL_FILES,
    SENTINEL_PORT,
    config_files,
)
from .props import SentinelCacheProps, mebibytes

COMPONENT = "cache"
SHARED = "sentinel-cache"
"""app.kubernetes.io/name of the objects that belong to both sets (ConfigMap, ServiceMonitor, rules)."""
ENV_PREFIX_PATTERN = r"^[A-Z_][A-Z0-9_]*$"

CONFIG_DIR = "/etc/sentinel-cache"
"""Where the ConfigMap is mounted: the scripts find redis.conf and sentinel.conf next to themselves."""
SECRET_DIR = "/etc/sentinel-cache-auth"
PASSWORD_FILE = f"{SECRET_DIR}/password"
ALTERNATE_FILE = f"{SECRET_DIR}/alternate"
RUN_DIR = "/run/sentinel-cache"
"""Memory-backed emptyDir: the generated configuration (it holds the password) never hits a disk."""
DATA_DIR = "/data"
EXPORTER_DIR = "/run/redis-exporter"
EXPORTER_PASSWORD_MAP = f"{EXPORTER_DIR}/password-map.json"
EXPORTER_PASSWORD_FILE = f"{EXPORTER_DIR}/password"
"""The password of the pod's own `exporter` user, drawn at pod start (scripts/exporter-auth.sh)."""
EXPORTER_USER = "exporter"

SENTINEL_RESOURCES = Resources(cpu_request="20m", cpu_limit="100m", memory_request="64Mi", memory_limit="64Mi")
"""The sentinel container: Sentinel idles at about a millicore, so small and fixed on purpose."""
EXPORTER_AUTH_RESOURCES = Resources(cpu_request="10m", cpu_limit="100m", memory_request="16Mi", memory_limit="16Mi")
"""The init container that draws the exporter's password."""
EXPORTER_RESOURCES = Resources(cpu_request="10m", cpu_limit="100m", memory_request="32Mi", memory_limit="64Mi")
"""The redis_exporter sidecar."""


def _digest(files: dict[str, str], keys: tuple[str, ...]) -> str:
    """A stable digest of the ConfigMap keys a pod uses; as an annotation it rolls the pods on change."""
    return hashlib.sha256(json.dumps({k: files[k] for k in keys}, sort_keys=True).encode()).hexdigest()


class SentinelCache(constructs.Construct):
    """Redis with Sentinel that fails over correctly (see the module doc).

    `auth` holds the password (key `props.password_key`) in the pods' namespace and, when it
    declares `props.alternate_password_key`, the second password of a rotation window; a change
    of it never rolls the pods (the files change in place; see the module doc). `client_auth` is the
    same password in the clients' namespace (pods read secrets of their own namespace only);
    `connection()` hands it to clients. Default: `auth` (clients in the same namespace).
    `priority_class`: the pods' PriorityClass (the platform's platform-critical). Default: none.
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        props: SentinelCacheProps,
        *,
        namespace: NamespaceHandle,
        auth: SecretHandle,
        client_auth: SecretHandle | None = None,
        priority_class: PriorityClassHandle | None = None,
    ) -> None:
        super().__init__(scope, id)
        ensure_unique_objects(self)
        self.props = props
        self._priority_class = priority_class.name if priority_class is not None else None
        self.namespace = namespace.name
        if auth.namespace != self.namespace:
            raise ValueError(
                f"SentinelCache {props.name}: auth secret {auth.namespace}/{auth.secret_name} is not in the "
                f"pods' namespace {self.namespace}; pods can only mount secrets of their own namespace"
            )
        self.password: SecretKeyRef = secret_key(auth, props.password_key)
        self.alternate_password: SecretKeyRef | None = (
            secret_key(auth, props.alternate_password_key) if props.alternate_password_key in auth.keys else None
        )
        """The second password of a rotation window; None when `auth` does not declare the key (then a
        new password can only be set with every client and node restarted at once)."""
        self.client_password: SecretKeyRef = secret_key(client_auth or auth, props.password_key)

        name = props.name
        self.redis_name = f"{name}-redis"
        self.sentinel_name = f"{name}-sentinel"
        self.redis_addresses = tuple(f"{self._pod_host(self.redis_name, i)}:{REDIS_PORT}" for i in range(props.redis_count))
        """host:port of every Redis pod, by ordinal (what Redis announces and Sentinel reports)."""
        self.sentinel_addresses = tuple(
            f"{self._pod_host(self.sentinel_name, i)}:{SENTINEL_PORT}" for i in range(props.sentinel_count)
        )
        """host:port of every Sentinel pod, by ordinal."""

        files = config_files(props)
        self.config_map = k8s.KubeConfigMap(self, "Config", metadata=self._meta(name, SHARED), data=files)
        self.redis_service_account = self._service_account("RedisServiceAccount", self.redis_name, "redis")
        self.sentinel_service_account = self._service_account("SentinelServiceAccount", self.sentinel_name, "sentinel")

        # One Service per set, headless: MeshPolicy admits one Service host per workload into
        # the Istio sidecars, and the per-pod names (replication, Sentinel's announced hosts,
        # the primary a client is sent to) only exist under the governing headless Service.
        self.redis_service = self._service(
            "RedisService", self.redis_name, "redis", ports=[("tcp-redis", REDIS_PORT), ("http-metrics", METRICS_PORT)]
        )
        self.sentinel_service = self._service(
            "SentinelService", self.sentinel_name, "sentinel",
            ports=[("tcp-sentinel", SENTINEL_PORT), ("http-metrics", METRICS_PORT)],
        )

        self.redis = self._statefulset(
            "Redis", self.redis_name, "redis", replicas=props.redis_count,
            port=REDIS_PORT, config_digest=_digest(files, REDIS_FILES),
        )
        self.sentinel = self._statefulset(
            "Sentinel", self.sentinel_name, "sentinel", replicas=props.sentinel_count,
            port=SENTINEL_PORT, config_digest=_digest(files, SENTINEL_FILES),
        )
        # One Redis pod may be drained at a time; enough Sentinels stay up to elect a failover leader.
        self.redis_pdb = self._pdb("RedisDisruptionBudget", self.redis_name, "redis", 1)
        self.sentinel_pdb = self._pdb(
            "SentinelDisruptionBudget", self.sentinel_name, "sentinel",
            max(1, props.sentinel_count - max(props.effective_quorum, props.sentinel_count // 2 + 1)),
        )
        self.service_monitor = self._service_monitor()
        self.alerts = self._alerts()

        self.redis_workload = self._workload(self.redis_name, "redis")
        self.sentinel_workload = self._workload(self.sentinel_name, "sentinel")
        graph = DependencyGraph.of(self)
        metrics = Port("http-metrics", METRICS_PORT, "http", purpose="metrics")
        graph.add_workload(
            self.redis_workload,
            (Port("tcp-redis", REDIS_PORT, "tcp"), Port("tcp-redis", REDIS_PORT, "tcp", purpose="peer"), metrics),
        )
        graph.add_workload(
            self.sentinel_workload,
            (Port("tcp-sentinel", SENTINEL_PORT, "tcp"), Port("tcp-sentinel", SENTINEL_PORT, "tcp", purpose="peer"), metrics),
        )
        # Sentinels watch and reconfigure the Redis pods; the Redis start script asks the Sentinels.
        graph.add_dependency(Dependency(self.sentinel_workload, self.redis_workload, REDIS_PORT, "tcp"))
        graph.add_dependency(Dependency(self.redis_workload, self.sentinel_workload, SENTINEL_PORT, "tcp"))

    # -- client endpoint -----------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self.props.name

    @property
    def sentinel_host(self) -> str:
        """DNS name of the Sentinel Service; it resolves to every Sentinel pod (any of them answers)."""
        return f"{self.sentinel_name}.{self.namespace}.svc.{self.props.cluster_domain}"

    @property
    def sentinel_port(self) -> int:
        return SENTINEL_PORT

    @property
    def master_name(self) -> str:
        """The master set name clients ask Sentinel for (SENTINEL get-master-addr-by-name)."""
        return self.props.master_set

    def connection(self, env_prefix: str) -> Connection:
        """What a client needs to find the primary through Sentinel:
        <P>_SENTINEL_HOST, <P>_SENTINEL_PORT (the Sentinel Service), <P>_SENTINEL_ADDRESSES (every
        Sentinel pod, comma-separated host:port, for clients that take a list), <P>_MASTER_NAME,
        and the secret <P>_PASSWORD (for Sentinel and Redis alike)."""
        if not re.match(ENV_PREFIX_PATTERN, env_prefix):
            raise ValueError(f"env_prefix {env_prefix!r} must match {ENV_PREFIX_PATTERN}")
        p = env_prefix
        return Connection(
            env=(
                (f"{p}_SENTINEL_HOST", self.sentinel_host),
                (f"{p}_SENTINEL_PORT", str(SENTINEL_PORT)),
                (f"{p}_SENTINEL_ADDRESSES", ",".join(self.sentinel_addresses)),
                (f"{p}_MASTER_NAME", self.master_name),
            ),
            endpoints=(
                Endpoint(self.sentinel_workload, SENTINEL_PORT, "tcp"),
                Endpoint(self.redis_workload, REDIS_PORT, "tcp"),
            ),
            secret_env=((f"{p}_PASSWORD", self.client_password),),
        )

    # -- building blocks -----------------------------------------------------------------------

    def _pod_host(self, statefulset: str, ordinal: int) -> str:
        """A pod's DNS name under its StatefulSet's governing Service (named like the StatefulSet)."""
        return f"{statefulset}-{ordinal}.{statefulset}.{self.namespace}.svc.{self.props.cluster_domain}"

    def _labels(self, part: str) -> dict[str, str]:
        return standard_labels(part, COMPONENT, instance=self.props.name)

    def _selector(self, part: str) -> dict[str, str]:
        return selector_labels(part, instance=self.props.name)

    def _meta(self, name: str, part: str, **extra_labels: str) -> k8s.ObjectMeta:
        return k8s.ObjectMeta(name=name, namespace=self.namespace, labels={**self._labels(part), **extra_labels})

    def _workload(self, name: str, part: str) -> Workload:
        return Workload(
            name=name, namespace=self.namespace, service_account=name, pod_labels=tuple(sorted(self._selector(part).items()))
        )

    def _service_account(self, id: str, name: str, part: str) -> k8s.KubeServiceAccount:
        return k8s.KubeServiceAccount(self, id, metadata=self._meta(name, part), automount_service_account_token=False)

    def _service(
        self, id: str, name: str, part: str, *, ports: list[tuple[str, int]]
    ) -> k8s.KubeService:
        return k8s.KubeService(
            self,
            id,
            metadata=self._meta(name, part),
            spec=k8s.ServiceSpec(
                cluster_ip="None",
                # DNS names must resolve before a pod is ready: the start scripts talk to peers
                # that are still deciding their role.
                publish_not_ready_addresses=True,
                selector=self._selector(part),
                ports=[
                    k8s.ServicePort(name=port_name, port=number, target_port=int_or_string(number))
                    for port_name, number in ports
                ],
            ),
        )

    def _pdb(self, id: str, name: str, part: str, max_unavailable: int) -> k8s.KubePodDisruptionBudget:
        return k8s.KubePodDisruptionBudget(
            self,
            id,
            metadata=self._meta(name, part),
            spec=k8s.PodDisruptionBudgetSpec(
                max_unavailable=int_or_string(max_unavailable),
                selector=k8s.LabelSelector(match_labels=self._selector(part)),
            ),
        )

    # -- pods ----------------------------------------------------------------------------------

    def _script_env(self, part: str) -> list[k8s.EnvVar]:
        """The inputs of the scripts (scripts/common.sh lists them)."""
        p = self.props
        env = [
            k8s.EnvVar(name="POD_NAME", value_from=k8s.EnvVarSource(field_ref=k8s.ObjectFieldSelector(field_path="metadata.name"))),
            k8s.EnvVar(name="MASTER_SET", value=p.master_set),
            k8s.EnvVar(name="REDIS_NODES", value=" ".join(self.redis_addresses)),
            k8s.EnvVar(name="SENTINEL_NODES", value=" ".join(self.sentinel_addresses)),
            k8s.EnvVar(name="PASSWORD_FILE", value=PASSWORD_FILE),
            *([k8s.EnvVar(name="ALTERNATE_FILE", value=ALTERNATE_FILE)] if self.alternate_password else []),
            k8s.EnvVar(name="EXPORTER_PASSWORD_FILE", value=EXPORTER_PASSWORD_FILE),
            k8s.EnvVar(name="RUN_DIR", value=RUN_DIR),
            k8s.EnvVar(name="RETRY_SECONDS", value=f"{p.startup_retry_seconds:g}"),
        ]
        if part == "redis":
            env += [
                k8s.EnvVar(name="DATA_DIR", value=DATA_DIR),
                k8s.EnvVar(name="PRESTOP_FAILOVER_SECONDS", value=str(p.prestop_failover_seconds)),
            ]
        else:
            env += [
                k8s.EnvVar(name="SENTINEL_QUORUM", value=str(p.effective_quorum)),
                k8s.EnvVar(name="SENTINEL_DOWN_AFTER_MILLISECONDS", value=str(p.down_after_milliseconds)),
                k8s.EnvVar(name="SENTINEL_FAILOVER_TIMEOUT_MILLISECONDS", value=str(p.failover_timeout_milliseconds)),
                k8s.EnvVar(name="SENTINEL_PARALLEL_SYNCS", value=str(p.parallel_syncs)),
            ]
        return env

    def _server_container(self, part: str, port: int) -> k8s.Container:
        p = self.props

        def probe(mode: str, period: int, failures: int) -> k8s.Probe:
            return k8s.Probe(
                exec=k8s.ExecAction(command=["sh", f"{CONFIG_DIR}/probe.sh", str(port), mode]),
                period_seconds=period, timeout_seconds=5, failure_threshold=failures,
            )

        if part == "redis":
            memory = f"{mebibytes(p.effective_memory_limit)}Mi"
            resources = Resources(cpu_request=p.cpu_request, cpu_limit=p.cpu_limit, memory_request=memory, memory_limit=memory)
        else:
            resources = SENTINEL_RESOURCES
        mounts = [
            k8s.VolumeMount(name="config", mount_path=CONFIG_DIR, read_only=True),
            k8s.VolumeMount(name="auth", mount_path=SECRET_DIR, read_only=True),
            k8s.VolumeMount(name="run", mount_path=RUN_DIR),
            k8s.VolumeMount(name="exporter", mount_path=EXPORTER_DIR, read_only=True),
        ]
        if part == "redis":
            mounts.append(k8s.VolumeMount(name="data", mount_path=DATA_DIR))
        return k8s.Container(
            name=part,
            image=p.redis_image,
            image_pull_policy="Always",
            command=["sh", f"{CONFIG_DIR}/{part}-start.sh"],
            env=self._script_env(part),
            ports=[k8s.ContainerPort(name=f"tcp-{part}", container_port=port)],
            resources=resources.requirements(),
            security_context=container_security_context(),
            volume_mounts=mounts,
            # The start script waits for the Sentinels or a peer before the server listens, and
            # Redis then loads its AOF: up to 10 minutes before liveness applies.
            startup_probe=probe("live", 5, 120),
            liveness_probe=probe("live", 10, 3),
            readiness_probe=probe("ready", 5, 2),
            lifecycle=(
                k8s.Lifecycle(pre_stop=k8s.LifecycleHandler(exec=k8s.ExecAction(command=["sh", f"{CONFIG_DIR}/redis-prestop.sh"])))
                if part == "redis" else None
            ),
        )

    def _exporter_auth_container(self, port: int) -> k8s.Container:
        return k8s.Container(
            name="exporter-auth",
            image=self.props.redis_image,
            image_pull_policy="Always",
            command=["sh", f"{CONFIG_DIR}/exporter-auth.sh"],
            env=[
                k8s.EnvVar(name="EXPORTER_REDIS_ADDR", value=self._exporter_uri(port)),
                k8s.EnvVar(name="EXPORTER_PASSWORD_MAP", value=EXPORTER_PASSWORD_MAP),
                k8s.EnvVar(name="EXPORTER_PASSWORD_FILE", value=EXPORTER_PASSWORD_FILE),
            ],
            resources=EXPORTER_AUTH_RESOURCES.requirements(),
            security_context=container_security_context(),
            volume_mounts=[
                k8s.VolumeMount(name="config", mount_path=CONFIG_DIR, read_only=True),
                k8s.VolumeMount(name="exporter", mount_path=EXPORTER_DIR),
            ],
        )

    @staticmethod
    def _exporter_uri(port: int) -> str:
        """What the exporter scrapes, as its own user (the key of its password map)."""
        return f"redis://{EXPORTER_USER}@localhost:{port}"

    def _exporter_container(self, port: int) -> k8s.Container:
        def probe(period: int) -> k8s.Probe:
            return k8s.Probe(
                http_get=k8s.HttpGetAction(path="/health", port=int_or_string("http-metrics")),
                period_seconds=period, timeout_seconds=3, failure_threshold=3,
            )

        return k8s.Container(
            name="exporter",
            image=self.props.exporter_image,
            image_pull_policy="Always",
            args=[
                f"--redis.addr={self._exporter_uri(port)}",
                f"--redis.password-file={EXPORTER_PASSWORD_MAP}",
                f"--web.listen-address=:{METRICS_PORT}",
            ],
            ports=[k8s.ContainerPort(name="http-metrics", container_port=METRICS_PORT)],
            resources=EXPORTER_RESOURCES.requirements(),
            security_context=container_security_context(),
            volume_mounts=[k8s.VolumeMount(name="exporter", mount_path=EXPORTER_DIR, read_only=True)],
            liveness_probe=probe(10),
            readiness_probe=probe(5),
        )

    def _affinity(self, part: str) -> k8s.Affinity:
        """Never two pods of one StatefulSet on one node in production (preferred otherwise)."""
        term = k8s.PodAffinityTerm(
            topology_key="kubernetes.io/hostname", label_selector=k8s.LabelSelector(match_labels=self._selector(part))
        )
        if self.props.production:
            anti = k8s.PodAntiAffinity(required_during_scheduling_ignored_during_execution=[term])
        else:
            anti = k8s.PodAntiAffinity(
                preferred_during_scheduling_ignored_during_execution=[k8s.WeightedPodAffinityTerm(pod_affinity_term=term, weight=100)]
            )
        return k8s.Affinity(pod_anti_affinity=anti)

    def _statefulset(
        self, id: str, name: str, part: str, *, replicas: int, port: int, config_digest: str
    ) -> k8s.KubeStatefulSet:
        p = self.props
        volumes = [
            k8s.Volume(name="config", config_map=k8s.ConfigMapVolumeSource(name=p.name, default_mode=0o444)),
            k8s.Volume(
                name="auth",
                secret=k8s.SecretVolumeSource(
                    secret_name=self.password.secret_name,
                    items=[
                        k8s.KeyToPath(key=self.password.key, path="password"),
                        *([k8s.KeyToPath(key=self.alternate_password.key, path="alternate")] if self.alternate_password else []),
                    ],
                    default_mode=0o440,
                ),
            ),
            k8s.Volume(name="run", empty_dir=k8s.EmptyDirVolumeSource(medium="Memory", size_limit=k8s.Quantity.from_string("16Mi"))),
            k8s.Volume(name="exporter", empty_dir=k8s.EmptyDirVolumeSource(medium="Memory", size_limit=k8s.Quantity.from_string("1Mi"))),
        ]
        claims = None
        if part == "redis":
            claims = [
                k8s.KubePersistentVolumeClaimProps(
                    metadata=k8s.ObjectMeta(name="data", labels=self._labels(part)),
                    spec=k8s.PersistentVolumeClaimSpec(
                        access_modes=["ReadWriteOnce"],
                        storage_class_name=p.storage_class,
                        resources=k8s.ResourceRequirements(requests={"storage": k8s.Quantity.from_string(p.storage)}),
                    ),
                )
            ]
        return k8s.KubeStatefulSet(
            self,
            id,
            metadata=self._meta(name, part),
            spec=k8s.StatefulSetSpec(
                service_name=name,
                replicas=replicas,
                pod_management_policy="OrderedReady",
                update_strategy=k8s.StatefulSetUpdateStrategy(type="RollingUpdate"),
                persistent_volume_claim_retention_policy=k8s.StatefulSetPersistentVolumeClaimRetentionPolicy(
                    when_deleted="Retain", when_scaled="Retain"
                ),
                selector=k8s.LabelSelector(match_labels=self._selector(part)),
                volume_claim_templates=claims,
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(
                        labels=self._labels(part),
                        annotations={
                            "checksum/config": config_digest,
                            # The start scripts ask their peers before the server starts: with
                            # Istio, that traffic must wait for the sidecar.
                            "proxy.istio.io/config": '{"holdApplicationUntilProxyStarts": true}',
                        },
                    ),
                    spec=k8s.PodSpec(
                        service_account_name=name,
                        priority_class_name=self._priority_class,
                        automount_service_account_token=False,
                        enable_service_links=False,
                        # Covers the preStop failover and Redis's shutdown-timeout (validated in props).
                        termination_grace_period_seconds=p.termination_grace_period_seconds,
                        security_context=k8s.PodSecurityContext(
                            run_as_non_root=True,
                            run_as_user=RESTRICTED_RUN_AS_USER,
                            run_as_group=RESTRICTED_RUN_AS_USER,
                            fs_group=RESTRICTED_RUN_AS_USER,
                            fs_group_change_policy="OnRootMismatch",
                            seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
                        ),
                        init_containers=[self._exporter_auth_container(port)],
                        containers=[self._server_container(part, port), self._exporter_container(port)],
                        volumes=volumes,
                        affinity=self._affinity(part),
                        topology_spread_constraints=[
                            k8s.TopologySpreadConstraint(
                                max_skew=1,
                                topology_key="topology.kubernetes.io/zone",
                                when_unsatisfiable="ScheduleAnyway",
                                label_selector=k8s.LabelSelector(match_labels=self._selector(part)),
                            )
                        ],
                    ),
                ),
            ),
        )

    # -- monitoring ----------------------------------------------------------------------------

    def _service_monitor(self) -> cdk8s.ApiObject:
        from ..imports.monitoring.com.coreos.monitoring import (
            ServiceMonitor,
            ServiceMonitorSpec,
            ServiceMonitorSpecEndpoints,
            ServiceMonitorSpecNamespaceSelector,
            ServiceMonitorSpecSelector,
        )

        return cast(cdk8s.ApiObject, ServiceMonitor(
            self,
            "ServiceMonitor",
            metadata=cdk8s.ApiObjectMetadata(
                name=self.props.name, namespace=self.namespace, labels={**self._labels(SHARED), **MONITORING_LABEL}
            ),
            spec=ServiceMonitorSpec(
                # Both Services (Redis and Sentinel) carry the metrics port.
                selector=ServiceMonitorSpecSelector(
                    match_labels={"app.kubernetes.io/instance": self.props.name, "app.kubernetes.io/component": COMPONENT}
                ),
                namespace_selector=ServiceMonitorSpecNamespaceSelector(match_names=[self.namespace]),
                endpoints=[ServiceMonitorSpecEndpoints(port="http-metrics", path="/metrics", interval="30s")],
            ),
        ))

    def _alerts(self) -> AlertRules:
        p = self.props
        return AlertRules(
            self,
            "Alerts",
            name=p.name,
            namespace=self.namespace,
            labels=self._labels(SHARED),
            group=f"sentinel-cache-{p.name}",
            alerts=cache_alerts(
                name=p.name, namespace=self.namespace, redis_service=self.redis_name,
                sentinel_service=self.sentinel_name, master_set=p.master_set, redis_count=p.redis_count,
            ),
            runbook_url=(lambda alert: f"{base}#{alert.lower()}") if (base := p.runbook_base_url) else None,
        )

