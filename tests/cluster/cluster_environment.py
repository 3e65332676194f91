"""A fresh cluster per environment for tests/cluster/test_cluster_environments.py: control plane, Argo CD's
CRDs Established (the one manual install; every other CRD comes with its release's wave, argo_waves.py),
`platform.capacity.nodes.max` kwok nodes Ready, and the prerequisite namespaces (prerequisites.yaml)."""

from __future__ import annotations

import functools
import os
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from argo_waves import ARGO_CD_CRDS, Plan, plan, wave_objects

from lighthouse_constructs.environments import load_environment

from cluster_checks import ApplyReport, apply_all, wait_established, workloads
from cluster_harness import ROOT, SUMMARY, Cluster, ControlPlane, fake_nodes, iter_docs

CRD_DIR = Path(os.environ.get("LIGHTHOUSE_CRD_DIR", ROOT / "../shared/crds")).resolve()
PREREQUISITES = yaml.safe_load((Path(__file__).with_name("prerequisites.yaml")).read_text())


@dataclass
class EnvRun:
    env: str
    cluster: Cluster
    objects: list[dict[str, Any]]
    crd_report: ApplyReport
    plan: Plan
    report: ApplyReport | None = None
    nodes: list[str] = field(default_factory=list)
    unlisted_namespaces: list[str] = field(default_factory=list)  # used by dist/, created by nobody
    started: float = 0.0

    @property
    def kube(self):
        return self.cluster.kube

    @property
    def workloads(self) -> list[dict[str, Any]]:
        return workloads(self.objects)

    @property
    def pdbs(self) -> list[dict[str, Any]]:
        return [o for o in self.objects if o["kind"] == "PodDisruptionBudget"]


@functools.cache
def crd_objects() -> list[dict[str, Any]]:
    """The CRDs of $LIGHTHOUSE_CRD_DIR, parsed once (4.7 MB of schemas)."""
    return [d for d in iter_docs(CRD_DIR) if d["kind"] == "CustomResourceDefinition"]


def prepare(env: str, node_count: int, control_plane: ControlPlane) -> EnvRun:
    """A fresh cluster for `env`: control plane, CRDs Established, nodes Ready, prerequisite namespaces."""
    delivery = plan(env)
    objects = delivery.root + delivery.apps + wave_objects(delivery)
    assert objects, f"dist/{env} has no objects: run `.venv/bin/python main.py`"
    t0 = time.monotonic()
    cluster = Cluster(env, control_plane.bins, control_plane.etcd, control_plane.workdir / env)
    try:
        cluster.start()
        t1 = time.monotonic()
        crds = [c for c in crd_objects() if (c["spec"]["group"], c["spec"]["names"]["kind"]) in ARGO_CD_CRDS]
        assert crds, f"no Argo CD CustomResourceDefinitions under {CRD_DIR} (LIGHTHOUSE_CRD_DIR)"
        crd_report = apply_all(cluster.kube, crds, threads=4)
        if not crd_report.rejected:
            wait_established(cluster.kube, crds)
        SUMMARY.append(f"{env}: control plane up in {t1 - t0:.1f}s, {len(crds)} CRDs applied and Established "
                       f"in {time.monotonic() - t1:.1f}s")
        nodes = fake_nodes(node_count)
        cluster.add_nodes(nodes)
        owned = {o["metadata"]["name"] for o in objects if o["kind"] == "Namespace"}
        installed = {r.namespace for r in delivery.releases.values()}
        # Argo CD's own objects come before any release's wave, so their namespace is a prerequisite.
        bootstrap = {o["metadata"].get("namespace") for o in delivery.root + delivery.apps}
        needed = ({o["metadata"].get("namespace") for o in objects} - owned - installed | bootstrap) - {None}
        listed = set(PREREQUISITES["namespaces"])
        apply_all(cluster.kube, [
            {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns, "labels": {
                "pod-security.kubernetes.io/enforce": "restricted"}}} for ns in sorted(needed & listed)])
    except BaseException:
        cluster.stop()
        raise
    return EnvRun(env, cluster, objects, crd_report, delivery, nodes=[n["metadata"]["name"] for n in nodes],
                  unlisted_namespaces=sorted(needed - listed))


# Each environment's cluster is prepared in the background while the tests before it run (most of a
# test is waiting for controllers): about 25 s of CRD schemas per cluster leave the critical path.
_PREPARING: dict[str, Future[EnvRun]] = {}
_EXECUTOR = ThreadPoolExecutor(1, thread_name_prefix="prepare-cluster")


def prerequisite_claims(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The PersistentVolumeClaims of prerequisites.yaml that a pod template of `objects` mounts."""
    mounted = {(o["metadata"].get("namespace"), v["persistentVolumeClaim"]["claimName"])
               for o in objects for v in (((o.get("spec") or {}).get("template") or {}).get("spec") or {}).get("volumes", [])
               if "persistentVolumeClaim" in v}
    return [
        {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": c["name"], "namespace": c["namespace"]},
         "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": c["size"]}}}}
        for c in PREREQUISITES.get("claims", []) if (c["namespace"], c["name"]) in mounted
    ]


def submit(env: str, control_plane: ControlPlane) -> Future[EnvRun]:
    """Start preparing `env` in the background (once); its future."""
    if env not in _PREPARING:
        nodes = load_environment(env).platform.capacity.nodes.max
        _PREPARING[env] = _EXECUTOR.submit(prepare, env, nodes, control_plane)
    return _PREPARING[env]


def shutdown() -> None:
    _EXECUTOR.shutdown(wait=False, cancel_futures=True)
