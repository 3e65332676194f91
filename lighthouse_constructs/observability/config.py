"""The `observability:` section of config/<env>.yaml: data only, turned into ObservabilityStackProps
by the chart. Secrets are named here (an existing Secret and its keys), never their values."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ..handles import SecretHandle
from ..props import Props
from ..secrets import AWS_CREDENTIALS_FILE_KEY
from .props import (
    BUCKET,
    S3_ENDPOINT,
    AlertmanagerSettings,
    AlertRouting,
    GrafanaSettings,
    KubeStateMetricsSettings,
    LokiSettings,
    Notifier,
    ObjectStorage,
    ObservabilityStackProps,
    PagerDutyNotifier,
    PrometheusSettings,
    SlackNotifier,
    TempoSettings,
    TracingSettings,
    WebhookNotifier,
)


class NotifierConfig(Props):
    """One notifier. `key` names the key of the receivers Secret that holds its credential."""

    type: Literal["slack", "pagerduty", "webhook"]
    """Where the notification goes: slack, pagerduty or webhook. Required."""
    key: str | None = None
    """slack: the webhook-URL key; pagerduty: the routing-key key; webhook: the bearer-token key (optional).
    Default: none (required for slack and pagerduty)."""
    channel: str | None = None
    """slack only: the channel. Default: none (required for slack)."""
    url: str | None = None
    """webhook only: the https endpoint. Default: none (required for webhook)."""

    @model_validator(mode="after")
    def _fields_of_type(self) -> "NotifierConfig":
        required = {"slack": ("key", "channel"), "pagerduty": ("key",), "webhook": ("url",)}[self.type]
        allowed = required + (("key",) if self.type == "webhook" else ())
        for field in ("key", "channel", "url"):
            value = getattr(self, field)
            if field in required and value is None:
                raise ValueError(f"a {self.type} notifier needs {field!r}")
            if field not in allowed and value is not None:
                raise ValueError(f"a {self.type} notifier takes no {field!r} (got {value!r}); allowed: {', '.join(allowed)}")
        return self

    def notifier(self, secret: SecretHandle) -> Notifier:
        # The validator above guarantees the fields each type needs.
        if self.type == "slack":
            assert self.key is not None and self.channel is not None
            return SlackNotifier(api_url=secret.key(self.key), channel=self.channel)
        if self.type == "pagerduty":
            assert self.key is not None
            return PagerDutyNotifier(routing_key=secret.key(self.key))
        assert self.url is not None
        return WebhookNotifier(url=self.url, bearer_token=secret.key(self.key) if self.key else None)


class AlertingConfig(Props):
    """Alertmanager replicas and notifiers per severity."""

    replicas: int = Field(default=3, ge=1, le=7)
    """Default: 3."""
    critical: tuple[NotifierConfig, ...] = ()
    """Default: none."""
    warning: tuple[NotifierConfig, ...] = ()
    """Default: none."""
    watchdog: NotifierConfig | None = None
    """Default: none."""

    def settings(self, secret: SecretHandle) -> AlertmanagerSettings:
        """Notifier credentials come from `secret` (the platform's alert-receivers handle); a
        notifier key the secret does not declare is an error naming the declared keys."""
        return AlertmanagerSettings(replicas=self.replicas, routing=AlertRouting(
            critical=tuple(n.notifier(secret) for n in self.critical),
            warning=tuple(n.notifier(secret) for n in self.warning),
            watchdog=self.watchdog.notifier(secret) if self.watchdog else None,
        ))


class ObjectStorageConfig(Props):
    """A bucket for Loki or Tempo; the credentials are the platform's observability object-store secret."""

    bucket: str = Field(pattern=BUCKET)
    """The bucket name."""
    endpoint: str = Field(pattern=S3_ENDPOINT)
    """host[:port] of the S3 API."""
    region: str | None = None
    """Default: none."""
    insecure: bool = False
    """Plain HTTP. Default: false."""

    def settings(self, secret: SecretHandle) -> ObjectStorage:
        return ObjectStorage(bucket=self.bucket, endpoint=self.endpoint, region=self.region, insecure=self.insecure,
                             credentials=secret.key(AWS_CREDENTIALS_FILE_KEY))


class LokiConfig(LokiSettings):
    """LokiSettings with the bucket named here and its credentials from the platform."""

    object_storage: ObjectStorageConfig | None = None  # type: ignore[assignment]
    """Default: none (one replica on its volume)."""

    def settings(self, secret: SecretHandle) -> LokiSettings:
        storage = self.object_storage.settings(secret) if self.object_storage else None
        return LokiSettings.model_validate({**self.model_dump(exclude={"object_storage"}), "object_storage": storage})


class TempoConfig(TempoSettings):
    """TempoSettings with the bucket named here and its credentials from the platform."""

    object_storage: ObjectStorageConfig | None = None  # type: ignore[assignment]
    """Default: none (one replica on its volume)."""

    def settings(self, secret: SecretHandle) -> TempoSettings:
        storage = self.object_storage.settings(secret) if self.object_storage else None
        return TempoSettings.model_validate({**self.model_dump(exclude={"object_storage"}), "object_storage": storage})


class ObservabilityConfig(Props):
    """Per-environment values of ObservabilityStack, with every part on (Grafana, logs, traces).
    Defaults are the production values."""

    instance: str | None = ObservabilityStackProps.model_fields["instance"].default
    """ObservabilityStackProps.instance. Default: the observability namespace's name."""
    prometheus: PrometheusSettings = PrometheusSettings()
    """Default: 2 replicas, 15d, 50Gi."""
    alerting: AlertingConfig = AlertingConfig()
    """Default: 3 Alertmanager replicas, no notifiers (an error outside dev)."""
    grafana: GrafanaSettings = GrafanaSettings()
    """Default: 2 replicas; the FUSE dashboard when the environment has a FUSE tier."""
    loki: LokiConfig = LokiConfig()
    """Default: 1 replica on its volume."""
    tempo: TempoConfig = TempoConfig()
    """Default: 1 replica on its volume."""
    kube_state_metrics: KubeStateMetricsSettings = KubeStateMetricsSettings()
    """Default: 2 replicas."""
    tracing: TracingSettings = TracingSettings()
    """The trace pipeline (collector gateway and Tempo). Default: TracingSettings' defaults."""
    runbook_base_url: str | None = ObservabilityStackProps.model_fields["runbook_base_url"].default
    """Default: ObservabilityStackProps' default (none: alerts carry no runbook_url)."""

    def props(self, receivers: SecretHandle, object_store: SecretHandle, *, production: bool,
              fuse_tier: bool) -> ObservabilityStackProps:
        """`receivers` holds the notifier credentials, `object_store` the S3 keys of Loki's and Tempo's
        buckets; `production` refuses alerts routed nowhere; `fuse_tier` adds the FUSE dashboard unless
        the file sets grafana.fuse_dashboard."""
        grafana = (self.grafana if "fuse_dashboard" in self.grafana.model_fields_set
                   else self.grafana.model_copy(update={"fuse_dashboard": fuse_tier}))
        return ObservabilityStackProps(
            instance=self.instance, production=production,
            prometheus=self.prometheus, alertmanager=self.alerting.settings(receivers), grafana=grafana,
            loki=self.loki.settings(object_store), tempo=self.tempo.settings(object_store),
            kube_state_metrics=self.kube_state_metrics, tracing=self.tracing, runbook_base_url=self.runbook_base_url,
        )
