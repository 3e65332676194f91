"""A real Kubernetes control plane for the cluster tests: etcd, kube-apiserver, kube-controller-manager,
kube-scheduler and kwok (fake nodes whose pods become Running without a kubelet), all on 127.0.0.1.

The binaries come from scripts/build_control_plane.sh. `Etcd` runs once per session (data in /dev/shm);
each `Cluster` is a fresh control plane on its own etcd key prefix, so every environment starts empty.
Every process runs in its own process group and is killed when the session ends, on failure too (atexit).

`Kube` is a small HTTP client on urllib3 rather than the generated `kubernetes` client: the checks need
the raw status codes (429 from the eviction API), the API server's own messages, and the `Warning`
response headers, which the generated client does not return.
"""

from __future__ import annotations

import atexit
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import urllib3
import yaml

ROOT = Path(__file__).resolve().parents[2]
NODES = yaml.safe_load((Path(__file__).with_name("nodes.yaml")).read_text())
ADMIN_TOKEN = "lighthouse-cluster-test-admin"
FIELD_MANAGER = "lighthouse-cluster-test"
# kwok manages only the nodes that carry this annotation (kwok's docs, kwok-out-cluster.md).
KWOK_ANNOTATION = ("kwok.x-k8s.io/node", "fake")

# Lines for the end of the pytest session (objects admitted, pods run, timings): conftest prints them.
SUMMARY: list[str] = []
_PROCESSES: list[subprocess.Popen] = []
_LOCK = threading.Lock()


def _kill(proc: subprocess.Popen, timeout: float = 5.0) -> None:
    """SIGTERM the process group, then SIGKILL what is left after `timeout`."""
    if proc.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, timeout)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue


def kill_all() -> None:
    """Every process this module started, newest first (kwok before the API server before etcd)."""
    with _LOCK:
        procs = list(reversed(_PROCESSES))
        _PROCESSES.clear()
    for proc in procs:
        _kill(proc)


atexit.register(kill_all)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(argv: list[str], log: Path) -> subprocess.Popen:
    """Start `argv` in its own process group, stdout and stderr to `log`."""
    with open(log, "ab") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)
    with _LOCK:
        _PROCESSES.append(proc)
    return proc


def wait_until(what: str, check: Callable[[], Any], timeout: float, interval: float = 0.25,
               procs: tuple[tuple[str, subprocess.Popen, Path], ...] = ()) -> Any:
    """Poll `check` until it returns a truthy value; fail naming `what` and the last error, or a process
    of `procs` that died (with the end of its log)."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while True:
        for name, proc, log in procs:
            if proc.poll() is not None:
                tail = log.read_text(errors="replace")[-3000:]
                raise RuntimeError(f"{name} exited with {proc.returncode} while waiting for {what}; log {log}:\n{tail}")
        try:
            result = check()
            if result:
                return result
            last = result
        except Exception as exc:  # noqa: BLE001 - reported below
            last = exc
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}; last: {last!r}")
        time.sleep(interval)


class ApiError(Exception):
    """A non-2xx answer from the API server, with its own message."""

    def __init__(self, method: str, path: str, status: int, body: dict[str, Any] | str) -> None:
        self.status = status
        self.body = body
        self.message = body.get("message", "") if isinstance(body, dict) else str(body)
        self.reason = body.get("reason", "") if isinstance(body, dict) else ""
        super().__init__(f"{method} {path}: {status} {self.reason}: {self.message}")


_WARNING = re.compile(r'^\d{3} \S+ "(.*)"$')


def parse_warnings(values: list[str]) -> list[str]:
    """The texts of `Warning: 299 - "text"` headers (RFC 7234 warn-text)."""
    out = []
    for value in values:
        m = _WARNING.match(value.strip())
        out.append(m.group(1).replace('\\"', '"') if m else value)
    return out


@dataclass(frozen=True)
class Resource:
    plural: str
    namespaced: bool
    base: str  # /api/v1 or /apis/<group>/<version>


class Kube:
    """The API server's REST API with the admin token; every answer's Warning headers are kept."""

    def __init__(self, server: str, token: str, ca_file: Path) -> None:
        self.server = server
        self.http = urllib3.PoolManager(ca_certs=str(ca_file), cert_reqs="CERT_REQUIRED", maxsize=8,
                                        timeout=urllib3.Timeout(connect=5, read=60), retries=False)
        self.headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        self._resources: dict[tuple[str, str], Resource] = {}

    def request(self, method: str, path: str, body: Any = None, params: dict[str, str] | None = None,
                content_type: str = "application/json") -> tuple[Any, list[str]]:
        """(decoded JSON body, warnings); raises ApiError for a non-2xx status."""
        headers = dict(self.headers)
        data = None
        if body is not None:
            data = body if isinstance(body, (bytes, str)) else json.dumps(body)
            headers["Content-Type"] = content_type
        url = self.server + path
        if params:
            url += "?" + urllib.parse.urlencode(params)
        resp = self.http.request(method, url, body=data, headers=headers)
        warnings = parse_warnings(resp.headers.getlist("Warning"))
        try:
            decoded: Any = json.loads(resp.data) if resp.data else None
        except ValueError:
            decoded = resp.data.decode(errors="replace")
        if resp.status >= 400:
            raise ApiError(method, path, resp.status, decoded)
        return decoded, warnings

    def get_json(self, path: str, params: dict[str, str] | None = None) -> Any:
        return self.request("GET", path, params=params)[0]

    # -- discovery -----------------------------------------------------------------------------------

    def resource(self, api_version: str, kind: str) -> Resource:
        key = (api_version, kind)
        if key not in self._resources:
            base = f"/api/{api_version}" if "/" not in api_version else f"/apis/{api_version}"
            listing = self.get_json(base)
            for r in listing["resources"]:
                if "/" not in r["name"]:
                    self._resources[(api_version, r["kind"])] = Resource(r["name"], r["namespaced"], base)
        if key not in self._resources:
            raise LookupError(f"the API server serves no kind {kind} in {api_version}")
        return self._resources[key]

    def path(self, api_version: str, kind: str, name: str | None = None, namespace: str | None = None) -> str:
        res = self.resource(api_version, kind)
        p = res.base
        if res.namespaced and namespace:
            p += f"/namespaces/{namespace}"
        p += f"/{res.plural}"
        return p + (f"/{name}" if name else "")

    def obj_path(self, obj: dict[str, Any]) -> str:
        meta = obj["metadata"]
        return self.path(obj["apiVersion"], obj["kind"], meta["name"], meta.get("namespace"))

    def is_namespaced(self, obj: dict[str, Any]) -> bool:
        return self.resource(obj["apiVersion"], obj["kind"]).namespaced

    # -- verbs ---------------------------------------------------------------------------------------

    def apply(self, obj: dict[str, Any], dry_run: bool = False) -> tuple[dict[str, Any], list[str]]:
        """Server-side apply with fieldValidation=Strict (unknown or duplicate fields are errors)."""
        params = {"fieldManager": FIELD_MANAGER, "fieldValidation": "Strict", "force": "true"}
        if dry_run:
            params["dryRun"] = "All"
        return self.request("PATCH", self.obj_path(obj), body=obj, params=params,
                            content_type="application/apply-patch+yaml")

    def get(self, api_version: str, kind: str, name: str, namespace: str | None = None) -> dict[str, Any]:
        return self.get_json(self.path(api_version, kind, name, namespace))

    def objects(self, api_version: str, kind: str, namespace: str | None = None,
             selector: str | None = None, field_selector: str | None = None) -> list[dict[str, Any]]:
        params = {}
        if selector:
            params["labelSelector"] = selector
        if field_selector:
            params["fieldSelector"] = field_selector
        return self.get_json(self.path(api_version, kind, namespace=namespace), params)["items"]

    def create(self, obj: dict[str, Any]) -> dict[str, Any]:
        meta = obj["metadata"]
        return self.request("POST", self.path(obj["apiVersion"], obj["kind"], namespace=meta.get("namespace")), obj)[0]

    def merge_patch(self, api_version: str, kind: str, name: str, namespace: str | None, patch: dict[str, Any],
                    subresource: str = "") -> dict[str, Any]:
        path = self.path(api_version, kind, name, namespace) + (f"/{subresource}" if subresource else "")
        return self.request("PATCH", path, patch, content_type="application/merge-patch+json")[0]

    def scale(self, api_version: str, kind: str, name: str, namespace: str, replicas: int) -> None:
        self.merge_patch(api_version, kind, name, namespace, {"spec": {"replicas": replicas}}, "scale")

    def evict(self, pod: dict[str, Any]) -> None:
        """POST an Eviction; raises ApiError (429 when a PodDisruptionBudget forbids it)."""
        meta = pod["metadata"]
        # The UID precondition: a StatefulSet's replacement pod has the same name, and must not be evicted.
        body = {"apiVersion": "policy/v1", "kind": "Eviction",
                "metadata": {"name": meta["name"], "namespace": meta["namespace"]},
                "deleteOptions": {"preconditions": {"uid": meta["uid"]}}}
        self.request("POST", f"/api/v1/namespaces/{meta['namespace']}/pods/{meta['name']}/eviction", body)

    def events(self, namespace: str | None = None) -> list[dict[str, Any]]:
        path = f"/api/v1/namespaces/{namespace}/events" if namespace else "/api/v1/events"
        return self.get_json(path)["items"]


@dataclass
class Binaries:
    """The directory scripts/build_control_plane.sh built."""

    root: Path

    def __getattr__(self, name: str) -> str:
        path = self.root / name.replace("_", "-")
        if not os.access(path, os.X_OK):
            raise FileNotFoundError(f"{path}: not built; run scripts/build_control_plane.sh")
        return str(path)


class Etcd:
    """One etcd for the session, its data in /dev/shm (a tmpfs: no fsync cost)."""

    def __init__(self, bins: Binaries, workdir: Path) -> None:
        shm = Path("/dev/shm") if Path("/dev/shm").is_dir() else workdir
        self.data = Path(tempfile.mkdtemp(prefix="lighthouse-etcd-", dir=shm))
        client, peer = free_port(), free_port()
        self.url = f"http://127.0.0.1:{client}"
        self.log = workdir / "etcd.log"
        self.proc = start([
            bins.etcd, "--name=lighthouse-test", f"--data-dir={self.data}",
            f"--listen-client-urls={self.url}", f"--advertise-client-urls={self.url}",
            f"--listen-peer-urls=http://127.0.0.1:{peer}", f"--initial-advertise-peer-urls=http://127.0.0.1:{peer}",
            f"--initial-cluster=lighthouse-test=http://127.0.0.1:{peer}",
            "--unsafe-no-fsync", "--quota-backend-bytes=4294967296", "--log-level=warn",
        ], self.log)
        http = urllib3.PoolManager(retries=False, timeout=2)
        wait_until("etcd /health", lambda: http.request("GET", self.url + "/health").status == 200, 30,
                   procs=(("etcd", self.proc, self.log),))

    def stop(self) -> None:
        _kill(self.proc)
        shutil.rmtree(self.data, ignore_errors=True)


@dataclass
class Cluster:
    """A fresh control plane (API server, controller-manager, scheduler, kwok) on its own etcd prefix."""

    name: str
    bins: Binaries
    etcd: Etcd
    workdir: Path
    procs: list[tuple[str, subprocess.Popen, Path]] = field(default_factory=list)
    kube: Kube = field(init=False)
    kubeconfig: Path = field(init=False)

    def start(self) -> Cluster:
        w = self.workdir
        w.mkdir(parents=True, exist_ok=True)
        sa_key = w / "sa.key"
        if not sa_key.exists():
            subprocess.run(["openssl", "genrsa", "-out", str(sa_key), "2048"], check=True, capture_output=True)
        (w / "tokens.csv").write_text(f"{ADMIN_TOKEN},lighthouse-admin,lighthouse-admin,system:masters\n")
        port = free_port()
        server = f"https://127.0.0.1:{port}"
        self._start("kube-apiserver", [
            self.bins.kube_apiserver,
            f"--etcd-servers={self.etcd.url}", f"--etcd-prefix=/lighthouse-{self.name}",
            "--bind-address=127.0.0.1", "--advertise-address=127.0.0.1", f"--secure-port={port}",
            f"--cert-dir={w}", f"--token-auth-file={w / 'tokens.csv'}",
            "--authorization-mode=Node,RBAC", "--anonymous-auth=false",
            # On top of the default plugins (these five are among them): named so that a change of
            # defaults cannot silently drop what the tests rely on.
            "--enable-admission-plugins=PodSecurity,ResourceQuota,LimitRanger,Priority,ServiceAccount",
            "--service-cluster-ip-range=10.96.0.0/16", "--allow-privileged=true",
            "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
            f"--service-account-key-file={sa_key}", f"--service-account-signing-key-file={sa_key}",
            "--profiling=false", "--watch-cache=true", "--v=1",
        ])
        ca = w / "apiserver.crt"
        wait_until("the API server's self-signed certificate", ca.exists, 60, procs=tuple(self.procs))
        self.kube = Kube(server, ADMIN_TOKEN, ca)
        wait_until("kube-apiserver /readyz", lambda: self.kube.request("GET", "/readyz")[0] is not None or True,
                   90, interval=0.5, procs=tuple(self.procs))
        self.kubeconfig = w / "kubeconfig"
        self.kubeconfig.write_text(yaml.safe_dump({
            "apiVersion": "v1", "kind": "Config", "current-context": "test",
            "clusters": [{"name": "test", "cluster": {"server": server, "certificate-authority": str(ca)}}],
            "users": [{"name": "admin", "user": {"token": ADMIN_TOKEN}}],
            "contexts": [{"name": "test", "context": {"cluster": "test", "user": "admin"}}],
        }))
        kc = f"--kubeconfig={self.kubeconfig}"
        self._start("kube-controller-manager", [
            self.bins.kube_controller_manager, kc, "--leader-elect=false", "--secure-port=0",
            f"--service-account-private-key-file={sa_key}", f"--root-ca-file={ca}",
            # No metrics pipeline, so the harness plays the HorizontalPodAutoscaler (it scales each
            # target to the HPA's minimum, then to its maximum); the HPA controller would only log
            # FailedGetResourceMetric. Node IPAM and cloud routes need a cloud provider.
            "--controllers=*,-horizontalpodautoscaling",
            "--concurrent-deployment-syncs=10", "--concurrent-replicaset-syncs=10",
            "--kube-api-qps=200", "--kube-api-burst=400", "--v=1",
        ])
        self._start("kube-scheduler", [
            self.bins.kube_scheduler, kc, "--leader-elect=false", "--secure-port=0",
            "--kube-api-qps=200", "--kube-api-burst=400", "--v=1",
        ])
        self._start("kwok", [
            self.bins.kwok, kc, f"--config={self.bins.root / 'kwok-stages.yaml'}", "--manage-all-nodes=false",
            f"--manage-nodes-with-annotation-selector={KWOK_ANNOTATION[0]}={KWOK_ANNOTATION[1]}",
            "--cidr=10.244.0.0/16", "--node-ip=10.255.0.1", f"--server-address=127.0.0.1:{free_port()}",
        ])
        wait_until("the default ServiceAccount (controller-manager up)",
                   lambda: self.kube.get("v1", "ServiceAccount", "default", "default"), 90,
                   procs=tuple(self.procs))
        return self

    def _start(self, name: str, argv: list[str]) -> None:
        log = self.workdir / f"{name}.log"
        self.procs.append((name, start(argv, log), log))

    def check_alive(self) -> None:
        for name, proc, log in self.procs:
            if proc.poll() is not None:
                raise RuntimeError(f"{name} exited with {proc.returncode}; log {log}:\n"
                                   f"{log.read_text(errors='replace')[-3000:]}")

    def stop(self) -> None:
        for _, proc, _ in reversed(self.procs):
            _kill(proc)
        self.procs.clear()

    # -- nodes and volumes ---------------------------------------------------------------------------

    def add_nodes(self, nodes: list[dict[str, Any]]) -> None:
        """Create kwok-managed Nodes and set their status (capacity, allocatable, Ready)."""
        for node in nodes:
            status = node.pop("status")
            self.kube.create(node)
            self.kube.merge_patch("v1", "Node", node["metadata"]["name"], None, {"status": status}, "status")
        names = {n["metadata"]["name"] for n in nodes}

        def ready() -> bool:
            ok = {
                n["metadata"]["name"] for n in self.kube.objects("v1", "Node")
                if any(c["type"] == "Ready" and c["status"] == "True" for c in n["status"].get("conditions", []))
            }
            return names <= ok

        wait_until("kwok to report every node Ready", ready, 60, procs=tuple(self.procs))

    def provision_volumes(self) -> int:
        """Bind each Pending PersistentVolumeClaim to a new PersistentVolume of its size, as a dynamic
        provisioner would (there is none: no storage driver runs here). Returns how many it created."""
        created = 0
        for pvc in self.kube.objects("v1", "PersistentVolumeClaim"):
            if pvc.get("status", {}).get("phase") == "Bound" or pvc["spec"].get("volumeName"):
                continue
            meta = pvc["metadata"]
            name = f"pv-{meta['uid']}"
            spec = {
                "capacity": {"storage": pvc["spec"]["resources"]["requests"]["storage"]},
                "accessModes": pvc["spec"]["accessModes"],
                "persistentVolumeReclaimPolicy": "Delete",
                "storageClassName": pvc["spec"].get("storageClassName") or "",
                "claimRef": {"namespace": meta["namespace"], "name": meta["name"], "uid": meta["uid"]},
                "csi": {"driver": "fake.csi.lighthouse.test", "volumeHandle": name},
            }
            try:
                self.kube.create({"apiVersion": "v1", "kind": "PersistentVolume", "metadata": {"name": name}, "spec": spec})
                created += 1
            except ApiError as exc:
                if exc.status != 409:
                    raise
        return created


def pods_of(kube: Kube, workload: dict[str, Any]) -> list[dict[str, Any]]:
    """The live pods a workload's selector matches (not terminating)."""
    # A Job in dist/ has no selector (the API server generates one): its template labels select its pods.
    sel = (workload["spec"].get("selector") or {}).get("matchLabels") or workload["spec"]["template"]["metadata"]["labels"]
    selector = ",".join(f"{k}={v}" for k, v in sorted(sel.items()))
    ns = workload["metadata"]["namespace"]
    return [p for p in kube.objects("v1", "Pod", ns, selector=selector) if not p["metadata"].get("deletionTimestamp")]


def iter_docs(path: Path) -> Iterator[dict[str, Any]]:
    from lighthouse_constructs.validation import load_all

    for p in sorted(path.rglob("*.y*ml")):
        yield from (d for d in load_all(p.read_text()) if isinstance(d, dict) and d.get("kind"))


@dataclass
class ControlPlane:
    bins: Binaries
    etcd: Etcd
    workdir: Path


def fake_nodes(count: int, prefix: str = "node") -> list[dict[str, Any]]:
    """`count` kwok Nodes, round-robin over the zones of nodes.yaml, with its allocatable."""
    zones = NODES["zones"]
    allocatable = {k: str(v) for k, v in NODES["allocatable"].items()}
    out = []
    for i in range(count):
        zone = zones[i % len(zones)]
        name = f"{prefix}-{zone}-{i // len(zones)}"
        out.append({
            "apiVersion": "v1", "kind": "Node",
            "metadata": {
                "name": name,
                "annotations": {KWOK_ANNOTATION[0]: KWOK_ANNOTATION[1], "node.alpha.kubernetes.io/ttl": "0"},
                "labels": {
                    "kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
                    "topology.kubernetes.io/zone": zone, "topology.kubernetes.io/region": "test",
                    "type": "kwok",
                },
            },
            "spec": {},
            "status": {"capacity": allocatable, "allocatable": allocatable},
        })
    return out
