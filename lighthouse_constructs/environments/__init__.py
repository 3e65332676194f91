"""Per-environment configuration and chart assembly."""

from .charts import LighthouseEnvironment, build_app, build_fleet_app
from .config import ConfigError, EnvironmentConfig, load_environment, parse_environment

__all__ = ["ConfigError", "EnvironmentConfig", "LighthouseEnvironment", "build_app", "build_fleet_app", "load_environment", "parse_environment"]
