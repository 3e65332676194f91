"""A real failover: the synthesized redis.conf, sentinel.conf and start scripts, run with Debian's
redis-server and redis-sentinel on 127.0.0.1 (3 Redis + 3 Sentinels).

The test chart uses short Sentinel timeouts through the props. It asserts what a user of the
cache relies on: a replica is promoted within down-after + failover-timeout, every write that
WAIT acknowledged survives, a restarted primary comes back as a replica (never as a second
primary), and restarting every process at once ends with exactly one primary.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
import redis
import cdk8s
from redis.backoff import NoBackoff
from redis.retry import Retry
from redis.sentinel import Sentinel

from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps
from lighthouse_constructs.secrets import ExistingSecret
from lighthouse_constructs.sentinel_cache import SentinelCache, SentinelCacheProps
from sentinel_harness import LocalSentinelCache, Node, wait_for

pytestmark = pytest.mark.skipif(
    not (shutil.which("redis-server") and shutil.which("redis-sentinel") and shutil.which("redis-cli")),
    reason="needs redis-server, redis-sentinel and redis-cli (Debian packages redis-server, redis-sentinel; .ci/run installs them)",
)

PROPS = SentinelCacheProps(
    name="cache",
    redis_replicas=3,
    sentinels=3,
    down_after_milliseconds=1000,
    failover_timeout_milliseconds=5000,
    startup_retry_seconds=0.5,
    min_replicas_to_write=1,
)
PASSWORD = 'p@ss "w\\rd" with spaces'
"""Quotes, a backslash and spaces: the scripts must pass it through config files and stdin intact."""


def synthesized_objects() -> list[dict]:
    chart = cdk8s.Testing.chart()
    namespace = LighthouseNamespace(chart, "Namespace", NamespaceProps(name="lighthouse-data", tier="data"))
    SentinelCache(chart, "Cache", PROPS, namespace=namespace, auth=ExistingSecret("cache-auth", "lighthouse-data", ("password",)))
    return cdk8s.Testing.synth(chart)


@pytest.fixture
def cluster(tmp_path: Path):
    local = LocalSentinelCache(synthesized_objects(), tmp_path, PASSWORD)
    try:
        yield local
    except BaseException:
        print(local.logs())
        raise
    finally:
        local.kill_all()


class AcknowledgedWriter(threading.Thread):
    """Writes keys to the primary, each followed by WAIT; records the ones WAIT acknowledged."""

    def __init__(self, cluster: LocalSentinelCache, primary: Node, replicas: int) -> None:
        super().__init__(daemon=True)
        self.client = cluster.client(primary)
        self.replicas = replicas
        self.acknowledged: dict[str, str] = {}
        self.stopped = threading.Event()

    def run(self) -> None:
        i = 0
        while not self.stopped.is_set():
            key, value = f"key:{i}", f"value:{i}"
            try:
                self.client.set(key, value)
                if self.client.execute_command("WAIT", self.replicas, 1000) >= self.replicas:
                    self.acknowledged[key] = value
            except (redis.RedisError, OSError):
                return  # the primary is gone
            i += 1


def watch_roles(cluster: LocalSentinelCache, stop: threading.Event, seen: list[list[str]]) -> threading.Thread:
    """Sample every Redis node's role until `stop`; `seen` gets one list of primaries per sample."""

    def run() -> None:
        while not stop.is_set():
            seen.append([n.pod for n in cluster.redis if cluster.role(n) == "master"])
            time.sleep(0.02)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_can_fail_over_without_losing_acknowledged_writes_and_restart_into_one_primary(cluster: LocalSentinelCache) -> None:
    down_after = PROPS.down_after_milliseconds / 1000
    failover_timeout = PROPS.failover_timeout_milliseconds / 1000

    # 1. Start all six processes at once: ordinal 0 bootstraps, the others follow it.
    cluster.start_all()
    first = wait_for("a settled cluster", cluster.healthy_primary, timeout=30)
    assert first.pod == "cache-redis-0"

    # 2. Write through the primary, each write acknowledged by WAIT, and keep writing while it dies.
    writer = AcknowledgedWriter(cluster, first, PROPS.min_write_replicas)
    writer.start()
    wait_for("200 acknowledged writes", lambda: len(writer.acknowledged) >= 200, timeout=20)

    # 3. Kill the primary (SIGKILL: a crash, no shutdown handshake).
    sentinel_client = Sentinel(
        [tuple(s.address.rsplit(":", 1)) for s in cluster.sentinels],
        sentinel_kwargs={"password": PASSWORD, "socket_timeout": 0.5, "retry": Retry(NoBackoff(), 0)},
        password=PASSWORD, socket_timeout=0.5, socket_connect_timeout=0.5, retry=Retry(NoBackoff(), 0),
    )
    killed_at = time.monotonic()
    first.kill()
    writer.join(timeout=5)
    acknowledged = dict(writer.acknowledged)

    replicas = [n for n in cluster.redis if n is not first]
    promoted = wait_for(
        "a replica to be promoted", lambda: next((n for n in replicas if cluster.role(n) == "master"), None),
        timeout=down_after + failover_timeout + 5,
    )
    promoted_after = time.monotonic() - killed_at

    def write_through_sentinel() -> bool:
        sentinel_client.master_for(cluster.master_set, socket_timeout=0.5).set("after-failover", "ok")
        return True

    wait_for("a write through Sentinel to succeed", write_through_sentinel, timeout=down_after + failover_timeout + 5)
    writable_after = time.monotonic() - killed_at
    print(
        f"\nfailover: replica {promoted.pod} promoted {promoted_after:.2f}s after the primary was killed; "
        f"writes through Sentinel succeed again after {writable_after:.2f}s "
        f"(down-after {down_after:g}s, failover-timeout {failover_timeout:g}s, {len(acknowledged)} acknowledged writes)"
    )
    assert promoted_after <= down_after + failover_timeout, (
        f"promotion took {promoted_after:.2f}s, more than down-after + failover-timeout = {down_after + failover_timeout:g}s"
    )

    # 4. Every acknowledged write is on the new primary.
    with cluster.client(promoted) as c:
        values = c.mget(list(acknowledged))
    lost = [k for k, v in zip(acknowledged, values) if v != acknowledged[k]]
    assert not lost, f"{len(lost)} of {len(acknowledged)} acknowledged writes lost, e.g. {lost[:5]}"

    # 5. The old primary, restarted through its start script, rejoins as a replica: it never
    #    answers as primary, not even for a moment.
    stop, seen = threading.Event(), []
    watcher = watch_roles(cluster, stop, seen)
    first.start()
    rejoined = wait_for("the old primary to rejoin", cluster.healthy_primary, timeout=20)
    stop.set()
    watcher.join()
    assert rejoined is promoted
    assert cluster.role(first) == "slave"
    assert all(primaries == [promoted.pod] for primaries in seen), f"primaries seen while it restarted: {set(map(tuple, seen))}"
    with cluster.client(first) as c:
        assert c.get(next(reversed(acknowledged))) == acknowledged[next(reversed(acknowledged))]

    # 6. Restart every process at once (a node reboot, say): exactly one primary results, there
    #    never are two at a time, and the acknowledged writes are still there.
    cluster.wait_persisted()
    cluster.kill_all()
    stop, seen = threading.Event(), []
    watcher = watch_roles(cluster, stop, seen)
    cluster.start_all()
    final = wait_for(
        "a settled cluster after restarting everything", lambda: cluster.healthy_primary(sentinels_know_everyone=False),
        timeout=30,
    )
    stop.set()
    watcher.join()
    assert len(cluster.primaries()) == 1
    assert max(len(primaries) for primaries in seen) == 1, f"two primaries at once: {[p for p in seen if len(p) > 1][:3]}"
    with cluster.client(final) as c:
        values = c.mget(list(acknowledged))
    assert all(v == acknowledged[k] for k, v in zip(acknowledged, values)), "acknowledged writes lost in the restart"
