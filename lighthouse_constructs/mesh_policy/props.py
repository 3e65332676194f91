"""Props of MeshPolicy: plain pydantic models (config.py imports them; no jsii here)."""

from __future__ import annotations

import ipaddress

from pydantic import Field, field_validator, model_validator

from ..operators import istio
from ..props import Props


class RateLimit(Props):
    """A local (per pod) token bucket on a workload's inbound HTTP/gRPC traffic ports.

    Each sidecar refills `requests_per_second` tokens every second into a bucket of `burst`
    tokens; a request without a token gets HTTP 429. Metrics ports and kubelet probes are not
    limited (probes go to the sidecar agent, not through the inbound listener)."""

    requests_per_second: int = Field(ge=1, le=1_000_000)
    """Sustained requests per second, per pod."""
    burst: int = Field(ge=1, le=10_000_000)
    """Bucket size: how many requests a pod may take at once after an idle period."""

    @model_validator(mode="after")
    def _burst_holds_one_second(self) -> "RateLimit":
        if self.burst < self.requests_per_second:
            raise ValueError(
                f"burst={self.burst} is below requests_per_second={self.requests_per_second}; "
                f"the bucket must hold at least one second of tokens, or the effective rate is the burst"
            )
        return self


class CircuitBreaker(Props):
    """DestinationRule connection pool and outlier detection for one service (client side)."""

    max_connections: int = Field(default=1024, ge=1)
    """TCP connections per client sidecar to all pods of the service. Default: 1024."""
    connect_timeout_ms: int = Field(default=1000, ge=10, le=60_000)
    """TCP connect timeout. Default: 1000 (in-cluster connects take milliseconds)."""
    max_pending_requests: int = Field(default=1024, ge=1)
    """Requests queued while waiting for a connection (http1MaxPendingRequests). Default: 1024."""
    max_requests: int = Field(default=1024, ge=1)
    """Concurrent requests to the service (http2MaxRequests). Default: 1024."""
    max_retries: int = Field(default=3, ge=0)
    """Concurrent retries to the service, so retries cannot amplify an outage. Default: 3."""
    consecutive_5xx_errors: int = Field(default=5, ge=1)
    """5xx responses (or connect failures) in a row before a pod is ejected. Default: 5."""
    interval_seconds: int = Field(default=10, ge=1, le=300)
    """How often ejection is evaluated. Default: 10."""
    base_ejection_seconds: int = Field(default=30, ge=1, le=3600)
    """Minimum ejection time (grows with each ejection). Default: 30."""
    max_ejection_percent: int = Field(default=50, ge=1, le=100)
    """At most this share of the pods is ejected at once. Default: 50 (half keeps serving)."""


DNS1123_LABEL = r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"


def _cidr(value: str) -> str:
    try:
        return str(ipaddress.ip_network(value, strict=True))
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a CIDR block (e.g. 10.0.0.1/32): {exc}") from None


class MeshPolicyProps(Props):
    """Props of MeshPolicy. Everything else comes from the dependency graph."""

    rate_limits: dict[str, RateLimit] = Field(default_factory=dict)
    """Local rate limits by workload (`name` or `namespace/name`). Default: none."""
    circuit_breaker: CircuitBreaker = Field(default_factory=CircuitBreaker)
    """Circuit breaking for every HTTP/gRPC dependency target. Default: CircuitBreaker()."""
    circuit_breakers: dict[str, CircuitBreaker] = Field(default_factory=dict)
    """Per-service overrides by workload (`name` or `namespace/name`). Default: none."""
    istio_namespace: str = Field(default="istio-system", pattern=DNS1123_LABEL)
    """Where istiod runs. Default: istio-system."""
    istiod_pod_labels: dict[str, str] = Field(default_factory=lambda: dict(istio.ISTIOD_POD_LABELS), min_length=1)
    """Labels of the istiod pods. Default: app=istiod."""
    istiod_ports: tuple[int, ...] = Field(default=(istio.XDS_PORT,), min_length=1)
    """istiod ports the pods of sidecar namespaces may reach. Default: 15012 (xDS and
    certificates). The webhook port 15017 is called by the API server only, never by pods."""
    dns_namespace: str = Field(default="kube-system", pattern=DNS1123_LABEL)
    """Where the cluster DNS runs. Default: kube-system."""
    dns_pod_labels: dict[str, str] = Field(default_factory=lambda: {"k8s-app": "kube-dns"}, min_length=1)
    """Labels of the cluster DNS pods. Default: k8s-app=kube-dns (CoreDNS keeps this label)."""
    kubernetes_api_cidrs: tuple[str, ...] = ()
    """API server endpoint addresses (after Service DNAT: `kubectl get endpoints kubernetes`).
    Required once a workload declares egress to the Kubernetes API. Default: none."""
    kubernetes_api_ports: tuple[int, ...] = Field(default=(443, 6443), min_length=1)
    """API server endpoint ports. Default: 443, 6443."""
    external_cidr: str = "0.0.0.0/0"
    """NetworkPolicy cannot match DNS names: egress to an external host is allowed to this block
    (minus `external_except`) on the declared port only. Default: 0.0.0.0/0."""
    external_except: tuple[str, ...] = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
    """Private ranges (pods, services, nodes) excluded from external egress. Default: RFC 1918."""
    node_cidrs: tuple[str, ...] = ()
    """Where kubelet probes come from. Default: none, because Kubernetes always allows traffic
    from a pod's own node whatever its NetworkPolicies say (the documented NetworkPolicy
    semantics, which the common CNIs implement). Set it for a CNI that filters host traffic:
    probe ports are then allowed from these blocks."""

    kubelet_cidrs: tuple[str, ...] = ()
    """Addresses the nodes' kubelets listen on. Needed as soon as a workload declares kubelet
    egress (Prometheus reading kubelet_volume_stats_*). Default: none."""

    @field_validator("kubernetes_api_cidrs", "external_except", "node_cidrs", "kubelet_cidrs")
    @classmethod
    def _cidrs(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_cidr(v) for v in value)

    @field_validator("external_cidr")
    @classmethod
    def _one_cidr(cls, value: str) -> str:
        return _cidr(value)

    @field_validator("istiod_ports", "kubernetes_api_ports")
    @classmethod
    def _ports(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        bad = [p for p in value if not 1 <= p <= 65535]
        if bad:
            raise ValueError(f"ports must be within 1-65535; got {bad}")
        return value
