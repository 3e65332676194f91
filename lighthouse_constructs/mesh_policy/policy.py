"""The MeshPolicy construct: composes the checks, the two layers' objects and the proof.

What the objects allow and why is in the package docstring. This module only decides *when*:
at synth time, so that the graph is complete whatever order the chart was built in.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import constructs
import jsii
from cdk8s_plus_28 import k8s

from ..chart_objects import app_objects, once_per_synth, write_before_reading
from ..graph import DependencyGraph, Workload
from ..handles import MeshNamespaceHandle
from ..uniqueness import ensure_unique_objects
from . import proof
from .checks import MeshPolicyError, graph_problems
from .declared import DeclaredFlow, DeclaredMesh
from .istio import IstioObjects
from .network_policy import network_policy
from .props import MeshPolicyProps

__all__ = ["DeclaredFlow", "MeshPolicy", "MeshPolicyError"]


class MeshPolicy(constructs.Construct):
    """Istio and NetworkPolicy objects for every workload of the chart's dependency graph.

    `namespaces` are the namespaces it governs (every registered workload must be in one);
    `metrics_scraper` is the Prometheus workload that scrapes every `metrics` port.

    Build it anywhere in the chart: the objects are written when the chart is synthesized, from
    every workload, `connect_to` and egress declared by then. The object attributes
    (`network_policies`, `sidecars`, ...) write them on first read instead, for an escape hatch
    before synth; a flow declared after that read fails the synth, naming the flow."""

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        props: MeshPolicyProps | None = None,
        *,
        namespaces: Sequence[MeshNamespaceHandle],
        metrics_scraper: Workload | None = None,
    ) -> None:
        super().__init__(scope, id)
        ensure_unique_objects(self)
        self.props = props = props or MeshPolicyProps()
        self.graph = DependencyGraph.of(self)
        self.metrics_scraper = metrics_scraper
        self.declared = DeclaredMesh(
            self.graph,
            props,
            governed_namespaces=[n.name for n in namespaces],
            sidecar_namespaces=[n.name for n in namespaces if n.istio_injection],
            metrics_scraper=metrics_scraper,
        )
        self.sidecar_namespaces = self.declared.sidecar_namespaces
        self.governed_namespaces = self.declared.governed_namespaces
        self.dns, self.istiod = self.declared.dns, self.declared.istiod
        self._istio = IstioObjects(self.declared)
        self._network_policies: dict[str, k8s.KubeNetworkPolicy] = {}
        self._built_flows: frozenset[DeclaredFlow] | None = None
        # cdk8s validates a construct before its children: a validation of the App runs before
        # any validation inside it (this proof, the capacity budget, ...), so all of them, and
        # the YAML written after them, see the objects.
        build = _Build(self)
        self.node.root.node.add_validation(build)
        write_before_reading(self, build.run)
        self.node.add_validation(_Proof(self))

    # -- the objects (written on first read, or at synth) ------------------------------------

    @property
    def peer_authentications(self) -> dict[str, constructs.Construct]:
        """Per sidecar namespace: PeerAuthentication `default` (STRICT)."""
        return self.build()._istio.peer_authentications

    @property
    def default_deny(self) -> dict[str, constructs.Construct]:
        """Per sidecar namespace: AuthorizationPolicy `default-deny`."""
        return self.build()._istio.default_deny

    @property
    def authorization_policies(self) -> dict[str, constructs.Construct]:
        """Per workload key: AuthorizationPolicy `allow-<name>` (when anything may reach it)."""
        return self.build()._istio.authorization_policies

    @property
    def plaintext_peer_authentications(self) -> dict[str, constructs.Construct]:
        """Per workload key: the PeerAuthentication making its plaintext ports (dedicated
        metrics ports, an operator's calls) PERMISSIVE."""
        return self.build()._istio.plaintext_peer_authentications

    @property
    def sidecars(self) -> dict[str, constructs.Construct]:
        """Per workload key: the Sidecar scoping its egress."""
        return self.build()._istio.sidecars

    @property
    def destination_rules(self) -> dict[str, constructs.Construct]:
        """Per http/grpc target's workload key: its DestinationRule (circuit breaking)."""
        return self.build()._istio.destination_rules

    @property
    def rate_limits(self) -> dict[str, constructs.Construct]:
        """Per rate-limited workload key: its EnvoyFilter."""
        return self.build()._istio.rate_limits

    @property
    def network_policies(self) -> dict[str, k8s.KubeNetworkPolicy]:
        """Per workload key: NetworkPolicy `allow-<name>`."""
        return self.build()._network_policies

    @property
    def written(self) -> bool:
        """Whether the objects are written (by synth, `build()` or an early attribute read)."""
        return self._built_flows is not None

    def build(self) -> "MeshPolicy":
        """Write the objects now, from the graph as declared so far (once; later calls do
        nothing). Synthesis calls it; call it earlier only to edit an object before synth, and
        only after the last flow is declared. Raises MeshPolicyError if the graph is invalid."""
        if self._built_flows is not None:
            return self
        problems = graph_problems(self.declared)
        if problems:
            raise MeshPolicyError(f"MeshPolicy {self.node.path}: invalid dependency graph:\n  " + "\n  ".join(problems))
        flows = self.declared.declared_flows()
        self._built_flows = frozenset(flows)
        probes = proof.probe_ports(self.declared, app_objects(self)) if self.props.node_cidrs else {}
        for namespace in self.sidecar_namespaces:
            self._istio.add_namespace(constructs.Construct(self, f"Namespace-{namespace}"), namespace)
        for workload, ports in self.graph.workloads:
            scope = constructs.Construct(self, f"Workload-{workload.namespace}-{workload.name}")
            inbound = [f for f in flows if isinstance(f.destination, Workload) and f.destination.key == workload.key]
            outbound = [f for f in flows if f.source.key == workload.key]
            if self.declared.has_sidecar(workload) and not workload.label_keys:
                self._istio.add_workload(scope, workload, ports, inbound, outbound)
            self._network_policies[workload.key] = network_policy(
                self.declared, scope, workload, inbound, outbound, probes.get(workload.key, ())
            )
        return self

    # -- the declared graph ------------------------------------------------------------------

    def declared_flows(self) -> list[DeclaredFlow]:
        """Every flow the graph declares, including DNS, istiod, scrapes and peers."""
        return self.declared.declared_flows()

    def known_workloads(self) -> list[Workload]:
        """Every pod identity the flows involve (see `DeclaredMesh.known_workloads`)."""
        return self.declared.known_workloads()

    def graph_problems(self) -> list[str]:
        """What in the graph or the props cannot become policy (empty when all is well)."""
        return graph_problems(self.declared)

    def late_flows(self) -> list[DeclaredFlow]:
        """Flows declared after the objects were written early (by `build()` or an object
        attribute read before synth): no object allows them."""
        if self._built_flows is None:
            return []
        return [f for f in self.declared.declared_flows() if f not in self._built_flows]

    # -- the proof ---------------------------------------------------------------------------

    def problems(self, objects: Sequence[Mapping[str, Any]] | None = None) -> list[str]:
        """Everything that would break a declared flow or probe, evaluated on `objects` (the
        chart's synthesized objects by default, so other constructs' policies count too)."""
        if objects is None:
            objects = app_objects(self)
        return proof.problems(self.declared, objects)


@jsii.implements(constructs.IValidation)
class _Build:
    """Registered on the chart: writes MeshPolicy's objects before any validation reads them."""

    def __init__(self, mesh: MeshPolicy) -> None:
        self._mesh = mesh

    def run(self) -> None:
        if self._mesh.written:
            return
        if not self._mesh.graph_problems():  # otherwise _Proof reports them, under MeshPolicy's path
            self._mesh.build()

    @once_per_synth
    def validate(self) -> list[str]:
        self.run()
        return []


@jsii.implements(constructs.IValidation)
class _Proof:
    def __init__(self, mesh: MeshPolicy) -> None:
        self._mesh = mesh

    @once_per_synth
    def validate(self) -> list[str]:
        late = self._mesh.late_flows()
        if late:
            return [
                f"{len(late)} flow(s) were declared after MeshPolicy's objects were written early (by build() or reading "
                f"one of its object attributes before synth), so no policy allows them: {'; '.join(str(f) for f in late)}. "
                "Read MeshPolicy's objects only after the last connect_to (or after synth), or let synth write them"
            ]
        return self._mesh.problems()
