"""PlatformConfig: the `platform:` section of config/<env>.yaml (quotas, Vault, certificates).

Data only, validated here so a bad value fails `make synth` with its field path, the value and
what is allowed. EnvironmentConfig embeds it; Platform receives it through PlatformProps.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from ..conventions import EnvironmentName
from ..handles import PodSecurityLevel
from ..namespace import check_istio_cni
from ..props import Props
from ..quantity import Quantity, format_cpu, format_memory, parse_quantity

Tier = Literal["bridge", "data", "fuse", "observability", "log_agent"]
TIERS: tuple[Tier, ...] = ("bridge", "data", "fuse", "observability")

SecretName = Literal[
    "database", "application", "redis", "alert_receivers", "backup_object_store", "grafana_admin",
    "observability_object_store",
]
SECRET_NAMES: tuple[SecretName, ...] = (
    "database", "application", "redis", "alert_receivers", "backup_object_store", "grafana_admin",
    "observability_object_store",
)

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


def _tier(req_cpu: str, req_mem: str, lim_cpu: str, lim_mem: str, pods: int, max_cpu: str, max_mem: str) -> TierConfig:
    return TierConfig(
        quota=NamespaceQuota(
            requests=ComputeResources(cpu=req_cpu, memory=req_mem),
            limits=ComputeResources(cpu=lim_cpu, memory=lim_mem),
            pods=pods,
        ),
        limit_range=ContainerLimitRange(
            default_request=ComputeResources(cpu="100m", memory="128Mi"),
            default_limit=ComputeResources(cpu="500m", memory="512Mi"),
            max=ComputeResources(cpu=max_cpu, memory=max_mem),
        ),
    )


class TiersConfig(Props):
    """Quota and LimitRange per tier. Defaults: a small (dev-sized) budget per tier."""

    bridge: TierConfig = Field(default_factory=lambda: _tier("4", "8Gi", "8", "16Gi", 40, "2", "4Gi"))
    """The bridge tier. Default: requests 4 CPU/8Gi, limits 8/16Gi, 40 pods, containers up to 2/4Gi."""
    data: TierConfig = Field(default_factory=lambda: _tier("4", "12Gi", "8", "16Gi", 30, "2", "8Gi"))
    """The data tier. Default: requests 4 CPU/12Gi, limits 8/16Gi, 30 pods, containers up to 2/8Gi."""
    fuse: TierConfig = Field(default_factory=lambda: _tier("2", "4Gi", "4", "8Gi", 30, "1", "2Gi"))
    """The fuse tier. Default: requests 2 CPU/4Gi, limits 4/8Gi, 30 pods, containers up to 1/2Gi."""
    observability: TierConfig = Field(default_factory=lambda: _tier("4", "12Gi", "8", "16Gi", 30, "2", "8Gi"))
    """The observability tier. Default: requests 4 CPU/12Gi, limits 8/16Gi, 30 pods, containers up to 2/8Gi."""
    log_agent: TierConfig = Field(default_factory=lambda: _tier("2", "4Gi", "4", "8Gi", 30, "1", "2Gi"))
    """The log_agent tier. Default: requests 2 CPU/4Gi, limits 4/8Gi, 30 pods, containers up to 1/2Gi."""

    def of(self, tier: Tier) -> TierConfig:
        return getattr(self, tier)


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
_DNS_LABEL = r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"


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
    """The Vault role External Secrets logs in as. Default: lighthouse-<environment>."""
    key_prefix: str | None = Field(default=None, pattern=r"^[A-Za-z0-9][-A-Za-z0-9_/]*[A-Za-z0-9]$")
    """Path under the mount that holds this environment's secrets. Default: lighthouse/<environment>."""
    refresh_interval: str = "1h"
    """How often ExternalSecrets re-read Vault. Default: 1h."""
    secret_versions: dict[SecretName, int] = Field(default_factory=dict)
    """Pinned KV v2 version per secret. Bumping one is how a rotation reaches the pods (see
    platform/secrets.py). Required for every secret outside dev; dev may follow the latest. Default: none pinned."""
    ca: VaultCaConfig | None = None
    """The CA that signed Vault's certificate. Without it External Secrets trusts only the public
    roots, so a Vault with an internal certificate never syncs. Required outside dev.
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


class SecretsConfig(Props):
    """Which keys the application secret holds (the other secrets have fixed keys)."""

    application_keys: tuple[str, ...] = ("api-token", "session-secret")
    """Keys of the bridge application secret, read from Vault properties of the same name.
    Default: api-token, session-secret."""

    @field_validator("application_keys")
    @classmethod
    def _valid_keys(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [k for k in value if not re.match(r"^[-._a-zA-Z0-9]+$", k)]
        if not value or bad:
            raise ValueError(f"application_keys={list(value)!r}: keys must be non-empty Secret keys ([-._a-zA-Z0-9]+)")
        return value


def check_pinned_secrets(environment: str, vault: VaultConfig) -> None:
    """Outside dev every secret is pinned to a Vault version, so a rotation is a reviewed change
    that restarts the pods reading it (see platform/secrets.py)."""
    missing = [n for n in SECRET_NAMES if n not in vault.secret_versions]
    if environment != "dev" and missing:
        raise ValueError(
            f"vault.secret_versions: no pinned version for {', '.join(missing)} in {environment}; "
            f"every secret needs one outside dev (allowed: a KV v2 version >= 1 for each of "
            f"{', '.join(SECRET_NAMES)})"
        )


def check_vault_ca(environment: str, vault: VaultConfig) -> None:
    """Outside dev the store must name the Vault CA: an internal Vault is not signed by a public root."""
    if environment != "dev" and vault.ca is None:
        raise ValueError(
            f"vault.ca: missing in {environment}; outside dev the ClusterSecretStore must trust Vault's CA "
            f"(allowed: {{type: ConfigMap|Secret, name: <object>, namespace: <namespace>, key: <PEM key, default ca.crt>}})"
        )


def check_istio_cni_for_levels(settings: "PlatformConfig", enforce: PodSecurityLevel) -> None:
    """`istio_cni` against the level the meshed application namespaces (bridge, data, observability) enforce."""
    check_istio_cni(settings.istio_cni, True, enforce, "platform.istio_cni")


class PlatformConfig(Props):
    """The `platform:` section of config/<env>.yaml."""

    tiers: TiersConfig = Field(default_factory=TiersConfig)
    """ResourceQuota and LimitRange per tier namespace. Default: TiersConfig's (dev-sized) budgets."""
    capacity: CapacityConfig = Field(default_factory=CapacityConfig)
    """Assumptions of the synth-time capacity budget (node count, injected sidecars). Default: CapacityConfig's."""
    vault: VaultConfig = Field(default_factory=VaultConfig)
    """The Vault that External Secrets Operator reads. Default: VaultConfig's."""
    secrets: SecretsConfig = Field(default_factory=SecretsConfig)
    """Keys of the application secret. Default: SecretsConfig's."""
    certificates: CertificatesConfig = Field(default_factory=CertificatesConfig)
    """The internal CA and the optional ACME issuer. Default: CertificatesConfig's."""
    istio_cni: bool = True
    """The cluster's Istio runs its CNI node agent (a prerequisite: the meshed namespaces enforce
    baseline or restricted, which reject the istio-init container). Default: true."""


class NamespaceNames(Props):
    """The namespace name of each tier."""

    bridge: str = "lighthouse-bridge"
    """The bridge namespace. Default: lighthouse-bridge."""
    data: str = "lighthouse-data"
    """The data namespace. Default: lighthouse-data."""
    fuse: str = "lighthouse-fuse"
    """The fuse namespace. Default: lighthouse-fuse."""
    observability: str = "lighthouse-observability"
    """The observability namespace. Default: lighthouse-observability."""
    log_agent: str = "lighthouse-log-agent"
    """The log_agent namespace. Default: lighthouse-log-agent."""


class PlatformProps(Props):
    """Props of Platform: the environment, its namespace names and its platform config."""

    environment: EnvironmentName
    """Which environment this is (names the Vault role and key prefix by default)."""
    namespace_names: NamespaceNames = Field(default_factory=NamespaceNames)
    """Namespace name per tier. Default: lighthouse-<tier>."""
    pod_security_enforce: PodSecurityLevel = "restricted"
    """Pod Security level enforced in the bridge, data and observability namespaces (the FUSE
    namespace always enforces privileged and audits/warns restricted). Default: restricted."""
    settings: PlatformConfig = Field(default_factory=PlatformConfig)
    """Quotas, capacity assumptions, Vault and certificates. Default: PlatformConfig()."""

    @model_validator(mode="after")
    def _prerequisites(self) -> "PlatformProps":
        check_pinned_secrets(self.environment, self.settings.vault)
        check_vault_ca(self.environment, self.settings.vault)
        check_istio_cni_for_levels(self.settings, self.pod_security_enforce)
        return self

    @property
    def vault_role(self) -> str:
        return self.settings.vault.role or f"lighthouse-{self.environment}"

    @property
    def vault_key_prefix(self) -> str:
        return self.settings.vault.key_prefix or f"lighthouse/{self.environment}"
