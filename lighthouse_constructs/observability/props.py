"""Props of ObservabilityStack: frozen pydantic models, every optional field documented with its default.

Only data lives here (no cdk8s imports), so EnvironmentConfig can reuse the component settings.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import Field, model_validator

from ..conventions import check_pinned
from ..props import Props
from ..quantity import Resources, quantity_value
from ..secrets import SecretKeyRef

DURATION = r"^[0-9]+(ms|s|m|h|d|w|y)$"
QUANTITY = r"^[0-9]+(\.[0-9]+)?(m|k|Ki|Mi|Gi|Ti|M|G|T)?$"
BUCKET = r"^[a-z0-9][a-z0-9.\-]{1,61}[a-z0-9]$"
S3_ENDPOINT = r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:[0-9]{1,5})?$"
DNS_LABEL = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
INSTANCE_MAX_LENGTH = 39
"""The operator names the StatefulSets `alertmanager-<instance>` and `prometheus-<instance>`, and
their pods' controller-revision-hash label (`<statefulset>-<10-char hash>`) must stay a 63-character
label value: 63 - len("alertmanager-") - 11 = 39."""
LABEL_KEY = r"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"
LABEL_VALUE = r"^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$"


def _resources(cpu: str, memory: str, cpu_limit: str, memory_limit: str) -> Resources:
    return Resources(cpu_request=cpu, memory_request=memory, cpu_limit=cpu_limit, memory_limit=memory_limit)


class Images(Props):
    """Container images, pinned by digest (repo:tag@sha256:<64 hex>). A tag alone is an error."""

    prometheus: str = "quay.io/prometheus/prometheus:v3.5.0@sha256:63805ebb8d2b3920190daf1cb14a60871b16fd38bed42b857a3182bc621f4996"
    """Default: Prometheus v3.5.0 (LTS)."""
    alertmanager: str = "quay.io/prometheus/alertmanager:v0.28.1@sha256:27c475db5fb156cab31d5c18a4251ac7ed567746a2483ff264516437a39b15ba"
    """Default: Alertmanager v0.28.1."""
    grafana: str = "docker.io/grafana/grafana:12.1.1@sha256:a1701c2180249361737a99a01bc770db39381640e4d631825d38ff4535efa47d"
    """Default: Grafana 12.1.1."""
    loki: str = "docker.io/grafana/loki:3.5.3@sha256:3165cecce301ce5b9b6e3530284b080934a05cd5cafac3d3d82edcb887b45ecd"
    """Default: Loki 3.5.3."""
    tempo: str = "docker.io/grafana/tempo:2.8.2@sha256:0ef775495967cd5d7a6b2e146b6ea695d624803c8db8349fb8ce4164f719f9b7"
    """Default: Tempo 2.8.2."""
    collector: str = "docker.io/otel/opentelemetry-collector-contrib:0.137.0@sha256:886722fe0f37af9d1fe24d29529253ec59fbf263b3b1df4facaf221373e19d23"
    """Default: OpenTelemetry Collector contrib 0.137.0 (has the filelog receiver)."""
    kube_state_metrics: str = "registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.15.0@sha256:db384bf43222b066c378e77027a675d4cd9911107adba46c2922b3a55e10d6fb"
    """Default: kube-state-metrics v2.15.0."""
    python_autoinstrumentation: str = "ghcr.io/open-telemetry/opentelemetry-operator/autoinstrumentation-python:0.53b1@sha256:1fe31f53171ffaa5eb8267ba4ba481197bb186821caec2d711a4697bf05550b0"
    """Default: OpenTelemetry Python auto-instrumentation 0.53b1."""
    java_autoinstrumentation: str | None = None
    """The operator's Java agent image; a bridge may ask for `instrumentation: java` only when set.
    Default: none (Java not configured)."""
    nodejs_autoinstrumentation: str | None = None
    """The operator's Node.js auto-instrumentation image. Default: none (Node.js not configured)."""
    dotnet_autoinstrumentation: str | None = None
    """The operator's .NET auto-instrumentation image. Default: none (.NET not configured)."""

    @model_validator(mode="after")
    def _pinned_by_digest(self) -> "Images":
        for name, image in self.model_dump().items():
            if image is not None:
                check_pinned(image, f"images.{name}")
        return self

    def version(self, name: str) -> str:
        """The tag of image `name` (the operators want the version next to the image)."""
        image: str | None = getattr(self, name)
        if image is None:
            raise ValueError(f"images.{name} is not set, so it has no version")
        return image.split("@", 1)[0].rsplit(":", 1)[1]


class PrometheusSettings(Props):
    """The Prometheus server (a Prometheus Operator `Prometheus`)."""

    replicas: int = Field(default=2, ge=1, le=10)
    """Identical replicas scraping the same targets (HA pair). Default: 2."""
    retention: str = Field(default="15d", pattern=DURATION)
    """How long samples are kept. Default: 15d."""
    storage: str = Field(default="50Gi", pattern=QUANTITY)
    """Size of each replica's PersistentVolumeClaim. Default: 50Gi."""
    storage_class: str | None = None
    """StorageClass of the claims. Default: the cluster default."""
    scrape_interval: str = Field(default="30s", pattern=DURATION)
    """Default scrape and rule evaluation interval. Default: 30s."""
    resources: Resources = _resources("500m", "2Gi", "2", "4Gi")
    """Default: requests 500m/2Gi, limits 2/4Gi."""
    scrape_kubelets: bool = True
    """Scrape every node's kubelet (https :10250/metrics, only kubelet_volume_stats_*), which the
    volume-filling alerts read. MeshPolicy then needs the nodes' addresses (`kubelet_cidrs`). Default: true."""
    kubelet_insecure_skip_verify: bool = False
    """Accept kubelet serving certificates the cluster CA did not sign (kubelets without
    serverTLSBootstrap). Default: false (verified against the cluster CA)."""
    cluster_wide: bool = False
    """Select ServiceMonitors, PodMonitors and PrometheusRules in every namespace of the cluster,
    including other teams'. Default: false (only the namespaces the stack governs: its own, the log
    agent's, its SLO sources' and `monitored_namespaces`)."""

    @property
    def retention_size(self) -> str:
        """Size-based retention at 85% of the volume, so the TSDB never fills its disk."""
        return f"{int(quantity_value(self.storage) * 0.85 / 2**20)}MiB"


class SlackNotifier(Props):
    """Post to a Slack incoming webhook. The webhook URL is a credential: it is read from a file."""

    type: Literal["slack"] = "slack"
    """The notifier kind (the discriminator in config). Default: slack."""
    api_url: SecretKeyRef
    """The key holding the incoming-webhook URL (mounted, rendered as `api_url_file`)."""
    channel: str = Field(pattern=r"^[#@][\w.\-]+$")
    """The channel, e.g. #lighthouse-alerts."""

    @property
    def host(self) -> str:
        """Where Alertmanager connects (the egress MeshPolicy opens)."""
        return "hooks.slack.com"


class PagerDutyNotifier(Props):
    """Page through PagerDuty Events API v2."""

    type: Literal["pagerduty"] = "pagerduty"
    """The notifier kind (the discriminator in config). Default: pagerduty."""
    routing_key: SecretKeyRef
    """The key holding the integration routing key (rendered as `routing_key_file`)."""

    @property
    def host(self) -> str:
        return "events.pagerduty.com"


class WebhookNotifier(Props):
    """POST alerts to an HTTPS endpoint, authenticated with a bearer token read from a file.

    The URL itself is not treated as a secret: put the credential in `bearer_token`. (`url_file`
    needs Alertmanager >= 0.26, which Debian 12's amtool used in CI cannot check.)"""

    type: Literal["webhook"] = "webhook"
    """The notifier kind (the discriminator in config). Default: webhook."""
    url: str = Field(pattern=r"^https://[^\s]+$")
    """The endpoint (https only)."""
    bearer_token: SecretKeyRef | None = None
    """The key holding the bearer token. Default: no Authorization header."""

    @property
    def host(self) -> str:
        return self.url.split("://", 1)[1].split("/", 1)[0].split(":", 1)[0]


Notifier = Annotated[Union[SlackNotifier, PagerDutyNotifier, WebhookNotifier], Field(discriminator="type")]


class AlertRouting(Props):
    """Where alerts go, by severity. Alerts of severity `info`/`none` are never sent."""

    critical: tuple[Notifier, ...] = ()
    """Notifiers for severity=critical (pages). Default: none (alerts are only visible in Alertmanager)."""
    warning: tuple[Notifier, ...] = ()
    """Notifiers for severity=warning (tickets). Default: none."""
    watchdog: Notifier | None = None
    """A dead man's switch that receives the always-firing Watchdog alert. Default: none."""

    @property
    def notifiers(self) -> tuple[Notifier, ...]:
        return self.critical + self.warning + ((self.watchdog,) if self.watchdog else ())

    @property
    def secret_refs(self) -> tuple[SecretKeyRef, ...]:
        refs: list[SecretKeyRef] = []
        for notifier in self.notifiers:
            for field in ("api_url", "routing_key", "bearer_token"):
                ref = getattr(notifier, field, None)
                if ref is not None:
                    refs.append(ref)
        return tuple(refs)


class AlertmanagerSettings(Props):
    """The Alertmanager cluster (a Prometheus Operator `Alertmanager`)."""

    replicas: int = Field(default=3, ge=1, le=7)
    """Gossiping replicas; Prometheus sends every alert to all of them. Default: 3."""
    routing: AlertRouting = AlertRouting()
    """Notifiers per severity. Default: none."""
    resources: Resources = _resources("50m", "64Mi", "500m", "256Mi")
    """Default: requests 50m/64Mi, limits 500m/256Mi."""


class GrafanaSettings(Props):
    """Grafana with provisioned datasources and dashboards: stateless, so replicas need no shared database."""

    replicas: int = Field(default=2, ge=1, le=10)
    """Identical replicas behind one Service (PDB and host/zone spread when > 1). A login session
    lives in the replica that issued it; the Service's ClientIP affinity keeps a browser there, and
    losing that replica means logging in again (see grafana.py). Default: 2."""
    resources: Resources = _resources("100m", "256Mi", "1", "512Mi")
    """Default: requests 100m/256Mi, limits 1/512Mi."""
    fuse_dashboard: bool = False
    """Provision the FUSE mount daemon dashboard (FuseMountDaemon's metrics). Default: false."""
    folder: str | None = Field(default=None, min_length=1, max_length=100)
    """The Grafana folder of the dashboards, also the first part of each title (`<folder> / Autoscaling`).
    Default: the instance with its first letter upper-cased (`team-a` -> `Team-a`)."""


class ExistingPrometheus(Props):
    """A Prometheus that runs elsewhere (kube-prometheus-stack, a platform team's): metrics-only mode
    attaches monitors and rules to it through the label its selectors match."""

    selector_label_key: str = Field(pattern=LABEL_KEY, max_length=317)
    """The label key its serviceMonitorSelector, podMonitorSelector and ruleSelector match, e.g. `release`."""
    selector_label_value: str = Field(pattern=LABEL_VALUE, max_length=63)
    """The value of that label, e.g. `kube-prometheus-stack`."""

    @property
    def label(self) -> dict[str, str]:
        return {self.selector_label_key: self.selector_label_value}


class ObjectStorage(Props):
    """An S3-compatible bucket holding a store's data (Loki chunks and index, Tempo blocks).
    The credentials are a file in a Secret, mounted read-only (never env vars or the ConfigMap)."""

    bucket: str = Field(pattern=BUCKET)
    """The bucket name."""
    endpoint: str = Field(pattern=S3_ENDPOINT)
    """host[:port] of the S3 API, e.g. s3.eu-west-1.amazonaws.com (TLS unless `insecure`)."""
    region: str | None = None
    """The bucket's region. Default: none (the endpoint's default)."""
    insecure: bool = False
    """Plain HTTP to the endpoint (an in-cluster MinIO without TLS). Default: false."""
    credentials: SecretKeyRef
    """The key holding an AWS shared credentials file (INI, profile `default`, `aws_access_key_id`
    and `aws_secret_access_key`), e.g. rendered by `platform.secrets.aws_credentials_file`."""

    @property
    def host(self) -> str:
        """Where the pods connect (the egress MeshPolicy opens)."""
        return self.endpoint.split(":", 1)[0]

    @property
    def port(self) -> int:
        return int(self.endpoint.split(":", 1)[1]) if ":" in self.endpoint else (80 if self.insecure else 443)


class _ClusteredStore(Props):
    """Replicas and object storage of Loki or Tempo (shared checks)."""

    replicas: int = Field(default=1, ge=1, le=20)
    """Pods of the single binary (every target), joined by memberlist. More than one needs
    `object_storage`; from 3 on every write is replicated 3 times (with 2, each stream or trace
    lives on one ingester's WAL until flushed, which its PVC keeps across restarts). Default: 1."""
    object_storage: ObjectStorage | None = None
    """Where data is kept. Default: none (the pod's own volume; one replica only)."""

    @model_validator(mode="after")
    def _replicas_need_object_storage(self) -> _ClusteredStore:
        if self.replicas > 1 and self.object_storage is None:
            raise ValueError(
                f"replicas={self.replicas} needs object_storage: replicas on their own volumes would each hold "
                f"a different part of the data; allowed without object_storage: replicas=1"
            )
        return self

    @property
    def replication_factor(self) -> int:
        return 3 if self.replicas >= 3 else 1


class LokiSettings(_ClusteredStore):
    """Loki, single binary: one pod on its volume, or replicas on object storage."""

    retention: str = Field(default="744h", pattern=DURATION)
    """How long log lines are kept. Default: 744h (31 days)."""
    storage: str = Field(default="50Gi", pattern=QUANTITY)
    """Size of the PersistentVolumeClaim. Default: 50Gi."""
    storage_class: str | None = None
    """Default: the cluster default StorageClass."""
    resources: Resources = _resources("250m", "512Mi", "2", "2Gi")
    """Default: requests 250m/512Mi, limits 2/2Gi."""


class TempoSettings(_ClusteredStore):
    """Tempo, single binary: one pod on its volume, or replicas on object storage (the trace store)."""

    retention: str = Field(default="336h", pattern=DURATION)
    """How long traces are kept. Default: 336h (14 days)."""
    storage: str = Field(default="20Gi", pattern=QUANTITY)
    """Size of the PersistentVolumeClaim. Default: 20Gi."""
    storage_class: str | None = None
    """Default: the cluster default StorageClass."""
    resources: Resources = _resources("250m", "512Mi", "2", "2Gi")
    """Default: requests 250m/512Mi, limits 2/2Gi."""


class TracingSettings(Props):
    """The OTLP gateway and the Python auto-instrumentation."""

    gateway_replicas: int = Field(default=2, ge=1, le=20)
    """Replicas of the OTLP gateway collector. Default: 2."""
    sampling_ratio: float = Field(default=0.1, gt=0, le=1)
    """Share of root traces sampled (parent-based). Default: 0.1."""
    gateway_resources: Resources = _resources("200m", "256Mi", "1", "512Mi")
    """Default: requests 200m/256Mi, limits 1/512Mi."""
    agent_resources: Resources = _resources("100m", "128Mi", "500m", "256Mi")
    """The per-node log agent. Default: requests 100m/128Mi, limits 500m/256Mi."""


class KubeStateMetricsSettings(Props):
    """kube-state-metrics."""

    replicas: int = Field(default=2, ge=1, le=5)
    """Identical replicas (PDB and spread when > 1); the alerts compare series of one replica at a
    time, so a second replica's copies never double a result. Default: 2."""


OWN_PARTS = ("prometheus", "alertmanager", "kube_state_metrics", "grafana", "loki", "tempo", "tracing")
"""The props of the parts metrics-only mode does not run."""


class ObservabilityStackProps(Props):
    """Props of ObservabilityStack.

    Always: Prometheus, Alertmanager, kube-state-metrics, the platform alerts and the SLO rules.
    Opt-in: `grafana` (dashboards), `loki` (logs: Loki and the node log agent), `tempo` (traces:
    Tempo and the Instrumentation); the OTLP gateway runs when logs or traces do. With
    `existing_prometheus` (metrics-only mode) the stack runs nothing and only emits the SLO rules and
    the ingress-gateway PodMonitors, labelled for that Prometheus."""

    instance: str | None = Field(default=None, pattern=DNS_LABEL, max_length=INSTANCE_MAX_LENGTH)
    """Names the stack in the cluster: the Prometheus and Alertmanager (`<instance>`), their
    ClusterRoles and bindings (`<instance>-prometheus`, `<instance>-kube-state-metrics`), the
    operator-read Secrets (`alertmanager-<instance>-config`, `prometheus-<instance>-scrape-configs`),
    the platform rules, the dashboards' uids and tags, and every `app.kubernetes.io/instance` label.
    A DNS label of at most 39 characters (see INSTANCE_MAX_LENGTH). Default: the name of the stack's
    namespace, which is unique in the cluster, so two stacks in two namespaces never clash."""
    production: bool = True
    """Refuse setups that lose alerts silently: without `alertmanager.routing.critical` every alert
    would go to the `null` receiver. Default: true; set false in dev."""
    existing_prometheus: ExistingPrometheus | None = None
    """Metrics-only mode: run no Prometheus, Alertmanager, kube-state-metrics, Grafana, Loki, Tempo or
    collector; emit the SLO rules and ingress PodMonitors with this Prometheus's selector label (it
    must also select the stack's namespace). Default: none (the stack runs its own Prometheus)."""
    prometheus: PrometheusSettings = PrometheusSettings()
    """Default: 2 replicas, 15d / 50Gi, only the governed namespaces."""
    alertmanager: AlertmanagerSettings = AlertmanagerSettings()
    """Default: 3 replicas, no notifiers (an error when `production`)."""
    grafana: GrafanaSettings | None = None
    """Grafana with datasources and dashboards (the FUSE one with `fuse_dashboard`). Default: none (no Grafana)."""
    loki: LokiSettings | None = None
    """Logs: Loki, the node log agent (in `log_agent_namespace`, which must enforce privileged) and the
    OTLP gateway it ships through. Default: none (no logs, no log agent)."""
    tempo: TempoSettings | None = None
    """Traces: Tempo, the OTLP gateway and the Instrumentation. Default: none (no traces)."""
    tracing: TracingSettings = TracingSettings()
    """The OTLP gateway and the log agent, when logs or traces are on. Default: 2 gateway replicas,
    10% parent-based sampling."""
    kube_state_metrics: KubeStateMetricsSettings = KubeStateMetricsSettings()
    """Default: 2 replicas."""
    images: Images = Images()
    """Default: the digest-pinned images above."""
    runbook_base_url: str | None = Field(default=None, pattern=r"^https://[^\s#?]+[^/]$")
    """Every alert's runbook_url is `<base>/<alertname>`. Default: none (alerts carry no runbook_url;
    set it to where your runbooks live)."""

    @model_validator(mode="after")
    def _metrics_only_runs_nothing(self) -> "ObservabilityStackProps":
        if self.existing_prometheus is None:
            return self
        given = [name for name in OWN_PARTS if name in self.model_fields_set and getattr(self, name) is not None]
        if given:
            raise ValueError(
                f"existing_prometheus is set (metrics-only mode), which runs no Prometheus, Alertmanager, "
                f"kube-state-metrics, Grafana, Loki, Tempo or collector, but {', '.join(given)} "
                f"{'is' if len(given) == 1 else 'are'} given; remove {', '.join(given)} or existing_prometheus"
            )
        return self

    @model_validator(mode="after")
    def _production_routes_alerts(self) -> "ObservabilityStackProps":
        if self.production and self.existing_prometheus is None and not self.alertmanager.routing.critical:
            raise ValueError(
                "alertmanager.routing.critical is empty with production=True: every alert would go to the 'null' "
                "receiver and nobody would be paged; set alertmanager.routing.critical (and warning) to Slack, "
                "PagerDuty or webhook notifiers, or production=False (dev only)"
            )
        return self
