"""What the cluster tests check against a running control plane: apply, admission, scheduling, spread,
anti-affinity and drains. Each function returns the problems it found, in the control plane's own
words, so that a test asserts an empty list and a failure says what went wrong and where."""

from __future__ import annotations

import datetime
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from cluster_harness import FIELD_MANAGER, ApiError, Cluster, Kube, pods_of, wait_until

WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "Job")


def none(problems: list) -> None:
    """Assert that a check found nothing; else fail with one problem per line."""
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(map(str, problems))


def label(obj: dict[str, Any]) -> str:
    meta = obj["metadata"]
    ns = meta.get("namespace")
    return f"{obj['kind']} {ns}/{meta['name']}" if ns else f"{obj['kind']} {meta['name']}"


# -- apply ----------------------------------------------------------------------------------------------

@dataclass
class ApplyReport:
    applied: list[dict[str, Any]] = field(default_factory=list)  # the API server's answers
    rejected: list[str] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (object, warning text)


# A namespace's own policy, applied with it: pods created before the quota controller has counted a
# new quota are refused ("status unknown for quota"), so workloads come after the quotas have a status.
NAMESPACE_POLICY = ("ResourceQuota", "LimitRange")


def delivery_waves(objects: list[dict[str, Any]], kube: Kube) -> list[list[dict[str, Any]]]:
    """Cluster-scoped objects and Namespaces; each namespace's ResourceQuotas and LimitRanges; the
    namespaced rest. File order within a wave."""
    first = [o for o in objects if o["kind"] == "Namespace" or not kube.is_namespaced(o)]
    policy = [o for o in objects if o not in first and o["kind"] in NAMESPACE_POLICY and o["apiVersion"] == "v1"]
    return [first, policy, [o for o in objects if o not in first and o not in policy]]


def apply_all(kube: Kube, objects: Iterable[dict[str, Any]], threads: int = 1) -> ApplyReport:
    """Apply each object; `threads` > 1 only for objects that do not depend on one another (CRDs)."""
    def one(obj: dict[str, Any]) -> tuple[dict[str, Any], Any, list[str], str | None]:
        try:
            answer, warnings = kube.apply(obj)
            return obj, answer, warnings, None
        except (ApiError, LookupError) as exc:
            return obj, None, [], f"{label(obj)}: {exc}"

    report = ApplyReport()
    with ThreadPoolExecutor(threads) as pool:
        for obj, answer, warnings, error in pool.map(one, objects):
            if error:
                report.rejected.append(error)
                continue
            report.applied.append(answer)
            report.warnings += [(label(obj), w) for w in warnings]
    return report


def wait_established(kube: Kube, crds: list[dict[str, Any]], timeout: float = 90) -> None:
    names = {c["metadata"]["name"] for c in crds}

    def established() -> bool:
        ok = {
            c["metadata"]["name"] for c in kube.objects("apiextensions.k8s.io/v1", "CustomResourceDefinition")
            if any(x["type"] == "Established" and x["status"] == "True" for x in c.get("status", {}).get("conditions", []))
        }
        return not (names - ok)

    wait_until(f"{len(names)} CRDs to be Established", established, timeout)


def second_apply_changes(kube: Kube, objects: list[dict[str, Any]]) -> list[str]:
    """Apply every object again; name each one the apply wrote to (a new resourceVersion that is not a
    controller's status write: our field manager's entry or the generation moved)."""
    changed = []
    for obj in objects:
        before = kube.get_json(kube.obj_path(obj))
        try:
            after, _ = kube.apply(obj)
        except ApiError as exc:
            changed.append(f"{label(obj)}: second apply rejected: {exc}")
            continue
        if after["metadata"]["resourceVersion"] == before["metadata"]["resourceVersion"]:
            continue
        if (after["metadata"].get("generation") != before["metadata"].get("generation")
                or _ours(after) != _ours(before)):
            changed.append(f"{label(obj)}: resourceVersion {before['metadata']['resourceVersion']} -> "
                           f"{after['metadata']['resourceVersion']}, generation {before['metadata'].get('generation')} "
                           f"-> {after['metadata'].get('generation')}")
    return changed


def _ours(obj: dict[str, Any]) -> list[Any]:
    return [m for m in obj["metadata"].get("managedFields", []) if m.get("manager") == FIELD_MANAGER]


# -- workloads ------------------------------------------------------------------------------------------

def workloads(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [o for o in objects if o["kind"] in WORKLOAD_KINDS and o["apiVersion"] in ("apps/v1", "batch/v1")]


def hpa_bounds(objects: list[dict[str, Any]]) -> dict[tuple[str, str, str], tuple[int, int]]:
    """(kind, namespace, name) of each HPA target -> (minReplicas, maxReplicas). A KEDA ScaledObject
    counts as the HPA it makes (KEDA does not run here): minReplicaCount (KEDA's default 0) and
    maxReplicaCount (default 100), target kind Deployment unless it says otherwise."""
    out = {}
    for o in objects:
        if o["kind"] == "HorizontalPodAutoscaler":
            ref = o["spec"]["scaleTargetRef"]
            out[(ref["kind"], o["metadata"]["namespace"], ref["name"])] = (o["spec"].get("minReplicas", 1), o["spec"]["maxReplicas"])
        elif o["kind"] == "ScaledObject" and o["apiVersion"].startswith("keda.sh/"):
            ref = o["spec"]["scaleTargetRef"]
            out[(ref.get("kind", "Deployment"), o["metadata"]["namespace"], ref["name"])] = (
                o["spec"].get("minReplicaCount", 0), o["spec"].get("maxReplicaCount", 100))
    return out


def key(obj: dict[str, Any]) -> tuple[str, str, str]:
    return (obj["kind"], obj["metadata"].get("namespace", ""), obj["metadata"]["name"])


def scale_to(kube: Kube, targets: dict[tuple[str, str, str], int]) -> None:
    for (kind, ns, name), replicas in targets.items():
        kube.scale("apps/v1", kind, name, ns, replicas)


def expected_pods(kube: Kube, workload: dict[str, Any], replicas: dict[tuple[str, str, str], int]) -> int:
    """How many pods a workload should have: the target scale, the live spec, or, for a DaemonSet,
    its controller's count of nodes that should run it."""
    if workload["kind"] == "DaemonSet":
        # Every node is untainted, so the nodes its nodeSelector matches (not the controller's own count,
        # which is 0 until it has synced).
        selector = workload["spec"]["template"]["spec"].get("nodeSelector", {})
        return sum(1 for n in kube.objects("v1", "Node") if _matches({"matchLabels": selector}, n["metadata"]["labels"]))
    if key(workload) in replicas:
        return replicas[key(workload)]
    if workload["kind"] == "Job":
        return workload["spec"].get("parallelism", 1)
    live = kube.get_json(kube.obj_path(workload))
    return live["spec"].get("replicas", 1)


def running_on(pod: dict[str, Any]) -> str | None:
    """The node of a Running, Ready pod."""
    status = pod.get("status", {})
    ready = any(c["type"] == "Ready" and c["status"] == "True" for c in status.get("conditions", []))
    return pod["spec"].get("nodeName") if status.get("phase") == "Running" and ready else None


FAILURE_REASONS = ("FailedCreate", "FailedScheduling")
# Events that are no rejection, ignored when the pods are then all Running (which wait_running checks):
# - the stand-in provisioner (Cluster.provision_volumes) binds a new claim a moment after the StatefulSet
#   controller creates it, so the scheduler may first see the claim unbound (the harness's own message:
#   a real cluster's provisioner, WaitForFirstConsumer, does not emit it);
# - two pods created at once in one namespace race on its ResourceQuota's resourceVersion; quota
#   admission refuses the loser with a conflict (not "exceeded quota") and the controller retries.
TRANSIENT = {
    "FailedScheduling": "pod has unbound immediate PersistentVolumeClaims",
    "FailedCreate": "the object has been modified; please apply your changes to the latest version and try again",
}


def failure_events(kube: Kube, since: float, namespaces: set[str]) -> list[str]:
    out = []
    for ev in kube.events():
        if ev.get("reason") not in FAILURE_REASONS or ev["metadata"]["namespace"] not in namespaces:
            continue
        if TRANSIENT[ev["reason"]] in (ev.get("message") or ""):
            continue
        when = ev.get("lastTimestamp") or ev.get("eventTime") or ev["metadata"].get("creationTimestamp")
        if when and _epoch(when) + 1 < since:
            continue
        obj = ev["involvedObject"]
        out.append(f"{ev['reason']} {obj['kind']} {obj.get('namespace')}/{obj['name']}: {ev.get('message')}")
    return sorted(set(out))


def _epoch(ts: str) -> float:
    return datetime.datetime.fromisoformat(ts).timestamp()


def wait_running(cluster: Cluster, items: list[dict[str, Any]], replicas: dict[tuple[str, str, str], int],
                 since: float, timeout: float = 90, avoid: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """Wait until each workload has exactly its expected pods Running and Ready on kwok nodes (none on
    `avoid`); return what is still wrong at the timeout, with the FailedCreate/FailedScheduling events."""
    kube = cluster.kube
    namespaces = {w["metadata"]["namespace"] for w in items}

    def problems() -> list[str]:
        cluster.provision_volumes()
        out = []
        for w in items:
            want = expected_pods(kube, w, replicas)
            pods = pods_of(kube, w)
            # a Job's pod that already ran to completion (kwok's pod-complete stage) is what a Job wants
            nodes = [running_on(p) or (p["spec"].get("nodeName") if w["kind"] == "Job" and p.get("status", {}).get("phase") == "Succeeded" else None)
                     for p in pods]
            good = [n for n in nodes if n and n not in avoid]
            if len(good) != want or len(pods) != want:
                phases = Counter(p.get("status", {}).get("phase", "?") for p in pods)
                out.append(f"{label(w)}: {len(good)}/{want} pods Running and Ready off {sorted(avoid) or 'no'} "
                           f"drained nodes ({dict(phases)})")
        return out

    deadline = time.monotonic() + timeout
    failed_at = None
    while True:
        cluster.check_alive()
        found = problems()
        events = failure_events(kube, since, namespaces)
        if not found and not events:
            return []
        # A failure event fails the check: give the controllers 3 s more to report the rest, not the timeout.
        failed_at = failed_at or (time.monotonic() if events else None)
        if time.monotonic() > deadline or (failed_at and time.monotonic() > failed_at + 3):
            return found + events
        time.sleep(0.5)


# -- spread and anti-affinity ---------------------------------------------------------------------------

def _matches(selector: dict[str, Any], labels: dict[str, str]) -> bool:
    for k, v in selector.get("matchLabels", {}).items():
        if labels.get(k) != v:
            return False
    for expr in selector.get("matchExpressions", []):
        op, k, vals = expr["operator"], expr["key"], expr.get("values", [])
        if op == "In" and labels.get(k) not in vals:
            return False
        if op == "NotIn" and labels.get(k) in vals:
            return False
        if op == "Exists" and k not in labels:
            return False
        if op == "DoesNotExist" and k in labels:
            return False
    return True


def spread_problems(kube: Kube, items: list[dict[str, Any]]) -> list[str]:
    """Hard (DoNotSchedule) topology spread constraints: across every domain of the schedulable nodes,
    the most and fewest matching pods differ by at most maxSkew; and required pod anti-affinity: no two
    matching pods share a domain."""
    nodes = {n["metadata"]["name"]: n for n in kube.objects("v1", "Node") if not n["spec"].get("unschedulable")}
    out = []
    for w in items:
        if w["kind"] not in ("Deployment", "StatefulSet"):
            continue
        spec = w["spec"]["template"]["spec"]
        ns = w["metadata"]["namespace"]
        pods = [p for p in kube.objects("v1", "Pod", ns) if running_on(p)]
        for c in spec.get("topologySpreadConstraints", []):
            if c.get("whenUnsatisfiable", "DoNotSchedule") != "DoNotSchedule":
                continue
            tk = c["topologyKey"]
            counts = {n["metadata"]["labels"][tk]: 0 for n in nodes.values() if tk in n["metadata"]["labels"]}
            for p in pods:
                node = nodes.get(running_on(p) or "")
                if node and _matches(c["labelSelector"], p["metadata"].get("labels", {})):
                    counts[node["metadata"]["labels"][tk]] += 1
            if counts and max(counts.values()) - min(counts.values()) > c["maxSkew"]:
                spread = dict(sorted(counts.items()))
                out.append(f"{label(w)}: {tk} skew {max(counts.values()) - min(counts.values())} > maxSkew "
                           f"{c['maxSkew']}: {spread}")
        anti = spec.get("affinity", {}).get("podAntiAffinity", {}).get("requiredDuringSchedulingIgnoredDuringExecution", [])
        own = [p for p in pods_of(kube, w) if running_on(p)]
        for term in anti:
            tk = term["topologyKey"]
            by_domain: dict[str, list[str]] = defaultdict(list)
            for p in pods:
                node = nodes.get(p["spec"].get("nodeName") or "")
                if node is None or not _matches(term["labelSelector"], p["metadata"].get("labels", {})):
                    continue
                by_domain[node["metadata"]["labels"].get(tk, "")].append(p["metadata"]["name"])
            owners = {p["metadata"]["name"] for p in own}
            for domain, names in by_domain.items():
                if len(names) > 1 and owners & set(names):
                    out.append(f"{label(w)}: required anti-affinity on {tk}: {sorted(names)} share {domain}")
    return out


# -- drains ---------------------------------------------------------------------------------------------

@dataclass
class DrainReport:
    refused: list[str] = field(default_factory=list)  # 429 answers, with the API server's message
    evicted: list[str] = field(default_factory=list)
    stuck: list[str] = field(default_factory=list)  # pods still on the nodes at the timeout
    below_minimum: list[str] = field(default_factory=list)  # PDBs seen under their minimum


def pdb_minimum(kube: Kube, pdb: dict[str, Any]) -> tuple[int, int]:
    """(healthy pods now, the fewest the PDB allows) from the live PDB status (disruption controller)."""
    live = kube.get_json(kube.obj_path(pdb))
    status = live.get("status", {})
    return status.get("currentHealthy", 0), status.get("desiredHealthy", 0)


def drain(cluster: Cluster, node_names: set[str], pdbs: list[dict[str, Any]], timeout: float = 60) -> DrainReport:
    """Cordon `node_names`, then evict every pod on them that a DaemonSet does not own (as `kubectl drain
    --ignore-daemonsets` does), retrying refused evictions until the pods are gone or `timeout`. Every
    PDB is checked on each round: healthy pods never below its minimum."""
    kube = cluster.kube
    report = DrainReport()
    for name in node_names:
        kube.merge_patch("v1", "Node", name, None, {"spec": {"unschedulable": True}})
    watched = [p for p in pdbs if pdb_minimum(kube, p)[0] > 0]
    deadline = time.monotonic() + timeout
    while True:
        cluster.check_alive()
        left = [
            p for p in kube.objects("v1", "Pod")
            if p["spec"].get("nodeName") in node_names and not p["metadata"].get("deletionTimestamp")
            and not any(r["kind"] == "DaemonSet" for r in p["metadata"].get("ownerReferences", []))
        ]
        for pdb in watched:
            healthy, desired = pdb_minimum(kube, pdb)
            if healthy < desired:
                report.below_minimum.append(f"{label(pdb)}: {healthy} healthy < {desired}")
        if not left:
            return report
        if time.monotonic() > deadline:
            report.stuck = sorted(f"Pod {p['metadata']['namespace']}/{p['metadata']['name']} on {p['spec']['nodeName']}" for p in left)
            return report
        for pod in left:
            name = f"{pod['metadata']['namespace']}/{pod['metadata']['name']}"
            try:
                kube.evict(pod)
                report.evicted.append(name)
            except ApiError as exc:
                if exc.status == 409 and "Precondition failed" in exc.message:
                    continue  # that pod is gone already; its replacement is not ours to evict
                if exc.status == 404:
                    continue
                if exc.status != 429:
                    raise
                report.refused.append(f"{name}: {exc.message}")
        time.sleep(0.5)


def uncordon(kube: Kube, node_names: set[str]) -> None:
    for name in node_names:
        kube.merge_patch("v1", "Node", name, None, {"spec": {"unschedulable": None}})
