"""The dependency graph: which workload talks to which, on which port and protocol.

BridgeService.connect_to (and MeshPolicy's explicit allows) record edges here; every construct
that runs pods registers its workload and ports. MeshPolicy derives Istio and NetworkPolicy
objects from this one record, so traffic policy is never written twice.

One graph per App (an environment, all its charts): `DependencyGraph.of(scope)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import constructs

from .secrets import SecretKeyRef

AppProtocol = Literal["http", "grpc", "tcp"]
"""How Istio treats the port: http/grpc get L7 authorization (methods, paths); tcp does not."""


@dataclass(frozen=True)
class Workload:
    """A set of pods, as policy sees them: where they run, how to select them, who they are."""

    name: str
    namespace: str
    service_account: str
    pod_labels: tuple[tuple[str, str], ...]
    service: str | None = None
    """The Service clients reach the pods through. Default: a Service named like the workload."""
    peer_service: str | None = None
    """The Service the pods reach each other through on peer ports (an operator's governing
    headless Service, the primary's Service). Default: `service`."""
    label_keys: tuple[str, ...] = ()
    """Label keys the pods carry with a varying value, selected with `Exists` (CloudNativePG's
    Job pods carry `cnpg.io/jobRole=<role>`). Istio's workload selectors match exact labels
    only, so such a workload gets NetworkPolicy and no workload-scoped Istio object.
    Default: none."""

    @property
    def principal(self) -> str:
        """The Istio mTLS principal of the workload's service account."""
        return f"cluster.local/ns/{self.namespace}/sa/{self.service_account}"

    @property
    def key(self) -> str:
        """`namespace/name`: how errors, flow tables and diagrams name the workload."""
        return f"{self.namespace}/{self.name}"

    @property
    def service_host(self) -> str:
        """The cluster DNS name of the workload's Service."""
        return f"{self.service or self.name}.{self.namespace}.svc.cluster.local"

    def host(self, service: str | None = None) -> str:
        """The cluster DNS name of `service` (default: the workload's Service) in its namespace."""
        return f"{service or self.service or self.name}.{self.namespace}.svc.cluster.local"

    @property
    def peer_host(self) -> str:
        """The cluster DNS name the pods reach each other through on peer ports."""
        return self.host(self.peer_service)

    @property
    def selector(self) -> dict[str, str]:
        """The exact labels every pod carries (a NetworkPolicy matchLabels)."""
        return dict(self.pod_labels)

    @property
    def labels(self) -> dict[str, str]:
        """A representative pod's labels, for evaluating selectors: `label_keys` get a placeholder value."""
        return {**{k: "(any)" for k in self.label_keys}, **self.selector}

    @property
    def match_expressions(self) -> list[dict[str, str]]:
        return [{"key": k, "operator": "Exists"} for k in self.label_keys]


@dataclass(frozen=True)
class Port:
    """A port a workload serves. `purpose` tells policy who may reach it."""

    name: str
    port: int
    """The port the pods listen on (NetworkPolicy and AuthorizationPolicy match pod ports)."""
    protocol: AppProtocol
    purpose: Literal["traffic", "metrics", "peer"] = "traffic"
    """traffic: reachable by declared dependents; metrics: by Prometheus; peer: by the
    workload's own pods (replication, gossip)."""
    udp: bool = False
    """Also served over UDP (Alertmanager's gossip): NetworkPolicy allows both protocols; Istio
    does not proxy UDP. Default: TCP only."""


@dataclass(frozen=True)
class Endpoint:
    """One port of a target workload that a connection uses."""

    target: Workload
    port: int
    protocol: AppProtocol


@dataclass(frozen=True)
class Connection:
    """What a connection target hands a client: env vars to inject and the flows it implies."""

    env: tuple[tuple[str, str], ...]
    endpoints: tuple[Endpoint, ...]
    secret_env: tuple[tuple[str, SecretKeyRef], ...] = ()




@dataclass(frozen=True)
class Dependency:
    """A declared flow: `source` may open connections to `target` on `port`."""

    source: Workload
    target: Workload
    port: int
    protocol: AppProtocol
    methods: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    service: str | None = None
    """The Service the source dials, when the target's pods sit behind several (CloudNativePG's
    `-rw`/`-ro`). Default: the target's `service`."""
    plaintext: bool = False
    """The source calls pod IPs outside mTLS (an operator without a mesh identity): the port
    is PERMISSIVE, Istio cannot name the source, and NetworkPolicy alone restricts it to the
    source's namespace and pods. Default: False (mTLS, allowed by principal)."""

    @property
    def service_host(self) -> str:
        """The cluster DNS name the source dials."""
        return self.target.host(self.service)


KUBERNETES_API = "kubernetes-api"
"""The `host` of an `Egress` to the cluster's API server (kubernetes.default.svc)."""
KUBELET = "kubelet"
"""The `host` of an `Egress` to every node's kubelet (node addresses, e.g. its metrics on 10250)."""
KUBELET_PORT = 10250


@dataclass(frozen=True)
class Egress:
    """A declared flow from a workload to something that is not a pod of the graph: the
    Kubernetes API (`host=KUBERNETES_API`) or an external host such as object storage."""

    source: Workload
    host: str
    port: int = 443


@dataclass(frozen=True)
class ForeignScrape:
    """A metrics port of pods outside the governed namespaces (an Istio ingress gateway) that the
    metrics scraper reads: only the scraper's side gets policy."""

    target: Workload
    port: int


@dataclass
class _Record:
    workloads: dict[tuple[str, str], tuple[Workload, tuple[Port, ...]]] = field(default_factory=dict)
    dependencies: list[Dependency] = field(default_factory=list)
    egresses: list[Egress] = field(default_factory=list)
    foreign_scrapes: list[ForeignScrape] = field(default_factory=list)


class DependencyGraph(constructs.Construct):
    """The per-chart record of workloads, their ports and the dependencies between them."""

    CHILD_ID = "DependencyGraph"

    def __init__(self, scope: constructs.Construct, id: str) -> None:
        super().__init__(scope, id)
        self._record = _Record()

    @classmethod
    def of(cls, scope: constructs.Construct) -> "DependencyGraph":
        """The graph of the App that contains `scope` (created on first use). One App is one
        environment: its charts (one per Argo CD Application) share one graph, so a flow from a
        bridge in one chart to a database in another is declared and policed like any other."""
        root = scope.node.root
        existing = root.node.try_find_child(cls.CHILD_ID)
        if existing is not None:
            return existing  # type: ignore[return-value]
        assert isinstance(root, constructs.Construct)
        return cls(root, cls.CHILD_ID)

    def add_workload(self, workload: Workload, ports: tuple[Port, ...]) -> None:
        key = (workload.namespace, workload.name)
        if key in self._record.workloads and self._record.workloads[key][0] != workload:
            raise ValueError(f"workload {workload.namespace}/{workload.name} registered twice with different identities")
        self._record.workloads[key] = (workload, ports)

    def add_dependency(self, dependency: Dependency) -> None:
        if dependency not in self._record.dependencies:
            self._record.dependencies.append(dependency)

    def add_egress(self, egress: Egress) -> None:
        if egress not in self._record.egresses:
            self._record.egresses.append(egress)

    def add_foreign_scrape(self, scrape: ForeignScrape) -> None:
        if scrape not in self._record.foreign_scrapes:
            self._record.foreign_scrapes.append(scrape)

    @property
    def foreign_scrapes(self) -> tuple[ForeignScrape, ...]:
        return tuple(self._record.foreign_scrapes)

    @property
    def workloads(self) -> tuple[tuple[Workload, tuple[Port, ...]], ...]:
        return tuple(self._record.workloads[k] for k in sorted(self._record.workloads))

    @property
    def dependencies(self) -> tuple[Dependency, ...]:
        return tuple(self._record.dependencies)

    @property
    def egresses(self) -> tuple[Egress, ...]:
        return tuple(self._record.egresses)

    def ports_of(self, workload: Workload) -> tuple[Port, ...]:
        """The registered ports of `workload`, or an error listing the workloads in the chart."""
        key = (workload.namespace, workload.name)
        if key not in self._record.workloads:
            known = ", ".join(f"{ns}/{n}" for ns, n in sorted(self._record.workloads)) or "(none)"
            raise ValueError(f"workload {workload.namespace}/{workload.name} is not in this chart; known: {known}")
        return self._record.workloads[key][1]
