"""EnvironmentConfig: the validated contents of config/<env>.yaml.

Config files are data only. Every error names the file, the field path, the value received and
what is allowed, so a typo in prod.yaml is caught by `make synth`, not by a failed Argo CD sync.
"""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..conventions import ENVIRONMENT_NAMES, EnvironmentName
from ..namespace import PodSecurityLevel
from ..observability.config import ObservabilityConfig

CONFIG_DIR = Path(__file__).resolve().parents[2] / "config"


class ConfigModel(BaseModel):
    """Base of every config section: immutable, and unknown keys are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class NamespacesConfig(ConfigModel):
    """Namespace names per tier. Defaults are the Lighthouse names."""

    bridge: str = "lighthouse-bridge"
    data: str = "lighthouse-data"
    fuse: str = "lighthouse-fuse"
    observability: str = "lighthouse-observability"
    log_agent: str = "lighthouse-log-agent"
    """Holds only the node log agent (hostPath /var/log/pods): enforces privileged."""


class EnvironmentConfig(ConfigModel):
    """One environment (dev, staging or prod) as read from config/<name>.yaml."""

    name: EnvironmentName
    """The environment name; must match the file name."""
    pod_security_enforce: PodSecurityLevel = "restricted"
    """Pod Security level enforced in the application namespaces. Default: restricted.
    Only dev may relax it to baseline (audit and warn stay restricted)."""
    namespaces: NamespacesConfig = Field(default_factory=NamespacesConfig)
    """Namespace names per tier. Default: lighthouse-<tier>."""
    observability: ObservabilityConfig = Field(default_factory=ObservabilityConfig)
    """ObservabilityStack values. Default: the production values (2 Prometheus, 3 Alertmanager)."""

    @model_validator(mode="after")
    def _only_dev_relaxes_pod_security(self) -> "EnvironmentConfig":
        allowed = ("restricted", "baseline") if self.name == "dev" else ("restricted",)
        if self.pod_security_enforce not in allowed:
            raise ValueError(
                f"pod_security_enforce={self.pod_security_enforce!r} is not allowed in {self.name}; "
                f"allowed: {', '.join(allowed)}"
            )
        return self

    @property
    def is_production(self) -> bool:
        return self.name == "prod"


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
        lines = [_describe(e) for e in exc.errors(include_url=False)]
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
