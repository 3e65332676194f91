"""The alerts of a SentinelCache, on redis_exporter metrics.

Metric names and labels are redis_exporter's (exporter/exporter.go, exporter/sentinels.go):
redis_instance_info{role}, redis_connected_slaves, redis_master_link_up, redis_memory_used_bytes,
redis_memory_max_bytes, redis_sentinel_masters, redis_sentinel_master_status{master_name,
master_address}. Prometheus Operator adds `namespace` and `service` (the scraped Service), which
select one SentinelCache's Redis or Sentinel pods.
"""

from __future__ import annotations

from ..alerting import Alert

MEMORY_ALERT_RATIO = 0.9
"""Warn when a Redis uses this share of maxmemory (eviction or write errors are near)."""


def cache_alerts(
    *, name: str, namespace: str, redis_service: str, sentinel_service: str, master_set: str, redis_count: int
) -> list[Alert]:
    redis = f'namespace="{namespace}", service="{redis_service}"'
    sentinel = f'namespace="{namespace}", service="{sentinel_service}"'
    replicas = redis_count - 1
    replication_broken = f"count(redis_master_link_up{{{redis}}} == 0) > 0"
    if replicas > 0:
        replication_broken += f"\nor\nsum(redis_connected_slaves{{{redis}}}) < {replicas}"
    where = f"SentinelCache {namespace}/{name}"
    return [
        Alert(
            "SentinelCacheNoPrimary",
            f'absent(redis_instance_info{{{redis}, role="master"}})',
            "1m",
            "critical",
            f"{where} has no primary",
            "No Redis pod reports role master: writes fail. A failover should have promoted a replica "
            "within down-after + failover-timeout; check the Sentinel logs and whether a majority of "
            "Sentinels is up.",
        ),
        Alert(
            "SentinelCacheMultiplePrimaries",
            f'count(redis_instance_info{{{redis}, role="master"}}) > 1',
            "1m",
            "critical",
            f"{where} has {{{{ $value }}}} primaries",
            "More than one Redis pod reports role master (split brain): writes to the one Sentinel does "
            "not name are lost when it is turned back into a replica.",
        ),
        Alert(
            "SentinelCacheSentinelsDisagree",
            f'count(count by (master_address) (redis_sentinel_master_status{{{sentinel}, master_name="{master_set}"}})) > 1'
            f"\nor\ncount(redis_sentinel_masters{{{sentinel}}} == 0) > 0",
            "2m",
            "critical",
            f"{where}: the Sentinels do not agree on the primary",
            "The Sentinels name different primaries for the master set, or one monitors none: clients "
            "asking different Sentinels may write to different primaries.",
        ),
        Alert(
            "SentinelCacheReplicationBroken",
            replication_broken,
            "5m",
            "warning",
            f"{where}: replication is broken",
            f"A replica has lost its link to the primary, or the primary has fewer than its {replicas} "
            "replica(s) connected: a failover now could lose writes, and writes stop once fewer than "
            "min-replicas-to-write replicas remain.",
        ),
        Alert(
            "SentinelCacheMemoryNearMax",
            f"redis_memory_used_bytes{{{redis}}} / (redis_memory_max_bytes{{{redis}}} > 0) > {MEMORY_ALERT_RATIO}",
            "5m",
            "warning",
            f"{where}: {{{{ $labels.pod }}}} uses {{{{ $value | humanizePercentage }}}} of maxmemory",
            "Redis is close to maxmemory: it will evict keys by its eviction policy or refuse writes. "
            "Raise maxmemory (and the memory limit) or shorten TTLs.",
        ),
    ]
