"""The synth-time proof: on the chart's final objects, every declared flow and probe gets through.

MeshPolicy writes policy from the graph; the proof reads the objects back with the evaluator
(`flows.py`), whoever wrote them, and reports (naming source, target and port) every declared
flow, metrics scrape, peer, DNS and istiod flow that a policy would block, every probe a policy
would block, and every Sidecar host or selector naming a Service or pods that neither the chart
nor an operator creates (`operators/`): such a policy allows nothing real.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from .. import operators
from ..graph import Workload
from .checks import graph_problems
from .declared import DeclaredFlow, DeclaredMesh
from .flows import (
    ANY,
    Cidr,
    IstioLayer,
    NetworkPolicyLayer,
    Request,
    UnsupportedPolicy,
    pod_template,
    port_allowed,
    selector_matches,
)

REWRITE_PROBES_ANNOTATION = "sidecar.istio.io/rewriteAppHTTPProbers"


def _name(obj: Mapping[str, Any]) -> str:
    meta = obj.get("metadata") or {}
    return f"{meta.get('namespace', '-')}/{meta.get('name')}"


@dataclass(frozen=True)
class Probe:
    """A kubelet probe (HTTP, TCP or gRPC) of a container of a workload's pods."""

    workload: Workload
    kind: str
    container: str
    port: int
    rewrite_disabled: bool


def probe_ports(mesh: DeclaredMesh, objects: Sequence[Mapping[str, Any]]) -> dict[str, tuple[int, ...]]:
    """Per workload key, the ports its pods are probed on (opened to `node_cidrs`)."""
    out: dict[str, set[int]] = defaultdict(set)
    for probe in pod_probes(objects, [w for w, _ in mesh.graph.workloads]):
        out[probe.workload.key].add(probe.port)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def problems(mesh: DeclaredMesh, objects: Sequence[Mapping[str, Any]]) -> list[str]:
    """Everything that would break a declared flow or probe, evaluated on `objects` (the
    chart's final objects, so other constructs' policies count too)."""
    problems = graph_problems(mesh)
    if problems:
        return problems
    try:
        network = NetworkPolicyLayer(objects)
        istio = IstioLayer(objects, mesh.props.istio_namespace)
        problems += [_flow_problem(mesh, flow, network, istio) for flow in mesh.declared_flows()]
        problems += [_probe_problem(mesh, probe, network, istio) for probe in pod_probes(objects, [w for w, _ in mesh.graph.workloads])]
        problems += References(objects).problems(objects, mesh.governed_namespaces)
    except UnsupportedPolicy as exc:
        return [f"cannot prove the declared flows: the policy evaluator does not model {exc}"]
    return [p for p in problems if p]


def _flow_problem(mesh: DeclaredMesh, flow: DeclaredFlow, network: NetworkPolicyLayer, istio: IstioLayer) -> str:
    source, destination = flow.source, flow.destination
    if not port_allowed(network.egress(source, destination), flow.port, flow.protocol):
        return f"{flow}: blocked by NetworkPolicy: egress of {source.key} does not allow it"
    if isinstance(destination, Workload) and not port_allowed(network.ingress(destination, source), flow.port, flow.protocol):
        return f"{flow}: blocked by NetworkPolicy: ingress of {destination.key} does not allow it"
    if not isinstance(destination, Workload) or flow.protocol != "TCP":
        return ""
    principal, note = _source_identity(mesh, flow, istio)
    methods = flow.methods or (None,)
    paths = flow.paths or (None,)
    for method in methods:
        for path in paths:
            reason = istio.admits(destination, Request(principal, flow.port, method, path))
            if reason:
                return f"{flow}: blocked by Istio: {reason}{note}"
    return ""


def _source_identity(mesh: DeclaredMesh, flow: DeclaredFlow, istio: IstioLayer) -> tuple[str | None, str]:
    """The principal the destination sees (None: plaintext), and why it is plaintext."""
    source, destination = flow.source, flow.destination
    assert isinstance(destination, Workload)
    if flow.kind == "metrics-scrape":
        if flow.plaintext:
            return None, " (Prometheus scrapes dedicated metrics ports in plaintext)"
        if not istio.has_sidecar(source):
            return None, f" ({source.key} scrapes a port that is also an API, which needs its mesh certificate, and has no sidecar)"
        return source.principal, ""  # scrapes with its Istio certificate (the port is STRICT)
    if flow.plaintext:
        return None, f" ({source.key} calls pod IPs outside mTLS)"
    if source.namespace not in mesh.governed_namespaces:
        return source.principal, ""  # a foreign source (gateway, operator) is assumed to be in the mesh
    if not istio.has_sidecar(source):
        return None, f" ({source.key} has no sidecar)"
    if not istio.knows(source, destination, flow.dialed_host):
        return None, f" ({source.key}'s Sidecar does not list {destination.namespace}/{flow.dialed_host})"
    return source.principal, ""


def _probe_problem(mesh: DeclaredMesh, probe: Probe, network: NetworkPolicyLayer, istio: IstioLayer) -> str:
    where = f"{probe.kind} probe of {probe.workload.key} (container {probe.container}) on port {probe.port}"
    for cidr in mesh.props.node_cidrs:
        if not port_allowed(network.ingress(probe.workload, Cidr(cidr)), probe.port, "TCP"):
            return f"{where}: blocked by NetworkPolicy: kubelet traffic from node block {cidr} is not allowed"
    if istio.has_sidecar(probe.workload) and probe.rewrite_disabled:
        reason = istio.admits(probe.workload, Request(None, probe.port))
        if reason:
            return f"{where}: blocked by Istio: {reason} (the pod sets {REWRITE_PROBES_ANNOTATION}=false, so kubelet probes the app directly)"
    return ""


def pod_probes(objects: Sequence[Mapping[str, Any]], workloads: Sequence[Workload]) -> list[Probe]:
    """The network probes (HTTP, TCP, gRPC) of the pod templates that belong to `workloads`."""
    probes = []
    for obj in objects:
        template = pod_template(obj)
        if template is None:
            continue
        meta = template.get("metadata") or {}
        labels, namespace = meta.get("labels") or {}, obj["metadata"].get("namespace")
        owners = [w for w in workloads if w.namespace == namespace and selector_matches({"matchLabels": w.selector, "matchExpressions": w.match_expressions}, labels)]
        if not owners:
            continue
        rewrite_disabled = (meta.get("annotations") or {}).get(REWRITE_PROBES_ANNOTATION) == "false"
        for container in (template.get("spec") or {}).get("containers") or []:
            named = {p.get("name"): p["containerPort"] for p in container.get("ports") or [] if p.get("name")}
            for kind in ("startupProbe", "readinessProbe", "livenessProbe"):
                probe = container.get(kind) or {}
                for handler in ("httpGet", "tcpSocket", "grpc"):
                    if handler in probe:
                        port = probe[handler]["port"]
                        port = named.get(port, port) if isinstance(port, str) else port
                        if isinstance(port, int):
                            probes.append(Probe(owners[0], kind.removesuffix("Probe"), container["name"], port, rewrite_disabled))
    return probes


# -- references: what the policies name must exist ------------------------------------------


class References:
    """The Services and pods that exist, per namespace: the chart's own Services and pod
    templates, and what operators create for the chart's custom resources (`operators/`).
    A policy naming a Service or pod labels that nothing creates allows nothing real: the
    flow it was written for is blocked while the proof of the policy alone would pass."""

    def __init__(self, objects: Sequence[Mapping[str, Any]]) -> None:
        self.services: dict[str, set[str]] = {}
        self.pods: dict[str, list[dict[str, str]]] = {}
        for obj in objects:
            namespace = (obj.get("metadata") or {}).get("namespace")
            if namespace is None:
                continue
            if obj.get("kind") == "Service" and obj.get("apiVersion") == "v1":
                self.services.setdefault(namespace, set()).add(obj["metadata"]["name"])
            template = pod_template(obj)
            if template is not None:
                self.pods.setdefault(namespace, []).append(dict((template.get("metadata") or {}).get("labels") or {}))
            self.services.setdefault(namespace, set()).update(operators.created_services(obj))
            self.pods.setdefault(namespace, []).extend(operators.created_pods(obj))

    def problems(self, objects: Sequence[Mapping[str, Any]], namespaces: Sequence[str]) -> list[str]:
        """Sidecar hosts without a Service, and selectors matching no pod, in `namespaces`."""
        problems = []
        for obj in objects:
            kind, spec = obj.get("kind"), obj.get("spec") or {}
            where = f"{kind} {_name(obj)}"
            namespace = (obj.get("metadata") or {}).get("namespace")
            if kind == "Sidecar" and "istio.io/" in str(obj.get("apiVersion", "")):
                for egress in spec.get("egress") or []:
                    for entry in egress.get("hosts") or []:
                        problems += self._host_problem(where, entry, namespace, namespaces)
            selectors: list[tuple[str, str | None, Mapping[str, Any] | None]] = []
            if kind == "NetworkPolicy":
                selectors.append(("podSelector", namespace, spec.get("podSelector")))
                for direction, key in (("ingress", "from"), ("egress", "to")):
                    for i, rule in enumerate(spec.get(direction) or []):
                        for peer in rule.get(key) or []:
                            if "podSelector" in peer:
                                selectors.append((f"{direction}[{i}] peer", _peer_namespace(peer, namespace), peer["podSelector"]))
            elif kind in ("AuthorizationPolicy", "PeerAuthentication") and "istio.io/" in str(obj.get("apiVersion", "")):
                selectors.append(("selector", namespace, spec.get("selector")))
            elif kind in ("Sidecar", "EnvoyFilter") and "istio.io/" in str(obj.get("apiVersion", "")):
                labels = (spec.get("workloadSelector") or {}).get("labels")
                selectors.append(("workloadSelector", namespace, {"matchLabels": labels} if labels else None))
            for field_, ns, selector in selectors:
                if ns is None or ns not in namespaces or not selector or not (selector.get("matchLabels") or selector.get("matchExpressions")):
                    continue
                if not any(selector_matches(selector, labels) for labels in self.pods.get(ns, [])):
                    problems.append(
                        f"{where}: {field_} {_selector_text(selector)} in {ns} selects no pod that the chart or an "
                        f"operator creates; pods there carry: {self._pods_text(ns)}"
                    )
        return problems

    def _host_problem(self, where: str, entry: str, namespace: str | None, namespaces: Sequence[str]) -> list[str]:
        scope, _, host = entry.partition("/")
        scope = (namespace or "") if scope == "." else scope
        if ANY in host or scope == ANY:
            return []
        service, _, rest = host.partition(".")
        host_namespace = rest.split(".")[0] if rest else scope
        if host_namespace not in namespaces:
            return []
        existing = self.services.get(host_namespace, set())
        if service in existing:
            return []
        return [
            f"{where}: egress host {entry} is served by no Service the chart or an operator creates; "
            f"Services in {host_namespace}: {', '.join(sorted(existing)) or '(none)'}"
        ]

    def _pods_text(self, namespace: str) -> str:
        seen = sorted({_selector_text({"matchLabels": labels}) for labels in self.pods.get(namespace, [])})
        return "; ".join(seen) or "(no pods)"


def _peer_namespace(peer: Mapping[str, Any], namespace: str | None) -> str | None:
    selector = peer.get("namespaceSelector")
    if selector is None:
        return namespace
    return (selector.get("matchLabels") or {}).get("kubernetes.io/metadata.name")


def _selector_text(selector: Mapping[str, Any]) -> str:
    parts = [f"{k}={v}" for k, v in sorted((selector.get("matchLabels") or {}).items())]
    parts += [f"{e['key']} {e['operator']}" + (f" {e.get('values')}" if e.get("values") else "") for e in selector.get("matchExpressions") or []]
    return "{" + ",".join(parts) + "}"
