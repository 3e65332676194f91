"""MeshPolicy's NetworkPolicy layer: one `allow-<name>` per workload, allow rules only.

The namespace default-deny is the Platform's; these policies open exactly the declared flows:
ingress from each declared source (namespace AND pod labels), from Prometheus on metrics ports,
from its own pods on peer ports; egress to each declared target, to its own pods on peer ports,
to kube-dns, to istiod (sidecar namespaces), to the API server / external blocks when declared.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import Any, Sequence

import constructs
from cdk8s_plus_28 import k8s

from ..conventions import standard_labels
from ..graph import Workload
from .declared import COMPONENT, DeclaredFlow, DeclaredMesh
from .flows import Cidr


def network_policy(
    mesh: DeclaredMesh,
    scope: constructs.Construct,
    workload: Workload,
    inbound: list[DeclaredFlow],
    outbound: list[DeclaredFlow],
    probe_ports: Sequence[int],
) -> k8s.KubeNetworkPolicy:
    """`allow-<name>`: ingress from each inbound flow's source, egress to each outbound flow's
    destination, and kubelet probes from `node_cidrs` on `probe_ports`."""

    def grouped(flows: list[DeclaredFlow], peer_of: Any) -> dict[Any, set[tuple[int, str]]]:
        groups: dict[Any, set[tuple[int, str]]] = defaultdict(set)
        for flow in flows:
            groups[peer_of(flow)].add((flow.port, flow.protocol))
        return groups

    ingress = [
        k8s.NetworkPolicyIngressRule(from_=[_peer(peer)], ports=_ports(ports))
        for peer, ports in sorted(grouped(inbound, lambda f: f.source).items(), key=lambda kv: kv[0].key)
    ]
    for cidr in mesh.props.node_cidrs:
        if probe_ports:
            ingress.append(
                k8s.NetworkPolicyIngressRule(from_=[_peer(Cidr(cidr))], ports=_ports({(p, "TCP") for p in probe_ports}))
            )
    egress = [
        k8s.NetworkPolicyEgressRule(to=[_peer(peer)], ports=_ports(ports))
        for peer, ports in sorted(grouped(outbound, lambda f: f.destination).items(), key=lambda kv: kv[0].key)
    ]
    types = (["Ingress"] if ingress else []) + (["Egress"] if egress else [])
    return k8s.KubeNetworkPolicy(
        scope,
        "NetworkPolicy",
        metadata=k8s.ObjectMeta(
            name=f"allow-{workload.name}", namespace=workload.namespace, labels=standard_labels(workload.name, COMPONENT)
        ),
        spec=k8s.NetworkPolicySpec(
            pod_selector=_selector(workload),
            policy_types=types,
            ingress=ingress or None,
            egress=egress or None,
        ),
    )


def _peer(endpoint: Workload | Cidr) -> k8s.NetworkPolicyPeer:
    if isinstance(endpoint, Cidr):
        return k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=endpoint.cidr, except_=list(endpoint.except_) or None))
    return k8s.NetworkPolicyPeer(
        namespace_selector=k8s.LabelSelector(match_labels={"kubernetes.io/metadata.name": endpoint.namespace}),
        pod_selector=_selector(endpoint),
    )


def _selector(workload: Workload) -> k8s.LabelSelector:
    return k8s.LabelSelector(
        match_labels=workload.selector,
        match_expressions=[k8s.LabelSelectorRequirement(key=e["key"], operator=e["operator"]) for e in workload.match_expressions] or None,
    )


def _ports(ports: set[tuple[int, str]]) -> list[k8s.NetworkPolicyPort]:
    return [k8s.NetworkPolicyPort(port=_port_number(p), protocol=q) for p, q in sorted(ports, key=lambda x: (x[0], x[1]))]


@cache
def _port_number(port: int) -> k8s.IntOrString:
    """One IntOrString per port number, shared by every rule: each `from_number` is a jsii round
    trip (~545 per synth of the three environments for a few dozen distinct ports), and the
    value is immutable, so sharing it writes the same JSON."""
    return k8s.IntOrString.from_number(port)
