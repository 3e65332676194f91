"""Service level objectives that workloads declare and ObservabilityStack turns into alerts.

A bridge declares its objective as data (ServiceLevelObjective); the observability stack reads
every SloSource in the chart and renders recording rules and multi-window burn-rate alerts. The
metric names below are the contract between the bridge images and the rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import Field

from .props import Props

REQUEST_COUNT_METRIC = "http_requests_total"
"""Counter of handled requests, labelled `code` (HTTP status), scraped from every bridge."""
REQUEST_DURATION_METRIC = "http_request_duration_seconds"
"""Histogram of request latency (`_bucket{le}`, `_sum`, `_count`), scraped from every bridge."""
INGRESS_REQUEST_METRIC = "istio_requests_total"
"""Istio's request counter (`response_code`, `reporter`, `source_workload_namespace`,
`destination_service_{name,namespace}`), scraped from the ingress gateway: the edge SLI sees the
replies Envoy generates itself (503 no healthy upstream / circuit open, 429 rate limited, 403
denied by policy), which never reach the app's own counter."""
INGRESS_ERROR_CODES = "5..|429|403"
"""Response codes the edge SLI counts as failed. An app's own 403 counts too: behind the gateway,
answer a missing credential with 401."""


class ServiceLevelObjective(Props):
    """What a service promises: a latency quantile under a threshold, and an availability ratio."""


    latency_threshold_ms: int = Field(default=100, gt=0)
    """Requests at `latency_quantile` must finish within this many milliseconds. Default: 100."""
    latency_quantile: float = Field(default=0.99, gt=0, lt=1)
    """Which quantile the latency threshold applies to. Default: 0.99 (p99)."""
    availability_target: float = Field(default=0.999, gt=0, lt=1)
    """Share of requests that must not fail with a 5xx over 30 days. Default: 0.999."""
    no_traffic_for: str | None = Field(default="10m", pattern=r"^[0-9]+(s|m|h)$")
    """Page when the service gets no request at all for this long: a ratio SLI is 0/0 then and
    no burn-rate alert can fire. None turns it off (for services idle by design). Default: 10m."""


@dataclass(frozen=True)
class IngressGateway:
    """The Istio ingress gateway pods in front of a service: where its edge SLI is measured."""

    namespace: str
    pod_labels: tuple[tuple[str, str], ...]
    service_account: str
    """The gateway pods' ServiceAccount: with the namespace and labels, its identity in the dependency graph."""


ENVOY_METRICS_PORT = ("http-envoy-prom", 15090, "/stats/prometheus")
"""The Envoy stats port of an Istio gateway pod (container port name, number, path), as the
gateway injection template declares it (istio/istio
manifests/charts/istio-control/istio-discovery/files/gateway-injection-template.yaml)."""


