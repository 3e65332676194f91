"""The capacity budget: does everything placed in a namespace fit its ResourceQuota?

Computed from the synthesized manifests alone (no construct reports its own usage), so it covers
whatever any construct emits. For every namespace that has a ResourceQuota it sums, per pod
template, CPU and memory requests and limits and the pod count, at minimum and at maximum scale:

- Deployment, StatefulSet, ReplicaSet, Argo Rollout: `replicas` (default 1), or the HPA's
  minReplicas..maxReplicas / the KEDA ScaledObject's minReplicaCount..maxReplicaCount when one
  targets it. A Rollout with `workloadRef` uses the referenced Deployment's pod template.
- Job / CronJob: 0 at minimum, `parallelism` (default 1) at maximum (one run at a time).
- DaemonSet (and an OpenTelemetryCollector in daemonset mode): one pod per node, with the node
  count assumed in config (`platform.capacity.nodes.min/max`).
- Operator-managed pods: CloudNativePG Cluster (`instances` x `resources`, its bootstrap init
  container, and the Barman Cloud plugin sidecar sized by its ObjectStore), Pooler (`instances`
  x its template's containers), Prometheus (`replicas` x `shards`) and Alertmanager (`replicas`)
  with their config-reloader sidecars, OpenTelemetryCollector (`replicas` or autoscaler range),
  k6 TestRun (`parallelism` runners).
- A pod's usage is what the scheduler and the quota count: max(the largest init container plus
  the sidecars started before it, all containers plus all restartable sidecars).
- Containers that set no request or limit get the namespace's LimitRange defaults (a request
  defaults to the container's own limit first); pods in an Istio-injected namespace get the
  istio-proxy sidecar from config unless they opt out with `sidecar.istio.io/inject: "false"`
  (its `sidecar.istio.io/proxyCPU`-style annotations override the size).

Not counted: rolling-update surge and canary pods above the maximum (leave quota headroom for
them), CNPG bootstrap/join Jobs (short-lived), and k6 starter/initializer pods.

The same pass checks each container against the LimitRange (limit above `max`, a request above
its limit once defaults apply, or a quota-tracked resource left unset with no default): all are
admission failures otherwise seen only at deploy time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Literal

from ..operators import istio
from ..quantity import Resources, format_cpu, format_memory, parse_quantity
from .config import CapacityConfig, ContainerResources

RESOURCE_KEYS = ("requests.cpu", "requests.memory", "limits.cpu", "limits.memory")
QUOTA_KEYS = RESOURCE_KEYS + ("pods",)
_QUOTA_ALIASES = {"cpu": "requests.cpu", "memory": "requests.memory"}
ISTIO_INJECT = "sidecar.istio.io/inject"
_PROXY_ANNOTATIONS = {
    "requests.cpu": "sidecar.istio.io/proxyCPU",
    "requests.memory": "sidecar.istio.io/proxyMemory",
    "limits.cpu": "sidecar.istio.io/proxyCPULimit",
    "limits.memory": "sidecar.istio.io/proxyMemoryLimit",
}

Scale = Literal["min", "max"]
ZERO = Fraction(0)


def format_amount(key: str, value: Fraction) -> str:
    """A quota value as people write it: cores for CPU, Mi/Gi for memory, an integer for pods."""
    if key.endswith("cpu"):
        return format_cpu(value)
    if key.endswith("memory"):
        return format_memory(value)
    return str(int(value))


@dataclass(frozen=True)
class PodResources:
    """CPU (cores) and memory (bytes) requests and limits of a container or a pod."""

    values: tuple[Fraction, Fraction, Fraction, Fraction] = (ZERO, ZERO, ZERO, ZERO)

    @classmethod
    def of(cls, amounts: Mapping[str, Fraction]) -> "PodResources":
        return cls(tuple(Fraction(amounts.get(k, ZERO)) for k in RESOURCE_KEYS))  # type: ignore[arg-type]

    def __getitem__(self, key: str) -> Fraction:
        return self.values[RESOURCE_KEYS.index(key)]

    def __add__(self, other: "PodResources") -> "PodResources":
        return PodResources(tuple(a + b for a, b in zip(self.values, other.values)))  # type: ignore[arg-type]

    def peak(self, other: "PodResources") -> "PodResources":
        return PodResources(tuple(max(a, b) for a, b in zip(self.values, other.values)))  # type: ignore[arg-type]


@dataclass(frozen=True)
class LimitDefaults:
    """The Container item of a namespace's LimitRange (empty when there is none)."""

    default_request: Mapping[str, Fraction] = field(default_factory=dict)
    default_limit: Mapping[str, Fraction] = field(default_factory=dict)
    max: Mapping[str, Fraction] = field(default_factory=dict)

    @classmethod
    def from_limit_range(cls, obj: Mapping[str, Any]) -> "LimitDefaults":
        for item in obj.get("spec", {}).get("limits", []):
            if item.get("type") == "Container":
                def amounts(key: str, item: Mapping[str, Any] = item) -> dict[str, Fraction]:
                    return {r: parse_quantity(v) for r, v in (item.get(key) or {}).items()}
                default_limit = amounts("default")
                # Kubernetes: defaultRequest defaults to default (the limit) when unset.
                return cls(amounts("defaultRequest") or default_limit, default_limit, amounts("max"))
        return cls()


def container_resources(container: Mapping[str, Any], defaults: LimitDefaults) -> PodResources:
    """A container's requests and limits after API defaulting (request := own limit) and LimitRange defaults."""
    resources = container.get("resources") or {}
    requests = {r: parse_quantity(v) for r, v in (resources.get("requests") or {}).items()}
    limits = {r: parse_quantity(v) for r, v in (resources.get("limits") or {}).items()}
    amounts = {}
    for resource in ("cpu", "memory"):
        limit = limits.get(resource, defaults.default_limit.get(resource))
        request = requests.get(resource, limits.get(resource, defaults.default_request.get(resource)))
        amounts[f"requests.{resource}"] = request if request is not None else ZERO
        amounts[f"limits.{resource}"] = limit if limit is not None else ZERO
    return PodResources.of(amounts)


def _fixed(resources: ContainerResources) -> dict[str, Any]:
    """A container `resources` block from config values."""
    return Resources(
        cpu_request=resources.requests.cpu, cpu_limit=resources.limits.cpu,
        memory_request=resources.requests.memory, memory_limit=resources.limits.memory,
    ).as_dict()


@dataclass(frozen=True)
class PodShape:
    """The containers of one pod template, as the quota sees them."""

    containers: tuple[Mapping[str, Any], ...]
    init_containers: tuple[Mapping[str, Any], ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict)
    annotations: Mapping[str, str] = field(default_factory=dict)
    host_network: bool = False

    @classmethod
    def from_template(cls, template: Mapping[str, Any]) -> "PodShape":
        spec = template.get("spec") or {}
        meta = template.get("metadata") or {}
        return cls(
            containers=tuple(spec.get("containers") or ()),
            init_containers=tuple(spec.get("initContainers") or ()),
            labels=meta.get("labels") or {},
            annotations=meta.get("annotations") or {},
            host_network=bool(spec.get("hostNetwork")),
        )

    def opted_out_of_istio(self) -> bool:
        return "false" in (str(self.labels.get(ISTIO_INJECT, "")).lower(), str(self.annotations.get(ISTIO_INJECT, "")).lower())


@dataclass(frozen=True)
class Consumer:
    """One workload's pods in one namespace, at minimum and maximum scale."""

    kind: str
    name: str
    namespace: str
    per_pod: PodResources
    min_pods: int
    max_pods: int
    scaling: str
    """How the pod count was found, e.g. "HPA 2..10" or "instances 3"."""

    @property
    def label(self) -> str:
        return f"{self.kind}/{self.name}"

    def total(self, scale: Scale) -> dict[str, Fraction]:
        pods = self.min_pods if scale == "min" else self.max_pods
        amounts = {k: self.per_pod[k] * pods for k in RESOURCE_KEYS}
        amounts["pods"] = Fraction(pods)
        return amounts


@dataclass(frozen=True)
class NamespaceBudget:
    """What a namespace's consumers add up to, against its ResourceQuota."""

    namespace: str
    quota_name: str
    quota: Mapping[str, Fraction]
    consumers: tuple[Consumer, ...]

    def totals(self, scale: Scale) -> dict[str, Fraction]:
        totals = {k: ZERO for k in QUOTA_KEYS}
        for consumer in self.consumers:
            for key, value in consumer.total(scale).items():
                totals[key] += value
        return totals

    def exceeded(self) -> list[str]:
        """The quota keys the maximum-scale totals exceed, in QUOTA_KEYS order."""
        totals = self.totals("max")
        return [k for k in QUOTA_KEYS if k in self.quota and totals[k] > self.quota[k]]

    def biggest(self, key: str, count: int = 3) -> list[Consumer]:
        ranked = sorted(self.consumers, key=lambda c: (-c.total("max")[key], c.label))
        return [c for c in ranked[:count] if c.total("max")[key] > 0]

    def error(self) -> str | None:
        """The over-budget message, or None when the namespace fits its quota."""
        exceeded = self.exceeded()
        if not exceeded:
            return None
        totals = self.totals("max")

        def line(values: Mapping[str, Fraction]) -> str:
            return " ".join(f"{k}={format_amount(k, values[k])}" for k in QUOTA_KEYS if k in values)

        first = exceeded[0]
        consumers = "; ".join(
            f"{c.label} {format_amount(first, c.total('max')[first])} "
            f"({c.max_pods} x {format_amount(first, c.total('max')[first] / c.max_pods) if first != 'pods' else '1 pod'}; {c.scaling})"
            for c in self.biggest(first)
        )
        over = ", ".join(
            f"{k} {format_amount(k, totals[k])} > {format_amount(k, self.quota[k])}" for k in exceeded
        )
        return (
            f"namespace {self.namespace} does not fit its ResourceQuota {self.quota_name} at maximum scale: {over}\n"
            f"  totals at maximum scale: {line(totals)}\n"
            f"  quota {self.quota_name}: {line(self.quota)}\n"
            f"  three biggest consumers of {first}: {consumers}"
        )


@dataclass(frozen=True)
class CapacityReport:
    """The budget of every namespace with a ResourceQuota, and per-container LimitRange problems."""

    budgets: tuple[NamespaceBudget, ...]
    container_problems: tuple[str, ...]

    def errors(self) -> list[str]:
        over = [msg for b in self.budgets if (msg := b.error()) is not None]
        return over + list(self.container_problems)

    def budget(self, namespace: str) -> NamespaceBudget:
        for budget in self.budgets:
            if budget.namespace == namespace:
                return budget
        raise LookupError(f"no ResourceQuota in namespace {namespace!r}; budgets: {[b.namespace for b in self.budgets]}")

    def table(self) -> str:
        """Per namespace and resource: the totals at minimum and maximum scale against the quota."""
        header = ("namespace", "resource", "min scale", "max scale", "quota", "max/quota")
        rows = [header]
        for budget in self.budgets:
            low, high = budget.totals("min"), budget.totals("max")
            for key in QUOTA_KEYS:
                quota = budget.quota.get(key)
                share = f"{float(high[key] / quota):.0%}" if quota else "-"
                flag = " OVER" if quota is not None and high[key] > quota else ""
                rows.append((
                    budget.namespace, key, format_amount(key, low[key]), format_amount(key, high[key]),
                    format_amount(key, quota) if quota is not None else "-", share + flag,
                ))
        widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
        return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows)


class _Manifests:
    """The synthesized objects, indexed for the lookups the budget needs."""

    def __init__(self, objects: Iterable[Mapping[str, Any]]) -> None:
        self.objects = [o for o in objects if isinstance(o, Mapping) and "kind" in o]
        self.by_key = {
            (o["metadata"].get("namespace"), o["kind"], o["metadata"].get("name")): o for o in self.objects
        }
        self.scalers: dict[tuple[str | None, str | None, str | None], tuple[int, int, str]] = {}
        for obj in self.objects:
            ns, spec = obj["metadata"].get("namespace"), obj.get("spec") or {}
            if obj["kind"] == "HorizontalPodAutoscaler":
                target = spec.get("scaleTargetRef") or {}
                low, high = int(spec.get("minReplicas", 1)), int(spec["maxReplicas"])
                self.scalers[(ns, target.get("kind"), target.get("name"))] = (low, high, f"HPA {low}..{high}")
            elif obj["kind"] == "ScaledObject":
                target = spec.get("scaleTargetRef") or {}
                low, high = int(spec.get("minReplicaCount", 0)), int(spec.get("maxReplicaCount", 100))
                kind = target.get("kind", "Deployment")
                self.scalers[(ns, kind, target.get("name"))] = (low, high, f"KEDA {low}..{high}")

    def get(self, namespace: str, kind: str, name: str) -> Mapping[str, Any] | None:
        return self.by_key.get((namespace, kind, name))

    def replicas(self, obj: Mapping[str, Any], default: int = 1, field_name: str = "replicas") -> tuple[int, int, str]:
        meta = obj["metadata"]
        scaler = self.scalers.get((meta.get("namespace"), obj["kind"], meta.get("name")))
        if scaler is not None:
            return scaler
        count = int((obj.get("spec") or {}).get(field_name, default))
        return count, count, f"{field_name} {count}"


def _operator_pod(obj: Mapping[str, Any], manifests: _Manifests, settings: CapacityConfig) -> tuple[PodShape, tuple[int, int, str]] | None:
    """The pod shape and scale of an operator-managed resource, or None for other kinds."""
    kind, spec = obj["kind"], obj.get("spec") or {}
    group = str(obj.get("apiVersion", "")).split("/")[0]
    namespace = obj["metadata"].get("namespace")
    if group == "postgresql.cnpg.io" and kind == "Cluster":
        resources = spec.get("resources") or {}
        sidecars = []
        for plugin in spec.get("plugins") or []:
            store_name = (plugin.get("parameters") or {}).get("barmanObjectName")
            store = manifests.get(namespace, "ObjectStore", store_name) if store_name else None
            if plugin.get("name") == "barman-cloud.cloudnative-pg.io" and store is not None:
                sidecar_resources = ((store.get("spec") or {}).get("instanceSidecarConfiguration") or {}).get("resources") or {}
                sidecars.append({"name": "plugin-barman-cloud", "restartPolicy": "Always", "resources": sidecar_resources})
        inherited = spec.get("inheritedMetadata") or {}
        shape = PodShape(
            containers=({"name": "postgres", "resources": resources},),
            init_containers=({"name": "bootstrap-controller", "resources": resources}, *sidecars),
            labels=inherited.get("labels") or {},
            annotations=inherited.get("annotations") or {},
        )
        return shape, manifests.replicas(obj, field_name="instances")
    if group == "postgresql.cnpg.io" and kind == "Pooler":
        shape = PodShape.from_template(spec.get("template") or {})
        if not any(c.get("name") == "pgbouncer" for c in shape.containers):
            shape = PodShape(({"name": "pgbouncer"}, *shape.containers), shape.init_containers, shape.labels, shape.annotations)
        return shape, manifests.replicas(obj, field_name="instances")
    if group == "monitoring.coreos.com" and kind in ("Prometheus", "Alertmanager"):
        main = "prometheus" if kind == "Prometheus" else "alertmanager"
        reloader = _fixed(settings.prometheus_config_reloader)
        base = {main: {"name": main, "resources": spec.get("resources") or {}},
                "config-reloader": {"name": "config-reloader", "resources": reloader}}
        if kind == "Prometheus" and spec.get("thanos") is not None:
            base["thanos-sidecar"] = {"name": "thanos-sidecar", "resources": spec["thanos"].get("resources") or {}}
        for extra in spec.get("containers") or []:  # merged by name: a same-named entry overrides resources
            name = extra.get("name")
            if name not in base:
                base[name] = extra
            elif extra.get("resources"):
                base[name] = {"name": name, "resources": extra["resources"]}
        metadata = spec.get("podMetadata") or {}
        shape = PodShape(
            containers=tuple(base.values()),
            init_containers=({"name": "init-config-reloader", "resources": reloader}, *(spec.get("initContainers") or [])),
            labels=metadata.get("labels") or {},
            annotations=metadata.get("annotations") or {},
        )
        low, high, how = manifests.replicas(obj)
        shards = int(spec.get("shards", 1)) if kind == "Prometheus" else 1
        if shards != 1:
            low, high, how = low * shards, high * shards, f"{how} x {shards} shards"
        return shape, (low, high, how)
    if group == "opentelemetry.io" and kind == "OpenTelemetryCollector":
        mode = spec.get("mode", "deployment")
        if mode == "sidecar":
            return None
        shape = PodShape(
            containers=({"name": "otc-container", "resources": spec.get("resources") or {}},
                        *(spec.get("additionalContainers") or [])),
            init_containers=tuple(spec.get("initContainers") or ()),
            annotations=spec.get("podAnnotations") or {},
            host_network=bool(spec.get("hostNetwork")),
        )
        if mode == "daemonset":
            return shape, (settings.nodes.min, settings.nodes.max, f"1 per node x {settings.nodes.min}..{settings.nodes.max} nodes")
        autoscaler = spec.get("autoscaler") or {}
        if "maxReplicas" in autoscaler:
            low, high = int(autoscaler.get("minReplicas", 1)), int(autoscaler["maxReplicas"])
            return shape, (low, high, f"autoscaler {low}..{high}")
        return shape, manifests.replicas(obj)
    if group == "k6.io" and kind == "TestRun":
        runner = spec.get("runner") or {}
        shape = PodShape(containers=({"name": "k6", "resources": runner.get("resources") or {}},),
                         labels=(runner.get("metadata") or {}).get("labels") or {},
                         annotations=(runner.get("metadata") or {}).get("annotations") or {})
        count = int(spec.get("parallelism", 1))
        return shape, (0, count, f"parallelism {count} (0 when idle)")
    return None


def _workload_pod(obj: Mapping[str, Any], manifests: _Manifests, settings: CapacityConfig) -> tuple[PodShape, tuple[int, int, str]] | None:
    """The pod shape and scale of a core workload (or a Rollout), or None for other kinds."""
    kind, spec = obj["kind"], obj.get("spec") or {}
    if kind in ("Deployment", "StatefulSet", "ReplicaSet"):
        return PodShape.from_template(spec.get("template") or {}), manifests.replicas(obj)
    if kind == "Rollout":
        template = spec.get("template")
        ref = spec.get("workloadRef")
        if template is None and ref:
            target = manifests.get(obj["metadata"].get("namespace"), ref.get("kind", "Deployment"), ref.get("name"))
            template = ((target or {}).get("spec") or {}).get("template")
        return PodShape.from_template(template or {}), manifests.replicas(obj)
    if kind == "DaemonSet":
        nodes = settings.nodes
        return PodShape.from_template(spec.get("template") or {}), (nodes.min, nodes.max, f"1 per node x {nodes.min}..{nodes.max} nodes")
    if kind == "Job":
        count = int(spec.get("parallelism", 1))
        return PodShape.from_template(spec.get("template") or {}), (0, count, f"parallelism {count} (0 when idle)")
    if kind == "CronJob":
        job = (spec.get("jobTemplate") or {}).get("spec") or {}
        count = int(job.get("parallelism", 1))
        return PodShape.from_template(job.get("template") or {}), (0, count, f"parallelism {count} per run (0 when idle)")
    if kind == "Pod":
        return PodShape.from_template(obj), (1, 1, "1 pod")
    return None


def _proxy(shape: PodShape, settings: CapacityConfig) -> dict[str, Any]:
    """The istio-proxy container injected into `shape`, honouring its resource annotations."""
    resources = _fixed(settings.istio_proxy)
    for key, annotation in _PROXY_ANNOTATIONS.items():
        if annotation in shape.annotations:
            side, resource = key.split(".")
            resources[side][resource] = shape.annotations[annotation]
    return {"name": "istio-proxy", "resources": resources}


def _pod_usage(shape: PodShape, defaults: LimitDefaults, extra: tuple[Mapping[str, Any], ...]) -> PodResources:
    """Requests/limits the quota charges for one pod (init containers and sidecars included)."""
    regular = PodResources()
    for container in (*shape.containers, *extra):
        regular = regular + container_resources(container, defaults)
    sidecars, init_peak = PodResources(), PodResources()
    for container in shape.init_containers:
        usage = container_resources(container, defaults)
        if container.get("restartPolicy") == "Always":
            sidecars = sidecars + usage
            init_peak = init_peak.peak(sidecars)
        else:
            init_peak = init_peak.peak(sidecars + usage)
    return init_peak.peak(regular + sidecars)


def _unset(container: Mapping[str, Any], defaults: LimitDefaults) -> list[str]:
    """The requests/limits a container ends up without (no value of its own and no LimitRange default)."""
    resources = container.get("resources") or {}
    requests, limits = resources.get("requests") or {}, resources.get("limits") or {}
    unset = []
    for resource in ("cpu", "memory"):
        if resource not in requests and resource not in limits and resource not in defaults.default_request:
            unset.append(f"requests.{resource}")
        if resource not in limits and resource not in defaults.default_limit:
            unset.append(f"limits.{resource}")
    return unset


def _container_problems(owner: str, shape: PodShape, defaults: LimitDefaults, extra: tuple[Mapping[str, Any], ...],
                        quota: Mapping[str, Fraction]) -> list[str]:
    problems = []
    for container in (*shape.init_containers, *shape.containers, *extra):
        usage = container_resources(container, defaults)
        name = container.get("name", "?")
        unset = [key for key in _unset(container, defaults) if key in quota]
        if unset:
            problems.append(
                f"{owner} container {name}: sets no {', '.join(unset)} and the namespace has no LimitRange default "
                f"for it; the ResourceQuota rejects such pods (set them, or add a LimitRange default)"
            )
        for resource in ("cpu", "memory"):
            request, limit = usage[f"requests.{resource}"], usage[f"limits.{resource}"]
            maximum = defaults.max.get(resource)
            if maximum is not None and limit > maximum:
                problems.append(
                    f"{owner} container {name}: limits.{resource} {format_amount(resource, limit)} exceeds the "
                    f"LimitRange max {format_amount(resource, maximum)}; allowed: at most {format_amount(resource, maximum)}"
                )
            if limit and request > limit:
                problems.append(
                    f"{owner} container {name}: requests.{resource} {format_amount(resource, request)} is above its "
                    f"limit {format_amount(resource, limit)} (after LimitRange defaults); allowed: request <= limit"
                )
    return problems


def capacity_report(objects: Iterable[Mapping[str, Any]], settings: CapacityConfig) -> CapacityReport:
    """The capacity budget of synthesized `objects` (see the module docstring for what is counted)."""
    manifests = _Manifests(objects)
    quotas: dict[str, dict[str, Fraction]] = {}
    quota_names: dict[str, list[str]] = defaultdict(list)
    defaults: dict[str, LimitDefaults] = {}
    injected: set[str] = set()
    for obj in sorted(manifests.objects, key=lambda o: (o["kind"], o["metadata"].get("name", ""))):
        meta, kind = obj["metadata"], obj["kind"]
        if kind == "ResourceQuota" and meta.get("namespace"):
            hard = quotas.setdefault(meta["namespace"], {})
            quota_names[meta["namespace"]].append(meta["name"])
            for key, value in ((obj.get("spec") or {}).get("hard") or {}).items():
                key = _QUOTA_ALIASES.get(key, key)
                if key in QUOTA_KEYS:  # several quotas: each is enforced, so the smallest binds
                    amount = parse_quantity(str(value))
                    hard[key] = min(hard.get(key, amount), amount)
        elif kind == "LimitRange" and meta.get("namespace") and meta["namespace"] not in defaults:
            defaults[meta["namespace"]] = LimitDefaults.from_limit_range(obj)
        elif kind == "Namespace" and istio.injects_sidecars(obj):
            injected.add(meta["name"])

    consumers: dict[str, list[Consumer]] = defaultdict(list)
    problems: list[str] = []
    for obj in manifests.objects:
        namespace = obj["metadata"].get("namespace")
        if namespace not in quotas:
            continue
        found = _workload_pod(obj, manifests, settings) or _operator_pod(obj, manifests, settings)
        if found is None:
            continue
        shape, (low, high, how) = found
        limits = defaults.get(namespace, LimitDefaults())
        extra: tuple[dict[str, Any], ...] = ()
        if namespace in injected and not shape.opted_out_of_istio() and not shape.host_network:
            extra = (_proxy(shape, settings),)
            how += ", with istio-proxy"
        owner = f"{obj['kind']} {namespace}/{obj['metadata']['name']}"
        problems.extend(_container_problems(owner, shape, limits, extra, quotas[namespace]))
        consumers[namespace].append(
            Consumer(obj["kind"], obj["metadata"]["name"], namespace, _pod_usage(shape, limits, extra), low, high, how)
        )
    budgets = tuple(
        NamespaceBudget(ns, ", ".join(quota_names[ns]), quotas[ns], tuple(sorted(consumers[ns], key=lambda c: c.label)))
        for ns in sorted(quotas)
    )
    return CapacityReport(budgets, tuple(problems))
