"""BridgeService: one stateless Lighthouse bridge component (API gateway, event processor, ...).

The production shape by default: a digest-pinned image, a dedicated ServiceAccount without a
token, Pod Security "restricted", requests and limits, distinct startup/readiness/liveness
probes, graceful shutdown, zero-downtime rolling updates, an HPA with explicit behaviour, a PDB
whose numbers cannot deadlock a node drain, spread across zones and hosts, a ServiceMonitor and
an SLO that ObservabilityStack turns into alerts.

Fixed on purpose (not props): maxUnavailable 0, drop ALL capabilities, seccomp RuntimeDefault,
read-only root filesystem, non-root UID 10001, ClusterIP Service, imagePullPolicy Always.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any, Literal, Mapping, cast

import cdk8s
import cdk8s_plus_28 as kplus
import constructs
import jsii
from cdk8s_plus_28 import k8s
from pydantic import Field, field_validator, model_validator

from .chart_objects import once_per_synth
from .conventions import (
    DIGEST_PATTERN,
    MONITORING_LABEL,
    RESTRICTED_RUN_AS_USER,
    selector_labels,
    standard_labels,
)
from .graph import Connection, Dependency, DependencyGraph, Endpoint, Port, Workload
from .handles import (
    ConnectionTarget,
    CustomMetricsAdapter,
    IssuerHandle,
    NamespaceHandle,
    PriorityClassHandle,
    TraceSink,
)
from .operators import opentelemetry as otel
from .props import Props
from .quantity import Quantity, int_or_string, quantity_value
from .quantity import Resources as BaseResources
from .restricted import container_security_props
from .scheduling import SCALE_DOWN_POLICIES, SCALE_UP_POLICIES
from .secrets import SecretKeyRef, secret_revision_annotations
from .slo import IngressGateway, ServiceLevelObjective
from .tls_certificate import leaf_certificate
from .uniqueness import ensure_unique_objects

COMPONENT = "bridge"
TAG_PATTERN = re.compile(r"^[^@\s:]+(:[0-9]+)?(/[^@\s:]+)*:[\w][\w.-]{0,127}$")
ENV_NAME_PATTERN = r"^[A-Z_][A-Z0-9_]*$"




class Resources(BaseResources):
    """CPU and memory requests and limits of the bridge container."""

    cpu_request: Quantity = "100m"
    """Default: 100m."""
    cpu_limit: Quantity = "1"
    """Default: 1 (CPU limits throttle; keep headroom for the speed layer's latency target)."""
    memory_request: Quantity = "128Mi"
    """Default: 128Mi."""
    memory_limit: Quantity = "256Mi"
    """Default: 256Mi."""


class CustomMetric(Props):
    """A per-pod metric the bridge exports, scaled on besides CPU through a custom-metrics adapter
    (the `custom_metrics` wiring, e.g. KedaAutoscaling): without one it is an error."""

    name: str = Field(min_length=1)
    """The Prometheus metric the bridge's pods export (scraped through its ServiceMonitor)."""
    target_average_value: str
    """The per-pod average to hold, a Kubernetes quantity (e.g. "100", "500m")."""

    @field_validator("target_average_value")
    @classmethod
    def _is_quantity(cls, value: str) -> str:
        quantity_value(value)
        return value


class Autoscaling(Props):
    """HorizontalPodAutoscaler (autoscaling/v2) settings."""

    min_replicas: int | None = Field(default=None, ge=1)
    """Default: the service's `replicas`."""
    max_replicas: int = Field(ge=1)
    """Upper bound; the capacity budget is checked at this scale."""
    target_cpu_utilization: int = Field(default=70, ge=1, le=100)
    """Average CPU utilization (% of request) to hold. Default: 70."""
    custom_metric: CustomMetric | None = None
    """An extra per-pod metric to scale on; needs the `custom_metrics` adapter wiring. Default: none."""
    scale_down_stabilization_seconds: int = Field(default=300, ge=0, le=3600)
    """How long load must stay low before scaling down. Default: 300."""
    scale_up_stabilization_seconds: int = Field(default=0, ge=0, le=3600)
    """Default: 0 (scale up at once)."""


class Exposure(Props):
    """External exposure of the http port on a public host, with TLS from cert-manager."""

    host: str = Field(pattern=r"^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$")
    """The public DNS name."""
    via: Literal["istio", "ingress"] = "istio"
    """Istio Gateway + VirtualService, or an nginx-class Ingress. Default: istio."""
    gateway_namespace: str = "istio-ingress"
    """Namespace of the Istio ingress gateway; the Gateway and its TLS Secret live there
    (Istio reads credentialName from the gateway's namespace). Default: istio-ingress."""
    gateway_selector: dict[str, str] = Field(default_factory=lambda: {"istio": "ingressgateway"})
    """Labels of the ingress gateway pods. Default: istio=ingressgateway."""
    gateway_service_account: str = Field(default="istio-ingressgateway", pattern=r"^[a-z0-9]([-.a-z0-9]*[a-z0-9])?$")
    """ServiceAccount of the ingress gateway pods: the gateway -> bridge flow is recorded in the
    dependency graph by its identity, so MeshPolicy allows it. Default: istio-ingressgateway
    (the Istio gateway Helm chart names it after the release)."""


class Probes(Props):
    """HTTP paths of the three probes, served on the http port."""

    startup_path: str = Field(default="/healthz/startup", pattern=r"^/")
    """Default: /healthz/startup."""
    readiness_path: str = Field(default="/healthz/ready", pattern=r"^/")
    """Default: /healthz/ready."""
    liveness_path: str = Field(default="/healthz/live", pattern=r"^/")
    """Default: /healthz/live."""
    startup_timeout_seconds: int = Field(default=60, ge=5, le=600)
    """How long the app may take to start before it is restarted. Default: 60."""


class BridgeServiceProps(Props):
    """Props of BridgeService."""

    name: str = Field(pattern=r"^[a-z]([-a-z0-9]{0,40}[a-z0-9])?$")
    """DNS-1035 label (<= 42 chars, leaving room for suffixes); names the Deployment, Service, ...."""
    image: str = Field(min_length=1)
    """Required. `repo:tag@sha256:<digest>`; a tag alone is accepted only when
    `require_image_digest` is false (dev)."""
    require_image_digest: bool = True
    """Reject images not pinned by digest. Default: true (the charts turn it off in dev only)."""
    replicas: int = Field(default=2, ge=1)
    """Replica count (the HPA's minimum when autoscaling). Default: 2."""
    secrets_dir: str = Field(default="/var/run/secrets/app", pattern=r"^/[-_./a-zA-Z0-9]+[^/]$")
    """Where secrets are mounted, one directory per Secret; the app reads `<NAME>_FILE` env vars
    that point into it. Default: /var/run/secrets/app."""
    http_port: int = Field(default=8080, ge=1024, le=65535)
    """Default: 8080."""
    grpc_port: int | None = Field(default=None, ge=1024, le=65535)
    """Serve gRPC on this port too. Default: none."""
    metrics_port: int = Field(default=9090, ge=1024, le=65535)
    """Prometheus metrics port (path /metrics). Default: 9090."""
    resources: Resources = Field(default_factory=Resources)
    """Default: 100m/1 CPU, 128Mi/256Mi memory."""
    autoscaling: Autoscaling | None = None
    """Default: no HPA (fixed `replicas`)."""
    pdb_min_available: int | None = Field(default=None, ge=0)
    """PodDisruptionBudget minAvailable. Default: replicas - 1 (one pod may be drained at a time)."""
    probes: Probes = Field(default_factory=Probes)
    """Default: /healthz/{startup,ready,live} on the http port."""
    pre_stop_delay_seconds: int = Field(default=5, ge=0, le=120)
    """preStop sleep so endpoints are removed before the app gets SIGTERM. Default: 5."""
    termination_grace_period_seconds: int = Field(default=30, ge=1, le=600)
    """Must cover the preStop delay plus the app's drain time. Default: 30."""
    config: dict[str, str] = Field(default_factory=dict)
    """Environment variables from a ConfigMap; a change rolls the pods. Default: none."""
    writable_paths: tuple[str, ...] = ("/tmp",)
    """emptyDir mounts (the root filesystem is read-only). Default: /tmp."""
    slo: ServiceLevelObjective = Field(default_factory=ServiceLevelObjective)
    """Default: p99 < 100 ms, 99.9 % availability."""
    mount_service_account_token: bool = False
    """Mount the ServiceAccount token. Default: false (bridges do not call the API server)."""
    exposure: Exposure | None = None
    """Default: not exposed outside the cluster."""
    instrumentation: otel.Language | None = None
    """The app's language, for OpenTelemetry operator auto-instrumentation of the app container
    (java, nodejs, python, dotnet). Wire it with `send_traces_to(stack)`, which adds the inject
    annotation and declares the flows to the trace gateway; left unwired it is a synth error.
    go is rejected: its agent is a privileged root sidecar, which Pod Security restricted forbids.
    Default: none (not instrumented)."""

    @field_validator("instrumentation")
    @classmethod
    def _restricted_instrumentation(cls, value: str | None) -> str | None:
        if value in otel.PRIVILEGED_LANGUAGES:
            raise ValueError(
                f"instrumentation {value!r}: the operator injects {otel.PRIVILEGED_LANGUAGES[value]}, which the bridge's "
                f"restricted pods cannot run; allowed: java, nodejs, python, dotnet (or export OTLP from the app's own SDK)"
            )
        return value

    @field_validator("config")
    @classmethod
    def _config_keys_are_env_names(cls, value: dict[str, str]) -> dict[str, str]:
        bad = [k for k in value if not re.match(ENV_NAME_PATTERN, k)]
        if bad:
            raise ValueError(f"config keys must be environment variable names ({ENV_NAME_PATTERN}); got {bad}")
        return value

    @field_validator("writable_paths")
    @classmethod
    def _absolute_paths(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [p for p in value if not p.startswith("/")]
        if bad:
            raise ValueError(f"writable_paths must be absolute; got {bad}")
        return value

    @model_validator(mode="after")
    def _check(self) -> "BridgeServiceProps":
        if self.require_image_digest and not DIGEST_PATTERN.match(self.image):
            raise ValueError(
                f"image {self.image!r} is not pinned by digest; staging and prod require "
                f"<repository>:<tag>@sha256:<64 hex digits>"
            )
        if not DIGEST_PATTERN.match(self.image) and (not TAG_PATTERN.match(self.image) or self.image.endswith(":latest")):
            raise ValueError(f"image {self.image!r} needs an explicit tag other than latest, or a digest")
        ports = [p for p in (self.http_port, self.grpc_port, self.metrics_port) if p is not None]
        if len(set(ports)) != len(ports):
            raise ValueError(f"http_port, grpc_port and metrics_port must differ; got {ports}")
        min_available = self.effective_pdb_min_available
        if self.replicas > 1 and min_available >= self.replicas:
            raise ValueError(
                f"pdb_min_available={min_available} must be < replicas={self.replicas}, "
                f"otherwise no pod can ever be evicted and node drains deadlock"
            )
        if self.autoscaling is not None:
            hpa = self.autoscaling
            minimum = self.hpa_min_replicas
            if hpa.max_replicas < minimum:
                raise ValueError(f"autoscaling.max_replicas={hpa.max_replicas} is below min_replicas={minimum}")
            if minimum < min_available + 1:
                raise ValueError(
                    f"autoscaling.min_replicas={minimum} must be >= pdb_min_available + 1 = {min_available + 1}, "
                    f"otherwise a scaled-down service blocks node drains"
                )
        if self.termination_grace_period_seconds < self.pre_stop_delay_seconds + 5:
            raise ValueError(
                f"termination_grace_period_seconds={self.termination_grace_period_seconds} must be >= "
                f"pre_stop_delay_seconds + 5 = {self.pre_stop_delay_seconds + 5} so the app can drain after preStop"
            )
        return self

    @property
    def effective_pdb_min_available(self) -> int:
        return self.pdb_min_available if self.pdb_min_available is not None else max(self.replicas - 1, 0)

    @property
    def hpa_min_replicas(self) -> int:
        assert self.autoscaling is not None
        return self.autoscaling.min_replicas or self.replicas





def config_checksum(config: Mapping[str, str]) -> str:
    """A stable digest of the ConfigMap data; as a pod annotation it rolls pods on change."""
    return hashlib.sha256(json.dumps(dict(config), sort_keys=True).encode()).hexdigest()


def _env_prefix_valid(prefix: str) -> str:
    if not re.match(ENV_NAME_PATTERN, prefix):
        raise ValueError(f"env_prefix {prefix!r} must match {ENV_NAME_PATTERN}")
    return prefix


class BridgeService(constructs.Construct):
    """A stateless Lighthouse bridge component, production-shaped by default (see module doc)."""

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        props: BridgeServiceProps,
        *,
        namespace: NamespaceHandle,
        priority_class: PriorityClassHandle | None = None,
        secret_env: Mapping[str, SecretKeyRef] | None = None,
        tls_issuer: IssuerHandle | None = None,
        custom_metrics: CustomMetricsAdapter | None = None,
    ) -> None:
        super().__init__(scope, id)
        ensure_unique_objects(self)
        self.props = props
        self.namespace = namespace.name
        self.pod_security_level = namespace.enforce_level
        """The Pod Security level the namespace enforces (what volumes the pods may use)."""
        self.labels = standard_labels(props.name, COMPONENT)
        self._selector = selector_labels(props.name)
        if props.exposure is not None and tls_issuer is None:
            raise ValueError(f"bridge {props.name}: exposure on {props.exposure.host} needs a tls_issuer for its certificate")

        self.service_account = kplus.ServiceAccount(
            self, "ServiceAccount", metadata=self._meta(), automount_token=props.mount_service_account_token
        )
        self.config_map = kplus.ConfigMap(self, "Config", metadata=self._meta(f"{props.name}-config"), data=props.config)
        self._secret_refs: list[SecretKeyRef] = []
        self._mounted_secrets: set[str] = set()
        self.deployment, self.container = self._deployment(self._container_props(), priority_class)
        for name, ref in (secret_env or {}).items():
            self._add_secret_env(name, ref)
        self.service = self._service()
        self.pdb = self._pdb()
        custom_metric = props.autoscaling.custom_metric if props.autoscaling else None
        if custom_metric is not None and custom_metrics is None:
            raise ValueError(
                f"bridge {props.name}: autoscaling.custom_metric {custom_metric.name!r} needs a custom-metrics adapter "
                f"and none is wired (custom_metrics=None), so no HPA could ever read it; allowed: wire one "
                f"(custom_metrics=KedaAutoscaling(...)), or no custom_metric (CPU only)"
            )
        self.scaled_object = custom_metrics.autoscale(self) if custom_metric is not None and custom_metrics else None
        """The adapter's scaling object (KEDA ScaledObject) when autoscaling has a custom metric; it owns the HPA."""
        if self.scaled_object is not None:  # cdk8s-plus writes a default replicas without an HPA of its own
            cdk8s.ApiObject.of(self.deployment).add_json_patch(cdk8s.JsonPatch.remove("/spec/replicas"))
        self.hpa = self._hpa() if props.autoscaling and self.scaled_object is None else None
        self.service_monitor = self._service_monitor()
        self.workload = Workload(
            name=props.name,
            namespace=self.namespace,
            service_account=props.name,
            pod_labels=tuple(sorted(self._selector.items())),
        )
        ports = [Port("http", props.http_port, "http"), Port("metrics", props.metrics_port, "http", purpose="metrics")]
        if props.grpc_port:
            ports.insert(1, Port("grpc", props.grpc_port, "grpc"))
        self.graph = DependencyGraph.of(self)
        self.graph.add_workload(self.workload, tuple(ports))
        self.exposure = self._expose(tls_issuer) if props.exposure and tls_issuer else None
        self.traces_to: TraceSink | None = None
        """The sink given to send_traces_to (None until then)."""
        if props.instrumentation is not None:
            self.node.add_validation(_TracingWired(self))

    # -- discovery ---------------------------------------------------------------------------

    @property
    def min_replicas(self) -> int:
        """The autoscaler's lower bound (ScaleTarget)."""
        return self.props.hpa_min_replicas

    @property
    def autoscaling(self) -> Autoscaling:
        """The autoscaling settings (ScaleTarget); only a bridge with autoscaling is ever scaled."""
        assert self.props.autoscaling is not None
        return self.props.autoscaling

    @property
    def name(self) -> str:
        return self.props.name

    @property
    def liveness_url(self) -> str:
        """The app's HTTP liveness check as seen from inside its pod (a probe that replaces the
        HTTP liveness, like FuseMountDaemon's mount check, calls it)."""
        return f"http://127.0.0.1:{self.props.http_port}{self.props.probes.liveness_path}"

    @property
    def host(self) -> str:
        """The Service's cluster DNS name."""
        return f"{self.props.name}.{self.namespace}.svc.cluster.local"

    @property
    def port(self) -> int:
        """The Service's http port."""
        return self.props.http_port

    @property
    def slo_service(self) -> str:
        return self.props.name

    @property
    def slo_namespace(self) -> str:
        return self.namespace

    @property
    def slo(self) -> ServiceLevelObjective:
        return self.props.slo

    @property
    def slo_ingress(self) -> IngressGateway | None:
        """The Istio ingress gateway when exposed through it (its edge SLI)."""
        exposure = self.props.exposure
        if exposure is None or exposure.via != "istio":
            return None
        return IngressGateway(exposure.gateway_namespace, tuple(sorted(exposure.gateway_selector.items())),
                              exposure.gateway_service_account)

    def connection(self, env_prefix: str) -> Connection:
        """How another bridge reaches this one: <P>_HOST, <P>_PORT, <P>_URL (+ <P>_GRPC_PORT)."""
        p = _env_prefix_valid(env_prefix)
        env = [(f"{p}_HOST", self.host), (f"{p}_PORT", str(self.port)), (f"{p}_URL", f"http://{self.host}:{self.port}")]
        endpoints = [Endpoint(self.workload, self.props.http_port, "http")]
        if self.props.grpc_port:
            env.append((f"{p}_GRPC_PORT", str(self.props.grpc_port)))
            endpoints.append(Endpoint(self.workload, self.props.grpc_port, "grpc"))
        return Connection(env=tuple(env), endpoints=tuple(endpoints))

    def connect_to(
        self,
        other: ConnectionTarget,
        *,
        env_prefix: str,
        methods: tuple[str, ...] = (),
        paths: tuple[str, ...] = (),
    ) -> None:
        """Inject `other`'s endpoints as <env_prefix>_* env vars and record the dependency
        (source, target, port, protocol, optional HTTP methods/paths) for MeshPolicy."""
        if other is self:
            raise ValueError(f"bridge {self.name} cannot connect to itself")
        connection = other.connection(env_prefix)
        existing = set(self.container.env.variables)
        for name, value in connection.env:
            if name in existing:
                raise ValueError(f"bridge {self.name}: env var {name} is already set; pick another env_prefix than {env_prefix!r}")
            self.container.env.add_variable(name, kplus.EnvValue.from_value(value))
        for name, ref in connection.secret_env:
            self._add_secret_env(name, ref)
        # methods and paths are HTTP request attributes of the http port: gRPC calls are always
        # POST /<package.Service>/<Method>, so they do not carry over to the gRPC port.
        for endpoint in connection.endpoints:
            is_http = endpoint.protocol == "http"
            self.graph.add_dependency(
                Dependency(
                    source=self.workload,
                    target=endpoint.target,
                    port=endpoint.port,
                    protocol=endpoint.protocol,
                    methods=methods if is_http else (),
                    paths=paths if is_http else (),
                )
            )

    def send_traces_to(self, sink: TraceSink) -> None:
        """Have the operator inject the `instrumentation` language's SDK into the app container,
        configured by `sink`'s Instrumentation, and declare the flows to its collector ports."""
        language = self.props.instrumentation
        if language is None:
            raise ValueError(f"bridge {self.name}: send_traces_to needs the `instrumentation` prop (the app's language)")
        if self.traces_to is not None:
            raise ValueError(f"bridge {self.name}: send_traces_to was already called")
        self.traces_to = sink
        self.deployment.pod_metadata.add_annotation(otel.inject_annotation(language), sink.instrumentation_for(language))
        self.deployment.pod_metadata.add_annotation(otel.container_names_annotation(language), self.container.name)
        for endpoint in sink.trace_endpoints:
            self.graph.add_dependency(Dependency(source=self.workload, target=endpoint.target, port=endpoint.port,
                                                 protocol=endpoint.protocol))

    # -- building blocks ---------------------------------------------------------------------

    def _meta(self, name: str | None = None, **extra_labels: str) -> cdk8s.ApiObjectMetadata:
        return cdk8s.ApiObjectMetadata(
            name=name or self.props.name, namespace=self.namespace, labels={**self.labels, **extra_labels}
        )

    def _add_secret_env(self, name: str, ref: SecretKeyRef) -> None:
        """Mount the secret read-only and point <name>_FILE at the key's file: secrets never sit in
        env vars (process listings, crash dumps), and kubelet refreshes the files on rotation."""
        if ref.namespace != self.namespace:
            raise ValueError(
                f"bridge {self.name}: secret {ref.namespace}/{ref.secret_name} is in another namespace "
                f"than the pods ({self.namespace}); pods can only read secrets of their own namespace"
            )
        directory = f"{self.props.secrets_dir}/{ref.secret_name}"
        if ref.secret_name not in self._mounted_secrets:
            secret = kplus.Secret.from_secret_name(self, f"Secret-{ref.secret_name}", ref.secret_name)
            volume = kplus.Volume.from_secret(self, f"SecretVolume-{ref.secret_name}", secret, name=f"secret-{ref.secret_name}")
            self.container.mount(directory, volume, read_only=True)
            self._mounted_secrets.add(ref.secret_name)
        self.container.env.add_variable(f"{name}_FILE", kplus.EnvValue.from_value(f"{directory}/{ref.key}"))
        self._secret_refs.append(ref)
        for key, value in secret_revision_annotations(*self._secret_refs).items():
            self.deployment.pod_metadata.add_annotation(key, value)

    def _container_props(self) -> dict[str, Any]:
        """The app container's arguments to `add_container` (keyword arguments, not a jsii struct)."""
        p = self.props

        def http_probe(path: str, period: int, failures: int) -> kplus.Probe:
            return kplus.Probe.from_http_get(
                path, port=p.http_port, period_seconds=cdk8s.Duration.seconds(period),
                failure_threshold=failures, timeout_seconds=cdk8s.Duration.seconds(2),
            )

        ports = [kplus.ContainerPort(number=p.http_port, name="http")]
        if p.grpc_port:
            ports.append(kplus.ContainerPort(number=p.grpc_port, name="grpc"))
        ports.append(kplus.ContainerPort(number=p.metrics_port, name="metrics"))
        return dict(
            name="app",
            image=p.image,
            image_pull_policy=kplus.ImagePullPolicy.ALWAYS,
            ports=ports,
            env_from=[kplus.Env.from_config_map(self.config_map)],
            resources=p.resources.container_resources(),
            security_context=container_security_props(),
            startup=http_probe(p.probes.startup_path, 2, max(p.probes.startup_timeout_seconds // 2, 1)),
            readiness=http_probe(p.probes.readiness_path, 5, 2),
            liveness=http_probe(p.probes.liveness_path, 10, 3),
            lifecycle=kplus.ContainerLifecycle(
                pre_stop=kplus.Handler.from_command(["sleep", str(p.pre_stop_delay_seconds)])
            ),
        )

    def _deployment(
        self, container_props: dict[str, Any], priority_class: PriorityClassHandle | None
    ) -> tuple[kplus.Deployment, kplus.Container]:
        p = self.props
        deployment = kplus.Deployment(
            self,
            "Deployment",
            metadata=self._meta(),
            select=False,
            replicas=None if p.autoscaling else p.replicas,
            service_account=self.service_account,
            automount_service_account_token=p.mount_service_account_token,
            termination_grace_period=cdk8s.Duration.seconds(p.termination_grace_period_seconds),
            security_context=kplus.PodSecurityContextProps(
                ensure_non_root=True, user=RESTRICTED_RUN_AS_USER, group=RESTRICTED_RUN_AS_USER,
                fs_group=RESTRICTED_RUN_AS_USER,
            ),
            strategy=kplus.DeploymentStrategy.rolling_update(
                max_surge=kplus.PercentOrAbsolute.absolute(1), max_unavailable=kplus.PercentOrAbsolute.absolute(0)
            ),
            pod_metadata=cdk8s.ApiObjectMetadata(
                labels=self.labels, annotations={"checksum/config": config_checksum(p.config)}
            ),
        )
        deployment.select(kplus.LabelSelector.of(labels=self._selector))
        container = deployment.add_container(**container_props)
        for path in p.writable_paths:
            volume = kplus.Volume.from_empty_dir(self, f"Writable{path}", _volume_name(path), size_limit=cdk8s.Size.mebibytes(64))
            container.mount(path, volume)
        api = cdk8s.ApiObject.of(deployment)
        api.add_json_patch(
            cdk8s.JsonPatch.add("/spec/template/spec/topologySpreadConstraints", self._spread()),
        )
        api.add_json_patch(
            cdk8s.JsonPatch.add("/spec/template/spec/enableServiceLinks", False),
            # cdk8s-plus labels pods with its construct address; selection uses our labels instead.
            cdk8s.JsonPatch.remove("/spec/template/metadata/labels/cdk8s.io~1metadata.addr"),
        )
        if priority_class is not None:
            api.add_json_patch(cdk8s.JsonPatch.add("/spec/template/spec/priorityClassName", priority_class.name))
        return deployment, container

    def _spread(self) -> list[dict[str, Any]]:
        """Spread evenly over zones and over hosts; DoNotSchedule so a zone loss never takes
        more than its share (maxSkew 1 still lets a rolling update's surge pod land).
        nodeTaintsPolicy Honor: a cordoned or unreachable node (tainted NoSchedule) is no domain, else
        it counts as an empty one and the pods evicted from it have nowhere to go within maxSkew
        (found by the cluster tests' drains)."""
        selector = {"matchLabels": self._selector}
        return [
            {"maxSkew": 1, "topologyKey": key, "whenUnsatisfiable": "DoNotSchedule", "labelSelector": selector,
             "nodeTaintsPolicy": "Honor"}
            for key in ("topology.kubernetes.io/zone", "kubernetes.io/hostname")
        ]

    def _service(self) -> kplus.Service:
        p = self.props
        ports = [kplus.ServicePort(name="http", port=p.http_port, target_port=p.http_port)]
        if p.grpc_port:
            ports.append(kplus.ServicePort(name="grpc", port=p.grpc_port, target_port=p.grpc_port))
        ports.append(kplus.ServicePort(name="metrics", port=p.metrics_port, target_port=p.metrics_port))
        service = kplus.Service(self, "Service", metadata=self._meta(), type=kplus.ServiceType.CLUSTER_IP, ports=ports)
        service.select(kplus.Pods.select(self, "Pods", labels=self._selector))
        return service

    def _pdb(self) -> k8s.KubePodDisruptionBudget:
        return k8s.KubePodDisruptionBudget(
            self,
            "PodDisruptionBudget",
            metadata=k8s.ObjectMeta(name=self.props.name, namespace=self.namespace, labels=self.labels),
            spec=k8s.PodDisruptionBudgetSpec(
                min_available=int_or_string(self.props.effective_pdb_min_available),
                selector=k8s.LabelSelector(match_labels=self._selector),
                unhealthy_pod_eviction_policy="AlwaysAllow",
            ),
        )

    def _hpa(self) -> kplus.HorizontalPodAutoscaler:
        p = self.props
        hpa = p.autoscaling
        assert hpa is not None
        metrics = [kplus.Metric.resource_cpu(kplus.MetricTarget.average_utilization(hpa.target_cpu_utilization))]
        replicas = {"Pods": kplus.Replicas.absolute, "Percent": kplus.Replicas.percent}
        return kplus.HorizontalPodAutoscaler(
            self,
            "Autoscaler",
            metadata=self._meta(),
            target=self.deployment,
            min_replicas=p.hpa_min_replicas,
            max_replicas=hpa.max_replicas,
            metrics=metrics,
            scale_up=kplus.ScalingRules(
                stabilization_window=cdk8s.Duration.seconds(hpa.scale_up_stabilization_seconds),
                strategy=kplus.ScalingStrategy.MAX_CHANGE,
                policies=[
                    kplus.ScalingPolicy(replicas=replicas[t](v), duration=cdk8s.Duration.seconds(s))
                    for t, v, s in SCALE_UP_POLICIES
                ],
            ),
            scale_down=kplus.ScalingRules(
                stabilization_window=cdk8s.Duration.seconds(hpa.scale_down_stabilization_seconds),
                strategy=kplus.ScalingStrategy.MIN_CHANGE,
                policies=[
                    kplus.ScalingPolicy(replicas=replicas[t](v), duration=cdk8s.Duration.seconds(s))
                    for t, v, s in SCALE_DOWN_POLICIES
                ],
            ),
        )

    def _service_monitor(self) -> cdk8s.ApiObject:
        from .imports.monitoring.com.coreos.monitoring import (
            ServiceMonitor,
            ServiceMonitorSpec,
            ServiceMonitorSpecEndpoints,
            ServiceMonitorSpecSelector,
        )

        return cast(cdk8s.ApiObject, ServiceMonitor(
            self,
            "ServiceMonitor",
            metadata=self._meta(**MONITORING_LABEL),
            spec=ServiceMonitorSpec(
                selector=ServiceMonitorSpecSelector(match_labels=self._selector),
                endpoints=[ServiceMonitorSpecEndpoints(port="metrics", path="/metrics", interval="15s")],
            ),
        ))

    def _expose(self, issuer: IssuerHandle) -> constructs.Construct:
        exposure = self.props.exposure
        assert exposure is not None
        tls_secret = f"{self.props.name}-tls"
        if exposure.via == "ingress":
            return self._ingress(exposure, issuer, tls_secret)
        return self._istio_gateway(exposure, issuer, tls_secret)

    def _ingress(self, exposure: Exposure, issuer: IssuerHandle, tls_secret: str) -> kplus.Ingress:
        annotation = "cert-manager.io/cluster-issuer" if issuer.issuer_kind == "ClusterIssuer" else "cert-manager.io/issuer"
        meta = self._meta()
        ingress = kplus.Ingress(
            self,
            "Ingress",
            metadata=cdk8s.ApiObjectMetadata(
                name=meta.name, namespace=meta.namespace, labels=meta.labels,
                annotations={annotation: issuer.issuer_name, "nginx.ingress.kubernetes.io/ssl-redirect": "true"},
            ),
            class_name="nginx",
            tls=[kplus.IngressTls(hosts=[exposure.host], secret=kplus.Secret.from_secret_name(self, "TlsSecret", tls_secret))],
        )
        ingress.add_host_rule(
            exposure.host, "/", kplus.IngressBackend.from_service(self.service, port=self.props.http_port), kplus.HttpIngressPathType.PREFIX
        )
        return ingress

    def _istio_gateway(self, exposure: Exposure, issuer: IssuerHandle, tls_secret: str) -> constructs.Construct:
        from .imports.istio.io.istio.networking import (
            Gateway,
            GatewaySpec,
            GatewaySpecServers,
            GatewaySpecServersPort,
            GatewaySpecServersTls,
            GatewaySpecServersTlsMode,
            VirtualService,
            VirtualServiceSpec,
            VirtualServiceSpecHttp,
            VirtualServiceSpecHttpRoute,
            VirtualServiceSpecHttpRouteDestination,
            VirtualServiceSpecHttpRouteDestinationPort,
        )

        name = self.props.name
        gateway = Workload(
            name=exposure.gateway_service_account,
            namespace=exposure.gateway_namespace,
            service_account=exposure.gateway_service_account,
            pod_labels=tuple(sorted(exposure.gateway_selector.items())),
        )
        self.graph.add_dependency(Dependency(source=gateway, target=self.workload, port=self.props.http_port, protocol="http"))
        gw_meta = cdk8s.ApiObjectMetadata(name=name, namespace=exposure.gateway_namespace, labels=self.labels)
        scope = constructs.Construct(self, "Exposure")
        # The Secret must live where the gateway's pods read it (Gateway credentialName).
        self.certificate = leaf_certificate(
            scope, "Certificate", name=tls_secret, namespace=exposure.gateway_namespace, labels=self.labels,
            dns_names=[exposure.host], issuer=issuer, duration="2160h", renew_before="720h", pkcs8=False,
        )
        self.gateway = Gateway(
            scope,
            "Gateway",
            metadata=gw_meta,
            spec=GatewaySpec(
                selector=exposure.gateway_selector,
                servers=[
                    GatewaySpecServers(
                        hosts=[exposure.host],
                        port=GatewaySpecServersPort(number=443, name="https", protocol="HTTPS"),
                        tls=GatewaySpecServersTls(mode=GatewaySpecServersTlsMode.SIMPLE, credential_name=tls_secret),
                    )
                ],
            ),
        )
        self.virtual_service = VirtualService(
            scope,
            "VirtualService",
            metadata=self._meta(),
            spec=VirtualServiceSpec(
                hosts=[exposure.host],
                gateways=[f"{exposure.gateway_namespace}/{name}"],
                http=[
                    VirtualServiceSpecHttp(
                        route=[
                            VirtualServiceSpecHttpRoute(
                                destination=VirtualServiceSpecHttpRouteDestination(
                                    host=self.host, port=VirtualServiceSpecHttpRouteDestinationPort(number=self.props.http_port)
                                )
                            )
                        ]
                    )
                ],
            ),
        )
        return scope


@jsii.implements(constructs.IValidation)
class _TracingWired:
    """An `instrumentation` prop that no sink was given would be silently dropped."""

    def __init__(self, bridge: BridgeService) -> None:
        self._bridge = bridge

    @once_per_synth
    def validate(self) -> list[str]:
        if self._bridge.traces_to is None:
            return [(f"bridge {self._bridge.name}: instrumentation={self._bridge.props.instrumentation!r} is set but "
                     f"send_traces_to(<ObservabilityStack>) was never called, so no SDK is injected")]
        return []


def _volume_name(path: str) -> str:
    return "writable-" + (re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "root")
