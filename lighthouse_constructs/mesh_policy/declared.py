"""What MeshPolicy must allow: the chart's dependency graph plus MeshPolicy's settings, as flows.

Every other module of the package reads the graph through `DeclaredMesh`: the checks (what cannot
become policy), the Istio and NetworkPolicy writers, the proof and the diagram. It holds the live
`DependencyGraph`, never a copy, so what it answers is whatever has been declared by the time it
is asked (MeshPolicy asks at synth time).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, Mapping, Sequence

from ..graph import (
    KUBELET,
    KUBERNETES_API,
    AppProtocol,
    DependencyGraph,
    Port,
    Workload,
)
from .flows import Cidr
from .props import MeshPolicyProps

COMPONENT = "mesh-policy"
DNS_PORT = 53

FlowKind = Literal["dependency", "metrics-scrape", "peer", "dns", "istiod", "kubernetes-api", "kubelet", "external"]


@dataclass(frozen=True)
class DeclaredFlow:
    """A flow the graph declares: both layers must allow it, and nothing else."""

    kind: FlowKind
    source: Workload
    destination: Workload | Cidr
    port: int
    protocol: Literal["TCP", "UDP"] = "TCP"
    app_protocol: AppProtocol = "tcp"
    methods: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    host: str | None = None
    """The DNS name the source dials (a Workload destination's Service). Default: the destination's."""
    plaintext: bool = False
    """The request arrives outside mTLS: the port is PERMISSIVE and Istio cannot name the source."""

    @property
    def dialed_host(self) -> str:
        assert isinstance(self.destination, Workload)
        return self.host or self.destination.service_host

    def __str__(self) -> str:
        destination = self.destination.key
        l7 = f" {','.join(self.methods) or 'any method'} {','.join(self.paths) or 'any path'}" if self.methods or self.paths else ""
        return f"{self.kind} {self.source.key} -> {destination}:{self.port}/{self.protocol}{l7}"


def path_patterns(prefix: str) -> tuple[str, ...]:
    """Istio path patterns for a declared path prefix: the path itself and everything below it."""
    if "*" in prefix:
        return (prefix,)
    stem = prefix.rstrip("/")
    return (stem, f"{stem}/*") if stem else ("/*",)


def shared_port(ports: Sequence[Port], number: int) -> bool:
    """Whether a metrics port number is also a traffic or peer port (a real API): its scrapes
    must then carry the scraper's mTLS identity instead of being PERMISSIVE and open to all."""
    return any(p.port == number and p.purpose != "metrics" for p in ports)


def l7_traffic_ports(ports: Sequence[Port]) -> list[int]:
    """The http/grpc traffic ports: what a rate limit applies to."""
    return sorted(p.port for p in ports if p.purpose == "traffic" and p.protocol in ("http", "grpc"))


class DeclaredMesh:
    """The graph of one chart as MeshPolicy sees it: which namespaces it governs (and which of
    them have sidecars), who scrapes metrics, where DNS and istiod run, and every declared flow."""

    def __init__(
        self,
        graph: DependencyGraph,
        props: MeshPolicyProps,
        *,
        governed_namespaces: Sequence[str],
        sidecar_namespaces: Sequence[str],
        metrics_scraper: Workload | None,
    ) -> None:
        self.graph = graph
        self.props = props
        self.governed_namespaces = tuple(sorted(governed_namespaces))
        self.sidecar_namespaces = tuple(sorted(sidecar_namespaces))
        self.metrics_scraper = metrics_scraper
        self.dns = Workload("kube-dns", props.dns_namespace, "coredns", tuple(sorted(props.dns_pod_labels.items())))
        self.istiod = Workload("istiod", props.istio_namespace, "istiod", tuple(sorted(props.istiod_pod_labels.items())))

    def has_sidecar(self, workload: Workload) -> bool:
        return workload.namespace in self.sidecar_namespaces

    def registered(self) -> dict[str, tuple[Workload, tuple[Port, ...]]]:
        return {w.key: (w, ports) for w, ports in self.graph.workloads}

    def declared_flows(self) -> list[DeclaredFlow]:
        """Every flow the graph declares, including DNS, istiod, scrapes and peers."""
        props = self.props
        flows: list[DeclaredFlow] = []
        for workload, ports in self.graph.workloads:
            flows += [DeclaredFlow("dns", workload, self.dns, DNS_PORT, protocol) for protocol in ("UDP", "TCP")]
            if self.has_sidecar(workload):
                flows += [DeclaredFlow("istiod", workload, self.istiod, port) for port in props.istiod_ports]
            for port in ports:
                if port.purpose == "peer":
                    flows += [
                        DeclaredFlow("peer", workload, workload, port.port, protocol, port.protocol, host=workload.peer_host)
                        for protocol in (("TCP", "UDP") if port.udp else ("TCP",))
                    ]
                elif port.purpose == "metrics" and self.metrics_scraper is not None:
                    flows.append(
                        DeclaredFlow("metrics-scrape", self.metrics_scraper, workload, port.port, app_protocol=port.protocol,
                                     plaintext=not shared_port(ports, port.port))
                    )
        for dep in self.graph.dependencies:
            flows.append(
                DeclaredFlow("dependency", dep.source, dep.target, dep.port, app_protocol=dep.protocol, methods=dep.methods,
                             paths=dep.paths, host=dep.service_host, plaintext=dep.plaintext)
            )
        for egress in self.graph.egresses:
            if egress.host == KUBERNETES_API:
                flows += [
                    DeclaredFlow("kubernetes-api", egress.source, Cidr(cidr), port)
                    for cidr in props.kubernetes_api_cidrs
                    for port in props.kubernetes_api_ports
                ]
            elif egress.host == KUBELET:
                flows += [DeclaredFlow("kubelet", egress.source, Cidr(cidr), egress.port) for cidr in props.kubelet_cidrs]
            else:
                block = Cidr(props.external_cidr, props.external_except)
                flows.append(DeclaredFlow("external", egress.source, block, egress.port))
        if self.metrics_scraper is not None:
            # Pods outside the governed namespaces (an ingress gateway's Envoy stats): only the scraper's egress.
            flows += [DeclaredFlow("metrics-scrape", self.metrics_scraper, s.target, s.port, app_protocol="http")
                      for s in self.graph.foreign_scrapes]
        return list(dict.fromkeys(flows))

    def known_workloads(self) -> list[Workload]:
        """Every pod identity the flows involve: registered workloads, Prometheus, foreign
        dependency sources, kube-dns, istiod, and per namespace an "(other pods)" stand-in."""
        known: dict[str, Workload] = {w.key: w for w, _ in self.graph.workloads}
        extra = [self.dns, self.istiod] + ([self.metrics_scraper] if self.metrics_scraper else [])
        extra += [d.source for d in self.graph.dependencies] + [s.target for s in self.graph.foreign_scrapes]
        for workload in extra:
            known.setdefault(workload.key, workload)
        for namespace in sorted({w.namespace for w in known.values()}):
            known.setdefault(f"{namespace}/(other pods)", Workload("(other pods)", namespace, "default", ()))
        return [known[k] for k in sorted(known)]

    def resolve(self, key: str) -> Workload | None:
        """The registered workload a props override names (`namespace/name`, or a unique `name`)."""
        registered = self.registered()
        if key in registered:
            return registered[key][0]
        matches = [w for w, _ in registered.values() if w.name == key]
        return matches[0] if len(matches) == 1 else None

    @staticmethod
    def override(overrides: Mapping[str, Any], workload: Workload) -> Any:
        """The per-workload value of `overrides` (rate_limits, circuit_breakers), or None."""
        for key, value in overrides.items():
            if key == workload.key or key == workload.name:
                return value
        return None
