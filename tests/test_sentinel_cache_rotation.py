"""A real password rotation: the synthesized scripts run with redis-server and redis-sentinel on
127.0.0.1 (3 Redis + 3 Sentinels, the harness of the failover test), while a client writes
without pause.

The three steps of docs/runbooks/redis-password-rotation.md, each a change of the mounted Secret
followed by scripts/rotate-password.sh, with pods restarted in the middle of the window. It
asserts what the users of the cache rely on: no write is refused (min-replicas-to-write never
sees a replica go), every write is acknowledged by a replica, every Sentinel still monitors the
primary (no s_down or o_down flag, every peer known and up, CKQUORUM OK), and afterwards the
old password is refused everywhere.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import cdk8s
import pytest
import redis

from lighthouse_constructs.handles import SecretRef
from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps
from lighthouse_constructs.sentinel_cache import SentinelCache, SentinelCacheProps

from sentinel_harness import LocalSentinelCache, Node, wait_for

pytestmark = pytest.mark.skipif(
    not (shutil.which("redis-server") and shutil.which("redis-sentinel") and shutil.which("redis-cli")),
    reason="needs redis-server, redis-sentinel and redis-cli (Debian packages redis-server, redis-sentinel; .ci/run installs them)",
)

PROPS = SentinelCacheProps(
    name="cache", redis_replicas=3, sentinels=3, down_after_milliseconds=1000, failover_timeout_milliseconds=5000,
    startup_retry_seconds=0.5, min_replicas_to_write=1,
)
OLD = 'old p@ss "w\\rd"'
NEW = "new p@ss 'w\\rd' \"2\""
"""Quotes, backslashes and spaces: both must pass through config files, ACL rules and stdin intact."""


def synthesized_objects() -> list[dict]:
    chart = cdk8s.Testing.chart()
    namespace = LighthouseNamespace(chart, "Namespace", NamespaceProps(name="lighthouse-data", tier="data"))
    auth = SecretRef("cache-auth", "lighthouse-data", ("password", "alternate"))
    SentinelCache(chart, "Cache", PROPS, namespace=namespace, auth=auth)
    return cdk8s.Testing.synth(chart)


@pytest.fixture
def cluster(tmp_path: Path):
    local = LocalSentinelCache(synthesized_objects(), tmp_path, OLD)
    yield local
    print(local.logs())  # shown only when the test fails
    local.kill_all()


class Writer(threading.Thread):
    """A client of the primary that writes without pause and, like a pooled client, opens a new
    connection every 20 writes with its current `password`. Each write is a SET followed by
    WAIT 1: `refused` records every error, `unacknowledged` every write no replica confirmed."""

    def __init__(self, cluster: LocalSentinelCache, primary: Node) -> None:
        super().__init__(daemon=True)
        self.cluster, self.primary, self.password = cluster, primary, OLD
        self.acknowledged = 0
        self.refused: list[str] = []
        self.unacknowledged: list[str] = []
        self.stopped = threading.Event()

    def run(self) -> None:
        i = 0
        while not self.stopped.is_set():
            with self.cluster.client(self.primary, password=self.password) as c:
                for _ in range(20):
                    key = f"rotation:{i}"
                    try:
                        c.set(key, i)
                        if c.execute_command("WAIT", 1, 1000) >= 1:
                            self.acknowledged += 1
                        else:
                            self.unacknowledged.append(key)
                    except (redis.RedisError, OSError) as exc:
                        self.refused.append(f"{key}: {type(exc).__name__}: {exc}")
                    i += 1


class LinkWatcher(threading.Thread):
    """Samples, every 20 ms, the primary's count of connected replicas and the link of `replica`."""

    def __init__(self, cluster: LocalSentinelCache, primary: Node, replica: Node) -> None:
        super().__init__(daemon=True)
        self.primary_client = cluster.client(primary)
        self.replica_client = cluster.client(replica)
        self.fewest_replicas: int | None = None
        self.link_down: list[str] = []
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            connected = int(self.primary_client.info("replication")["connected_slaves"])
            self.fewest_replicas = connected if self.fewest_replicas is None else min(self.fewest_replicas, connected)
            link = self.replica_client.info("replication")["master_link_status"]
            if link != "up":
                self.link_down.append(link)
            time.sleep(0.02)


def rotate(cluster: LocalSentinelCache, step: str) -> float:
    """Run rotate-password.sh (kubectl exec into cache-redis-0); returns how long it took."""
    started = time.monotonic()
    result = cluster.run_script(cluster.redis[0], "rotate-password.sh")
    assert result.returncode == 0, f"step {step}: rotate-password.sh failed:\n{result.stderr}"
    return time.monotonic() - started


def probes_pass(cluster: LocalSentinelCache, when: str) -> None:
    """The readiness probe (probe.sh) of every pod passes: no pod goes NotReady, none is restarted
    by its liveness probe, whether its files or its server changed first."""
    for node in cluster.nodes:
        result = cluster.run_script(node, "probe.sh", str(node.port), "ready", timeout=10)
        assert result.returncode == 0, f"{when}: the probe of {node.pod} fails: {result.stdout}{result.stderr}"


def restart(cluster: LocalSentinelCache, *nodes: Node) -> None:
    for node in nodes:
        node.kill()
        node.start()
    wait_for(f"the cluster to settle after restarting {[n.pod for n in nodes]}", cluster.healthy_primary, timeout=30)


def refuses(cluster: LocalSentinelCache, node: Node, password: str) -> bool:
    try:
        with cluster.client(node, password=password) as c:
            c.ping()
    except redis.AuthenticationError:
        return True
    return False


def test_can_rotate_the_password_while_a_client_writes_without_a_refused_write(cluster: LocalSentinelCache) -> None:
    down_after = PROPS.down_after_milliseconds / 1000
    cluster.start_all()
    primary = wait_for("a settled cluster", cluster.healthy_primary, timeout=30)
    assert primary.pod == "cache-redis-0"
    redis1, redis2 = cluster.redis[1], cluster.redis[2]
    sentinel1, sentinel2 = cluster.sentinels[1], cluster.sentinels[2]

    writer, watcher = Writer(cluster, primary), LinkWatcher(cluster, primary, redis1)
    writer.start()
    watcher.start()
    wait_for("writes to flow", lambda: writer.acknowledged >= 100, timeout=10)
    started = time.monotonic()

    # 1. The Secret gains NEW as the alternate. A Sentinel restarted before the script ran
    #    (nodes still take OLD only) still starts and monitors; then every node also takes NEW.
    cluster.set_secret(OLD, NEW)
    probes_pass(cluster, "step 1, files changed")
    restart(cluster, sentinel1)
    script_seconds = [rotate(cluster, "1")]
    probes_pass(cluster, "step 1 done")
    assert all(not refuses(cluster, n, NEW) and not refuses(cluster, n, OLD) for n in cluster.nodes)

    # 2. The Secret switches to NEW (OLD is the alternate): nodes authenticate with NEW, the
    #    clients roll onto NEW. A replica restarted before the script and a Sentinel restarted
    #    after it rejoin.
    cluster.set_secret(NEW, OLD)
    probes_pass(cluster, "step 2, files changed")
    restart(cluster, redis2)
    script_seconds.append(rotate(cluster, "2"))
    probes_pass(cluster, "step 2 done")
    writer.password = cluster.password = NEW
    restart(cluster, sentinel2)

    # 3. The Secret holds NEW only: OLD is dropped everywhere.
    cluster.set_secret(NEW)
    probes_pass(cluster, "step 3, files changed")
    script_seconds.append(rotate(cluster, "3"))
    probes_pass(cluster, "step 3 done")
    rotation_seconds = time.monotonic() - started
    # Long enough for a Sentinel that could not authenticate to mark its peer or the primary down.
    time.sleep(2 * down_after + 1)
    writer.stopped.set()
    watcher.stopped.set()
    writer.join(timeout=5)
    watcher.join(timeout=5)

    print(
        f"\nrotation: {writer.acknowledged} writes acknowledged by a replica, {len(writer.refused)} refused, "
        f"{len(writer.unacknowledged)} unacknowledged, over {rotation_seconds:.2f}s of rotation "
        f"(rotate-password.sh took {', '.join(f'{s:.2f}s' for s in script_seconds)}; "
        f"2 Sentinels and 1 replica restarted in the window; fewest connected replicas {watcher.fewest_replicas})"
    )
    assert not writer.refused, f"{len(writer.refused)} writes refused, e.g. {writer.refused[:3]}"
    assert not writer.unacknowledged, f"{len(writer.unacknowledged)} writes no replica acknowledged"
    assert not watcher.link_down, f"the untouched replica's link went {set(watcher.link_down)}"
    assert watcher.fewest_replicas is not None and watcher.fewest_replicas >= PROPS.min_write_replicas

    assert cluster.healthy_primary() is primary
    for sentinel in cluster.sentinels:
        state = cluster.sentinel_state(sentinel)
        master = state["master"]
        assert isinstance(master, dict)
        assert master["flags"] == "master", f"{sentinel.pod} flags the primary {master['flags']}"
        assert int(master["num-other-sentinels"]) == len(cluster.sentinels) - 1, f"{sentinel.pod}: {master}"
        assert int(master["num-slaves"]) == len(cluster.redis) - 1, f"{sentinel.pod}: {master}"
        assert state["peers"] == ["sentinel"] * (len(cluster.sentinels) - 1), f"{sentinel.pod} sees peers {state['peers']}"
        assert str(state["ckquorum"]).startswith("OK"), f"{sentinel.pod}: CKQUORUM {state['ckquorum']}"

    # redis_exporter reads its password once, at start: its own login outlives the rotation, and
    # reaches what the exporter reads but no key.
    for node in cluster.nodes:
        exporter = Path(node.env["EXPORTER_PASSWORD_FILE"]).read_text().strip()
        host, port = node.address.rsplit(":", 1)
        with redis.Redis(host=host, port=int(port), username="exporter", password=exporter, socket_timeout=1) as c:
            assert "connected_clients" in c.info()
            if node in cluster.redis:
                assert c.config_get("maxmemory")
                with pytest.raises(redis.exceptions.NoPermissionError):
                    c.get("rotation:0")
            else:
                assert c.execute_command("SENTINEL", "MASTERS")
    for node in cluster.nodes:
        assert refuses(cluster, node, OLD), f"{node.pod} still takes the old password"
        assert not refuses(cluster, node, NEW), f"{node.pod} refuses the new password"
    # A pod restarted after the rotation starts on the new password alone.
    restart(cluster, redis1)
    assert refuses(cluster, redis1, OLD)


def test_fails_to_switch_any_node_while_one_node_is_down(cluster: LocalSentinelCache) -> None:
    cluster.start_all()
    wait_for("a settled cluster", cluster.healthy_primary, timeout=30)
    down = cluster.sentinels[2]
    down.kill()
    cluster.set_secret(NEW, OLD)  # step 2 straight away: the nodes would switch to NEW

    result = cluster.run_script(cluster.redis[0], "rotate-password.sh")
    assert result.returncode == 1
    assert f"stopped before switching any node: fix or wait for {down.address}" in result.stderr
    for node in cluster.redis:
        with cluster.client(node) as c:
            assert c.config_get("masterauth")["masterauth"] == OLD, f"{node.pod} switched although a node was down"

    # Once the node is back, the same run completes.
    down.start()
    wait_for("the Sentinel to rejoin", cluster.healthy_primary, timeout=30)
    assert cluster.run_script(cluster.redis[0], "rotate-password.sh").returncode == 0
    cluster.password = NEW
    for node in cluster.redis:
        with cluster.client(node) as c:
            assert c.config_get("masterauth")["masterauth"] == NEW
