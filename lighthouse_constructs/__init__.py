"""Lighthouse constructs: typed cdk8s constructs that deploy the Lighthouse platform."""

from . import _runtime  # noqa: F401  (must run before jsii starts)
from .namespace import LighthouseNamespace, NamespaceHandle, NamespaceProps
from .postgres import EventStoreMigration, EventStoreMigrationProps, PostgresHA, PostgresHAProps, restore_from

__all__ = [
    "EventStoreMigration",
    "EventStoreMigrationProps",
    "LighthouseNamespace",
    "NamespaceHandle",
    "NamespaceProps",
    "PostgresHA",
    "PostgresHAProps",
    "restore_from",
]
