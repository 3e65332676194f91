"""Props of PostgresHA and its parts: frozen pydantic models, validated before anything is built.

Production rules (`production=True`, the default): at least 3 instances, durability `required`,
at least 2 PgBouncer instances and a backup configuration. Defaults that depend on it are filled
in before validation: instances 3 (1 otherwise), durability `required` (`none` otherwise),
pooler instances 2 (1 otherwise), PDB on when there is more than one instance.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any, Literal

from pydantic import AwareDatetime, Field, field_validator, model_validator

from ..conventions import check_pinned
from ..handles import ArchiveSource
from ..operators import cnpg
from ..props import Props
from ..quantity import Resources

POSTGRES_IMAGE = (
    "ghcr.io/cloudnative-pg/postgresql:17.11-202608310816-standard-bookworm"
    "@sha256:e8ffaff9d17011fb71f264d857c3b4c54cb86ed0443a4ecb0298cb96be708d4e"
)
"""PostgreSQL 17 operand image, from CloudNativePG's standard-bookworm image catalog."""
PGBOUNCER_IMAGE = (
    "ghcr.io/cloudnative-pg/pgbouncer:1.25.1@sha256:e6ddfe22d845e603825e235dd8334b21ecd125abea2a2172478f556b8dee2bb8"
)
"""PgBouncer image (the operator's default version, pinned)."""

Durability = Literal["none", "preferred", "required"]
"""How a commit is acknowledged (see SYNCHRONOUS_REPLICATION):
- none: asynchronous streaming; a failover can lose the last commits (the replication lag).
- preferred: quorum commit on one standby while one is healthy; writes continue without one.
- required: every commit waits until one standby has flushed it; writes block without a standby,
  so a node loss never loses an acknowledged transaction."""

SYNCHRONOUS_REPLICATION: dict[str, dict[str, Any] | None] = {
    "none": None,
    "preferred": {"method": "any", "number": 1, "dataDurability": "preferred"},
    "required": {"method": "any", "number": 1, "dataDurability": "required"},
}
"""`Cluster.spec.postgresql.synchronous` per durability (quorum `ANY 1` over the standbys)."""

RESERVED_CONNECTIONS = 10
"""Connections kept free of pooler traffic: superuser reserve, operator, metrics exporter."""
DEFAULT_MAX_CONNECTIONS = 100
"""PostgreSQL's max_connections when `parameters` does not set it."""

NAME_PATTERN = r"^[a-z]([-a-z0-9]{0,48}[a-z0-9])?$"
IDENTIFIER_PATTERN = r"^[a-z_][a-z0-9_]{0,62}$"
STORAGE_PATTERN = re.compile(r"^[1-9][0-9]*(Mi|Gi|Ti)$")
SCHEDULE_PATTERN = re.compile(r"^\S+( \S+){5}$")




def _image(value: str) -> str:
    return check_pinned(value)


class Storage(Props):
    """A PersistentVolumeClaim size and class."""

    size: str
    """Required. A whole number of Mi, Gi or Ti (e.g. 20Gi). It can grow later, never shrink."""
    storage_class: str | None = None
    """StorageClass of the PVCs. Default: the cluster's default StorageClass."""

    @field_validator("size")
    @classmethod
    def _size(cls, value: str) -> str:
        if not STORAGE_PATTERN.match(value):
            raise ValueError(f"size {value!r} is not a storage size; expected a whole number of Mi, Gi or Ti (e.g. 20Gi)")
        return value


def _postgres_resources() -> Resources:
    return Resources(cpu_request="500m", cpu_limit="2", memory_request="1Gi", memory_limit="1Gi")


def _pooler_resources() -> Resources:
    return Resources(cpu_request="100m", cpu_limit="500m", memory_request="64Mi", memory_limit="128Mi")


class PoolerProps(Props):
    """PgBouncer in front of the cluster (a CloudNativePG Pooler per service type)."""

    instances: int = Field(default=2, ge=1)
    """PgBouncer pods per pooler, spread over hosts. Default: 2 in production, 1 otherwise."""
    pool_mode: Literal["session", "transaction"] = "session"
    """Default: session (safe for every client; transaction pooling breaks session state such as
    SET, advisory locks and LISTEN)."""
    default_pool_size: int = Field(default=20, ge=1, le=1000)
    """Server connections per database/user pair, per PgBouncer pod. Default: 20."""
    max_client_conn: int = Field(default=1000, ge=1, le=100000)
    """Client connections each PgBouncer pod accepts. Default: 1000."""
    read_only: bool = False
    """Also run a `ro` pooler that routes to the standbys. Default: false."""
    image: str = PGBOUNCER_IMAGE
    """Default: the pinned CloudNativePG PgBouncer image."""
    resources: Resources = Field(default_factory=_pooler_resources)
    """Default: 100m/500m CPU, 64Mi/128Mi memory."""

    @field_validator("image")
    @classmethod
    def _pinned(cls, value: str) -> str:
        return _image(value)


class BackupProps(Props):
    """Continuous backup to an S3-compatible object store with the barman-cloud plugin.

    WAL is archived continuously and a segment is forced out at least every
    `archive_timeout_seconds`, so the recovery point of a restore is at most that old plus the
    upload time of one segment (RPO <= 5 min with the default 240 s)."""

    destination_path: str = Field(pattern=r"^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/[^\s]*)?$")
    """Required. `s3://<bucket>[/<prefix>]`; each server writes below `<prefix>/<serverName>/`."""
    endpoint_url: str | None = Field(default=None, pattern=r"^https?://[^\s/]+(/[^\s]*)?$")
    """The S3-compatible endpoint (MinIO, Ceph, ...). Default: AWS S3."""
    schedule: str = "0 0 3 * * *"
    """Base backup schedule, six cron fields (seconds first). Default: daily at 03:00."""
    retention_policy: str = Field(default="30d", pattern=r"^[1-9][0-9]*[dwm]$")
    """How far back recovery must stay possible; older backups and WAL are deleted. Default: 30d."""
    wal_compression: Literal["bzip2", "gzip", "lz4", "snappy", "xz", "zstd"] = "zstd"
    """Default: zstd."""
    data_compression: Literal["bzip2", "gzip", "lz4", "snappy"] = "gzip"
    """Compression of base backups. Default: gzip."""
    archive_timeout_seconds: int = Field(default=240, ge=60, le=240)
    """PostgreSQL archive_timeout: the longest a WAL segment stays open before it is archived.
    Default: 240 (at most 4 min of WAL unarchived, leaving one minute for the upload). Values
    below 60 flood the store with mostly-empty 16 MB segments."""
    server_name: str | None = Field(default=None, pattern=r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$")
    """The folder this cluster archives into. Default: the cluster name (a recovery gets a fresh
    one, see `Recovery`)."""

    @field_validator("schedule")
    @classmethod
    def _six_fields(cls, value: str) -> str:
        if not SCHEDULE_PATTERN.match(value):
            raise ValueError(
                f"schedule {value!r} must have six cron fields (seconds minutes hours day month weekday), "
                f"e.g. '0 0 3 * * *'"
            )
        return value


class Recovery(Props):
    """Point-in-time recovery of this cluster from another server's archive (see `restore_from`)."""

    source_server_name: str = Field(pattern=r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$")
    """Required. The folder in the object store holding the source's base backups and WAL."""
    target_time: AwareDatetime
    """Required. Replay WAL up to this instant (with a time zone)."""
    attempt: int = Field(default=1, ge=1)
    """Bump to retry a recovery to the same target: each attempt archives into its own folder. Default: 1."""

    def server_name(self, cluster: str) -> str:
        """The fresh archive folder of the recovered cluster: derived from the target time (never
        from the clock), so it is reproducible, differs from the source's, and differs for every
        target. A recovered cluster that archived into a folder already holding WAL would fail
        the barman-cloud check with "Expected empty archive" (and, worse, mix two timelines)."""
        stamp = self.target_time.astimezone(timezone.utc).strftime("%Y%m%dt%H%M%Sz")
        suffix = f"-{self.attempt}" if self.attempt > 1 else ""
        return f"{cluster}-pitr-{stamp}{suffix}"

    @property
    def target_time_rfc3339(self) -> str:
        return self.target_time.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class ReplicaProps(Props):
    """Run this cluster as a replica of a cluster in another region, fed from its WAL archive."""

    source_cluster: str = Field(pattern=NAME_PATTERN)
    """Required. Name of the primary cluster (the replication origin)."""
    source_server_name: str | None = Field(default=None, pattern=r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$")
    """Its archive folder in this cluster's object store. Default: `source_cluster`."""


class AlertProps(Props):
    """Thresholds of the PrometheusRule alerts."""

    replication_lag_seconds: int = Field(default=30, ge=1)
    """A standby further behind than this for 5 minutes alerts. Default: 30."""
    backup_max_age_hours: int = Field(default=26, ge=1)
    """The newest base backup may be this old. Default: 26 (a daily schedule plus slack)."""
    connections_warning_ratio: float = Field(default=0.8, gt=0, lt=1)
    """Alert when backends exceed this share of max_connections. Default: 0.8."""
    runbook_base_url: str | None = Field(default=None, pattern=r"^https://\S+[^/]$")
    """Each alert links `<base>/<alert name>`. Default: none (no runbook_url annotation)."""


class PostgresHAProps(Props):
    """Props of PostgresHA."""

    name: str = Field(pattern=NAME_PATTERN)
    """Required. The Cluster name (DNS-1035, <= 50 chars so suffixes such as -pooler-rw fit)."""
    production: bool = True
    """Apply the production rules (>= 3 instances, durability required, >= 2 poolers, backups).
    Default: true; the charts set it from the environment (only prod is production)."""
    instances: int = Field(default=3, ge=1)
    """PostgreSQL instances (one primary, the rest hot standbys). Default: 3 in production, 1 otherwise."""
    durability: Durability = "required"
    """Synchronous replication level (see Durability). Default: required in production, none otherwise."""
    image: str = POSTGRES_IMAGE
    """Default: the pinned PostgreSQL 17 image."""
    database: str = Field(default="app", pattern=IDENTIFIER_PATTERN)
    """The application database created at bootstrap. Default: app."""
    owner: str | None = Field(default=None, pattern=IDENTIFIER_PATTERN)
    """Its owner role; the owner secret's `username` must be this. Default: `database`."""
    parameters: dict[str, str] = Field(default_factory=dict)
    """postgresql.conf parameters. Default: none beyond the operator's and archive_timeout."""
    storage: Storage = Field(default_factory=lambda: Storage(size="20Gi"))
    """Data volume per instance. Default: 20Gi, default StorageClass."""
    wal_storage: Storage = Field(default_factory=lambda: Storage(size="5Gi"))
    """Separate WAL volume per instance (a full data disk cannot stop WAL writes). Default: 5Gi."""
    resources: Resources = Field(default_factory=_postgres_resources)
    """Default: 500m/2 CPU, 1Gi/1Gi memory (equal memory, so the OOM killer spares PostgreSQL)."""
    zone_spread: Literal["required", "preferred"] = "required"
    """Spread instances over zones: required (DoNotSchedule) or preferred (ScheduleAnyway; for
    clusters whose nodes carry no zone label). Default: required."""
    enable_pdb: bool = True
    """Let the operator manage PodDisruptionBudgets. Default: true with more than one instance,
    false with one (a single-instance PDB would block every drain of its node)."""
    pooler: PoolerProps = Field(default_factory=PoolerProps)
    """Default: one session-mode rw pooler (2 pods in production)."""
    backup: BackupProps | None = None
    """Default: none; required in production."""
    recovery: Recovery | None = None
    """Bootstrap by point-in-time recovery instead of initdb. Default: none (initdb)."""
    replica: ReplicaProps | None = None
    """Run as a replica cluster of another region's cluster. Default: none."""
    alerts: AlertProps = Field(default_factory=AlertProps)
    """Default: see AlertProps."""
    operator_namespace: str = Field(default=cnpg.OPERATOR_NAMESPACE, pattern=r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
    """Where the CloudNativePG operator runs: only its pods may call the instances' status port
    (8000), which is outside mTLS. Default: cnpg-system (the upstream manifest's)."""

    @field_validator("image")
    @classmethod
    def _pinned(cls, value: str) -> str:
        return _image(value)

    @model_validator(mode="before")
    @classmethod
    def _defaults_follow_production(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        production = data.get("production", True)
        data = {"instances": 3 if production else 1, "durability": "required" if production else "none", **data}
        if "enable_pdb" not in data and isinstance(data["instances"], int):
            data["enable_pdb"] = data["instances"] > 1
        pooler = data.get("pooler", {})
        if isinstance(pooler, dict) and "instances" not in pooler:
            data["pooler"] = {**pooler, "instances": 2 if production else 1}
        return data

    @field_validator("parameters")
    @classmethod
    def _archive_timeout_belongs_to_backup(cls, value: dict[str, str]) -> dict[str, str]:
        if "archive_timeout" in value:
            raise ValueError(
                f"parameters.archive_timeout={value['archive_timeout']!r} is managed by PostgresHA "
                f"(it bounds the RPO); set backup.archive_timeout_seconds instead"
            )
        if "max_connections" in value and not value["max_connections"].isdigit():
            raise ValueError(f"parameters.max_connections={value['max_connections']!r} must be a whole number")
        return value

    @model_validator(mode="after")
    def _check(self) -> "PostgresHAProps":
        if self.production:
            self._production_rules()
        minimum = {"none": 1, "preferred": 2, "required": 3}[self.durability]
        if self.instances < minimum:
            raise ValueError(
                f"durability={self.durability!r} needs instances >= {minimum}, got {self.instances}; "
                + (
                    "with fewer, losing one standby blocks every write"
                    if self.durability == "required"
                    else "synchronous replication needs a standby"
                )
            )
        if self.enable_pdb and self.instances == 1:
            raise ValueError(
                "enable_pdb=True with instances=1 would block every drain of the node the single instance "
                "runs on; set enable_pdb=False or run more instances"
            )
        if self.pooler.read_only and self.instances < 2:
            raise ValueError(f"pooler.read_only=True needs standbys to route to; got instances={self.instances}")
        self._connection_budget()
        if self.recovery is not None and self.replica is not None:
            raise ValueError("recovery and replica are exclusive: a replica cluster bootstraps from its source itself")
        for option in ("recovery", "replica"):
            if getattr(self, option) is not None and self.backup is None:
                raise ValueError(f"{option} reads the object store of `backup`; set backup too")
        if self.recovery is not None and self.recovery.source_server_name == self.archive_server_name:
            raise ValueError(
                f"recovery would archive into its source folder {self.archive_server_name!r}; "
                f"bump recovery.attempt or choose another target_time"
            )
        return self

    def _production_rules(self) -> None:
        if self.instances < 3:
            raise ValueError(
                f"instances={self.instances} is too few for production; need >= 3 (a primary and two "
                f"standbys survive a node loss without losing a committed transaction)"
            )
        if self.durability != "required":
            raise ValueError(
                f"durability={self.durability!r} is not allowed in production; required is (a failover must "
                f"not lose an acknowledged commit)"
            )
        if self.pooler.instances < 2:
            raise ValueError(f"pooler.instances={self.pooler.instances} is too few for production; need >= 2")
        if self.backup is None:
            raise ValueError("backup is required in production (continuous WAL archiving keeps the RPO <= 5 min)")

    def _connection_budget(self) -> None:
        poolers = 2 if self.pooler.read_only else 1
        needed = poolers * self.pooler.instances * self.pooler.default_pool_size
        allowed = self.max_connections - RESERVED_CONNECTIONS
        if needed > allowed:
            raise ValueError(
                f"PgBouncer may open {needed} server connections ({poolers} pooler(s) x {self.pooler.instances} "
                f"pods x default_pool_size {self.pooler.default_pool_size}) but max_connections={self.max_connections} "
                f"leaves {allowed} after {RESERVED_CONNECTIONS} reserved; lower default_pool_size or raise "
                f"parameters.max_connections"
            )

    @property
    def max_connections(self) -> int:
        return int(self.parameters.get("max_connections", DEFAULT_MAX_CONNECTIONS))

    @property
    def owner_role(self) -> str:
        return self.owner or self.database

    @property
    def archive_server_name(self) -> str:
        """The folder this cluster archives WAL and base backups into."""
        if self.recovery is not None:
            return self.recovery.server_name(self.name)
        if self.backup is not None and self.backup.server_name:
            return self.backup.server_name
        return self.name


def restore_from(source: "ArchiveSource | str", target_time: datetime, *, attempt: int = 1) -> Recovery:
    """A point-in-time recovery from `source` (a PostgresHA, or the archive folder name of a
    server that no longer runs) to `target_time`. Put the result in `PostgresHAProps.recovery`.

    The recovered cluster always archives into a fresh folder, `<cluster>-pitr-<target time>`
    (plus `-<attempt>` from the second attempt on), never into the source's: barman-cloud
    refuses to archive into a folder that already holds WAL ("Expected empty archive"), which
    is what reusing the source's serverName, or the same cluster name on the same bucket, runs
    into. Deriving the name from the target (not from the clock) keeps synth output stable."""
    name = source if isinstance(source, str) else source.archive_server_name
    return Recovery(source_server_name=name, target_time=target_time, attempt=attempt)


