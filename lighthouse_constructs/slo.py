"""Service level objectives that workloads declare and ObservabilityStack turns into alerts.

A bridge declares its objective as data (ServiceLevelObjective); the observability stack reads
every SloSource in the chart and renders recording rules and multi-window burn-rate alerts. The
metric names below are the contract between the bridge images and the rules.
"""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field

REQUEST_COUNT_METRIC = "http_requests_total"
"""Counter of handled requests, labelled `code` (HTTP status), scraped from every bridge."""
REQUEST_DURATION_METRIC = "http_request_duration_seconds"
"""Histogram of request latency (`_bucket{le}`, `_sum`, `_count`), scraped from every bridge."""


class ServiceLevelObjective(BaseModel):
    """What a service promises: a latency quantile under a threshold, and an availability ratio."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    latency_threshold_ms: int = Field(default=100, gt=0)
    """Requests at `latency_quantile` must finish within this many milliseconds. Default: 100."""
    latency_quantile: float = Field(default=0.99, gt=0, lt=1)
    """Which quantile the latency threshold applies to. Default: 0.99 (p99)."""
    availability_target: float = Field(default=0.999, gt=0, lt=1)
    """Share of requests that must not fail with a 5xx over 30 days. Default: 0.999."""


class SloSource(Protocol):
    """A workload that declares an SLO: its Prometheus `service` label and namespace."""

    @property
    def slo_service(self) -> str: ...

    @property
    def slo_namespace(self) -> str: ...

    @property
    def slo(self) -> ServiceLevelObjective: ...
