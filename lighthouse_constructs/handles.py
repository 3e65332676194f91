"""Every handle a construct is wired with, and refs to objects that exist already.

Constructs take these Protocols as keyword-only arguments, never each other's classes, so a chart
can hand in a construct of this library or a ref to something made elsewhere (`NamespaceRef.from_name`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from .secrets import SecretKeyRef, secret_key

if TYPE_CHECKING:
    import constructs
    from cdk8s_plus_28 import Container, Deployment

    from .bridge_service import Autoscaling
    from .graph import Connection, Endpoint
    from .slo import IngressGateway, ServiceLevelObjective

PodSecurityLevel = Literal["restricted", "baseline", "privileged"]
"""A Pod Security Admission level."""


class NamespaceHandle(Protocol):
    """What a construct needs to know about the namespace it is placed in."""

    @property
    def name(self) -> str: ...

    @property
    def enforce_level(self) -> PodSecurityLevel: ...


class FuseNamespaceHandle(NamespaceHandle, Protocol):
    """The daemon's namespace: it must enforce `privileged` and audit and warn at `restricted`."""

    @property
    def audit_level(self) -> PodSecurityLevel: ...

    @property
    def warn_level(self) -> PodSecurityLevel: ...


class MeshNamespaceHandle(Protocol):
    """A namespace MeshPolicy governs, and whether its pods get an Istio sidecar."""

    @property
    def name(self) -> str: ...

    @property
    def istio_injection(self) -> bool: ...


class PriorityClassHandle(Protocol):
    """What a pod spec needs to use a PriorityClass: `priorityClassName: handle.name`."""

    @property
    def name(self) -> str: ...

    @property
    def value(self) -> int: ...


class IssuerHandle(Protocol):
    """What a Certificate needs to reference its issuer, and what that issuer can sign."""

    @property
    def issuer_name(self) -> str: ...

    @property
    def issuer_kind(self) -> Literal["ClusterIssuer", "Issuer"]: ...

    @property
    def public(self) -> bool:
        """True for a public (ACME) issuer: it only signs publicly resolvable names."""
        ...

    @property
    def provides_ca_cert(self) -> bool:
        """True when the issued Secret carries `ca.crt` (a CA issuer does, ACME does not)."""
        ...


class SecretHandle(Protocol):
    """A Secret a consumer may read: its name, namespace and declared keys."""

    @property
    def secret_name(self) -> str: ...

    @property
    def namespace(self) -> str: ...

    @property
    def keys(self) -> tuple[str, ...]: ...

    def key(self, key: str) -> SecretKeyRef: ...


class SecretStoreHandle(Protocol):
    """What an ExternalSecret needs to reference its store."""

    @property
    def store_name(self) -> str: ...

    @property
    def store_kind(self) -> Literal["ClusterSecretStore", "SecretStore"]: ...


class ConnectionTarget(Protocol):
    """Anything BridgeService.connect_to accepts (BridgeService, PostgresHA, SentinelCache)."""

    def connection(self, env_prefix: str) -> Connection: ...


class TraceSink(Protocol):
    """Where auto-instrumented workloads send traces (ObservabilityStack): BridgeService.send_traces_to."""

    def instrumentation_for(self, language: str) -> str:
        """`<namespace>/<name>` of the Instrumentation that configures `language`, or an error."""
        ...

    @property
    def trace_endpoints(self) -> tuple[Endpoint, ...]:
        """The collector ports the injected SDKs export to (declared as flows)."""
        ...


class SloSource(Protocol):
    """A workload that declares an SLO: its Prometheus `service` label and namespace."""

    @property
    def slo_service(self) -> str: ...

    @property
    def slo_namespace(self) -> str: ...

    @property
    def slo(self) -> ServiceLevelObjective: ...

    @property
    def slo_ingress(self) -> IngressGateway | None:
        """The Istio ingress gateway in front of the service (its edge SLI), or None."""
        ...


class FuseConsumer(Protocol):
    """A workload that mounts the filesystem (BridgeService)."""

    @property
    def name(self) -> str: ...

    namespace: str
    pod_security_level: PodSecurityLevel
    deployment: Deployment
    container: Container

    @property
    def liveness_url(self) -> str | None:
        """The app's own HTTP liveness check from inside the pod (http://127.0.0.1:<port><path>),
        which the mount liveness probe calls after the mount check; none if the app has none."""
        ...


class ScaleTarget(Protocol):
    """A Deployment an autoscaler scales on a custom metric (BridgeService). It is a construct: the
    adapter places its scaling object under it."""

    namespace: str
    labels: dict[str, str]

    @property
    def name(self) -> str:
        """The Deployment's name, and the `service` label its metrics carry."""
        ...

    @property
    def min_replicas(self) -> int: ...

    @property
    def autoscaling(self) -> Autoscaling:
        """Bounds, the CPU target, the custom metric and the stabilization windows."""
        ...


class CustomMetricsAdapter(Protocol):
    """What serves a bridge's custom metric to autoscaling (KedaAutoscaling): it emits the scaling
    object that replaces the bridge's HPA."""

    adapter: str

    def autoscale(self, target: ScaleTarget) -> constructs.Construct: ...


class MigrationTarget(Protocol):
    """A PostgreSQL database the Job can open its own session on (PostgresHA)."""

    def direct_connection(self, env_prefix: str, *, owner: bool = False) -> Connection: ...

    @property
    def server_ca(self) -> SecretKeyRef:
        """The CA the server certificate is verified against (a Secret key in the Job's namespace)."""
        ...


class ArchiveSource(Protocol):
    """Anything with an archive folder in the object store (a PostgresHA)."""

    @property
    def archive_server_name(self) -> str: ...


@dataclass(frozen=True)
class NamespaceRef:
    """A namespace that exists already (made by another chart or team)."""

    name: str
    enforce_level: PodSecurityLevel = "restricted"
    """Its Pod Security enforce level. Default: restricted."""
    istio_injection: bool = True
    """Whether its pods get an Istio sidecar (what MeshPolicy assumes). Default: true."""

    @classmethod
    def from_name(cls, name: str, *, enforce_level: PodSecurityLevel = "restricted",
                  istio_injection: bool = True) -> NamespaceRef:
        return cls(name, enforce_level, istio_injection)


@dataclass(frozen=True)
class PriorityClassRef:
    """A PriorityClass that exists already; `value` is what the capacity checks compare."""

    name: str
    value: int

    @classmethod
    def from_name(cls, name: str, *, value: int) -> PriorityClassRef:
        return cls(name, value)


@dataclass(frozen=True)
class SecretRef:
    """A Secret created outside this library (by an operator, another chart or by hand), with the
    keys it is known to hold: asking for another key is an error."""

    secret_name: str
    namespace: str
    keys: tuple[str, ...]

    @classmethod
    def from_name(cls, name: str, *, namespace: str, keys: tuple[str, ...]) -> SecretRef:
        return cls(name, namespace, tuple(keys))

    def key(self, key: str) -> SecretKeyRef:
        return secret_key(self, key)


@dataclass(frozen=True)
class IssuerRef:
    """A cert-manager Issuer or ClusterIssuer that exists already."""

    issuer_name: str
    issuer_kind: Literal["ClusterIssuer", "Issuer"] = "ClusterIssuer"
    public: bool = False
    """True for a public (ACME) issuer. Default: false."""
    provides_ca_cert: bool = True
    """Whether its Secrets carry `ca.crt` (CA issuers do, ACME does not). Default: true."""

    @classmethod
    def from_name(cls, name: str, *, kind: Literal["ClusterIssuer", "Issuer"] = "ClusterIssuer",
                  public: bool = False, provides_ca_cert: bool = True) -> IssuerRef:
        return cls(name, kind, public, provides_ca_cert)
