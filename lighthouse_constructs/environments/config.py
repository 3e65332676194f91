"""EnvironmentConfig: the validated contents of config/<env>.yaml.

Config files are data only. Every error names the file, the field path, the value received and
what is allowed, so a typo in prod.yaml is caught by `make synth`, not by a failed Argo CD sync.
"""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    BaseModel,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from ..bridge_service import BridgeServiceProps
from ..delivery.gitops import SyncWindow
from ..fuse_mount import FuseMountDaemonProps, check_mount_path
from ..handles import PodSecurityLevel
from ..mesh_policy.props import CircuitBreaker, RateLimit
from ..observability.config import ObservabilityConfig
from ..platform.config import NamespaceNames, check_istio_cni_for_levels, check_vault_ca
from ..postgres.migration import EventStoreMigrationProps
from ..postgres.props import PostgresHAProps
from ..props import Props
from ..sentinel_cache.props import SentinelCacheProps
from .secrets import LighthousePlatformConfig, check_pinned_secrets

EnvironmentName = typing.Literal["dev", "staging", "prod"]
ENVIRONMENT_NAMES: tuple[str, ...] = ("dev", "staging", "prod")
"""Lighthouse's environments: one config/<name>.yaml each."""

CONFIG_DIR = Path(__file__).resolve().parents[2] / "config"


DATA_SERVICES = ("postgres", "cache")
"""Connection targets that are not bridges: the PostgresHA and SentinelCache of the environment."""


class ConnectionConfig(Props):
    """One declared dependency: `source` (a bridge) connects to `target` (a bridge or data service)."""

    source: str
    """Name of the connecting bridge."""
    target: str
    """Name of a bridge, or one of: postgres, cache."""
    env_prefix: str = Field(pattern=r"^[A-Z_][A-Z0-9_]*$")
    """Prefix of the env vars injected into the source (e.g. EVENTS -> EVENTS_HOST, EVENTS_PORT)."""
    methods: tuple[str, ...] = ()
    """HTTP methods the source may use (bridge targets only). Default: any."""
    paths: tuple[str, ...] = ()
    """HTTP path prefixes the source may call (bridge targets only). Default: any."""


class FuseConsumerConfig(Props):
    """A bridge that mounts the Lighthouse FUSE filesystem."""

    bridge: str
    """Name of the consuming bridge."""
    path: str
    """Absolute mount path in the bridge's container (e.g. /mnt/lighthouse)."""
    read_only: bool = False
    """Mount read-only. Default: false."""
    attributes: dict[str, str] = Field(default_factory=dict)
    """CSI volumeAttributes handed to the daemon (csi mode only). Default: none."""

    @field_validator("path")
    @classmethod
    def _absolute(cls, value: str) -> str:
        return check_mount_path(value)


class FuseConfig(FuseMountDaemonProps):
    """The FUSE daemon (every FuseMountDaemonProps field) and the bridges that mount its filesystem."""

    consumers: tuple[FuseConsumerConfig, ...] = ()
    """Bridges that mount the filesystem. Default: none."""

    def daemon_props(self) -> FuseMountDaemonProps:
        """The daemon's props: the fields given in the file, without `consumers`."""
        return FuseMountDaemonProps.model_validate(self.model_dump(exclude={"consumers"}, exclude_unset=True))
class MeshConfig(Props):
    """Per-bridge traffic policy on top of MeshPolicy's defaults."""

    rate_limits: dict[str, RateLimit] = Field(default_factory=dict)
    """Local (per pod) rate limits by bridge name. Default: none."""
    circuit_breakers: dict[str, CircuitBreaker] = Field(default_factory=dict)
    """Circuit-breaker overrides by bridge name (unset fields keep the defaults). Default: none."""
    kubernetes_api_cidrs: tuple[str, ...] = ()
    """Addresses of the cluster's API server endpoints (what NetworkPolicy sees after the
    kubernetes Service is translated). Needed as soon as a workload declares API egress. Default: none."""
    kubelet_cidrs: tuple[str, ...] = ()
    """The nodes' addresses (their kubelets): Prometheus reads kubelet_volume_stats_* there. Default: none."""


class DeliveryConfig(Props):
    """How Argo CD deploys the environment from this repository's dist/<env>/."""

    repo_url: str = Field(min_length=1)
    """The Git repository Argo CD reads dist/ from."""
    target_revision: str = Field(min_length=1)
    """The branch or tag it deploys (never HEAD, latest, a wildcard or a range)."""
    regions: tuple[str, ...] = Field(min_length=1)
    """The regions (cluster labels) the environment runs in: the fleet's ApplicationSet makes a
    root Application for each registered cluster of the environment in one of them."""
    automated: bool = True
    """Automated sync with prune and self-heal. Default: True."""
    manual_applications: tuple[str, ...] = ()
    """Applications (chart ids or release names) that only a person syncs. Default: none."""
    sync_windows: tuple[SyncWindow, ...] = ()
    """The AppProjects' sync windows (e.g. a deny window for a change freeze). Default: none."""
    rolling_sync: bool = False
    """The fleet syncs the environment's clusters one region at a time. Default: False."""


class EnvironmentConfig(Props):
    """One environment (dev, staging or prod) as read from config/<name>.yaml."""

    name: EnvironmentName
    """The environment name; must match the file name."""
    pod_security_enforce: PodSecurityLevel = "restricted"
    """Pod Security level enforced in the application namespaces. Default: restricted.
    Only dev may relax it to baseline (audit and warn stay restricted)."""
    namespaces: NamespaceNames = Field(default_factory=NamespaceNames)
    """Namespace names per tier. Default: lighthouse-<tier>."""
    platform: LighthousePlatformConfig = Field(default_factory=LighthousePlatformConfig)
    """Quotas and LimitRanges per tier, capacity assumptions, Vault, certificates and the application
    secret's keys. Default: LighthousePlatformConfig() (quotas sized from the chart, no Vault)."""

    bridges: tuple[BridgeServiceProps, ...] = ()
    """The bridge components. Images must be digest-pinned outside dev. Default: none."""
    custom_metrics_adapter: typing.Literal["keda"] | None = None
    """The custom-metrics adapter installed in the cluster: `keda` (KEDA in namespace keda; bridges
    with `autoscaling.custom_metric` get a ScaledObject). Default: none, and then no bridge may set
    `autoscaling.custom_metric` (no HPA could read it)."""
    connections: tuple[ConnectionConfig, ...] = ()
    """The declared dependency graph between bridges and data services. Default: no connections."""
    bridge_secret_env: dict[str, dict[str, str]] = Field(default_factory=dict)
    """Per bridge, env var -> key of the application secret (platform.vault.application_keys).
    Default: none."""
    postgres: PostgresHAProps | None = None
    """The event store's PostgresHA; `production` follows the name (only prod is production).
    Default: none (then no connection may target postgres)."""
    fuse: FuseConfig | None = None
    """The FUSE daemon and the bridges that mount its filesystem. Default: none (no FUSE tier)."""
    event_store_migration: EventStoreMigrationProps | None = None
    """The one-shot Job that moves the legacy SQLite event store into `postgres`, in the data
    namespace; it needs `source_claim` (the PVC holding the SQLite file) and a digest-pinned `image`.
    Default: none (no migration)."""
    observability: ObservabilityConfig = Field(default_factory=ObservabilityConfig)
    """ObservabilityStack values. Default: the production values (2 Prometheus, 3 Alertmanager)."""
    mesh: MeshConfig = Field(default_factory=MeshConfig)
    """Rate limits and circuit-breaker overrides per bridge. Default: MeshPolicy's defaults."""
    delivery: DeliveryConfig | None = None
    """How Argo CD deploys the environment (AppProjects, Applications, the root app-of-apps).
    Default: none (no Argo CD objects)."""
    cache: SentinelCacheProps | None = None
    """The SentinelCache (Redis with Sentinel) in the data namespace; `production` follows the
    name (only prod is production). Default: none (then no connection may target cache)."""

    @model_validator(mode="before")
    @classmethod
    def _digest_rule_follows_environment(cls, data: Any) -> Any:
        """Bridges require digest-pinned images except in dev; only dev may turn that off."""
        if not isinstance(data, dict) or not isinstance(data.get("bridges"), list):
            return data
        is_dev = data.get("name") == "dev"
        bridges = []
        for bridge in data["bridges"]:
            if isinstance(bridge, dict):
                if not is_dev and bridge.get("require_image_digest") is False:
                    raise ValueError(f"bridge {bridge.get('name')!r}: require_image_digest may only be false in dev")
                bridge = {"require_image_digest": not is_dev, **bridge}
            bridges.append(bridge)
        return {**data, "bridges": bridges}

    @model_validator(mode="before")
    @classmethod
    def _data_services_production_follows_environment(cls, data: Any) -> Any:
        """For each data service (postgres, cache): only prod is production, prod may not turn
        the production rules off, and a connection may only target a service that is configured."""
        if not isinstance(data, dict):
            return data
        is_prod = data.get("name") == "prod"
        targets = [c.get("target") for c in data.get("connections") or () if isinstance(c, dict)]
        for service in DATA_SERVICES:
            section = data.get(service)
            if section is None and service in targets:
                raise ValueError(f"connections: a connection targets {service} but there is no {service} section")
            if not isinstance(section, dict):
                continue
            if is_prod and section.get("production") is False:
                raise ValueError(f"{service}.production may only be false outside prod")
            data = {**data, service: {"production": is_prod, **section}}
        return data

    @model_validator(mode="after")
    def _bridges_and_connections_are_consistent(self) -> "EnvironmentConfig":
        names = [b.name for b in self.bridges]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"bridges: duplicate names {duplicates}")
        if self.name == "prod":
            small = [f"{b.name} ({b.replicas})" for b in self.bridges if b.replicas < 3]
            if small:
                raise ValueError(f"bridges: prod needs replicas >= 3 for every bridge; got {', '.join(small)}")
        if self.custom_metrics_adapter is None:
            for i, b in enumerate(self.bridges):
                if b.autoscaling is not None and b.autoscaling.custom_metric is not None:
                    raise ValueError(
                        f"bridges.{i}.autoscaling.custom_metric: bridge {b.name!r} scales on "
                        f"{b.autoscaling.custom_metric.name!r} but custom_metrics_adapter is not set, so no HPA could "
                        f"read it; allowed: custom_metrics_adapter: keda, or no custom_metric"
                    )
        targets = set(names) | set(DATA_SERVICES)
        for i, c in enumerate(self.connections):
            if c.source not in names:
                raise ValueError(f"connections.{i}.source: {c.source!r} is not a bridge; allowed: {', '.join(names)}")
            if c.target not in targets:
                raise ValueError(f"connections.{i}.target: {c.target!r} is unknown; allowed: {', '.join(sorted(targets))}")
            if c.source == c.target:
                raise ValueError(f"connections.{i}: {c.source!r} cannot connect to itself")
        keys = self.platform.secrets.application_keys
        for bridge, env in self.bridge_secret_env.items():
            if bridge not in names:
                raise ValueError(f"bridge_secret_env.{bridge}: not a bridge; allowed: {', '.join(names)}")
            for var, key in env.items():
                if key not in keys:
                    raise ValueError(
                        f"bridge_secret_env.{bridge}.{var}: {key!r} is not a key of the application secret; "
                        f"allowed: {', '.join(keys)}"
                    )
        return self

    @model_validator(mode="after")
    def _fuse_consumers_are_bridges(self) -> "EnvironmentConfig":
        if self.fuse is None:
            return self
        names = [b.name for b in self.bridges]
        seen: set[str] = set()
        for i, consumer in enumerate(self.fuse.consumers):
            if consumer.bridge not in names:
                raise ValueError(f"fuse.consumers.{i}.bridge: {consumer.bridge!r} is not a bridge; allowed: {', '.join(names)}")
            if consumer.bridge in seen:
                raise ValueError(f"fuse.consumers.{i}.bridge: {consumer.bridge!r} is listed twice; one mount per bridge")
            seen.add(consumer.bridge)
        if self.fuse.mode == "daemonset" and self.fuse.consumers:
            raise ValueError(
                f"fuse.mode: daemonset mode hands consumers a hostPath volume, which the bridge namespace "
                f"(Pod Security {self.pod_security_enforce!r}) rejects; use mode csi"
            )
        return self

    @model_validator(mode="after")
    def _migration_has_a_target(self) -> "EnvironmentConfig":
        if self.event_store_migration is not None and self.postgres is None:
            raise ValueError("event_store_migration: migrates into the event store, but there is no postgres section")
        return self

    @model_validator(mode="after")
    def _mesh_names_bridges(self) -> "EnvironmentConfig":
        names = [b.name for b in self.bridges]
        for name in self.mesh.rate_limits:
            if name not in names:
                raise ValueError(f"mesh.rate_limits.{name}: {name!r} is not a bridge; allowed: {', '.join(names)}")
        targets = sorted({c.target for c in self.connections if c.target in names})
        for name in self.mesh.circuit_breakers:
            if name not in targets:
                raise ValueError(
                    f"mesh.circuit_breakers.{name}: {name!r} is not the target of a connection to a bridge; "
                    f"allowed: {', '.join(targets) or '(none)'}"
                )
        return self

    @model_validator(mode="after")
    def _only_dev_relaxes_pod_security(self) -> "EnvironmentConfig":
        allowed = ("restricted", "baseline") if self.name == "dev" else ("restricted",)
        if self.pod_security_enforce not in allowed:
            raise ValueError(
                f"pod_security_enforce={self.pod_security_enforce!r} is not allowed in {self.name}; "
                f"allowed: {', '.join(allowed)}"
            )
        return self

    @field_validator("platform")
    @classmethod
    def _platform_prerequisites(cls, platform: LighthousePlatformConfig, info: ValidationInfo) -> LighthousePlatformConfig:
        if "name" in info.data:
            check_pinned_secrets(info.data["name"], platform.vault)
            check_vault_ca(info.data["name"], platform.vault, development=info.data["name"] == "dev")
        if "pod_security_enforce" in info.data:
            check_istio_cni_for_levels(platform, info.data["pod_security_enforce"])
        if platform.vault is None:
            raise ValueError("vault: missing; the Lighthouse charts sync every secret from Vault (set platform.vault)")
        return platform


class ConfigError(ValueError):
    """A config file failed validation; the message lists every problem with its location."""


def _unwrap(annotation: Any) -> Any:
    """Strip Optional/Union wrappers; for dict[K, V] and list[V] give V."""
    origin = typing.get_origin(annotation)
    if origin is None:
        return annotation
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin is dict:
        return _unwrap(args[1])
    return _unwrap(args[0]) if args else None


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The pydantic model reached by following `loc` (field names, dict keys, list indexes)."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            current = current.model_fields[part].annotation
    current = _unwrap(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _describe(error: dict[str, Any]) -> str:
    loc = tuple(error["loc"])
    path = ".".join(str(p) for p in loc) or "<top level>"
    if error["type"] == "extra_forbidden":
        parent = _model_at(EnvironmentConfig, loc[:-1])
        allowed = ", ".join(parent.model_fields) if parent else "see EnvironmentConfig"
        return f"{path}: unknown field (got {error['input']!r}); allowed fields: {allowed}"
    return f"{path}: {error['msg']} (got {error.get('input')!r})"


def parse_environment(data: Any, source: str) -> EnvironmentConfig:
    """Validate already-loaded YAML data; `source` names the file in error messages."""
    try:
        return EnvironmentConfig.model_validate(data)
    except ValidationError as exc:
        lines = [_describe(dict(e)) for e in exc.errors(include_url=False)]
        raise ConfigError(f"{source}: invalid configuration:\n  " + "\n  ".join(lines)) from None


def load_environment(name: str, config_dir: Path = CONFIG_DIR) -> EnvironmentConfig:
    """Load and validate config/<name>.yaml."""
    if name not in ENVIRONMENT_NAMES:
        raise ConfigError(f"unknown environment {name!r}; allowed: {', '.join(ENVIRONMENT_NAMES)}")
    path = config_dir / f"{name}.yaml"
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found for environment {name!r}")
    data = yaml.safe_load(path.read_text())
    config = parse_environment(data, str(path))
    if config.name != name:
        raise ConfigError(f"{path}: name: expected {name!r} (the file name), got {config.name!r}")
    return config
