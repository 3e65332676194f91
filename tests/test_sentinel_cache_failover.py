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

import cdk8s
import pytest
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry
from redis.sentinel import Sentinel

from lighthouse_constructs.handles import SecretRef
from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps
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


def synthesized_objects(props: SentinelCacheProps = PROPS) -> list[dict]:
    chart = cdk8s.Testing.chart()
    namespace = LighthouseNamespace(chart, "Namespace", NamespaceProps(name="lighthouse-data", tier="data"))
    SentinelCache(chart, "Cache", props, namespace=namespace, auth=SecretRef("cache-auth", "lighthouse-data", ("password",)))
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


class SentinelWriter(threading.Thread):
    """A Sentinel-aware client (what the bridges run) writing without pause: SET, then WAIT 1.
    Records the time of every acknowledged write and every error; it retries through Sentinel."""

    def __init__(self, cluster: LocalSentinelCache) -> None:
        super().__init__(daemon=True)
        sentinel = Sentinel(
            [tuple(s.address.rsplit(":", 1)) for s in cluster.sentinels],
            sentinel_kwargs={"password": PASSWORD, "socket_timeout": 0.5, "retry": Retry(NoBackoff(), 0)},
            password=PASSWORD, socket_timeout=2, socket_connect_timeout=0.5, retry=Retry(NoBackoff(), 0),
        )
        self.client = sentinel.master_for(cluster.master_set)
        self.acknowledged: dict[str, float] = {}
        self.errors: list[str] = []
        self.stopped = threading.Event()

    def run(self) -> None:
        i = 0
        while not self.stopped.is_set():
            key = f"handover:{i}"
            try:
                self.client.set(key, i)
                if self.client.execute_command("WAIT", 1, 1000) >= 1:
                    self.acknowledged[key] = time.monotonic()
                i += 1
            except (redis.RedisError, OSError) as exc:
                self.errors.append(f"{type(exc).__name__}: {exc}")
                time.sleep(0.05)


def test_can_hand_the_primary_over_in_the_prestop_hook_so_a_rollout_never_kills_it(cluster: LocalSentinelCache) -> None:
    cluster.start_all()
    first = wait_for("a settled cluster", cluster.healthy_primary, timeout=30)
    replicas = [n for n in cluster.redis if n is not first]

    # A replica's hook returns at once and changes nothing.
    result = cluster.run_pre_stop(replicas[0], timeout=10)
    assert result.returncode == 0, result.stderr
    assert "not the primary" in result.stderr
    assert cluster.primaries() == [first]

    writer = SentinelWriter(cluster)
    writer.start()
    wait_for("writes to flow", lambda: len(writer.acknowledged) >= 200, timeout=10)

    # The primary's hook (the kubelet runs it before SIGTERM): a replica is promoted before it returns.
    started = time.monotonic()
    result = cluster.run_pre_stop(first, timeout=PROPS.termination_grace_period_seconds)
    hook_seconds = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    promoted = [n for n in replicas if cluster.role(n) == "master"]
    assert len(promoted) == 1, f"after the hook, primaries among the replicas: {[n.pod for n in promoted]}\n{result.stderr}"
    new = promoted[0]
    views = cluster.sentinel_views()
    assert views.count(new.address) >= PROPS.effective_quorum, f"the Sentinels name {views}"
    first.terminate()
    stopped = time.monotonic()

    # Writes continue on the new primary.
    wait_for("writes on the new primary", lambda: any(t > stopped for t in writer.acknowledged.values()), timeout=15)
    resumed = min(t for t in writer.acknowledged.values() if t > started)
    before = [t for t in writer.acknowledged.values() if t <= started]
    wait_for("200 more writes", lambda: sum(t > stopped for t in writer.acknowledged.values()) >= 200, timeout=15)
    writer.stopped.set()
    writer.join(timeout=5)
    acknowledged = dict(writer.acknowledged)
    gaps = sorted(b - a for a, b in zip(sorted(acknowledged.values()), sorted(acknowledged.values())[1:]))
    print(
        f"\npreStop: {first.pod} handed over to {new.pod} in {hook_seconds:.2f}s; the longest pause between two "
        f"acknowledged writes was {gaps[-1]:.2f}s; {len(acknowledged)} writes acknowledged ({len(before)} before the hook), "
        f"{len(writer.errors)} client errors retried"
    )
    assert hook_seconds < PROPS.prestop_failover_seconds
    assert resumed - started < PROPS.prestop_failover_seconds

    # Every acknowledged write is on the new primary: nothing landed on the old one after the handover.
    with cluster.client(new) as c:
        values = c.mget(list(acknowledged))
    lost = [k for k, v in zip(acknowledged, values) if v is None]
    assert not lost, f"{len(lost)} of {len(acknowledged)} acknowledged writes lost, e.g. {lost[:5]}"

    # The stopped pod comes back (the rollout's new pod) as a replica of the new primary.
    first.start()
    assert wait_for("the old primary to rejoin", cluster.healthy_primary, timeout=30) is new
    assert cluster.role(first) == "slave"


def test_fails_the_handover_at_once_and_unpauses_writes_when_no_replica_can_take_over(cluster: LocalSentinelCache) -> None:
    cluster.start_all()
    primary = wait_for("a settled cluster", cluster.healthy_primary, timeout=30)
    for replica in cluster.redis:
        if replica is not primary:
            replica.kill()
    wait_for("the Sentinels to see the replicas down", lambda: all(
        "s_down" in f for s in cluster.sentinels
        for f in [r[r.index("flags") + 1] for r in cluster.client(s).execute_command("SENTINEL", "REPLICAS", cluster.master_set)]
    ), timeout=10)

    started = time.monotonic()
    result = cluster.run_pre_stop(primary, timeout=PROPS.termination_grace_period_seconds)
    took = time.monotonic() - started
    assert result.returncode == 1
    assert "no Sentinel accepted a failover" in result.stderr
    assert took < 10, f"the hook waited {took:.1f}s for a failover that cannot happen"
    # Not paused: a write is answered at once (refused for want of replicas), not held.
    with cluster.client(primary) as c, pytest.raises(redis.ResponseError, match="NOREPLICAS"):
        c.set("after-hook", "x")


def test_can_stop_a_lone_primary_at_once(tmp_path: Path) -> None:
    lone = SentinelCacheProps(name="cache", production=False, startup_retry_seconds=0.5)
    cluster = LocalSentinelCache(synthesized_objects(lone), tmp_path, PASSWORD)
    try:
        cluster.start_all()
        primary = wait_for("the lone primary", lambda: cluster.healthy_primary(sentinels_know_everyone=False), timeout=30)
        started = time.monotonic()
        result = cluster.run_pre_stop(primary, timeout=10)
        assert result.returncode == 0, result.stderr
        assert "the only Redis node" in result.stderr
        assert time.monotonic() - started < 2
        with cluster.client(primary) as c:
            assert c.set("after-hook", "x")
    finally:
        cluster.kill_all()
