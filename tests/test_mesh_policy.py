"""MeshPolicy unit tests on Testing.chart(): what each object allows, and every error."""

from __future__ import annotations

import re
from dataclasses import dataclass

import cdk8s
import pytest
from cdk8s_plus_28 import k8s

import lighthouse_constructs  # noqa: F401  (runtime setup before jsii starts)
from lighthouse_constructs.bridge_service import BridgeService, BridgeServiceProps
from lighthouse_constructs.graph import (
    KUBERNETES_API,
    Dependency,
    DependencyGraph,
    Egress,
    Port,
    Workload,
)
from lighthouse_constructs.mesh_policy import (
    CircuitBreaker,
    MeshPolicy,
    MeshPolicyError,
    MeshPolicyProps,
    RateLimit,
)
from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps

IMAGE = "ghcr.io/lighthouse/api:1.0.0@sha256:" + "a" * 64
BRIDGE = "lighthouse-bridge"
DATA = "lighthouse-data"
OBS = "lighthouse-observability"
PROMETHEUS = Workload("prometheus", OBS, "prometheus", (("app.kubernetes.io/name", "prometheus"),))


@dataclass(frozen=True)
class Priority:
    name: str = "bridge-high"


class Setup:
    """A chart with api -> events (http with methods/paths, and gRPC), plus a non-mesh data
    namespace with a cache workload that has a peer port. `mesh_first`: build MeshPolicy with
    these props right after the namespaces, before any workload or flow exists."""

    def __init__(self, mesh_first: MeshPolicyProps | None = None) -> None:
        self.chart = cdk8s.Testing.chart()
        self.bridge_ns = LighthouseNamespace(self.chart, "Bridge", NamespaceProps(name=BRIDGE))
        self.data_ns = LighthouseNamespace(self.chart, "Data", NamespaceProps(name=DATA, istio_injection=False))
        self.obs_ns = LighthouseNamespace(self.chart, "Obs", NamespaceProps(name=OBS))
        self.early_mesh = self.mesh(mesh_first) if mesh_first is not None else None
        self.api = self.bridge("api")
        self.events = self.bridge("events", grpc_port=9000)
        self.api.connect_to(self.events, env_prefix="EVENTS", methods=("GET", "POST"), paths=("/v1/events",))
        self.graph = DependencyGraph.of(self.chart)
        self.backed(PROMETHEUS)

    def backed(self, workload: Workload) -> Workload:
        """Pods and a Service for a hand-registered workload: the proof checks that every
        selector and Sidecar host names something that exists."""
        k8s.KubeDeployment(
            self.chart, f"Pods-{workload.key}",
            metadata=k8s.ObjectMeta(name=workload.name, namespace=workload.namespace),
            spec=k8s.DeploymentSpec(
                selector=k8s.LabelSelector(match_labels=workload.selector),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=workload.labels),
                    spec=k8s.PodSpec(containers=[k8s.Container(name="app", image=IMAGE)]),
                ),
            ),
        )
        k8s.KubeService(
            self.chart, f"Service-{workload.key}",
            metadata=k8s.ObjectMeta(name=workload.service or workload.name, namespace=workload.namespace),
            spec=k8s.ServiceSpec(selector=workload.selector, ports=[k8s.ServicePort(port=80)]),
        )
        return workload

    def bridge(self, name: str, **props: object) -> BridgeService:
        return BridgeService(
            self.chart, name, BridgeServiceProps(name=name, image=IMAGE, **props), namespace=self.bridge_ns, priority_class=Priority()
        )

    def cache(self) -> Workload:
        cache = self.backed(Workload("cache", DATA, "cache", (("app.kubernetes.io/name", "cache"),)))
        self.graph.add_workload(cache, (Port("redis", 6379, "tcp"), Port("gossip", 26379, "tcp", "peer"), Port("metrics", 9121, "http", "metrics")))
        return cache

    def mesh(self, props: MeshPolicyProps | None = None, scraper: Workload | None = PROMETHEUS) -> MeshPolicy:
        return MeshPolicy(self.chart, "Mesh", props, namespaces=[self.bridge_ns, self.data_ns, self.obs_ns], metrics_scraper=scraper)

    def synth(self) -> list[dict]:
        return cdk8s.Testing.synth(self.chart)

    def mesh_errors(self) -> list[str]:
        """MeshPolicy's synth-time errors, without cdk8s's `[test/Mesh] ` prefix."""
        with pytest.raises(RuntimeError) as error:
            self.synth()
        prefix = f"[{self.chart.node.path}/Mesh] "
        return [line.strip().removeprefix(prefix) for line in str(error.value).splitlines() if line.strip().startswith(prefix)]

    def default_deny(self) -> None:
        """What the Platform adds per namespace: MeshPolicy itself writes allow rules only."""
        for namespace in (BRIDGE, DATA, OBS):
            k8s.KubeNetworkPolicy(
                self.chart,
                f"DefaultDeny-{namespace}",
                metadata=k8s.ObjectMeta(name="default-deny", namespace=namespace),
                spec=k8s.NetworkPolicySpec(pod_selector=k8s.LabelSelector(), policy_types=["Ingress", "Egress"]),
            )


def find(objects: list[dict], kind: str, name: str, namespace: str = BRIDGE) -> dict:
    found = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name and o["metadata"]["namespace"] == namespace]
    assert len(found) == 1, f"{kind} {namespace}/{name}: found {len(found)}"
    return found[0]


def kinds(objects: list[dict], kind: str) -> list[str]:
    return sorted(f"{o['metadata']['namespace']}/{o['metadata']['name']}" for o in objects if o["kind"] == kind)


def peer(namespace: str, **labels: str) -> dict:
    return {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": namespace}}, "podSelector": {"matchLabels": labels}}


def sel(name: str) -> dict[str, str]:
    return {"app.kubernetes.io/instance": name, "app.kubernetes.io/name": name}


# -- Istio ----------------------------------------------------------------------------------


def test_can_require_strict_mtls_and_deny_by_default_in_sidecar_namespaces_only() -> None:
    setup = Setup()
    setup.mesh()
    objects = setup.synth()
    assert kinds(objects, "PeerAuthentication") == [f"{BRIDGE}/api-plaintext", f"{BRIDGE}/default", f"{BRIDGE}/events-plaintext", f"{OBS}/default"]
    assert find(objects, "PeerAuthentication", "default")["spec"] == {"mtls": {"mode": "STRICT"}}
    # An ALLOW policy with an empty spec matches nothing: everything not allowed elsewhere is denied.
    deny = find(objects, "AuthorizationPolicy", "default-deny")
    assert deny["spec"] == {} and deny["apiVersion"] == "security.istio.io/v1"
    assert kinds(objects, "AuthorizationPolicy") == [f"{BRIDGE}/allow-api", f"{BRIDGE}/allow-events", f"{BRIDGE}/default-deny", f"{OBS}/default-deny"]


def test_can_allow_a_dependency_by_principal_with_its_methods_and_paths() -> None:
    setup = Setup()
    setup.mesh()
    policy = find(setup.synth(), "AuthorizationPolicy", "allow-events")
    assert policy["spec"] == {
        "action": "ALLOW",
        "selector": {"matchLabels": sel("events")},
        "rules": [
            {
                "from": [{"source": {"principals": [f"cluster.local/ns/{BRIDGE}/sa/api"]}}],
                "to": [{"operation": {"ports": ["8080"], "methods": ["GET", "POST"], "paths": ["/v1/events", "/v1/events/*"]}}],
            },
            {"from": [{"source": {"principals": [f"cluster.local/ns/{BRIDGE}/sa/api"]}}], "to": [{"operation": {"ports": ["9000"]}}]},
            {"to": [{"operation": {"ports": ["9090"]}}]},
        ],
    }


def test_can_keep_metrics_scrapes_working_under_strict_mtls() -> None:
    setup = Setup()
    mesh = setup.mesh()
    objects = setup.synth()
    scrape = find(objects, "PeerAuthentication", "events-plaintext")
    assert scrape["spec"] == {"selector": {"matchLabels": sel("events")}, "portLevelMtls": {"9090": {"mode": "PERMISSIVE"}}}
    network = find(objects, "NetworkPolicy", "allow-events")
    assert {"from": [peer(OBS, **{"app.kubernetes.io/name": "prometheus"})], "ports": [{"port": 9090, "protocol": "TCP"}]} in network["spec"]["ingress"]
    assert mesh.problems(objects) == []


def test_can_scope_sidecar_egress_to_declared_dependencies() -> None:
    setup = Setup()
    setup.mesh()
    objects = setup.synth()
    assert find(objects, "Sidecar", "api")["spec"] == {
        "workloadSelector": {"labels": sel("api")},
        "egress": [{"hosts": ["istio-system/*", "kube-system/kube-dns.kube-system.svc.cluster.local", f"{BRIDGE}/events.{BRIDGE}.svc.cluster.local"]}],
    }
    assert find(objects, "Sidecar", "events")["spec"]["egress"] == [{"hosts": ["istio-system/*", "kube-system/kube-dns.kube-system.svc.cluster.local"]}]


def test_can_break_circuits_with_defaults_and_per_service_overrides() -> None:
    setup = Setup()
    setup.mesh()
    rule = find(setup.synth(), "DestinationRule", "events")
    assert rule["spec"] == {
        "host": f"events.{BRIDGE}.svc.cluster.local",
        "trafficPolicy": {
            "connectionPool": {
                "tcp": {"maxConnections": 1024, "connectTimeout": "1000ms"},
                "http": {"http1MaxPendingRequests": 1024, "http2MaxRequests": 1024, "maxRetries": 3},
            },
            "outlierDetection": {"consecutive5xxErrors": 5, "interval": "10s", "baseEjectionTime": "30s", "maxEjectionPercent": 50},
        },
    }
    setup = Setup()
    setup.mesh(MeshPolicyProps(circuit_breakers={"events": CircuitBreaker(max_requests=64, consecutive_5xx_errors=2)}))
    objects = setup.synth()
    policy = find(objects, "DestinationRule", "events")["spec"]["trafficPolicy"]
    assert policy["connectionPool"]["http"]["http2MaxRequests"] == 64
    assert policy["outlierDetection"]["consecutive5xxErrors"] == 2
    assert kinds(objects, "DestinationRule") == [f"{BRIDGE}/events"]  # api is nobody's target


def test_can_rate_limit_inbound_traffic_ports_with_a_token_bucket() -> None:
    setup = Setup()
    setup.mesh(MeshPolicyProps(rate_limits={"events": RateLimit(requests_per_second=50, burst=80)}))
    spec = find(setup.synth(), "EnvoyFilter", "events-ratelimit")["spec"]
    assert spec["workloadSelector"] == {"labels": sel("events")}
    assert [p["match"]["listener"]["portNumber"] for p in spec["configPatches"]] == [8080, 9000]  # not metrics
    patch = spec["configPatches"][0]
    assert patch["applyTo"] == "HTTP_FILTER" and patch["match"]["context"] == "SIDECAR_INBOUND"
    assert patch["match"]["listener"]["filterChain"]["filter"]["subFilter"] == {"name": "envoy.filters.http.router"}
    assert patch["patch"]["operation"] == "INSERT_BEFORE"
    config = patch["patch"]["value"]["typed_config"]
    assert config["@type"] == "type.googleapis.com/envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit"
    assert config["token_bucket"] == {"max_tokens": 80, "tokens_per_fill": 50, "fill_interval": "1s"}
    assert config["filter_enabled"]["default_value"] == {"numerator": 100, "denominator": "HUNDRED"}
    assert config["filter_enforced"]["default_value"] == {"numerator": 100, "denominator": "HUNDRED"}


def test_fails_if_a_rate_limit_bucket_holds_less_than_one_second() -> None:
    with pytest.raises(ValueError, match=re.escape("burst=10 is below requests_per_second=20; the bucket must hold at least one second of tokens")):
        RateLimit(requests_per_second=20, burst=10)


# -- NetworkPolicy --------------------------------------------------------------------------


def test_can_allow_declared_flows_dns_and_istiod_in_network_policies() -> None:
    setup = Setup()
    setup.mesh()
    objects = setup.synth()
    api = find(objects, "NetworkPolicy", "allow-api")
    assert api["apiVersion"] == "networking.k8s.io/v1"
    assert api["spec"]["podSelector"] == {"matchLabels": sel("api")}
    assert api["spec"]["policyTypes"] == ["Ingress", "Egress"]
    assert api["spec"]["egress"] == [
        # 15012 only: istiod's webhook port 15017 is for the API server, never for pods.
        {"to": [peer("istio-system", app="istiod")], "ports": [{"port": 15012, "protocol": "TCP"}]},
        {"to": [peer("kube-system", **{"k8s-app": "kube-dns"})], "ports": [{"port": 53, "protocol": "TCP"}, {"port": 53, "protocol": "UDP"}]},
        {"to": [peer(BRIDGE, **sel("events"))], "ports": [{"port": 8080, "protocol": "TCP"}, {"port": 9000, "protocol": "TCP"}]},
    ]
    events = find(objects, "NetworkPolicy", "allow-events")
    assert events["spec"]["ingress"][0] == {"from": [peer(BRIDGE, **sel("api"))], "ports": [{"port": 8080, "protocol": "TCP"}, {"port": 9000, "protocol": "TCP"}]}


def test_can_allow_peer_ports_between_a_workloads_own_pods_without_a_sidecar() -> None:
    setup = Setup()
    cache = setup.cache()
    setup.mesh()
    objects = setup.synth()
    policy = find(objects, "NetworkPolicy", "allow-cache", DATA)
    own = peer(DATA, **cache.selector)
    gossip = [{"port": 26379, "protocol": "TCP"}]
    assert {"from": [own], "ports": gossip} in policy["spec"]["ingress"]
    assert {"to": [own], "ports": gossip} in policy["spec"]["egress"]
    assert not any(r["to"][0]["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"] == "istio-system" for r in policy["spec"]["egress"])
    assert [o for o in objects if o["metadata"].get("namespace") == DATA and o["apiVersion"].split("/")[0].endswith("istio.io")] == []


def test_can_allow_egress_to_the_kubernetes_api_and_external_hosts() -> None:
    setup = Setup()
    setup.graph.add_egress(Egress(setup.events.workload, KUBERNETES_API))
    setup.graph.add_egress(Egress(setup.events.workload, "s3.eu-central-1.amazonaws.com", 443))
    setup.mesh(MeshPolicyProps(kubernetes_api_cidrs=("10.0.0.1/32",), kubernetes_api_ports=(6443,)))
    objects = setup.synth()
    egress = find(objects, "NetworkPolicy", "allow-events")["spec"]["egress"]
    assert {"to": [{"ipBlock": {"cidr": "10.0.0.1/32"}}], "ports": [{"port": 6443, "protocol": "TCP"}]} in egress
    assert {
        "to": [{"ipBlock": {"cidr": "0.0.0.0/0", "except": ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]}}],
        "ports": [{"port": 443, "protocol": "TCP"}],
    } in egress
    assert "default/kubernetes.default.svc.cluster.local" in find(objects, "Sidecar", "events")["spec"]["egress"][0]["hosts"]


def test_can_allow_probes_from_node_blocks_when_the_cni_filters_host_traffic() -> None:
    setup = Setup()
    mesh = setup.mesh(MeshPolicyProps(node_cidrs=("192.168.10.0/24",)))
    objects = setup.synth()
    ingress = find(objects, "NetworkPolicy", "allow-api")["spec"]["ingress"]
    kubelet = {"from": [{"ipBlock": {"cidr": "192.168.10.0/24"}}], "ports": [{"port": 8080, "protocol": "TCP"}]}
    assert kubelet in ingress
    assert mesh.problems(objects) == []
    find(objects, "NetworkPolicy", "allow-api")["spec"]["ingress"].remove(kubelet)
    assert mesh.problems(objects) == [
        f"{probe} probe of {BRIDGE}/api (container app) on port 8080: blocked by NetworkPolicy: "
        "kubelet traffic from node block 192.168.10.0/24 is not allowed"
        for probe in ("startup", "readiness", "liveness")
    ]


# -- synth-time validation ------------------------------------------------------------------


def test_fails_if_a_dependency_target_is_not_registered() -> None:
    setup = Setup()
    ghost = Workload("ghost", BRIDGE, "ghost", (("app", "ghost"),))
    setup.graph.add_dependency(Dependency(setup.api.workload, ghost, 8080, "http"))
    setup.mesh()
    assert setup.mesh_errors() == [
        f"dependency {BRIDGE}/api -> {BRIDGE}/ghost:8080 (http): target {BRIDGE}/ghost is not a registered workload "
        f"in this chart; registered: {BRIDGE}/api, {BRIDGE}/events"
    ]


def test_fails_if_objects_are_read_before_synth_from_an_invalid_graph() -> None:
    """Reading an object attribute writes the objects at once: the graph checks run then."""
    setup = Setup()
    ghost = Workload("ghost", BRIDGE, "ghost", (("app", "ghost"),))
    setup.graph.add_dependency(Dependency(setup.api.workload, ghost, 8080, "http"))
    mesh = setup.mesh()
    with pytest.raises(MeshPolicyError) as error:
        mesh.network_policies  # noqa: B018  (the read is the point)
    assert str(error.value).splitlines() == [
        "MeshPolicy test/Mesh: invalid dependency graph:",
        f"  dependency {BRIDGE}/api -> {BRIDGE}/ghost:8080 (http): target {BRIDGE}/ghost is not a registered workload "
        f"in this chart; registered: {BRIDGE}/api, {BRIDGE}/events",
    ]


def test_fails_if_a_dependency_uses_a_port_the_target_does_not_serve_for_traffic() -> None:
    setup = Setup()
    setup.graph.add_dependency(Dependency(setup.api.workload, setup.events.workload, 8081, "http"))
    setup.graph.add_dependency(Dependency(setup.api.workload, setup.events.workload, 9090, "http"))
    setup.mesh()
    assert setup.mesh_errors() == [
        f"dependency {BRIDGE}/api -> {BRIDGE}/events:8081 (http): {BRIDGE}/events does not serve port 8081; "
        "its ports: http 8080 (traffic), grpc 9000 (traffic), metrics 9090 (metrics)",
        f"dependency {BRIDGE}/api -> {BRIDGE}/events:9090 (http): port 9090 of {BRIDGE}/events is only a metrics port; "
        "dependencies use traffic or peer ports",
    ]


def test_fails_if_grpc_dependencies_carry_http_methods_or_paths() -> None:
    setup = Setup()
    setup.graph.add_dependency(Dependency(setup.api.workload, setup.events.workload, 9000, "grpc", ("GET",), ("/v1/events",)))
    setup.mesh()
    assert setup.mesh_errors() == [
        f"dependency {BRIDGE}/api -> {BRIDGE}/events:9000 (grpc): gRPC requests are always POST; got methods ['GET']",
        f"dependency {BRIDGE}/api -> {BRIDGE}/events:9000 (grpc): gRPC paths are /<package>.<Service>/<Method or *>; got ['/v1/events']",
    ]


def test_fails_if_a_workload_is_outside_the_governed_namespaces() -> None:
    setup = Setup()
    setup.graph.add_workload(Workload("fuse", "lighthouse-fuse", "fuse", (("app", "fuse"),)), ())
    setup.mesh()
    assert setup.mesh_errors() == [
        f"workload lighthouse-fuse/fuse is in namespace lighthouse-fuse, which MeshPolicy does not govern; governed: {BRIDGE}, {DATA}, {OBS}"
    ]


def test_fails_if_kubernetes_api_egress_has_no_api_server_addresses() -> None:
    setup = Setup()
    setup.graph.add_egress(Egress(setup.events.workload, KUBERNETES_API))
    setup.mesh()
    assert setup.mesh_errors() == [
        f"egress {BRIDGE}/events -> kubernetes-api:443: set kubernetes_api_cidrs to the API server endpoint addresses"
    ]


def test_fails_if_rate_limits_or_circuit_breakers_name_unknown_or_unfit_workloads() -> None:
    setup = Setup()
    setup.cache()
    props = MeshPolicyProps(
        rate_limits={"nope": RateLimit(requests_per_second=1, burst=1), "cache": RateLimit(requests_per_second=1, burst=1)},
        circuit_breakers={"api": CircuitBreaker()},
    )
    setup.mesh(props)
    assert setup.mesh_errors() == [
        f"rate_limits.nope: no single registered workload is named 'nope'; registered: {BRIDGE}/api, {BRIDGE}/events, {DATA}/cache",
        f"rate_limits.cache: {DATA}/cache has no Istio sidecar to enforce a rate limit",
        f"circuit_breakers.api: {BRIDGE}/api is not the target of an http or grpc dependency",
    ]


def test_fails_at_synth_if_a_policy_blocks_a_declared_dependency() -> None:
    setup = Setup()
    setup.mesh()
    from lighthouse_constructs.imports.istio.io.istio import security

    # Added after MeshPolicy: the synth-time check evaluates the final objects, whoever wrote them.
    security.AuthorizationPolicy(
        setup.chart,
        "Lockdown",
        metadata=cdk8s.ApiObjectMetadata(name="lockdown", namespace=BRIDGE),
        spec=security.AuthorizationPolicySpec(
            action=security.AuthorizationPolicySpecAction.DENY,
            selector=security.AuthorizationPolicySpecSelector(match_labels=sel("events")),
            rules=[
                security.AuthorizationPolicySpecRules(
                    to=[security.AuthorizationPolicySpecRulesTo(operation=security.AuthorizationPolicySpecRulesToOperation(ports=["9000"]))]
                )
            ],
        ),
    )
    with pytest.raises(RuntimeError) as error:
        setup.synth()
    assert (
        f"dependency {BRIDGE}/api -> {BRIDGE}/events:9000/TCP: blocked by Istio: AuthorizationPolicy {BRIDGE}/lockdown (DENY) matches it"
    ) in str(error.value)


def test_fails_at_synth_if_a_source_without_sidecar_meets_strict_mtls() -> None:
    setup = Setup()
    cache = setup.cache()
    setup.graph.add_dependency(Dependency(cache, setup.events.workload, 8080, "http"))
    setup.mesh()
    with pytest.raises(RuntimeError) as error:
        setup.synth()
    assert (
        f"dependency {DATA}/cache -> {BRIDGE}/events:8080/TCP: blocked by Istio: mTLS is STRICT on {BRIDGE}/events port 8080 "
        f"and this flow arrives in plaintext ({DATA}/cache has no sidecar)"
    ) in str(error.value)


def test_fails_at_synth_if_a_metrics_scrape_meets_strict_mtls() -> None:
    setup = Setup()
    mesh = setup.mesh()
    objects = [o for o in setup.synth() if not (o["kind"] == "PeerAuthentication" and o["metadata"]["name"] == "events-plaintext")]
    assert mesh.problems(objects) == [
        f"metrics-scrape {OBS}/prometheus -> {BRIDGE}/events:9090/TCP: blocked by Istio: mTLS is STRICT on {BRIDGE}/events "
        "port 9090 and this flow arrives in plaintext (Prometheus scrapes dedicated metrics ports in plaintext)"
    ]


def test_fails_at_synth_if_probes_bypass_istio_probe_rewriting() -> None:
    setup = Setup()
    cdk8s.ApiObject.of(setup.api.deployment).add_json_patch(
        cdk8s.JsonPatch.add("/spec/template/metadata/annotations/sidecar.istio.io~1rewriteAppHTTPProbers", "false")
    )
    setup.mesh()
    with pytest.raises(RuntimeError) as error:
        setup.synth()
    assert (
        f"startup probe of {BRIDGE}/api (container app) on port 8080: blocked by Istio: mTLS is STRICT on {BRIDGE}/api port 8080 "
        "and this flow arrives in plaintext (the pod sets sidecar.istio.io/rewriteAppHTTPProbers=false, so kubelet probes the app directly)"
    ) in str(error.value)


def test_fails_at_synth_if_a_network_policy_misses_a_declared_egress() -> None:
    setup = Setup()
    mesh = setup.mesh()
    objects = setup.synth()
    egress = find(objects, "NetworkPolicy", "allow-api")["spec"]["egress"]
    egress[:] = [r for r in egress if r["to"][0]["podSelector"]["matchLabels"] != sel("events")]
    assert mesh.problems(objects) == [
        f"dependency {BRIDGE}/api -> {BRIDGE}/events:8080/TCP GET,POST /v1/events: blocked by NetworkPolicy: egress of {BRIDGE}/api does not allow it",
        f"dependency {BRIDGE}/api -> {BRIDGE}/events:9000/TCP: blocked by NetworkPolicy: egress of {BRIDGE}/api does not allow it",
    ]


def test_can_expose_the_written_objects_as_attributes() -> None:
    """The attributes are the objects that are written: what a synth wrote, and an escape-hatch
    edit made before synth (after the last flow) lands in the YAML."""
    setup = Setup()
    mesh = setup.mesh()
    objects = setup.synth()
    assert {key: policy.to_json() for key, policy in mesh.network_policies.items()} == {
        f"{BRIDGE}/api": find(objects, "NetworkPolicy", "allow-api"),
        f"{BRIDGE}/events": find(objects, "NetworkPolicy", "allow-events"),
    }
    assert {key: cdk8s.ApiObject.of(sidecar).name for key, sidecar in mesh.sidecars.items()} == {f"{BRIDGE}/api": "api", f"{BRIDGE}/events": "events"}

    setup = Setup()
    mesh = setup.mesh()
    mesh.network_policies[f"{BRIDGE}/api"].metadata.add_label("team", "payments")
    assert find(setup.synth(), "NetworkPolicy", "allow-api")["metadata"]["labels"]["team"] == "payments"


# -- construction order ---------------------------------------------------------------------


def policy_objects(objects: list[dict]) -> list[dict]:
    """MeshPolicy's objects (its component label), in a stable order."""
    ours = [o for o in objects if o["metadata"].get("labels", {}).get("app.kubernetes.io/component") == "mesh-policy"]
    return sorted(ours, key=lambda o: (o["kind"], o["metadata"]["namespace"], o["metadata"]["name"]))


def test_can_build_mesh_policy_before_the_workloads_and_flows_it_governs() -> None:
    props = MeshPolicyProps(node_cidrs=("192.168.10.0/24",))
    last = Setup()
    last.cache()
    last.mesh(props)
    expected = policy_objects(last.synth())

    first = Setup(mesh_first=props)  # MeshPolicy, then the bridges, api.connect_to(events), Prometheus
    first.cache()  # and a workload registered by hand after it
    assert policy_objects(first.synth()) == expected
    assert first.early_mesh is not None and first.early_mesh.problems() == []
    # Not two empty lists: the flow declared after MeshPolicy, and the probes of pods added after
    # it (node_cidrs), are in its policy.
    assert len(expected) == 14
    api = [{"source": {"principals": [f"cluster.local/ns/{BRIDGE}/sa/api"]}}]
    assert [r.get("from") for r in find(expected, "AuthorizationPolicy", "allow-events")["spec"]["rules"]] == [api, api, None]
    kubelet = {"from": [{"ipBlock": {"cidr": "192.168.10.0/24"}}], "ports": [{"port": 8080, "protocol": "TCP"}]}
    assert kubelet in find(expected, "NetworkPolicy", "allow-api")["spec"]["ingress"]


def test_fails_at_synth_if_a_flow_is_declared_after_the_objects_were_read() -> None:
    """Reading an object attribute before synth writes the objects from the graph as it is:
    a flow declared later is allowed by no policy, and the synth says so instead of failing
    later with "blocked by NetworkPolicy"."""
    setup = Setup()
    audit = setup.bridge("audit")
    mesh = setup.mesh()
    assert f"{BRIDGE}/audit" in mesh.network_policies  # written now
    setup.api.connect_to(audit, env_prefix="AUDIT")
    assert setup.mesh_errors() == [
        "1 flow(s) were declared after MeshPolicy's objects were written early (by build() or reading one of its object "
        f"attributes before synth), so no policy allows them: dependency {BRIDGE}/api -> {BRIDGE}/audit:8080/TCP. "
        "Read MeshPolicy's objects only after the last connect_to (or after synth), or let synth write them"
    ]


# -- config ---------------------------------------------------------------------------------


def _config(tmp_path, mesh: str):
    from lighthouse_constructs.environments import load_environment

    (tmp_path / "dev.yaml").write_text(
        "name: dev\n"
        f"bridges:\n  - {{name: api, image: '{IMAGE}'}}\n  - {{name: events, image: '{IMAGE}'}}\n"
        "connections:\n  - {source: api, target: events, env_prefix: EVENTS}\n"
        f"mesh: {mesh}\n"
    )
    return load_environment("dev", tmp_path)


def test_can_configure_rate_limits_and_circuit_breakers_per_bridge(tmp_path) -> None:
    config = _config(tmp_path, "{rate_limits: {api: {requests_per_second: 5, burst: 10}}, circuit_breakers: {events: {max_requests: 8}}}")
    assert config.mesh.rate_limits["api"] == RateLimit(requests_per_second=5, burst=10)
    assert config.mesh.circuit_breakers["events"] == CircuitBreaker(max_requests=8)


def test_fails_if_mesh_config_names_an_unknown_bridge_or_a_bad_value(tmp_path) -> None:
    from lighthouse_constructs.environments import ConfigError

    with pytest.raises(ConfigError, match=re.escape("mesh.rate_limits.apx: 'apx' is not a bridge; allowed: api, events")):
        _config(tmp_path, "{rate_limits: {apx: {requests_per_second: 5, burst: 10}}}")
    with pytest.raises(ConfigError, match=re.escape("mesh.circuit_breakers.api: 'api' is not the target of a connection to a bridge; allowed: events")):
        _config(tmp_path, "{circuit_breakers: {api: {}}}")
    with pytest.raises(ConfigError, match=re.escape("mesh.rate_limits.api.burst: Input should be greater than or equal to 1 (got 0)")):
        _config(tmp_path, "{rate_limits: {api: {requests_per_second: 5, burst: 0}}}")
    with pytest.raises(ConfigError, match=re.escape("mesh.circuit_breakers.events.max_ejection_pct: unknown field (got 10); allowed fields: max_connections")):
        _config(tmp_path, "{circuit_breakers: {events: {max_ejection_pct: 10}}}")


# -- generic over the graph -----------------------------------------------------------------


def test_can_govern_shared_ports_a_registered_prometheus_and_declared_egress() -> None:
    """The shapes other constructs register: Prometheus's web port is also its metrics port, a
    database port is only a peer port that a pooler depends on, a cache port is both traffic
    and peer; Prometheus itself needs the API server."""
    from test_mesh_flows import (
        expected_istio_rules,
        expected_network_flows,
        expected_sidecar_hosts,
        istio_table,
        network_table,
    )

    setup = Setup()
    graph = setup.graph
    prometheus = PROMETHEUS
    grafana = setup.backed(Workload("grafana", OBS, "grafana", (("app.kubernetes.io/name", "grafana"),)))
    graph.add_workload(prometheus, (Port("web", 9090, "http"), Port("metrics", 9090, "http", "metrics")))
    graph.add_workload(grafana, (Port("http", 3000, "http"), Port("metrics", 3000, "http", "metrics")))
    graph.add_dependency(Dependency(grafana, prometheus, 9090, "http"))
    graph.add_egress(Egress(prometheus, KUBERNETES_API))
    cluster = setup.backed(Workload("pg", DATA, "pg", (("cnpg.io/cluster", "pg"),)))
    pooler = setup.backed(Workload("pg-rw", DATA, "pg-rw", (("cnpg.io/poolerName", "pg-rw"),)))
    graph.add_workload(cluster, (Port("postgres", 5432, "tcp", "peer"), Port("metrics", 9187, "http", "metrics")))
    graph.add_workload(pooler, (Port("pgbouncer", 5432, "tcp"),))
    graph.add_dependency(Dependency(pooler, cluster, 5432, "tcp"))
    cache = setup.cache()
    graph.add_workload(cache, (Port("redis", 6379, "tcp"), Port("redis", 6379, "tcp", "peer"), Port("gossip", 26379, "tcp", "peer"), Port("metrics", 9121, "http", "metrics")))
    graph.add_dependency(Dependency(setup.api.workload, cache, 6379, "tcp"))
    mesh = setup.mesh(MeshPolicyProps(kubernetes_api_cidrs=("10.0.0.1/32",)))
    setup.default_deny()
    objects = setup.synth()

    assert mesh.problems(objects) == []
    assert network_table(mesh, objects) == expected_network_flows(mesh)
    assert istio_table(mesh, objects) == expected_istio_rules(mesh)
    assert IstioLayerOf(objects).sidecar_table([w for w, _ in graph.workloads]) == expected_sidecar_hosts(mesh)
    # The shared port is an API: Grafana and the scraper reach it by principal only, never in
    # plaintext (no rule without `from`, no PERMISSIVE port).
    rules = find(objects, "AuthorizationPolicy", "allow-prometheus", OBS)["spec"]["rules"]
    assert rules == [
        {"from": [{"source": {"principals": [f"cluster.local/ns/{OBS}/sa/grafana", f"cluster.local/ns/{OBS}/sa/prometheus"]}}],
         "to": [{"operation": {"ports": ["9090"]}}]},
    ]
    assert kinds(objects, "PeerAuthentication") == [f"{BRIDGE}/api-plaintext", f"{BRIDGE}/default", f"{BRIDGE}/events-plaintext", f"{OBS}/default"]


def IstioLayerOf(objects: list[dict]):  # noqa: N802  (reads like the class it builds)
    from lighthouse_constructs.mesh_policy.flows import IstioLayer

    return IstioLayer(objects)


def test_can_allow_the_istio_ingress_gateway_to_an_exposed_bridge() -> None:
    from lighthouse_constructs.bridge_service import Exposure

    @dataclass(frozen=True)
    class Issuer:
        issuer_name: str = "public-acme"
        issuer_kind: str = "ClusterIssuer"

    setup = Setup()
    BridgeService(
        setup.chart, "Web", BridgeServiceProps(name="web", image=IMAGE, exposure=Exposure(host="web.example.com")),
        namespace=setup.bridge_ns, priority_class=Priority(), tls_issuer=Issuer(),
    )
    mesh = setup.mesh()
    objects = setup.synth()
    rules = find(objects, "AuthorizationPolicy", "allow-web")["spec"]["rules"]
    assert rules[0] == {
        "from": [{"source": {"principals": ["cluster.local/ns/istio-ingress/sa/istio-ingressgateway"]}}],
        "to": [{"operation": {"ports": ["8080"]}}],
    }
    ingress = find(objects, "NetworkPolicy", "allow-web")["spec"]["ingress"]
    assert {"from": [peer("istio-ingress", istio="ingressgateway")], "ports": [{"port": 8080, "protocol": "TCP"}]} in ingress
    assert mesh.problems(objects) == []


def test_fails_if_a_plaintext_dependency_would_open_an_api_port_to_any_plaintext_request() -> None:
    """Finding 11's rule for every port: a rule without `from` only for a declared operation."""
    setup = Setup()
    agent = setup.backed(Workload("agent", DATA, "agent", (("app.kubernetes.io/name", "agent"),)))
    setup.graph.add_workload(agent, ())
    setup.graph.add_dependency(Dependency(agent, setup.events.workload, 8080, "http", plaintext=True))
    setup.mesh()
    assert setup.mesh_errors() == [
        f"dependency {DATA}/agent -> {BRIDGE}/events:8080 (http): plaintext on a port that mTLS clients also use would open it "
        "to any plaintext request; restrict the plaintext dependency to its methods and paths"
    ]
    setup = Setup()
    agent = setup.backed(Workload("agent", DATA, "agent", (("app.kubernetes.io/name", "agent"),)))
    setup.graph.add_workload(agent, ())
    setup.graph.add_dependency(Dependency(agent, setup.events.workload, 8080, "http", methods=("POST",), paths=("/v1/ingest",), plaintext=True))
    mesh = setup.mesh()
    objects = setup.synth()
    rules = find(objects, "AuthorizationPolicy", "allow-events")["spec"]["rules"]
    assert {"to": [{"operation": {"ports": ["8080"], "methods": ["POST"], "paths": ["/v1/ingest", "/v1/ingest/*"]}}]} in rules
    assert find(objects, "PeerAuthentication", "events-plaintext")["spec"]["portLevelMtls"]["8080"] == {"mode": "PERMISSIVE"}
    assert mesh.problems(objects) == []
