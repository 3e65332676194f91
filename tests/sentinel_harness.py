"""Run a synthesized SentinelCache on 127.0.0.1 with real redis-server and redis-sentinel processes.

Everything comes from the synthesized objects: the ConfigMap's files (redis.conf, sentinel.conf,
the scripts) and each StatefulSet's server container (command and env). Only addresses and
directories change: every `host:port` in REDIS_NODES / SENTINEL_NODES becomes 127.0.0.1 with a
free port, and every path under a volume mount becomes a local directory.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

NODE_LISTS = ("REDIS_NODES", "SENTINEL_NODES")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what: str, check: Callable[[], object], timeout: float, interval: float = 0.05) -> object:
    """Poll `check` until it returns something truthy; fail with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            result = check()
            if result:
                return result
        except (redis.RedisError, OSError) as exc:
            last_error = exc
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what} (last error: {last_error})")


@dataclass
class Node:
    """One pod of the StatefulSet, run as a local process group."""

    pod: str
    address: str
    command: list[str]
    env: dict[str, str]
    log: Path
    process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def port(self) -> int:
        return int(self.address.rsplit(":", 1)[1])

    def start(self) -> None:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                self.command, env=self.env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )

    def kill(self) -> None:
        """SIGKILL the whole process group: the script, the server and any helper (a crash)."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None


class LocalSentinelCache:
    """The Redis and Sentinel pods of one synthesized SentinelCache, as local processes."""

    def __init__(self, objects: list[dict], workdir: Path, password: str) -> None:
        self.workdir = workdir
        self.password = password
        config_maps = [o for o in objects if o["kind"] == "ConfigMap"]
        assert len(config_maps) == 1, f"expected one ConfigMap, got {[c['metadata']['name'] for c in config_maps]}"
        self.files = config_maps[0]["data"]
        sets = {o["spec"]["template"]["spec"]["containers"][0]["name"]: o for o in objects if o["kind"] == "StatefulSet"}
        self.ports: dict[str, str] = {}
        self.redis = self._nodes(sets["redis"])
        self.sentinels = self._nodes(sets["sentinel"])
        env = self.redis[0].env
        self.master_set = env["MASTER_SET"]

    # -- construction --------------------------------------------------------------------------

    def _local(self, address: str) -> str:
        if address not in self.ports:
            self.ports[address] = f"127.0.0.1:{free_port()}"
        return self.ports[address]

    def _nodes(self, statefulset: dict) -> list[Node]:
        name = statefulset["metadata"]["name"]
        pod_spec = statefulset["spec"]["template"]["spec"]
        container = pod_spec["containers"][0]
        nodes = []
        for ordinal in range(statefulset["spec"]["replicas"]):
            pod = f"{name}-{ordinal}"
            local_dirs = {m["mountPath"]: self._mount_dir(m["name"], pod) for m in container["volumeMounts"]}

            def rewrite(value: str, local_dirs: dict = local_dirs) -> str:
                for mount, local in local_dirs.items():
                    if value == mount or value.startswith(mount + "/"):
                        return str(local) + value[len(mount):]
                return value

            env = {"PATH": os.environ["PATH"]}
            for var in container["env"]:
                if "value" in var:
                    value = var["value"]
                    if var["name"] in NODE_LISTS:
                        value = " ".join(self._local(a) for a in value.split())
                    env[var["name"]] = rewrite(value)
                elif var["valueFrom"].get("fieldRef", {}).get("fieldPath") == "metadata.name":
                    env[var["name"]] = pod
                else:
                    raise AssertionError(f"{pod}: env {var['name']} has a source the harness cannot reproduce")
            own_list = "REDIS_NODES" if container["name"] == "redis" else "SENTINEL_NODES"
            address = env[own_list].split()[ordinal]
            command = [rewrite(arg) for arg in container["command"]]
            nodes.append(Node(pod, address, command, env, self.workdir / "logs" / f"{pod}.log"))
        return nodes

    def _mount_dir(self, volume: str, pod: str) -> Path:
        """The local directory standing in for a volume: shared ones once, per-pod ones per pod."""
        if volume == "config":
            path = self.workdir / "config"
            if not path.exists():
                path.mkdir(parents=True)
                for key, text in self.files.items():
                    (path / key).write_text(text)
        elif volume == "auth":
            path = self.workdir / "auth"
            if not path.exists():
                path.mkdir(parents=True)
                (path / "password").write_text(self.password + "\n")
        else:
            path = self.workdir / "pods" / pod / volume
            path.mkdir(parents=True, exist_ok=True)
        return path

    # -- clients -------------------------------------------------------------------------------

    def client(self, node: Node, **kwargs: object) -> redis.Redis:
        """A client of one node that fails at once (no retries) when the node is gone."""
        host, port = node.address.rsplit(":", 1)
        return redis.Redis(
            host=host, port=int(port), password=self.password, socket_timeout=1, socket_connect_timeout=1,
            decode_responses=True, retry=Retry(NoBackoff(), 0), **kwargs,
        )

    def role(self, node: Node) -> str | None:
        """ROLE of a Redis node, or None when it does not answer."""
        try:
            with self.client(node) as c:
                return c.execute_command("ROLE")[0]
        except (redis.RedisError, OSError):
            return None

    def node_at(self, address: str) -> Node:
        return next(n for n in self.redis if n.address == address)

    def sentinel_views(self) -> list[str | None]:
        """What each Sentinel names as primary (host:port), None when it names none or is down."""
        views: list[str | None] = []
        for s in self.sentinels:
            try:
                with self.client(s) as c:
                    answer = c.execute_command("SENTINEL", "GET-MASTER-ADDR-BY-NAME", self.master_set)
                views.append(f"{answer[0]}:{answer[1]}" if answer else None)
            except (redis.RedisError, OSError):
                views.append(None)
        return views

    def primaries(self) -> list[Node]:
        return [n for n in self.redis if self.role(n) == "master"]

    def healthy_primary(self, sentinels_know_everyone: bool = True) -> Node | None:
        """The primary when the cluster is settled: one primary, every replica streaming from it
        with its link up, and every Sentinel naming it. With `sentinels_know_everyone`, every
        Sentinel also knows every replica and every other Sentinel (it learns replicas from the
        primary's INFO, which it polls every 10 s)."""
        primaries = self.primaries()
        if len(primaries) != 1:
            return None
        primary = primaries[0]
        host, port = primary.address.rsplit(":", 1)
        for node in self.redis:
            if node is primary:
                continue
            with self.client(node) as c:
                info = c.info("replication")
            if info.get("master_host") != host or str(info.get("master_port")) != port:
                return None
            if info.get("master_link_status") != "up" or info.get("master_sync_in_progress"):
                return None
        if any(view != primary.address for view in self.sentinel_views()):
            return None
        if not sentinels_know_everyone:
            return primary
        for s in self.sentinels:
            with self.client(s) as c:
                master = c.execute_command("SENTINEL", "MASTER", self.master_set)
            state = dict(zip(master[::2], master[1::2]))
            if int(state["num-slaves"]) != len(self.redis) - 1 or int(state["num-other-sentinels"]) != len(self.sentinels) - 1:
                return None
        return primary

    def wait_persisted(self) -> None:
        """Until no Redis node has an AOF rewrite pending, then one fsync period (appendfsync everysec)."""

        def done() -> bool:
            for node in self.redis:
                with self.client(node) as c:
                    info = c.info("persistence")
                if info["aof_rewrite_in_progress"] or info["aof_rewrite_scheduled"] or info["loading"]:
                    return False
            return True

        wait_for("the AOF rewrites to finish", done, timeout=10)
        time.sleep(1.2)

    # -- lifecycle -----------------------------------------------------------------------------

    @property
    def nodes(self) -> list[Node]:
        return self.redis + self.sentinels

    def start_all(self) -> None:
        for node in self.nodes:
            node.start()

    def kill_all(self) -> None:
        for node in self.nodes:
            node.kill()

    def logs(self) -> str:
        return "\n".join(
            f"--- {n.pod}\n" + "\n".join(n.log.read_text(errors="replace").splitlines()[-40:])
            for n in self.nodes if n.log.exists()
        )
