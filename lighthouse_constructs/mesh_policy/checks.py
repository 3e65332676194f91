"""What in the graph or MeshPolicy's props cannot become policy, found before any object is written.

These checks read the declared graph only (no objects): a dependency on a workload that is not
registered or on a port it does not serve, a workload outside the governed namespaces, a selector
Istio cannot express, an egress without the addresses it needs, an override naming no workload.
The proof (`proof.py`) then checks the chart's final objects.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from ..graph import KUBELET, KUBERNETES_API, Port, Workload
from .declared import DeclaredMesh, l7_traffic_ports

GRPC_PATH = re.compile(r"^/[A-Za-z_]\w*(\.[A-Za-z_]\w*)+/(\*|[A-Za-z_]\w*)$")
HOST_NAME = re.compile(r"^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$")


class MeshPolicyError(ValueError):
    """The graph or the config cannot be turned into policy; lists every problem."""


def object_names(workload: Workload) -> list[str]:
    """The names MeshPolicy gives a workload's objects (each must fit 63 characters)."""
    return [f"allow-{workload.name}", f"{workload.name}-plaintext", f"{workload.name}-ratelimit"]


def graph_problems(mesh: DeclaredMesh) -> list[str]:
    """What in the graph or the props cannot become policy (empty when all is well)."""
    registered = mesh.registered()
    known = ", ".join(sorted(registered)) or "(none)"
    problems = []
    for key, (workload, _) in registered.items():
        if workload.namespace not in mesh.governed_namespaces:
            problems.append(
                f"workload {key} is in namespace {workload.namespace}, which MeshPolicy does not govern; "
                f"governed: {', '.join(mesh.governed_namespaces)}"
            )
        inbound = [d for d in mesh.graph.dependencies if d.target.key == key]
        if workload.label_keys and mesh.has_sidecar(workload) and (registered[key][1] or inbound):
            problems.append(
                f"workload {key} is selected by label existence ({', '.join(workload.label_keys)}), which Istio's "
                f"workload selectors cannot express: it may not serve ports in a sidecar namespace"
            )
        for name in object_names(workload):
            if len(name) > 63:
                problems.append(f"workload {key}: object name {name!r} is longer than 63 characters")
    for dep in mesh.graph.dependencies:
        flow = f"dependency {dep.source.key} -> {dep.target.key}:{dep.port} ({dep.protocol})"
        if dep.target.key not in registered:
            problems.append(f"{flow}: target {dep.target.key} is not a registered workload in this chart; registered: {known}")
            continue
        target, ports = registered[dep.target.key]
        # One port number may be registered for several purposes (Prometheus's web port is
        # also its metrics port; a database port is also its replication peer port).
        usable = [p for p in ports if p.port == dep.port and p.purpose != "metrics"]
        if target != dep.target:
            problems.append(f"{flow}: target identity {dep.target} differs from the registered {target}")
        elif not any(p.port == dep.port for p in ports):
            served = ", ".join(f"{p.name} {p.port} ({p.purpose})" for p in ports)
            problems.append(f"{flow}: {target.key} does not serve port {dep.port}; its ports: {served}")
        elif not usable:
            problems.append(f"{flow}: port {dep.port} of {target.key} is only a metrics port; dependencies use traffic or peer ports")
        elif all(p.protocol != dep.protocol for p in usable):
            problems.append(f"{flow}: {target.key} serves port {dep.port} as {usable[0].protocol}, not {dep.protocol}")
        if dep.source.key == dep.target.key:
            problems.append(f"{flow}: a workload reaching its own pods declares a peer port instead")
        if dep.protocol == "tcp" and (dep.methods or dep.paths):
            problems.append(f"{flow}: methods and paths need an http or grpc port")
        if dep.protocol == "grpc":
            if set(dep.methods) - {"POST"}:
                problems.append(f"{flow}: gRPC requests are always POST; got methods {list(dep.methods)}")
            bad = [p for p in dep.paths if not GRPC_PATH.match(p)]
            if bad:
                problems.append(f"{flow}: gRPC paths are /<package>.<Service>/<Method or *>; got {bad}")
        mtls_clients = [d for d in mesh.graph.dependencies if d.target.key == dep.target.key and d.port == dep.port and not d.plaintext]
        if dep.plaintext and not dep.paths and (mtls_clients or any(p.port == dep.port and p.purpose == "peer" for p in ports)):
            problems.append(
                f"{flow}: plaintext on a port that mTLS clients also use would open it to any plaintext request; "
                f"restrict the plaintext dependency to its methods and paths"
            )
        if dep.source.key in registered and registered[dep.source.key][0] != dep.source:
            problems.append(f"{flow}: source identity {dep.source} differs from the registered {registered[dep.source.key][0]}")
    for egress in mesh.graph.egresses:
        flow = f"egress {egress.source.key} -> {egress.host}:{egress.port}"
        if egress.source.key not in registered:
            problems.append(f"{flow}: source {egress.source.key} is not a registered workload; registered: {known}")
        if egress.host == KUBERNETES_API:
            if not mesh.props.kubernetes_api_cidrs:
                problems.append(f"{flow}: set kubernetes_api_cidrs to the API server endpoint addresses")
        elif egress.host == KUBELET:
            if not mesh.props.kubelet_cidrs:
                problems.append(f"{flow}: set kubelet_cidrs to the addresses the nodes' kubelets listen on")
        elif not HOST_NAME.match(egress.host):
            problems.append(f"{flow}: {egress.host!r} is not a DNS name")
        if not 1 <= egress.port <= 65535:
            problems.append(f"{flow}: port {egress.port} is not within 1-65535")
    for scrape in mesh.graph.foreign_scrapes:
        if scrape.target.namespace in mesh.governed_namespaces:
            problems.append(f"foreign scrape of {scrape.target.key}:{scrape.port}: its namespace is governed; "
                            f"register the workload with a metrics port instead")
    problems += _override_problems(mesh, "rate_limits", mesh.props.rate_limits, registered)
    problems += _override_problems(mesh, "circuit_breakers", mesh.props.circuit_breakers, registered)
    return problems


def _override_problems(
    mesh: DeclaredMesh, field: str, overrides: Mapping[str, Any], registered: Mapping[str, tuple[Workload, tuple[Port, ...]]]
) -> list[str]:
    problems = []
    targets = {d.target.key for d in mesh.graph.dependencies if d.protocol in ("http", "grpc")}
    for key in overrides:
        workload = mesh.resolve(key)
        if workload is None:
            problems.append(f"{field}.{key}: no single registered workload is named {key!r}; registered: {', '.join(sorted(registered)) or '(none)'}")
        elif field == "rate_limits" and not mesh.has_sidecar(workload):
            problems.append(f"{field}.{key}: {workload.key} has no Istio sidecar to enforce a rate limit")
        elif field == "rate_limits" and not l7_traffic_ports(registered[workload.key][1]):
            problems.append(f"{field}.{key}: {workload.key} serves no http or grpc traffic port to rate-limit")
        elif field == "circuit_breakers" and workload.key not in targets:
            problems.append(f"{field}.{key}: {workload.key} is not the target of an http or grpc dependency")
    return problems
