"""ObservabilityStack and its props. Submodules load the CRD bindings only when a construct is built."""

from ..quantity import Resources
from .props import (
    AlertmanagerSettings,
    AlertRouting,
    ExistingPrometheus,
    GrafanaSettings,
    Images,
    LokiSettings,
    ObservabilityStackProps,
    PagerDutyNotifier,
    PrometheusSettings,
    SlackNotifier,
    TempoSettings,
    TracingSettings,
    WebhookNotifier,
)
from .stack import ObservabilityStack

__all__ = [
    "AlertRouting",
    "AlertmanagerSettings",
    "ExistingPrometheus",
    "GrafanaSettings",
    "Images",
    "LokiSettings",
    "ObservabilityStack",
    "ObservabilityStackProps",
    "PagerDutyNotifier",
    "PrometheusSettings",
    "Resources",
    "SlackNotifier",
    "TempoSettings",
    "TracingSettings",
    "WebhookNotifier",
]
