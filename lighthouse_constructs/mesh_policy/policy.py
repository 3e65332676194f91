"""MeshPolicy: least-privilege traffic policy derived from the chart's dependency graph.

One declared graph (`DependencyGraph`: workloads, their ports, `connect_to` dependencies,
egresses) becomes two independent enforcement layers that each allow exactly the declared flows:

Istio (namespaces with sidecar injection)
  - PeerAuthentication `default`: STRICT mTLS for the namespace.
  - AuthorizationPolicy `default-deny` (an ALLOW policy with `spec: {}`: it matches nothing, so
    once it exists every request to the namespace is denied unless another ALLOW rule matches),
    and per workload `allow-<name>`: ALLOW by the source's service-account principal, on the
    declared port, with the declared HTTP methods and path prefixes for http/grpc.
  - Metrics scraping: Prometheus scrapes pod IPs directly, outside its sidecar. A dedicated
    metrics port is therefore PERMISSIVE (a workload PeerAuthentication `<name>-plaintext` with
    portLevelMtls) and allowed from any source at the Istio layer; the NetworkPolicy layer
    narrows it to the Prometheus pods. A metrics port that is also an API (Prometheus 9090,
    Alertmanager 9093, Grafana, Loki, Tempo) stays STRICT and admits the scraper's principal
    only: Prometheus scrapes it with its own Istio certificate. Every other port stays STRICT.
  - Plaintext sources: a dependency marked `plaintext` (the CloudNativePG operator's status
    calls on pod IPs, the out-of-mesh log agent) gets the same PERMISSIVE port and a rule
    without `from`, limited to its methods and paths; its NetworkPolicy names the source pods.
  - Kubelet probes: Istio's injector rewrites HTTP, TCP and gRPC probes to the sidecar agent
    (port 15020, outside mTLS and authorization), which is on by default. A pod that opts out
    (`sidecar.istio.io/rewriteAppHTTPProbers: "false"`) would have its probes rejected by STRICT
    mTLS: the synth-time check reports it.
  - Sidecar `<name>`: egress scoped to the Services the workload really dials (a dependency's
    `service`, the peers' `peer_service`: CloudNativePG's `-rw`/`-ro`, `alertmanager-operated`),
    istio-system, and kube-dns (+ the API server when declared). Istio's selectors match exact
    labels, so a workload selected by label existence (`label_keys`: CloudNativePG's Job pods)
    gets NetworkPolicy only and keeps the mesh-wide egress scope. Scoping keeps each proxy's config small; the
    outbound policy stays the mesh default, so undeclared traffic leaves as plaintext and is
    rejected by the target's STRICT mTLS and authorization.
  - DestinationRule `<name>` per http/grpc dependency target: connection pool and outlier
    detection (circuit breaking), defaults overridable per service.
  - EnvoyFilter `<name>-ratelimit`: local token-bucket rate limit on the inbound HTTP/gRPC
    traffic ports, from a typed `RateLimit`.

NetworkPolicy (every governed namespace; allow rules only: the namespace default-deny is the
Platform's)
  - `allow-<name>` per workload: ingress from each declared source (namespace AND pod labels),
    from Prometheus on metrics ports, from its own pods on peer ports; egress to each declared
    target, to its own pods on peer ports, to kube-dns (53 UDP/TCP), to istiod (sidecar
    namespaces), to the API server / external blocks when declared.
  - Kubelet probes: Kubernetes always allows traffic from a pod's own node regardless of
    NetworkPolicy (documented semantics; the common CNIs implement it). For a CNI that filters
    host traffic, set `node_cidrs`: probe ports are then allowed from those blocks, and the
    synth-time check proves it.

Sources outside the governed namespaces (the Istio ingress gateway, an operator) need not be
registered: their flows are allowed on the target side only, and they are taken to have a mesh
identity (their principal). A port number registered for several purposes (a web port that is
also the metrics port) is PERMISSIVE like any scraped port.

Synth-time validation (errors name source, target and port): a dependency on a workload that is
not registered (or on a port it does not serve), and, evaluated on the chart's final objects by
`flows.py` (so objects of other constructs count too), every declared flow, metrics scrape,
peer, DNS and istiod flow that a policy would block, every probe a policy would block, and every
Sidecar host or selector naming a Service or pods that neither the chart nor an operator
creates (`operators/`): such a policy allows nothing real.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Literal, Mapping, Sequence

import cdk8s
import constructs
import jsii
from cdk8s_plus_28 import k8s

from ..chart_objects import chart_objects
from ..conventions import standard_labels
from ..graph import (
    KUBELET,
    KUBERNETES_API,
    AppProtocol,
    DependencyGraph,
    Port,
    Workload,
)
from ..handles import MeshNamespaceHandle
from ..uniqueness import ensure_unique_objects
from .flows import (
    Cidr,
    IstioLayer,
    NetworkPolicyLayer,
    References,
    Request,
    UnsupportedPolicy,
    pod_template,
    port_allowed,
    selector_matches,
)
from .props import CircuitBreaker, MeshPolicyProps, RateLimit

COMPONENT = "mesh-policy"
DNS_PORT = 53
GRPC_PATH = re.compile(r"^/[A-Za-z_]\w*(\.[A-Za-z_]\w*)+/(\*|[A-Za-z_]\w*)$")
HOST_NAME = re.compile(r"^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$")
REWRITE_PROBES_ANNOTATION = "sidecar.istio.io/rewriteAppHTTPProbers"

FlowKind = Literal["dependency", "metrics-scrape", "peer", "dns", "istiod", "kubernetes-api", "kubelet", "external"]



class MeshPolicyError(ValueError):
    """The graph or the config cannot be turned into policy; lists every problem."""


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


@dataclass(frozen=True)
class _Probe:
    workload: Workload
    kind: str
    container: str
    port: int
    rewrite_disabled: bool


def path_patterns(prefix: str) -> tuple[str, ...]:
    """Istio path patterns for a declared path prefix: the path itself and everything below it."""
    if "*" in prefix:
        return (prefix,)
    stem = prefix.rstrip("/")
    return (stem, f"{stem}/*") if stem else ("/*",)


class MeshPolicy(constructs.Construct):
    """Istio and NetworkPolicy objects for every workload of the chart's dependency graph.

    Build it last in the chart, after every construct has registered its workloads and
    dependencies. `namespaces` are the namespaces it governs (every registered workload must be
    in one); `metrics_scraper` is the Prometheus workload that scrapes every `metrics` port."""

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
        self.sidecar_namespaces = tuple(sorted(n.name for n in namespaces if n.istio_injection))
        self.governed_namespaces = tuple(sorted(n.name for n in namespaces))
        self.dns = Workload("kube-dns", props.dns_namespace, "coredns", tuple(sorted(props.dns_pod_labels.items())))
        self.istiod = Workload("istiod", props.istio_namespace, "istiod", tuple(sorted(props.istiod_pod_labels.items())))
        problems = self.graph_problems()
        if problems:
            raise MeshPolicyError("MeshPolicy: invalid dependency graph:\n  " + "\n  ".join(problems))

        self.peer_authentications: dict[str, constructs.Construct] = {}
        self.default_deny: dict[str, constructs.Construct] = {}
        self.authorization_policies: dict[str, constructs.Construct] = {}
        self.plaintext_peer_authentications: dict[str, constructs.Construct] = {}
        """Per workload: the PeerAuthentication making its plaintext ports (dedicated metrics
        ports, an operator's calls) PERMISSIVE."""
        self.sidecars: dict[str, constructs.Construct] = {}
        self.destination_rules: dict[str, constructs.Construct] = {}
        self.rate_limits: dict[str, constructs.Construct] = {}
        self.network_policies: dict[str, k8s.KubeNetworkPolicy] = {}

        for namespace in self.sidecar_namespaces:
            scope_ns = constructs.Construct(self, f"Namespace-{namespace}")
            self.peer_authentications[namespace] = self._namespace_mtls(scope_ns, namespace)
            self.default_deny[namespace] = self._default_deny(scope_ns, namespace)
        flows = self.declared_flows()
        probes = self._probe_ports() if props.node_cidrs else {}
        for workload, ports in self.graph.workloads:
            scope_w = constructs.Construct(self, f"Workload-{workload.namespace}-{workload.name}")
            inbound = [f for f in flows if isinstance(f.destination, Workload) and f.destination.key == workload.key]
            outbound = [f for f in flows if f.source.key == workload.key]
            if self._has_sidecar(workload) and not workload.label_keys:
                self._istio_for(scope_w, workload, ports, inbound, outbound)
            self.network_policies[workload.key] = self._network_policy(scope_w, workload, inbound, outbound, probes.get(workload.key, ()))
        self.node.add_validation(_Validation(self))

    # -- the declared graph ------------------------------------------------------------------

    def _has_sidecar(self, workload: Workload) -> bool:
        return workload.namespace in self.sidecar_namespaces

    def _registered(self) -> dict[str, tuple[Workload, tuple[Port, ...]]]:
        return {w.key: (w, ports) for w, ports in self.graph.workloads}

    def declared_flows(self) -> list[DeclaredFlow]:
        """Every flow the graph declares, including DNS, istiod, scrapes and peers."""
        flows: list[DeclaredFlow] = []
        for workload, ports in self.graph.workloads:
            flows += [DeclaredFlow("dns", workload, self.dns, DNS_PORT, protocol) for protocol in ("UDP", "TCP")]
            if self._has_sidecar(workload):
                flows += [DeclaredFlow("istiod", workload, self.istiod, port) for port in self.props.istiod_ports]
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
                    for cidr in self.props.kubernetes_api_cidrs
                    for port in self.props.kubernetes_api_ports
                ]
            elif egress.host == KUBELET:
                flows += [DeclaredFlow("kubelet", egress.source, Cidr(cidr), egress.port) for cidr in self.props.kubelet_cidrs]
            else:
                block = Cidr(self.props.external_cidr, self.props.external_except)
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

    def graph_problems(self) -> list[str]:
        """What in the graph or the props cannot become policy (empty when all is well)."""
        registered = self._registered()
        known = ", ".join(sorted(registered)) or "(none)"
        problems = []
        for key, (workload, _) in registered.items():
            if workload.namespace not in self.governed_namespaces:
                problems.append(
                    f"workload {key} is in namespace {workload.namespace}, which MeshPolicy does not govern; "
                    f"governed: {', '.join(self.governed_namespaces)}"
                )
            inbound = [d for d in self.graph.dependencies if d.target.key == key]
            if workload.label_keys and self._has_sidecar(workload) and (registered[key][1] or inbound):
                problems.append(
                    f"workload {key} is selected by label existence ({', '.join(workload.label_keys)}), which Istio's "
                    f"workload selectors cannot express: it may not serve ports in a sidecar namespace"
                )
            for name in self._object_names(workload):
                if len(name) > 63:
                    problems.append(f"workload {key}: object name {name!r} is longer than 63 characters")
        for dep in self.graph.dependencies:
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
            mtls_clients = [d for d in self.graph.dependencies if d.target.key == dep.target.key and d.port == dep.port and not d.plaintext]
            if dep.plaintext and not dep.paths and (mtls_clients or any(p.port == dep.port and p.purpose == "peer" for p in ports)):
                problems.append(
                    f"{flow}: plaintext on a port that mTLS clients also use would open it to any plaintext request; "
                    f"restrict the plaintext dependency to its methods and paths"
                )
            if dep.source.key in registered and registered[dep.source.key][0] != dep.source:
                problems.append(f"{flow}: source identity {dep.source} differs from the registered {registered[dep.source.key][0]}")
        for egress in self.graph.egresses:
            flow = f"egress {egress.source.key} -> {egress.host}:{egress.port}"
            if egress.source.key not in registered:
                problems.append(f"{flow}: source {egress.source.key} is not a registered workload; registered: {known}")
            if egress.host == KUBERNETES_API:
                if not self.props.kubernetes_api_cidrs:
                    problems.append(f"{flow}: set kubernetes_api_cidrs to the API server endpoint addresses")
            elif egress.host == KUBELET:
                if not self.props.kubelet_cidrs:
                    problems.append(f"{flow}: set kubelet_cidrs to the addresses the nodes' kubelets listen on")
            elif not HOST_NAME.match(egress.host):
                problems.append(f"{flow}: {egress.host!r} is not a DNS name")
            if not 1 <= egress.port <= 65535:
                problems.append(f"{flow}: port {egress.port} is not within 1-65535")
        for scrape in self.graph.foreign_scrapes:
            if scrape.target.namespace in self.governed_namespaces:
                problems.append(f"foreign scrape of {scrape.target.key}:{scrape.port}: its namespace is governed; "
                                f"register the workload with a metrics port instead")
        problems += self._override_problems("rate_limits", self.props.rate_limits, registered)
        problems += self._override_problems("circuit_breakers", self.props.circuit_breakers, registered)
        return problems

    def _resolve(self, key: str, registered: Mapping[str, tuple[Workload, tuple[Port, ...]]]) -> Workload | None:
        if key in registered:
            return registered[key][0]
        matches = [w for w, _ in registered.values() if w.name == key]
        return matches[0] if len(matches) == 1 else None

    def _override_problems(
        self, field: str, overrides: Mapping[str, Any], registered: Mapping[str, tuple[Workload, tuple[Port, ...]]]
    ) -> list[str]:
        problems = []
        targets = {d.target.key for d in self.graph.dependencies if d.protocol in ("http", "grpc")}
        for key in overrides:
            workload = self._resolve(key, registered)
            if workload is None:
                problems.append(f"{field}.{key}: no single registered workload is named {key!r}; registered: {', '.join(sorted(registered)) or '(none)'}")
            elif field == "rate_limits" and not self._has_sidecar(workload):
                problems.append(f"{field}.{key}: {workload.key} has no Istio sidecar to enforce a rate limit")
            elif field == "rate_limits" and not _l7_traffic_ports(registered[workload.key][1]):
                problems.append(f"{field}.{key}: {workload.key} serves no http or grpc traffic port to rate-limit")
            elif field == "circuit_breakers" and workload.key not in targets:
                problems.append(f"{field}.{key}: {workload.key} is not the target of an http or grpc dependency")
        return problems

    def _override(self, overrides: Mapping[str, Any], workload: Workload) -> Any:
        for key, value in overrides.items():
            if key == workload.key or key == workload.name:
                return value
        return None

    @staticmethod
    def _object_names(workload: Workload) -> list[str]:
        return [f"allow-{workload.name}", f"{workload.name}-plaintext", f"{workload.name}-ratelimit"]

    # -- Istio -------------------------------------------------------------------------------

    def _meta(self, name: str, namespace: str, app: str, instance: str | None = None) -> cdk8s.ApiObjectMetadata:
        return cdk8s.ApiObjectMetadata(name=name, namespace=namespace, labels=standard_labels(app, COMPONENT, instance))

    def _namespace_mtls(self, scope: constructs.Construct, namespace: str) -> constructs.Construct:
        from ..imports.istio.io.istio.security import (
            PeerAuthentication,
            PeerAuthenticationSpec,
            PeerAuthenticationSpecMtls,
            PeerAuthenticationSpecMtlsMode,
        )

        return PeerAuthentication(
            scope,
            "PeerAuthentication",
            metadata=self._meta("default", namespace, COMPONENT, namespace),
            spec=PeerAuthenticationSpec(mtls=PeerAuthenticationSpecMtls(mode=PeerAuthenticationSpecMtlsMode.STRICT)),
        )

    def _default_deny(self, scope: constructs.Construct, namespace: str) -> constructs.Construct:
        from ..imports.istio.io.istio.security import (
            AuthorizationPolicy,
            AuthorizationPolicySpec,
        )

        # An ALLOW policy without rules matches nothing: with it, a request to any pod of the
        # namespace is denied unless another ALLOW policy's rule matches it.
        return AuthorizationPolicy(
            scope, "DefaultDeny", metadata=self._meta("default-deny", namespace, COMPONENT, namespace), spec=AuthorizationPolicySpec()
        )

    def _istio_for(
        self,
        scope: constructs.Construct,
        workload: Workload,
        ports: tuple[Port, ...],
        inbound: list[DeclaredFlow],
        outbound: list[DeclaredFlow],
    ) -> None:
        key = workload.key
        policy = self._authorization_policy(scope, workload, inbound)
        if policy is not None:
            self.authorization_policies[key] = policy
        plaintext = sorted({f.port for f in inbound if f.plaintext})
        if plaintext:
            self.plaintext_peer_authentications[key] = self._plaintext_mtls(scope, workload, plaintext)
        self.sidecars[key] = self._sidecar(scope, workload, outbound)
        if any(d.target.key == key and d.protocol in ("http", "grpc") for d in self.graph.dependencies):
            breaker = self._override(self.props.circuit_breakers, workload) or self.props.circuit_breaker
            self.destination_rules[key] = self._destination_rule(scope, workload, breaker)
        limit = self._override(self.props.rate_limits, workload)
        if limit is not None:
            self.rate_limits[key] = self._rate_limit(scope, workload, _l7_traffic_ports(ports), limit)

    def _authorization_policy(self, scope: constructs.Construct, workload: Workload, inbound: list[DeclaredFlow]) -> constructs.Construct | None:
        from ..imports.istio.io.istio.security import (
            AuthorizationPolicy,
            AuthorizationPolicySpec,
            AuthorizationPolicySpecAction,
            AuthorizationPolicySpecRules,
            AuthorizationPolicySpecRulesFrom,
            AuthorizationPolicySpecRulesFromSource,
            AuthorizationPolicySpecRulesTo,
            AuthorizationPolicySpecRulesToOperation,
            AuthorizationPolicySpecSelector,
        )

        # One rule per (port, methods, paths), listing every principal allowed to send it. A
        # scrape of a port that is also an API (Prometheus 9090, Alertmanager 9093, ...) comes
        # with the scraper's principal; only dedicated plaintext ports get a rule without `from`.
        principals: dict[tuple[int, tuple[str, ...], tuple[str, ...]], set[str]] = defaultdict(set)
        plaintext: set[tuple[int, tuple[str, ...], tuple[str, ...]]] = set()
        for flow in inbound:
            if flow.protocol != "TCP" or flow.kind not in ("dependency", "peer", "metrics-scrape"):
                continue  # Istio does not proxy UDP
            paths = tuple(p for prefix in flow.paths for p in path_patterns(prefix))
            operation = (flow.port, tuple(sorted(flow.methods)), tuple(sorted(paths)))
            if flow.plaintext:
                plaintext.add(operation)
            else:
                principals[operation].add(flow.source.principal)

        def to(port: int, methods: tuple[str, ...], paths: tuple[str, ...]) -> list:
            return [
                AuthorizationPolicySpecRulesTo(
                    operation=AuthorizationPolicySpecRulesToOperation(ports=[str(port)], methods=list(methods) or None, paths=list(paths) or None)
                )
            ]

        rules = [
            AuthorizationPolicySpecRules(
                from_=[AuthorizationPolicySpecRulesFrom(source=AuthorizationPolicySpecRulesFromSource(principals=sorted(sources)))],
                to=to(*operation),
            )
            for operation, sources in sorted(principals.items())
        ]
        # Plaintext requests carry no identity: the operation is the only Istio-level condition,
        # and the NetworkPolicy narrows it to the declared source pods.
        rules += [AuthorizationPolicySpecRules(to=to(*operation)) for operation in sorted(plaintext)]
        if not rules:
            return None
        return AuthorizationPolicy(
            scope,
            "AuthorizationPolicy",
            metadata=self._meta(f"allow-{workload.name}", workload.namespace, workload.name),
            spec=AuthorizationPolicySpec(
                action=AuthorizationPolicySpecAction.ALLOW,
                selector=AuthorizationPolicySpecSelector(match_labels=workload.selector),
                rules=rules,
            ),
        )

    def _plaintext_mtls(self, scope: constructs.Construct, workload: Workload, ports: list[int]) -> constructs.Construct:
        from ..imports.istio.io.istio.security import (
            PeerAuthentication,
            PeerAuthenticationSpec,
            PeerAuthenticationSpecPortLevelMtls,
            PeerAuthenticationSpecPortLevelMtlsMode,
            PeerAuthenticationSpecSelector,
        )

        # Port-level mTLS only takes effect in a PeerAuthentication with a workload selector;
        # without `mtls` the workload keeps the namespace's STRICT mode on every other port.
        return PeerAuthentication(
            scope,
            "PlaintextPeerAuthentication",
            metadata=self._meta(f"{workload.name}-plaintext", workload.namespace, workload.name),
            spec=PeerAuthenticationSpec(
                selector=PeerAuthenticationSpecSelector(match_labels=workload.selector),
                port_level_mtls={
                    str(p): PeerAuthenticationSpecPortLevelMtls(mode=PeerAuthenticationSpecPortLevelMtlsMode.PERMISSIVE) for p in ports
                },
            ),
        )

    def _sidecar(self, scope: constructs.Construct, workload: Workload, outbound: list[DeclaredFlow]) -> constructs.Construct:
        from ..imports.istio.io.istio.networking import (
            Sidecar,
            SidecarSpec,
            SidecarSpecEgress,
            SidecarSpecWorkloadSelector,
        )

        hosts = {f"{self.props.istio_namespace}/*", f"{self.dns.namespace}/{self.dns.service_host}"}
        for flow in outbound:
            if flow.kind in ("dependency", "peer") and isinstance(flow.destination, Workload) and flow.protocol == "TCP":
                hosts.add(f"{flow.destination.namespace}/{flow.dialed_host}")
            elif flow.kind == "kubernetes-api":
                hosts.add("default/kubernetes.default.svc.cluster.local")
        return Sidecar(
            scope,
            "Sidecar",
            metadata=self._meta(workload.name, workload.namespace, workload.name),
            spec=SidecarSpec(
                workload_selector=SidecarSpecWorkloadSelector(labels=workload.selector),
                egress=[SidecarSpecEgress(hosts=sorted(hosts))],
            ),
        )

    def _destination_rule(self, scope: constructs.Construct, workload: Workload, breaker: CircuitBreaker) -> constructs.Construct:
        from ..imports.istio.io.istio.networking import (
            DestinationRule,
            DestinationRuleSpec,
            DestinationRuleSpecTrafficPolicy,
            DestinationRuleSpecTrafficPolicyConnectionPool,
            DestinationRuleSpecTrafficPolicyConnectionPoolHttp,
            DestinationRuleSpecTrafficPolicyConnectionPoolTcp,
            DestinationRuleSpecTrafficPolicyOutlierDetection,
        )

        return DestinationRule(
            scope,
            "DestinationRule",
            metadata=self._meta(workload.name, workload.namespace, workload.name),
            spec=DestinationRuleSpec(
                host=workload.service_host,
                traffic_policy=DestinationRuleSpecTrafficPolicy(
                    connection_pool=DestinationRuleSpecTrafficPolicyConnectionPool(
                        tcp=DestinationRuleSpecTrafficPolicyConnectionPoolTcp(
                            max_connections=breaker.max_connections, connect_timeout=f"{breaker.connect_timeout_ms}ms"
                        ),
                        http=DestinationRuleSpecTrafficPolicyConnectionPoolHttp(
                            http1_max_pending_requests=breaker.max_pending_requests,
                            http2_max_requests=breaker.max_requests,
                            max_retries=breaker.max_retries,
                        ),
                    ),
                    outlier_detection=DestinationRuleSpecTrafficPolicyOutlierDetection(
                        consecutive5_xx_errors=breaker.consecutive_5xx_errors,
                        interval=f"{breaker.interval_seconds}s",
                        base_ejection_time=f"{breaker.base_ejection_seconds}s",
                        max_ejection_percent=breaker.max_ejection_percent,
                    ),
                ),
            ),
        )

    def _rate_limit(self, scope: constructs.Construct, workload: Workload, ports: list[int], limit: RateLimit) -> constructs.Construct:
        from ..imports.istio.io.istio.networking import (
            EnvoyFilter,
            EnvoyFilterSpec,
            EnvoyFilterSpecConfigPatches,
            EnvoyFilterSpecConfigPatchesApplyTo,
            EnvoyFilterSpecConfigPatchesMatch,
            EnvoyFilterSpecConfigPatchesMatchContext,
            EnvoyFilterSpecConfigPatchesMatchListener,
            EnvoyFilterSpecConfigPatchesMatchListenerFilterChain,
            EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter,
            EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter,
            EnvoyFilterSpecConfigPatchesPatch,
            EnvoyFilterSpecConfigPatchesPatchOperation,
            EnvoyFilterSpecWorkloadSelector,
        )

        # Envoy's own JSON (snake_case) goes into `value` as is. The filter goes right before
        # the router, so requests that authorization already rejected use no tokens; on the
        # inbound listener `portNumber` selects the filter chain of that pod port.
        value = {
            "name": "envoy.filters.http.local_ratelimit",
            "typed_config": {
                "@type": "type.googleapis.com/envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit",
                "stat_prefix": "http_local_rate_limiter",
                "token_bucket": {"max_tokens": limit.burst, "tokens_per_fill": limit.requests_per_second, "fill_interval": "1s"},
                "filter_enabled": {"runtime_key": "local_rate_limit_enabled", "default_value": {"numerator": 100, "denominator": "HUNDRED"}},
                "filter_enforced": {"runtime_key": "local_rate_limit_enforced", "default_value": {"numerator": 100, "denominator": "HUNDRED"}},
                "response_headers_to_add": [{"append_action": "OVERWRITE_IF_EXISTS_OR_ADD", "header": {"key": "x-local-rate-limit", "value": "true"}}],
            },
        }
        patches = [
            EnvoyFilterSpecConfigPatches(
                apply_to=EnvoyFilterSpecConfigPatchesApplyTo.HTTP_UNDERSCORE_FILTER,
                match=EnvoyFilterSpecConfigPatchesMatch(
                    context=EnvoyFilterSpecConfigPatchesMatchContext.SIDECAR_UNDERSCORE_INBOUND,
                    listener=EnvoyFilterSpecConfigPatchesMatchListener(
                        port_number=port,
                        filter_chain=EnvoyFilterSpecConfigPatchesMatchListenerFilterChain(
                            filter=EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter(
                                name="envoy.filters.network.http_connection_manager",
                                sub_filter=EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter(
                                    name="envoy.filters.http.router"
                                ),
                            )
                        ),
                    ),
                ),
                patch=EnvoyFilterSpecConfigPatchesPatch(
                    operation=EnvoyFilterSpecConfigPatchesPatchOperation.INSERT_UNDERSCORE_BEFORE, value=value
                ),
            )
            for port in ports
        ]
        return EnvoyFilter(
            scope,
            "RateLimit",
            metadata=self._meta(f"{workload.name}-ratelimit", workload.namespace, workload.name),
            spec=EnvoyFilterSpec(workload_selector=EnvoyFilterSpecWorkloadSelector(labels=workload.selector), config_patches=patches),
        )

    # -- NetworkPolicy -----------------------------------------------------------------------

    def _network_policy(
        self,
        scope: constructs.Construct,
        workload: Workload,
        inbound: list[DeclaredFlow],
        outbound: list[DeclaredFlow],
        probe_ports: Sequence[int],
    ) -> k8s.KubeNetworkPolicy:
        def grouped(flows: list[DeclaredFlow], peer_of: Any) -> dict[Any, set[tuple[int, str]]]:
            groups: dict[Any, set[tuple[int, str]]] = defaultdict(set)
            for flow in flows:
                groups[peer_of(flow)].add((flow.port, flow.protocol))
            return groups

        ingress = [
            k8s.NetworkPolicyIngressRule(from_=[_peer(peer)], ports=_ports(ports))
            for peer, ports in sorted(grouped(inbound, lambda f: f.source).items(), key=lambda kv: kv[0].key)
        ]
        for cidr in self.props.node_cidrs:
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

    # -- synth-time validation ---------------------------------------------------------------

    def _probe_ports(self) -> dict[str, tuple[int, ...]]:
        objects = chart_objects(cdk8s.Chart.of(self))
        out: dict[str, set[int]] = defaultdict(set)
        for probe in pod_probes(objects, [w for w, _ in self.graph.workloads]):
            out[probe.workload.key].add(probe.port)
        return {k: tuple(sorted(v)) for k, v in out.items()}

    def problems(self, objects: Sequence[Mapping[str, Any]] | None = None) -> list[str]:
        """Everything that would break a declared flow or probe, evaluated on `objects` (the
        chart's synthesized objects by default, so other constructs' policies count too)."""
        problems = self.graph_problems()
        if problems:
            return problems
        if objects is None:
            objects = chart_objects(cdk8s.Chart.of(self))
        try:
            network = NetworkPolicyLayer(objects)
            istio = IstioLayer(objects, self.props.istio_namespace)
            problems += [self._flow_problem(flow, network, istio) for flow in self.declared_flows()]
            problems += [self._probe_problem(probe, network, istio) for probe in pod_probes(objects, [w for w, _ in self.graph.workloads])]
            problems += References(objects).problems(objects, self.governed_namespaces)
        except UnsupportedPolicy as exc:
            return [f"cannot prove the declared flows: the policy evaluator does not model {exc}"]
        return [p for p in problems if p]

    def _flow_problem(self, flow: DeclaredFlow, network: NetworkPolicyLayer, istio: IstioLayer) -> str:
        source, destination = flow.source, flow.destination
        if not port_allowed(network.egress(source, destination), flow.port, flow.protocol):
            return f"{flow}: blocked by NetworkPolicy: egress of {source.key} does not allow it"
        if isinstance(destination, Workload) and not port_allowed(network.ingress(destination, source), flow.port, flow.protocol):
            return f"{flow}: blocked by NetworkPolicy: ingress of {destination.key} does not allow it"
        if not isinstance(destination, Workload) or flow.protocol != "TCP":
            return ""
        principal, note = self._source_identity(flow, istio)
        methods = flow.methods or (None,)
        paths = flow.paths or (None,)
        for method in methods:
            for path in paths:
                reason = istio.admits(destination, Request(principal, flow.port, method, path))
                if reason:
                    return f"{flow}: blocked by Istio: {reason}{note}"
        return ""

    def _source_identity(self, flow: DeclaredFlow, istio: IstioLayer) -> tuple[str | None, str]:
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
        if source.namespace not in self.governed_namespaces:
            return source.principal, ""  # a foreign source (gateway, operator) is assumed to be in the mesh
        if not istio.has_sidecar(source):
            return None, f" ({source.key} has no sidecar)"
        if not istio.knows(source, destination, flow.dialed_host):
            return None, f" ({source.key}'s Sidecar does not list {destination.namespace}/{flow.dialed_host})"
        return source.principal, ""

    def _probe_problem(self, probe: _Probe, network: NetworkPolicyLayer, istio: IstioLayer) -> str:
        where = f"{probe.kind} probe of {probe.workload.key} (container {probe.container}) on port {probe.port}"
        for cidr in self.props.node_cidrs:
            if not port_allowed(network.ingress(probe.workload, Cidr(cidr)), probe.port, "TCP"):
                return f"{where}: blocked by NetworkPolicy: kubelet traffic from node block {cidr} is not allowed"
        if istio.has_sidecar(probe.workload) and probe.rewrite_disabled:
            reason = istio.admits(probe.workload, Request(None, probe.port))
            if reason:
                return f"{where}: blocked by Istio: {reason} (the pod sets {REWRITE_PROBES_ANNOTATION}=false, so kubelet probes the app directly)"
        return ""


@jsii.implements(constructs.IValidation)
class _Validation:
    def __init__(self, mesh: MeshPolicy) -> None:
        self._mesh = mesh

    def validate(self) -> list[str]:
        return self._mesh.problems()


def _l7_traffic_ports(ports: Sequence[Port]) -> list[int]:
    return sorted(p.port for p in ports if p.purpose == "traffic" and p.protocol in ("http", "grpc"))


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


def shared_port(ports: Sequence[Port], number: int) -> bool:
    """Whether a metrics port number is also a traffic or peer port (a real API): its scrapes
    must then carry the scraper's mTLS identity instead of being PERMISSIVE and open to all."""
    return any(p.port == number and p.purpose != "metrics" for p in ports)


def _ports(ports: set[tuple[int, str]]) -> list[k8s.NetworkPolicyPort]:
    return [k8s.NetworkPolicyPort(port=k8s.IntOrString.from_number(p), protocol=q) for p, q in sorted(ports, key=lambda x: (x[0], x[1]))]


def pod_probes(objects: Sequence[Mapping[str, Any]], workloads: Sequence[Workload]) -> list[_Probe]:
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
                            probes.append(_Probe(owners[0], kind.removesuffix("Probe"), container["name"], port, rewrite_disabled))
    return probes
