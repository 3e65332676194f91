"""Read the allowed flows back out of synthesized objects.

MeshPolicy writes policy from the dependency graph; this module goes the other way: it parses
NetworkPolicies, AuthorizationPolicies, PeerAuthentications and Sidecars (dicts, as in the YAML)
and answers "is this flow allowed?" and "what is allowed?". The same code runs at synth time
(MeshPolicy's validation, on the chart's objects) and in the tests (on the synthesized YAML), so
what is proven is what Argo CD applies, not what the generator meant to write.

Pods are identified by the graph's workloads (namespace, labels, service account): the pods of
operator-managed resources (CloudNativePG, ...) do not appear in the YAML. Anything the evaluator
does not model (named ports, `when` conditions, CUSTOM actions, ...) raises `UnsupportedPolicy`
instead of being guessed.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from ..graph import Workload
from ..operators import istio

ANY = "*"
PRIVATE_RANGES = tuple(ipaddress.ip_network(c) for c in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))
"""Where pod IPs live: an ipBlock covering one of these (minus its excepts) may match pods."""

PortSet = frozenset[tuple[Any, str]] | None
"""Allowed (port, protocol) pairs; None means every port. A port of ANY means every port of
that protocol."""


class UnsupportedPolicy(ValueError):
    """A policy uses a field the evaluator does not model, so no flow can be proven."""


@dataclass(frozen=True, order=True)
class NetworkFlow:
    """One row of the NetworkPolicy table: `source` may open `destination:port/protocol`."""

    source: str
    destination: str
    port: str
    protocol: str

    def __str__(self) -> str:
        return f"{self.source} -> {self.destination}:{self.port}/{self.protocol}"


@dataclass(frozen=True, order=True)
class IstioRule:
    """One row of the Istio table: requests from `source` (an mTLS principal, or ANY: any peer,
    plaintext included where `mtls` is PERMISSIVE) to `destination:port`, limited to `methods`
    and `paths` when they are given."""

    source: str
    destination: str
    port: str
    mtls: str
    methods: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()

    def __str__(self) -> str:
        l7 = f" {','.join(self.methods) or 'any method'} {','.join(self.paths) or 'any path'}"
        return f"{self.source} -> {self.destination}:{self.port} (mTLS {self.mtls}){l7}"


@dataclass(frozen=True)
class Cidr:
    """An address block outside the pod graph (the API server, the internet)."""

    cidr: str
    except_: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"ipBlock {self.cidr}" + (f" except {','.join(self.except_)}" if self.except_ else "")


Endpoint = Workload | Cidr


TEMPLATE_PATHS = {
    "Deployment": ("spec", "template"),
    "StatefulSet": ("spec", "template"),
    "DaemonSet": ("spec", "template"),
    "ReplicaSet": ("spec", "template"),
    "Job": ("spec", "template"),
    "CronJob": ("spec", "jobTemplate", "spec", "template"),
}
"""Where each pod-creating kind keeps its pod template."""


def pod_template(obj: Mapping[str, Any]) -> Mapping[str, Any] | None:
    path = TEMPLATE_PATHS.get(obj.get("kind", ""))
    if path is None:
        return None
    template: Any = obj
    for part in path:
        template = (template or {}).get(part)
    return template or None


# -- label selectors ------------------------------------------------------------------------


def selector_matches(selector: Mapping[str, Any] | None, labels: Mapping[str, str]) -> bool:
    """Kubernetes LabelSelector semantics; an empty selector matches everything."""
    selector = selector or {}
    unknown = set(selector) - {"matchLabels", "matchExpressions"}
    if unknown:
        raise UnsupportedPolicy(f"label selector fields {sorted(unknown)}")
    if any(labels.get(k) != v for k, v in (selector.get("matchLabels") or {}).items()):
        return False
    for expr in selector.get("matchExpressions") or []:
        key, op, values = expr["key"], expr["operator"], expr.get("values") or []
        ok = {
            "In": key in labels and labels.get(key) in values,
            "NotIn": labels.get(key) not in values,
            "Exists": key in labels,
            "DoesNotExist": key not in labels,
        }.get(op)
        if ok is None:
            raise UnsupportedPolicy(f"label selector operator {op!r}")
        if not ok:
            return False
    return True


# -- port sets ------------------------------------------------------------------------------


def _intersect(a: PortSet, b: PortSet) -> PortSet:
    if a is None:
        return b
    if b is None:
        return a
    out = set()
    for port_a, proto_a in a:
        for port_b, proto_b in b:
            if proto_a != proto_b:
                continue
            if port_a == ANY:
                out.add((port_b, proto_b))
            elif port_b == ANY or port_a == port_b:
                out.add((port_a, proto_a))
    return frozenset(out)


def _union(sets: Iterable[PortSet]) -> PortSet:
    out: set[tuple[Any, str]] = set()
    for s in sets:
        if s is None:
            return None
        out |= s
    return frozenset(out)


def port_allowed(ports: PortSet, port: int, protocol: str) -> bool:
    return ports is None or (port, protocol) in ports or (ANY, protocol) in ports


def _rows(ports: PortSet) -> list[tuple[str, str]]:
    if ports is None:
        return [(ANY, ANY)]
    return sorted((str(p), q) for p, q in ports)


# -- NetworkPolicy --------------------------------------------------------------------------


@dataclass
class _NetworkPolicy:
    name: str
    namespace: str
    selector: Mapping[str, Any]
    types: frozenset[str]
    ingress: list[dict[str, Any]]
    egress: list[dict[str, Any]]

    @classmethod
    def parse(cls, obj: Mapping[str, Any]) -> "_NetworkPolicy":
        spec = obj.get("spec") or {}
        unknown = set(spec) - {"podSelector", "policyTypes", "ingress", "egress"}
        if unknown:
            raise UnsupportedPolicy(f"NetworkPolicy {_name(obj)}: fields {sorted(unknown)}")
        types = spec.get("policyTypes") or (["Ingress"] + (["Egress"] if "egress" in spec else []))
        return cls(
            name=obj["metadata"]["name"],
            namespace=obj["metadata"]["namespace"],
            selector=spec.get("podSelector") or {},
            types=frozenset(types),
            ingress=list(spec.get("ingress") or []),
            egress=list(spec.get("egress") or []),
        )


def _name(obj: Mapping[str, Any]) -> str:
    meta = obj.get("metadata") or {}
    return f"{meta.get('namespace', '-')}/{meta.get('name')}"


def _network(cidr: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
    return ipaddress.ip_network(cidr, strict=False)


def _block_reaches_pods(block: Mapping[str, Any]) -> bool:
    """Whether an ipBlock may match pod IPs. Pod CIDRs are not in the objects, so a block that
    covers a whole private range (minus its excepts) is taken to reach pods, and a narrower
    block to name hosts (API server, nodes). A block as narrow as the pod CIDR itself would
    escape this check: MeshPolicy never writes one."""
    net = _network(block["cidr"])
    excepts = [_network(e) for e in block.get("except") or []]
    for private in PRIVATE_RANGES:
        if net.version != private.version or not net.supernet_of(private):  # type: ignore[arg-type]
            continue
        if not any(e.version == private.version and e.supernet_of(private) for e in excepts):  # type: ignore[arg-type]
            return True
    return False


def _block_contains(block: Mapping[str, Any], target: Cidr) -> bool:
    """Whether every address of `target` (minus its excepts) is inside `block` (minus its)."""
    outer, inner = _network(block["cidr"]), _network(target.cidr)
    if outer.version != inner.version or not inner.subnet_of(outer):  # type: ignore[arg-type]
        return False
    holes = [_network(e) for e in target.except_]
    for excluded in (_network(e) for e in block.get("except") or []):
        if excluded.version == inner.version and excluded.overlaps(inner):
            if not any(h.version == excluded.version and h.supernet_of(excluded) for h in holes):  # type: ignore[arg-type]
                return False
    return True


def _ports_of(rule: Mapping[str, Any], where: str) -> PortSet:
    ports = rule.get("ports")
    if not ports:
        return None
    out = set()
    for entry in ports:
        if set(entry) - {"port", "protocol"}:
            raise UnsupportedPolicy(f"{where}: port fields {sorted(set(entry) - {'port', 'protocol'})}")
        port = entry.get("port", ANY)
        if isinstance(port, str) and port != ANY:
            raise UnsupportedPolicy(f"{where}: named port {port!r}")
        out.add((port, entry.get("protocol", "TCP")))
    return frozenset(out)


class NetworkPolicyLayer:
    """Kubernetes NetworkPolicy semantics over a set of objects: a pod selected by a policy of
    a direction accepts only what some such policy allows; an unselected pod accepts all."""

    def __init__(self, objects: Sequence[Mapping[str, Any]]) -> None:
        self.namespace_labels: dict[str, dict[str, str]] = {}
        for obj in objects:
            if obj.get("kind") == "Namespace":
                name = obj["metadata"]["name"]
                self.namespace_labels[name] = dict(obj["metadata"].get("labels") or {})
        self.policies = [_NetworkPolicy.parse(o) for o in objects if o.get("kind") == "NetworkPolicy"]

    def _namespace_labels(self, namespace: str) -> dict[str, str]:
        return {**self.namespace_labels.get(namespace, {}), "kubernetes.io/metadata.name": namespace}

    def _applying(self, pod: Workload, direction: str) -> list[_NetworkPolicy]:
        return [
            p for p in self.policies
            if p.namespace == pod.namespace and direction in p.types and selector_matches(p.selector, pod.labels)
        ]

    def isolated(self, pod: Workload, direction: str) -> bool:
        return bool(self._applying(pod, direction))

    def _peer_matches(self, peer: Mapping[str, Any], policy: _NetworkPolicy, other: Endpoint) -> bool:
        unknown = set(peer) - {"ipBlock", "namespaceSelector", "podSelector"}
        if unknown:
            raise UnsupportedPolicy(f"NetworkPolicy {policy.namespace}/{policy.name}: peer fields {sorted(unknown)}")
        if "ipBlock" in peer:
            if isinstance(other, Cidr):
                return _block_contains(peer["ipBlock"], other)
            return _block_reaches_pods(peer["ipBlock"])
        if isinstance(other, Cidr):
            return False
        namespace_selector = peer.get("namespaceSelector")
        if namespace_selector is None:
            in_namespace = other.namespace == policy.namespace
        else:
            in_namespace = selector_matches(namespace_selector, self._namespace_labels(other.namespace))
        return in_namespace and selector_matches(peer.get("podSelector"), other.labels)

    def _side(self, pod: Workload, direction: str, other: Endpoint) -> PortSet:
        policies = self._applying(pod, direction)
        if not policies:
            return None
        peers_key, rules_attr = ("to", "egress") if direction == "Egress" else ("from", "ingress")
        allowed = []
        for policy in policies:
            for rule in getattr(policy, rules_attr):
                where = f"NetworkPolicy {policy.namespace}/{policy.name}"
                if set(rule) - {peers_key, "ports"}:
                    raise UnsupportedPolicy(f"{where}: rule fields {sorted(set(rule) - {peers_key, 'ports'})}")
                peers = rule.get(peers_key)
                if not peers or any(self._peer_matches(peer, policy, other) for peer in peers):
                    allowed.append(_ports_of(rule, where))
        return _union(allowed)

    def egress(self, source: Workload, destination: Endpoint) -> PortSet:
        """Ports `source` may open to `destination`, as far as the source's policies say."""
        return self._side(source, "Egress", destination)

    def ingress(self, destination: Workload, source: Endpoint) -> PortSet:
        """Ports `destination` accepts from `source`, as far as the destination's policies say."""
        return self._side(destination, "Ingress", source)

    def allowed(self, source: Endpoint, destination: Endpoint) -> PortSet:
        """Both ends: what the source may send and the destination accepts."""
        out = self.egress(source, destination) if isinstance(source, Workload) else None
        if isinstance(destination, Workload):
            out = _intersect(out, self.ingress(destination, source))
        return out

    def table(self, pods: Sequence[Workload], governed: set[str]) -> set[NetworkFlow]:
        """Every allowed flow with a governed workload at one end: between the known `pods`,
        plus the ipBlocks governed workloads allow, plus ANY where a governed workload is not
        isolated in a direction."""
        rows: set[NetworkFlow] = set()
        for source in pods:
            for destination in pods:
                if source.key not in governed and destination.key not in governed:
                    continue
                allowed = self.allowed(source, destination)
                for port, protocol in _rows(allowed) if allowed is None or allowed else []:
                    rows.add(NetworkFlow(source.key, destination.key, port, protocol))
        for pod in pods:
            if pod.key not in governed:
                continue
            for direction in ("Egress", "Ingress"):
                if not self.isolated(pod, direction):
                    rows.add(NetworkFlow(pod.key, ANY, ANY, ANY) if direction == "Egress" else NetworkFlow(ANY, pod.key, ANY, ANY))
                    continue
                for block, ports in self._blocks(pod, direction):
                    for port, protocol in _rows(ports):
                        pair = (pod.key, block.key) if direction == "Egress" else (block.key, pod.key)
                        rows.add(NetworkFlow(*pair, port, protocol))
        return rows

    def _blocks(self, pod: Workload, direction: str) -> list[tuple[Cidr, PortSet]]:
        peers_key, rules_attr = ("to", "egress") if direction == "Egress" else ("from", "ingress")
        out = []
        for policy in self._applying(pod, direction):
            for rule in getattr(policy, rules_attr):
                for peer in rule.get(peers_key) or []:
                    if "ipBlock" in peer:
                        block = peer["ipBlock"]
                        cidr = Cidr(str(_network(block["cidr"])), tuple(block.get("except") or ()))
                        out.append((cidr, _ports_of(rule, f"NetworkPolicy {policy.namespace}/{policy.name}")))
        return out


# -- Istio ----------------------------------------------------------------------------------


def _istio_match(pattern: str, value: str) -> bool:
    """Istio string match: exact, `prefix*`, `*suffix` or `*`."""
    if pattern == ANY:
        return True
    if pattern.endswith(ANY):
        return value.startswith(pattern[:-1])
    if pattern.startswith(ANY):
        return value.endswith(pattern[1:])
    return value == pattern


def _principal_namespace(principal: str) -> str | None:
    parts = principal.split("/")
    return parts[2] if len(parts) >= 5 and parts[1] == "ns" and parts[3] == "sa" else None


@dataclass
class Request:
    """What a flow sends: `principal` None means plaintext; method/path None means any."""

    principal: str | None
    port: int
    method: str | None = None
    path: str | None = None


@dataclass
class _Policy:
    kind: str
    name: str
    namespace: str
    selector: Mapping[str, Any] | None
    spec: Mapping[str, Any] = field(default_factory=dict)

    @property
    def ref(self) -> str:
        return f"{self.kind} {self.namespace}/{self.name}"


class IstioLayer:
    """Istio sidecar semantics: PeerAuthentication (mTLS mode per port), AuthorizationPolicy
    (DENY first; then, if any ALLOW policy applies, a request must match one of its rules) and
    Sidecar egress scoping (a host the client's sidecar does not know leaves as plaintext)."""

    def __init__(self, objects: Sequence[Mapping[str, Any]], root_namespace: str = "istio-system") -> None:
        self.root_namespace = root_namespace
        self.mesh_namespaces = {
            o["metadata"]["name"] for o in objects
            if o.get("kind") == "Namespace" and istio.injects_sidecars(o)
        }
        self.policies: dict[str, list[_Policy]] = {"AuthorizationPolicy": [], "PeerAuthentication": [], "Sidecar": []}
        for obj in objects:
            kind = obj.get("kind")
            if kind in self.policies and "istio.io/" in str(obj.get("apiVersion", "")):
                spec = obj.get("spec") or {}
                if spec.get("targetRef") or spec.get("targetRefs"):
                    raise UnsupportedPolicy(f"{kind} {_name(obj)}: targetRef")
                selector_field = "workloadSelector" if kind == "Sidecar" else "selector"
                selector = spec.get(selector_field)
                if kind == "Sidecar" and selector is not None:
                    selector = {"matchLabels": selector.get("labels") or {}}
                self.policies[kind].append(
                    _Policy(kind, obj["metadata"]["name"], obj["metadata"]["namespace"], selector, spec)
                )

    def has_sidecar(self, workload: Workload) -> bool:
        return workload.namespace in self.mesh_namespaces

    def _applying(self, kind: str, workload: Workload) -> tuple[list[_Policy], list[_Policy]]:
        """(workload-level, namespace-level) policies of `kind` for `workload`, root included."""
        scoped, wide = [], []
        for p in self.policies[kind]:
            if p.namespace not in (workload.namespace, self.root_namespace):
                continue
            if p.selector is None:
                wide.append(p)
            elif p.namespace == workload.namespace and selector_matches(p.selector, workload.labels):
                scoped.append(p)
        return scoped, wide

    # mTLS ----------------------------------------------------------------------------------

    def mtls(self, workload: Workload, port: int | str) -> str:
        """The effective mTLS mode of `workload` on `port` (`none`: no sidecar)."""
        if not self.has_sidecar(workload):
            return "none"
        scoped, wide = self._applying("PeerAuthentication", workload)
        if len(scoped) > 1:
            raise UnsupportedPolicy(f"{workload.key}: several workload PeerAuthentications: {[p.ref for p in scoped]}")
        mode = "PERMISSIVE"  # Istio's mesh default
        for level in (
            [p for p in wide if p.namespace == self.root_namespace],
            [p for p in wide if p.namespace == workload.namespace],
            scoped,
        ):
            for p in level:
                mode = _mode((p.spec.get("mtls") or {}).get("mode"), mode)
        if scoped and port != ANY:
            mode = _mode(((scoped[0].spec.get("portLevelMtls") or {}).get(str(port)) or {}).get("mode"), mode)
        return mode

    # Sidecar scoping -----------------------------------------------------------------------

    def sidecar(self, workload: Workload) -> _Policy | None:
        scoped, wide = self._applying("Sidecar", workload)
        if len(scoped) > 1:
            raise UnsupportedPolicy(f"{workload.key}: several workload Sidecars: {[p.ref for p in scoped]}")
        local = [p for p in wide if p.namespace == workload.namespace]
        root = [p for p in wide if p.namespace == self.root_namespace]
        for candidates in (scoped, local, root):
            if candidates:
                return candidates[0]
        return None

    def egress_hosts(self, workload: Workload) -> tuple[str, ...]:
        """The `namespace/host` entries the workload's sidecar knows (`*/*` when unscoped)."""
        sidecar = self.sidecar(workload)
        if sidecar is None:
            return ("*/*",)
        hosts: list[str] = []
        for egress in sidecar.spec.get("egress") or []:
            if set(egress) - {"hosts"}:
                raise UnsupportedPolicy(f"{sidecar.ref}: egress fields {sorted(set(egress) - {'hosts'})}")
            hosts += egress.get("hosts") or []
        return tuple(hosts)

    def knows(self, client: Workload, server: Workload, host: str | None = None) -> bool:
        """Whether the client's sidecar has `host` (default: the server's Service) in its egress scope."""
        host = host or server.service_host
        if not self.has_sidecar(client):
            return False
        for entry in self.egress_hosts(client):
            namespace, _, pattern = entry.partition("/")
            namespace_ok = namespace == ANY or namespace == server.namespace or (
                namespace == "." and server.namespace == client.namespace
            )
            if namespace_ok and _istio_match(pattern, host):
                return True
        return False

    # Authorization -------------------------------------------------------------------------

    def _authorization(self, workload: Workload) -> tuple[list[tuple[_Policy, dict[str, Any]]], list[tuple[_Policy, dict[str, Any]]], list[_Policy]]:
        scoped, wide = self._applying("AuthorizationPolicy", workload)
        allow_rules: list[tuple[_Policy, dict[str, Any]]] = []
        deny_rules: list[tuple[_Policy, dict[str, Any]]] = []
        allow_policies: list[_Policy] = []
        for policy in wide + scoped:
            action = policy.spec.get("action", "ALLOW")
            if action == "AUDIT":
                continue
            if action not in ("ALLOW", "DENY"):
                raise UnsupportedPolicy(f"{policy.ref}: action {action}")
            if action == "ALLOW":
                allow_policies.append(policy)
            for rule in policy.spec.get("rules") or []:
                if set(rule) - {"from", "to"}:
                    raise UnsupportedPolicy(f"{policy.ref}: rule fields {sorted(set(rule) - {'from', 'to'})}")
                (allow_rules if action == "ALLOW" else deny_rules).append((policy, rule))
        return allow_rules, deny_rules, allow_policies

    def admits(self, destination: Workload, request: Request) -> str | None:
        """None if the destination's sidecar accepts the request, else why not."""
        if not self.has_sidecar(destination):
            return None
        mode = self.mtls(destination, request.port)
        if mode == "DISABLE":
            request = Request(None, request.port, request.method, request.path)
        if request.principal is None and mode == "STRICT":
            return f"mTLS is STRICT on {destination.key} port {request.port} and this flow arrives in plaintext"
        allow_rules, deny_rules, allow_policies = self._authorization(destination)
        for policy, rule in deny_rules:
            if _rule_matches(policy, rule, request, partial=True):
                return f"{policy.ref} (DENY) matches it"
        if not allow_policies:
            return None
        if any(_rule_matches(policy, rule, request, partial=False) for policy, rule in allow_rules):
            return None
        who = request.principal or "plaintext"
        what = f"{request.method or 'any method'} {request.path or 'any path'}"
        refs = ", ".join(sorted(p.ref for p in allow_policies))
        return f"no ALLOW rule admits {who} on port {request.port} ({what}); ALLOW policies: {refs}"

    def table(self, workloads: Sequence[Workload]) -> set[IstioRule]:
        """The ALLOW rules that apply to each workload, one row per source and port."""
        rows: set[IstioRule] = set()
        for workload in workloads:
            if not self.has_sidecar(workload):
                rows.add(IstioRule(ANY, workload.key, ANY, "none"))
                continue
            allow_rules, deny_rules, allow_policies = self._authorization(workload)
            if deny_rules:
                raise UnsupportedPolicy(f"{workload.key}: DENY rules cannot be tabulated: {[p.ref for p, _ in deny_rules]}")
            if not allow_policies:
                rows.add(IstioRule(ANY, workload.key, ANY, self.mtls(workload, ANY)))
            for policy, rule in allow_rules:
                for source in _sources(policy, rule):
                    for ports, methods, paths in _operations(policy, rule):
                        for port in ports:
                            rows.add(IstioRule(source, workload.key, port, self.mtls(workload, port), methods, paths))
        return rows

    def sidecar_table(self, workloads: Sequence[Workload]) -> set[tuple[str, str]]:
        """(workload, egress host) for every workload with a sidecar."""
        return {(w.key, host) for w in workloads if self.has_sidecar(w) for host in self.egress_hosts(w)}


def _mode(value: str | None, inherited: str) -> str:
    return inherited if value in (None, "UNSET") else value


_SOURCE_FIELDS = {"principals", "namespaces"}
_OPERATION_FIELDS = {"ports", "methods", "paths"}


def _sources(policy: _Policy, rule: Mapping[str, Any]) -> list[str]:
    if not rule.get("from"):
        return [ANY]
    out = []
    for entry in rule["from"]:
        source = entry.get("source") or {}
        if set(entry) - {"source"} or set(source) - _SOURCE_FIELDS:
            raise UnsupportedPolicy(f"{policy.ref}: source fields {sorted(set(source) - _SOURCE_FIELDS)}")
        if source.get("principals") and source.get("namespaces"):
            raise UnsupportedPolicy(f"{policy.ref}: principals and namespaces in one source cannot be tabulated")
        out += list(source.get("principals") or []) + [f"ns:{n}" for n in source.get("namespaces") or []]
    return out


def _operations(policy: _Policy, rule: Mapping[str, Any]) -> list[tuple[list[str], tuple[str, ...], tuple[str, ...]]]:
    if not rule.get("to"):
        return [([ANY], (), ())]
    out = []
    for entry in rule["to"]:
        op = entry.get("operation") or {}
        if set(entry) - {"operation"} or set(op) - _OPERATION_FIELDS:
            raise UnsupportedPolicy(f"{policy.ref}: operation fields {sorted(set(op) - _OPERATION_FIELDS)}")
        out.append((list(op.get("ports") or [ANY]), tuple(sorted(op.get("methods") or ())), tuple(sorted(op.get("paths") or ()))))
    return out


def _rule_matches(policy: _Policy, rule: Mapping[str, Any], request: Request, *, partial: bool) -> bool:
    """Whether `rule` matches `request`. A request with any method/path (None) matches a rule
    restricted to some methods/paths only partially: enough for DENY (`partial`), not for ALLOW."""
    if rule.get("from"):
        matched = False
        for entry in rule["from"]:
            source = entry.get("source") or {}
            if set(entry) - {"source"} or set(source) - _SOURCE_FIELDS:
                raise UnsupportedPolicy(f"{policy.ref}: source fields {sorted(set(source) - _SOURCE_FIELDS)}")
            principal = request.principal
            ok = True
            if "principals" in source:
                ok = principal is not None and any(_istio_match(p, principal) for p in source["principals"])
            if ok and "namespaces" in source:
                namespace = _principal_namespace(principal) if principal else None
                ok = namespace is not None and any(_istio_match(n, namespace) for n in source["namespaces"])
            matched = matched or ok
        if not matched:
            return False
    if not rule.get("to"):
        return True
    for entry in rule["to"]:
        op = entry.get("operation") or {}
        if set(entry) - {"operation"} or set(op) - _OPERATION_FIELDS:
            raise UnsupportedPolicy(f"{policy.ref}: operation fields {sorted(set(op) - _OPERATION_FIELDS)}")
        if "ports" in op and str(request.port) not in op["ports"]:
            continue
        if not _attribute_matches(op.get("methods"), request.method, partial) or not _attribute_matches(
            op.get("paths"), request.path, partial
        ):
            continue
        return True
    return False


def _attribute_matches(patterns: Sequence[str] | None, value: str | None, partial: bool) -> bool:
    if not patterns:
        return True
    if value is None:
        return partial
    return any(_istio_match(p, value) for p in patterns)
