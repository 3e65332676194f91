"""Props of SentinelCache: a frozen pydantic model, validated before anything is built.

Production rules (`production=True`, the default): at least 2 Redis pods (a primary needs a
replica to fail over to), an odd number of at least 3 Sentinels, and a quorum equal to their
majority. Defaults that depend on it are filled in before validation: 3 Redis pods and 3
Sentinels in production, 1 and 1 otherwise; min_replicas_to_write 1 when there is a replica.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from ..conventions import check_pinned
from ..props import Props
from ..quantity import quantity_value

REDIS_IMAGE = "redis:7.2.5@sha256:fb534a36ac2034a6374933467d971fbcbfa5d213805507f560d564851a720355"
"""Redis 7.2.5 (Debian bookworm: sh, redis-cli and timeout for the scripts), the multi-arch index digest."""
EXPORTER_IMAGE = (
    "oliver006/redis_exporter:v1.66.0@sha256:d98e6db8094f491b95791e9f776b0ba30a20aeacb90e18334935d5e51bf2e6a1"
)
"""redis_exporter 1.66.0 (reads the password map file given by --redis.password-file)."""

EvictionPolicy = Literal[
    "noeviction",
    "allkeys-lru",
    "allkeys-lfu",
    "allkeys-random",
    "volatile-lru",
    "volatile-lfu",
    "volatile-random",
    "volatile-ttl",
]
NAME_PATTERN = r"^[a-z]([-a-z0-9]{0,38}[a-z0-9])?$"
MEMORY_PATTERN = re.compile(r"^[1-9][0-9]*(Mi|Gi)$")
STORAGE_PATTERN = re.compile(r"^[1-9][0-9]*(Mi|Gi|Ti)$")
SHUTDOWN_TIMEOUT_SECONDS = 10
"""Redis `shutdown-timeout`: how long a stopping primary waits for its replicas to catch up."""
MEMORY_HEADROOM = 1.5
"""The container memory limit must be at least this multiple of maxmemory: replication and client
buffers are not counted in maxmemory, and an AOF rewrite forks (copy-on-write pages)."""


def majority(count: int) -> int:
    """The smallest number of Sentinels that is more than half of `count`."""
    return count // 2 + 1


def mebibytes(quantity: str) -> int:
    return int(quantity_value(quantity) // 2**20)


class SentinelCacheProps(Props):
    """Props of SentinelCache."""


    name: str = Field(default="cache", pattern=NAME_PATTERN)
    """DNS-1035 label of at most 40 characters; prefixes every object (`<name>-redis`, ...). Default: cache."""
    production: bool = True
    """Enforce the production rules (see the module doc). Default: true; the charts set it from
    the environment (only prod is production)."""
    redis_replicas: int | None = Field(default=None, ge=1, le=9)
    """Redis pods: one primary and `redis_replicas - 1` replicas. Default: 3 in production, 1 otherwise."""
    sentinels: int | None = Field(default=None, ge=1, le=9)
    """Sentinel pods. Default: 3 in production, 1 otherwise."""
    quorum: int | None = Field(default=None, ge=1)
    """Sentinels that must agree the primary is down before a failover starts. Default: the
    majority of `sentinels` (the only value production accepts)."""
    master_set_name: str | None = Field(default=None, pattern=r"^[a-zA-Z0-9][-_.a-zA-Z0-9]{0,63}$")
    """The Sentinel master set clients ask for. Default: `name`."""
    password_key: str = "password"
    """Key of the auth secret that holds the password of Redis and Sentinel. Default: password."""
    alternate_password_key: str = "alternate"
    """Key of the auth secret that holds a second password every node also accepts: the window of
    a rotation (docs/runbooks/redis-password-rotation.md); equal to the password outside one. Read
    only when the auth handle declares this key. Default: alternate."""
    min_replicas_to_write: int | None = Field(default=None, ge=0)
    """The primary refuses writes unless this many replicas are connected with at most
    `min_replicas_max_lag_seconds` lag; bounds what a failover can lose. Default: 1 when there is
    a replica, else 0."""
    min_replicas_max_lag_seconds: int = Field(default=10, ge=1, le=3600)
    """Default: 10."""
    maxmemory: str = "256Mi"
    """Redis `maxmemory`, in Mi or Gi. Default: 256Mi."""
    maxmemory_policy: EvictionPolicy = "volatile-lru"
    """What Redis evicts at maxmemory. Default: volatile-lru (least recently used keys that carry
    a TTL, i.e. cache entries and sessions; keys without a TTL are never evicted)."""
    memory_limit: str | None = None
    """Memory request and limit of the Redis container (equal: a datastore should not be
    overcommitted). Default: 2 x maxmemory; at least 1.5 x maxmemory."""
    cpu_request: str = "100m"
    """CPU request of the Redis container. Default: 100m."""
    cpu_limit: str = "1"
    """CPU limit of the Redis container. Default: 1."""
    storage: str = "8Gi"
    """Size of each Redis pod's volume (the AOF). Default: 8Gi."""
    storage_class: str | None = None
    """StorageClass of the volumes. Default: the cluster's default."""
    down_after_milliseconds: int = Field(default=5000, ge=100, le=600_000)
    """How long a primary may not answer before a Sentinel considers it down. Default: 5000."""
    failover_timeout_milliseconds: int = Field(default=60_000, ge=1000, le=3_600_000)
    """Sentinel's failover-timeout (a stuck failover is retried after twice this). Default: 60000."""
    parallel_syncs: int = Field(default=1, ge=1)
    """Replicas resynchronised with a new primary at the same time. Default: 1."""
    prestop_failover_seconds: int = Field(default=20, ge=5, le=300)
    """How long the preStop hook of the primary waits for Sentinel to promote a replica before the
    pod stops anyway. Default: 20."""
    termination_grace_period_seconds: int = Field(default=40, ge=1, le=3600)
    """terminationGracePeriodSeconds of the Redis and Sentinel pods; at least
    prestop_failover_seconds + the Redis shutdown-timeout (10 s). Default: 40."""
    startup_retry_seconds: float = Field(default=2.0, ge=0.1, le=60)
    """Pause of the startup scripts between two attempts to find the primary. Default: 2."""
    cluster_domain: str = Field(default="cluster.local", pattern=r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$")
    """The cluster's DNS domain, part of the announced host names. Default: cluster.local."""
    redis_image: str = REDIS_IMAGE
    """Image of Redis and Sentinel (also runs the scripts). Default: redis 7.2.5, pinned by digest."""
    exporter_image: str = EXPORTER_IMAGE
    """Image of the redis_exporter sidecars. Default: redis_exporter 1.66.0, pinned by digest."""
    runbook_base_url: str | None = Field(default=None, pattern=r"^https://\S+$")
    """Alerts link to `<runbook_base_url>#<alert name in lower case>`. Default: none (no runbook_url annotation)."""

    @model_validator(mode="before")
    @classmethod
    def _defaults_follow_production(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        production = data.get("production", True)
        defaults = {"redis_replicas": 3 if production else 1, "sentinels": 3 if production else 1}
        data = {**data, **{k: v for k, v in defaults.items() if data.get(k) is None}}
        if data.get("min_replicas_to_write") is None and isinstance(data["redis_replicas"], int):
            data["min_replicas_to_write"] = 1 if data["redis_replicas"] > 1 else 0
        return data

    @field_validator("redis_image", "exporter_image")
    @classmethod
    def _pinned(cls, value: str) -> str:
        return check_pinned(value)

    @field_validator("maxmemory", "memory_limit")
    @classmethod
    def _memory(cls, value: str | None) -> str | None:
        if value is not None and not MEMORY_PATTERN.match(value):
            raise ValueError(f"{value!r} is not a memory size; allowed: a whole number of Mi or Gi (e.g. 256Mi)")
        return value

    @field_validator("storage")
    @classmethod
    def _storage(cls, value: str) -> str:
        if not STORAGE_PATTERN.match(value):
            raise ValueError(f"storage {value!r} is not a volume size; allowed: a whole number of Mi, Gi or Ti (e.g. 8Gi)")
        return value

    @field_validator("cpu_request", "cpu_limit")
    @classmethod
    def _cpu(cls, value: str) -> str:
        quantity_value(value)
        return value

    @model_validator(mode="after")
    def _check(self) -> "SentinelCacheProps":
        redis, sentinels, quorum = self.redis_count, self.sentinel_count, self.effective_quorum
        if quorum > sentinels:
            raise ValueError(f"quorum={quorum} exceeds sentinels={sentinels}; allowed: 1..{sentinels}")
        if self.production:
            if sentinels < 3 or sentinels % 2 == 0:
                raise ValueError(
                    f"sentinels={sentinels} is not allowed in production: Sentinel needs an odd number, "
                    f"at least 3, so that a majority survives the loss of one; allowed: 3, 5, 7, 9"
                )
            if quorum != majority(sentinels):
                raise ValueError(
                    f"quorum={quorum} is not allowed in production: it must be the majority of the "
                    f"{sentinels} sentinels; allowed: {majority(sentinels)}"
                )
            if redis < 2:
                raise ValueError(
                    f"redis_replicas={redis} is not allowed in production: a failover needs at least one "
                    f"replica; allowed: 2..9"
                )
        replicas = redis - 1
        if self.min_write_replicas > replicas:
            raise ValueError(
                f"min_replicas_to_write={self.min_write_replicas} exceeds the {replicas} replica(s) of "
                f"redis_replicas={redis}, so the primary would refuse every write; allowed: 0..{replicas}"
            )
        stop = self.prestop_failover_seconds + SHUTDOWN_TIMEOUT_SECONDS
        if self.termination_grace_period_seconds < stop:
            raise ValueError(
                f"termination_grace_period_seconds={self.termination_grace_period_seconds} does not cover the preStop "
                f"failover (prestop_failover_seconds={self.prestop_failover_seconds}) and Redis's shutdown-timeout "
                f"({SHUTDOWN_TIMEOUT_SECONDS}s): the kubelet would kill the primary mid-failover; allowed: >= {stop}"
            )
        floor = int(mebibytes(self.maxmemory) * MEMORY_HEADROOM)
        if mebibytes(self.effective_memory_limit) < floor:
            raise ValueError(
                f"memory_limit={self.effective_memory_limit!r} leaves too little room above "
                f"maxmemory={self.maxmemory!r} for replication buffers and AOF rewrites; allowed: >= {floor}Mi"
            )
        if quantity_value(self.cpu_request) > quantity_value(self.cpu_limit):
            raise ValueError(
                f"cpu_request={self.cpu_request!r} exceeds cpu_limit={self.cpu_limit!r}; allowed: a request <= its limit"
            )
        return self

    # Resolved values (the fields above are None only before validation fills them in).

    @property
    def master_set(self) -> str:
        """The master set name Sentinel monitors and clients ask for."""
        return self.master_set_name or self.name

    @property
    def redis_count(self) -> int:
        assert self.redis_replicas is not None
        return self.redis_replicas

    @property
    def sentinel_count(self) -> int:
        assert self.sentinels is not None
        return self.sentinels

    @property
    def effective_quorum(self) -> int:
        return self.quorum if self.quorum is not None else majority(self.sentinel_count)

    @property
    def min_write_replicas(self) -> int:
        assert self.min_replicas_to_write is not None
        return self.min_replicas_to_write

    @property
    def effective_memory_limit(self) -> str:
        return self.memory_limit or f"{2 * mebibytes(self.maxmemory)}Mi"
