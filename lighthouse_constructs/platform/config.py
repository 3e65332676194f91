"""PlatformProps and PlatformConfig: what Platform builds (quotas, Vault, certificates).

Data only, validated here so a bad value fails synth with its field path, the value and what is
allowed. The Lighthouse app's config embeds PlatformConfig as its `platform:` section.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from ..handles import PodSecurityLevel
from ..namespace import check_istio_cni
from ..props import Props
from ..quantity import Quantity, format_cpu, format_memory, parse_quantity

Tier = Literal["bridge", "data", "fuse", "observability", "log_agent"]
_DNS_LABEL = r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"

_DURATION = re.compile(r"^(?=[0-9])(?:(?P<h>[0-9]+)h)?(?:(?P<m>[0-9]+)m)?(?:(?P<s>[0-9]+)s)?$")


def duration_seconds(text: str) -> int:
    """Seconds in a Go duration made of hours, minutes and seconds ("2160h", "1h30m")."""
    match = _DURATION.match(text)
    if not match or not text:
        raise ValueError(f"{text!r} is not a duration; expected hours/minutes/seconds like 2160h, 90m, 1h30m")
    return int(match["h"] or 0) * 3600 + int(match["m"] or 0) * 60 + int(match["s"] or 0)


class ComputeResources(Props):
    """A CPU and a memory amount."""

    cpu: Quantity
    """CPU, e.g. 500m or 4."""
    memory: Quantity
    """Memory, e.g. 512Mi or 16Gi."""

    def exceeds(self, other: "ComputeResources") -> list[str]:
        """The resources (cpu, memory) where self is larger than `other`."""
        return [r for r in ("cpu", "memory") if parse_quantity(getattr(self, r)) > parse_quantity(getattr(other, r))]


def _check_not_above(lower: ComputeResources, lower_name: str, upper: ComputeResources, upper_name: str) -> None:
    for resource in lower.exceeds(upper):
        fmt = format_cpu if resource == "cpu" else format_memory
        raise ValueError(
            f"{lower_name}.{resource}={getattr(lower, resource)} exceeds {upper_name}.{resource}="
            f"{getattr(upper, resource)}; allowed: at most {fmt(parse_quantity(getattr(upper, resource)))}"
        )


class NamespaceQuota(Props):
    """The ResourceQuota of one namespace: what everything placed in it may add up to."""

    requests: ComputeResources
    """Sum of CPU and memory requests of all pods."""
    limits: ComputeResources
    """Sum of CPU and memory limits of all pods."""
    pods: int = Field(ge=1)
    """Number of pods (running or pending)."""

    @model_validator(mode="after")
    def _requests_within_limits(self) -> "NamespaceQuota":
        _check_not_above(self.requests, "requests", self.limits, "limits")
        return self


class ContainerLimitRange(Props):
    """The LimitRange of one namespace: per-container defaults and maximum."""

    default_request: ComputeResources
    """Requests given to a container that sets none."""
    default_limit: ComputeResources
    """Limits given to a container that sets none."""
    max: ComputeResources
    """The largest limit one container may have."""

    @model_validator(mode="after")
    def _ordered(self) -> "ContainerLimitRange":
        _check_not_above(self.default_request, "default_request", self.default_limit, "default_limit")
        _check_not_above(self.default_limit, "default_limit", self.max, "max")
        return self


class TierConfig(Props):
    """Quota and LimitRange of one tier's namespace."""

    quota: NamespaceQuota
    """The namespace's ResourceQuota. Required."""
    limit_range: ContainerLimitRange
    """The namespace's LimitRange (per-container defaults and maximum). Required."""

    @model_validator(mode="after")
    def _one_container_fits_the_quota(self) -> "TierConfig":
        _check_not_above(self.limit_range.max, "limit_range.max", self.quota.limits, "quota.limits")
        return self


class TiersConfig(Props):
    """Quota and LimitRange per tier namespace. A tier left out is sized at synth time from what the
    chart places in the namespace: its requests, limits and pods at maximum scale plus
    AUTO_QUOTA_HEADROOM (room for a rolling update's surge pod), with a LimitRange of
    AUTO_LIMIT_RANGE's defaults and no per-container maximum."""

    bridge: TierConfig | None = None
    """The bridge namespace's budget. Default: sized from the chart's contents."""
    data: TierConfig | None = None
    """The data namespace's budget. Default: sized from the chart's contents."""
    fuse: TierConfig | None = None
    """The fuse namespace's budget. Default: sized from the chart's contents."""
    observability: TierConfig | None = None
    """The observability namespace's budget. Default: sized from the chart's contents."""
    log_agent: TierConfig | None = None
    """The log_agent namespace's budget. Default: sized from the chart's contents."""

    def of(self, tier: Tier) -> TierConfig | None:
        budget: TierConfig | None = getattr(self, tier)
        return budget


class NodeCount(Props):
    """How many nodes a DaemonSet runs on: the cluster's size at minimum and maximum scale."""

    min: int = Field(default=3, ge=1)
    """Nodes at minimum scale. Default: 3."""
    max: int = Field(default=3, ge=1)
    """Nodes at maximum scale (the cluster autoscaler's ceiling). Default: 3."""

    @model_validator(mode="after")
    def _min_not_above_max(self) -> "NodeCount":
        if self.min > self.max:
            raise ValueError(f"min={self.min} is larger than max={self.max}; allowed: min <= max")
        return self


class ContainerResources(Props):
    """Requests and limits of one container the cluster adds to pods (not in our manifests)."""

    requests: ComputeResources
    """What the container requests. Required."""
    limits: ComputeResources
    """The container's limits. Required."""

    @model_validator(mode="after")
    def _requests_within_limits(self) -> "ContainerResources":
        _check_not_above(self.requests, "requests", self.limits, "limits")
        return self


class CapacityConfig(Props):
    """Assumptions of the capacity budget about what the cluster adds to our pods."""

    nodes: NodeCount = Field(default_factory=NodeCount)
    """Node count used for DaemonSets. Default: 3 at minimum and maximum scale."""
    istio_proxy: ContainerResources = Field(
        default_factory=lambda: ContainerResources(
            requests=ComputeResources(cpu="100m", memory="128Mi"),
            limits=ComputeResources(cpu="500m", memory="256Mi"),
        )
    )
    """The istio-proxy sidecar added to every pod in an injected namespace (must match the mesh's
    `global.proxy.resources`). Default: requests 100m/128Mi, limits 500m/256Mi."""
    prometheus_config_reloader: ContainerResources = Field(
        default_factory=lambda: ContainerResources(
            requests=ComputeResources(cpu="10m", memory="50Mi"),
            limits=ComputeResources(cpu="10m", memory="50Mi"),
        )
    )
    """The config-reloader sidecar Prometheus Operator adds to Prometheus and Alertmanager pods
    (its --config-reloader-* flags). Default: the operator's defaults, 10m/50Mi for both."""


_DNS_SUBDOMAIN = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"


class VaultCaConfig(Props):
    """The ConfigMap or Secret holding the CA that signed Vault's server certificate (PEM). External
    Secrets reads it (the store's `caProvider`); a ClusterSecretStore must name its namespace."""

    type: Literal["ConfigMap", "Secret"] = "ConfigMap"
    """Kind of the object holding the CA. Default: ConfigMap (a CA certificate is not secret)."""
    name: str = Field(pattern=_DNS_SUBDOMAIN, max_length=253)
    """Name of the ConfigMap or Secret."""
    namespace: str = Field(pattern=_DNS_LABEL)
    """Its namespace (e.g. External Secrets' own)."""
    key: str = Field(default="ca.crt", pattern=r"^[-._a-zA-Z0-9]+$", max_length=253)
    """The key holding the PEM bundle. Default: ca.crt."""


class VaultConfig(Props):
    """Where External Secrets Operator reads secrets: one Vault, Kubernetes auth, KV v2."""

    server: str = Field(default="https://vault.vault.svc:8200", pattern=r"^https://[^\s/]+(:[0-9]+)?/?$")
    """Vault's address (https only). Default: https://vault.vault.svc:8200."""
    mount_path: str = Field(default="secret", pattern=r"^[A-Za-z0-9][-A-Za-z0-9_/]*$")
    """Mount path of the KV v2 engine. Default: secret."""
    auth_mount_path: str = Field(default="kubernetes", pattern=r"^[A-Za-z0-9][-A-Za-z0-9_/]*$")
    """Mount path of Vault's Kubernetes auth method. Default: kubernetes."""
    role: str | None = Field(default=None, pattern=r"^[A-Za-z0-9][-A-Za-z0-9_]*$")
    """The Vault role External Secrets logs in as. Default: `<platform name>-<environment>`, or the
    environment alone when the platform has no name of its own."""
    key_prefix: str | None = Field(default=None, pattern=r"^[A-Za-z0-9][-A-Za-z0-9_/]*[A-Za-z0-9]$")
    """Path under the mount that holds this environment's secrets. Default: `<platform name>/<environment>`,
    or the environment alone when the platform has no name of its own."""
    refresh_interval: str = "1h"
    """How often ExternalSecrets re-read Vault. Default: 1h."""
    secret_versions: dict[str, int] = Field(default_factory=dict)
    """Pinned KV v2 version per secret. Bumping one is how a rotation reaches the pods (see
    platform/secrets.py). Required for every secret outside dev; dev may follow the latest. Default: none pinned."""
    ca: VaultCaConfig | None = None
    """The CA that signed Vault's certificate. Without it External Secrets trusts only the public
    roots, so a Vault with an internal certificate never syncs. Required unless `development`.
    Default: none (public roots)."""

    @field_validator("refresh_interval")
    @classmethod
    def _is_duration(cls, value: str) -> str:
        if duration_seconds(value) < 60:
            raise ValueError(f"refresh_interval={value!r} is shorter than 1m; allowed: 1m or longer")
        return value

    @field_validator("secret_versions")
    @classmethod
    def _positive_versions(cls, value: dict[str, int]) -> dict[str, int]:
        for name, version in value.items():
            if version < 1:
                raise ValueError(f"secret_versions.{name}={version}; allowed: a KV v2 version number >= 1")
        return value


class AcmeConfig(Props):
    """An ACME ClusterIssuer for public hosts (HTTP-01 through the ingress class)."""

    server: str = Field(pattern=r"^https://\S+$")
    """The ACME directory URL (e.g. Let's Encrypt staging in staging, production in prod)."""
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    """Account e-mail for expiry notices."""
    ingress_class: str = "istio"
    """Ingress class that serves the HTTP-01 challenge. Default: istio."""


class CertificatesConfig(Props):
    """cert-manager: the internal CA and the optional ACME issuer."""

    cluster_resource_namespace: str = Field(default="cert-manager", pattern=r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
    """cert-manager's cluster resource namespace, where a ClusterIssuer's CA secret must live.
    Default: cert-manager."""
    ca_common_name: str | None = Field(default=None, min_length=1, max_length=64)
    """Common name of the internal CA certificate. Default: `<platform name> internal CA (<environment>)`."""
    ca_duration: str = "43800h"
    """Lifetime of the internal CA certificate. Default: 43800h (5 years)."""
    ca_renew_before: str = "8760h"
    """Renew the CA this long before it expires. Default: 8760h (1 year)."""
    acme: AcmeConfig | None = None
    """The ACME ClusterIssuer for public hosts. Default: none (no public issuer)."""

    @model_validator(mode="after")
    def _renew_before_expiry(self) -> "CertificatesConfig":
        if duration_seconds(self.ca_renew_before) >= duration_seconds(self.ca_duration):
            raise ValueError(
                f"ca_renew_before={self.ca_renew_before!r} is not shorter than ca_duration={self.ca_duration!r}; "
                f"allowed: a renewal window shorter than the lifetime"
            )
        return self


def check_vault_ca(environment: str, vault: VaultConfig | None, development: bool) -> None:
    """Outside development the store must name the Vault CA: an internal Vault is not signed by a public root."""
    if vault is not None and not development and vault.ca is None:
        raise ValueError(
            f"vault.ca: missing in {environment}; outside development the ClusterSecretStore must trust Vault's CA "
            f"(allowed: {{type: ConfigMap|Secret, name: <object>, namespace: <namespace>, key: <PEM key, default ca.crt>}})"
        )


def check_istio_cni_for_levels(settings: "PlatformConfig", enforce: PodSecurityLevel) -> None:
    """`istio_cni` against the level the meshed application namespaces (bridge, data, observability) enforce."""
    check_istio_cni(settings.istio_cni, True, enforce, "platform.istio_cni")


class PlatformConfig(Props):
    """The `platform:` section of config/<env>.yaml."""

    tiers: TiersConfig = Field(default_factory=TiersConfig)
    """ResourceQuota and LimitRange per tier namespace. Default: every tier sized from the chart's contents."""
    capacity: CapacityConfig = Field(default_factory=CapacityConfig)
    """Assumptions of the synth-time capacity budget (node count, injected sidecars). Default: CapacityConfig's."""
    vault: VaultConfig | None = None
    """The Vault that External Secrets Operator reads: a ClusterSecretStore and its reader
    ServiceAccounts, and `Platform.external_secret`. Default: none (no secret store)."""
    certificates: CertificatesConfig | None = None
    """cert-manager: the internal CA and the optional ACME issuer. Default: none (no issuers)."""
    istio_cni: bool = True
    """The cluster's Istio runs its CNI node agent (a prerequisite: the meshed namespaces enforce
    baseline or restricted, which reject the istio-init container). Default: true."""


class NamespaceNames(Props):
    """The namespace name of each tier; a tier left out is named `<platform name>-<tier>`
    (`log_agent`: `<platform name>-log-agent`)."""

    bridge: str | None = Field(default=None, pattern=_DNS_LABEL)
    """The bridge namespace. Default: `<platform name>-bridge`."""
    data: str | None = Field(default=None, pattern=_DNS_LABEL)
    """The data namespace. Default: `<platform name>-data`."""
    fuse: str | None = Field(default=None, pattern=_DNS_LABEL)
    """The fuse namespace. Default: `<platform name>-fuse`."""
    observability: str | None = Field(default=None, pattern=_DNS_LABEL)
    """The observability namespace. Default: `<platform name>-observability`."""
    log_agent: str | None = Field(default=None, pattern=_DNS_LABEL)
    """The log agent namespace. Default: `<platform name>-log-agent`."""

    def of(self, tier: Tier, prefix: str) -> str:
        return getattr(self, tier) or f"{prefix}-{tier.replace('_', '-')}"

class PlatformProps(Props):
    """Props of Platform."""

    environment: str = Field(pattern=_DNS_LABEL, max_length=30)
    """The environment's name (any DNS label, e.g. prod or payments-staging): names the Vault role,
    the key prefix and the CA. Required."""
    name: str | None = Field(default=None, pattern=_DNS_LABEL, max_length=30)
    """Prefix of every cluster-scoped or fixed name Platform emits (PriorityClasses, the
    ClusterSecretStore, ClusterIssuers) and of the default namespace names; unique per tenant of the
    cluster. Default: `environment`."""
    development: bool = False
    """A development environment: Vault may go without a CA (public roots only). Default: false."""
    namespace_names: NamespaceNames = Field(default_factory=NamespaceNames)
    """Namespace name per tier. Default: `<name>-<tier>`."""
    fuse_namespace: bool = False
    """Create the privileged FUSE namespace (for FuseMountDaemon). Default: false."""
    log_agent_namespace: bool = False
    """Create the privileged log-agent namespace (for ObservabilityStack's node log agent). Default: false."""
    pod_security_enforce: PodSecurityLevel = "restricted"
    """Pod Security level enforced in the bridge, data and observability namespaces (the FUSE and
    log-agent namespaces enforce privileged and audit/warn restricted). Default: restricted."""
    settings: PlatformConfig = Field(default_factory=PlatformConfig)
    """Quotas, capacity assumptions, Vault and certificates. Default: PlatformConfig() (quotas
    sized from the chart, no Vault, no cert-manager)."""

    @model_validator(mode="after")
    def _prerequisites(self) -> "PlatformProps":
        check_vault_ca(self.environment, self.settings.vault, self.development)
        check_istio_cni_for_levels(self.settings, self.pod_security_enforce)
        return self

    @property
    def prefix(self) -> str:
        return self.name or self.environment

    @property
    def vault_role(self) -> str:
        role = self.settings.vault.role if self.settings.vault else None
        return role or (f"{self.name}-{self.environment}" if self.name else self.environment)

    @property
    def vault_key_prefix(self) -> str:
        key_prefix = self.settings.vault.key_prefix if self.settings.vault else None
        return key_prefix or (f"{self.name}/{self.environment}" if self.name else self.environment)
