"""The files of the SentinelCache ConfigMap: redis.conf, sentinel.conf and the scripts.

The configuration files hold the settings shared by every pod and never a password; the start
scripts (scripts/*.sh, POSIX sh) add the per-pod lines and the password at startup. Everything a
script needs to know about its surroundings comes from environment variables (see
scripts/common.sh), so the failover test runs these same files on 127.0.0.1.
"""

from __future__ import annotations

from importlib import resources

from .props import SHUTDOWN_TIMEOUT_SECONDS, SentinelCacheProps, mebibytes

REDIS_PORT = 6379
SENTINEL_PORT = 26379
METRICS_PORT = 9121

REDIS_FILES = (
    "redis.conf", "common.sh", "redis-start.sh", "redis-prestop.sh", "rotate-password.sh", "probe.sh", "exporter-auth.sh",
)
"""The ConfigMap keys a Redis pod uses (their digest rolls the Redis pods when they change)."""
SENTINEL_FILES = ("sentinel.conf", "common.sh", "sentinel-start.sh", "rotate-password.sh", "probe.sh", "exporter-auth.sh")
"""The ConfigMap keys a Sentinel pod uses."""


def script(name: str) -> str:
    return resources.files(__package__).joinpath("scripts", name).read_text()


def redis_conf(props: SentinelCacheProps) -> str:
    return "\n".join(
        [
            "# redis.conf of SentinelCache. redis-start.sh appends the per-pod lines (port, announced",
            "# address, data directory, passwords, replicaof) and writes the result to RUN_DIR.",
            "bind * -::*",
            "protected-mode no",
            "# Durability: every write goes to the append-only file, fsynced once per second.",
            "appendonly yes",
            "appendfsync everysec",
            "aof-use-rdb-preamble yes",
            'save ""',
            "# A primary without enough fresh replicas refuses writes, which bounds what a failover loses.",
            f"min-replicas-to-write {props.min_write_replicas}",
            f"min-replicas-max-lag {props.min_replicas_max_lag_seconds}",
            f"maxmemory {mebibytes(props.maxmemory)}mb",
            f"maxmemory-policy {props.maxmemory_policy}",
            "replica-read-only yes",
            "replica-serve-stale-data yes",
            "repl-diskless-sync yes",
            "# A (re)joining replica gets its full sync at once, not after the default 5 s batching delay.",
            "repl-diskless-sync-delay 0",
            "tcp-keepalive 60",
            "# A stopping primary waits this long for its replicas (the pods' grace period covers it).",
            f"shutdown-timeout {SHUTDOWN_TIMEOUT_SECONDS}",
            'logfile ""',
            "",
        ]
    )


def sentinel_conf() -> str:
    return "\n".join(
        [
            "# sentinel.conf of SentinelCache. sentinel-start.sh appends the per-pod lines (port,",
            "# announced address, password) and adds the monitored primary at runtime, once the",
            "# other Sentinels agree on it (SENTINEL MONITOR and SENTINEL SET).",
            "bind * -::*",
            "protected-mode no",
            "# Pods are addressed by their stable DNS names, never by their changing IPs.",
            "sentinel resolve-hostnames yes",
            "sentinel announce-hostnames yes",
            "sentinel deny-scripts-reconfig yes",
            'logfile ""',
            "",
        ]
    )


def config_files(props: SentinelCacheProps) -> dict[str, str]:
    """Every file of the ConfigMap, by key."""
    files = {"redis.conf": redis_conf(props), "sentinel.conf": sentinel_conf()}
    for name in sorted(set(REDIS_FILES + SENTINEL_FILES) - {"redis.conf", "sentinel.conf"}):
        files[name] = script(name)
    return files
