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

Construction order does not matter: MeshPolicy writes its objects at synth time (a validation of
its chart, which cdk8s runs before the validations of anything inside the chart), so every
workload and flow declared anywhere in the chart, before or after MeshPolicy, is in the policy.

Synth-time validation (errors name source, target and port): a dependency on a workload that is
not registered (or on a port it does not serve), and, evaluated on the chart's final objects (so
objects of other constructs count too), every declared flow, metrics scrape, peer, DNS and
istiod flow that a policy would block, every probe a policy would block, and every Sidecar host
or selector naming a Service or pods that neither the chart nor an operator creates
(`operators/`): such a policy allows nothing real.

Modules: `declared.py` (the graph as flows), `checks.py` (what cannot become policy),
`istio.py` and `network_policy.py` (the two layers' objects), `flows.py` (the evaluator that
reads allowed flows back out of objects), `proof.py` (the synth-time proof on the final
objects), `policy.py` (the construct that composes them), `diagram.py` (the Mermaid picture).
"""

from ..handles import MeshNamespaceHandle
from .checks import MeshPolicyError
from .declared import DeclaredFlow
from .policy import MeshPolicy
from .props import CircuitBreaker, MeshPolicyProps, RateLimit

__all__ = [
    "CircuitBreaker",
    "DeclaredFlow",
    "MeshNamespaceHandle",
    "MeshPolicy",
    "MeshPolicyError",
    "MeshPolicyProps",
    "RateLimit",
]
