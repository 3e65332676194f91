"""PostgresHA (CloudNativePG + PgBouncer + barman-cloud backups + alerts) and EventStoreMigration."""

from ..handles import MigrationTarget
from ..quantity import Resources
from .cluster import PostgresHA
from .migration import EventStoreMigration, EventStoreMigrationProps
from .props import (
    AlertProps,
    BackupProps,
    Durability,
    PoolerProps,
    PostgresHAProps,
    Recovery,
    ReplicaProps,
    Storage,
    restore_from,
)

__all__ = [
    "AlertProps",
    "BackupProps",
    "Durability",
    "EventStoreMigration",
    "EventStoreMigrationProps",
    "MigrationTarget",
    "PoolerProps",
    "PostgresHA",
    "PostgresHAProps",
    "Recovery",
    "ReplicaProps",
    "Resources",
    "Storage",
    "restore_from",
]
