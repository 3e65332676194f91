"""The exactness proof: per environment, the flows the synthesized objects allow are the
declared graph, nothing more and nothing missing, in each layer separately.

The allowed tables are read from the synthesized YAML (NetworkPolicies, AuthorizationPolicies,
PeerAuthentications, Sidecars) by the flow evaluator; the expected tables are derived here,
independently, from the chart's dependency graph. The graph only supplies pod identities
(namespace, labels, service account); every allow comes from the YAML.
"""

from __future__ import annotations

import copy
import json

import pytest
import yaml
from cdk8s import App

from lighthouse_constructs.environments import LighthouseEnvironment, load_environment
from lighthouse_constructs.environments.config import ENVIRONMENT_NAMES
from lighthouse_constructs.graph import KUBELET, KUBERNETES_API
from lighthouse_constructs.mesh_policy import MeshPolicy
from lighthouse_constructs.mesh_policy.diagram import render_markdown
from lighthouse_constructs.mesh_policy.flows import (
    ANY,
    IstioLayer,
    IstioRule,
    NetworkFlow,
    NetworkPolicyLayer,
    selector_matches,
)

from support import CRD_DIR, ROOT, Manifests

DNS = "kube-system/kube-dns"
ISTIOD = "istio-system/istiod"
MESH_KINDS = {"AuthorizationPolicy", "PeerAuthentication", "Sidecar", "DestinationRule", "EnvoyFilter", "NetworkPolicy"}


@pytest.fixture(scope="module")
def charts() -> dict[str, LighthouseEnvironment]:
    """Each environment's chart, built (not synthesized) for its graph."""
    return {env: LighthouseEnvironment(App(), load_environment(env)) for env in ENVIRONMENT_NAMES}


# -- expected tables, from the graph ----------------------------------------------------------


def expected_network_flows(mesh: MeshPolicy) -> set[NetworkFlow]:
    graph, prometheus, props = mesh.graph, mesh.metrics_scraper, mesh.props
    rows = set()
    for workload, ports in graph.workloads:
        rows |= {NetworkFlow(workload.key, DNS, "53", "UDP"), NetworkFlow(workload.key, DNS, "53", "TCP")}
        if workload.namespace in mesh.sidecar_namespaces:
            rows.add(NetworkFlow(workload.key, ISTIOD, "15012", "TCP"))  # never 15017: the API server's webhook port
        for port in ports:
            if port.purpose == "metrics" and prometheus is not None:
                rows.add(NetworkFlow(prometheus.key, workload.key, str(port.port), "TCP"))
            elif port.purpose == "peer":
                rows |= {NetworkFlow(workload.key, workload.key, str(port.port), p) for p in ("TCP", "UDP")[: 2 if port.udp else 1]}
    rows |= {NetworkFlow(d.source.key, d.target.key, str(d.port), "TCP") for d in graph.dependencies}
    rows |= {NetworkFlow(prometheus.key, s.target.key, str(s.port), "TCP") for s in graph.foreign_scrapes}
    for egress in graph.egresses:
        if egress.host == KUBERNETES_API:
            rows |= {
                NetworkFlow(egress.source.key, f"ipBlock {cidr}", str(port), "TCP")
                for cidr in props.kubernetes_api_cidrs for port in props.kubernetes_api_ports
            }
        elif egress.host == KUBELET:
            rows |= {NetworkFlow(egress.source.key, f"ipBlock {cidr}", str(egress.port), "TCP") for cidr in props.kubelet_cidrs}
        else:
            block = f"ipBlock {props.external_cidr} except {','.join(props.external_except)}"
            rows.add(NetworkFlow(egress.source.key, block, str(egress.port), "TCP"))
    return rows


def expected_istio_rules(mesh: MeshPolicy) -> set[IstioRule]:
    """Declared flows into sidecar workloads. A dedicated metrics port is PERMISSIVE and open to
    ANY at this layer (plaintext scrapes carry no identity), and so is a port a source calls
    outside mTLS (the CloudNativePG operator's status calls); the NetworkPolicy layer narrows
    both. A metrics port that is also an API stays STRICT and admits the scraper's principal."""
    graph = mesh.graph
    shared = {(w.key, p.port) for w, ports in graph.workloads for p in ports if p.purpose != "metrics"}
    scraped = {(w.key, p.port) for w, ports in graph.workloads for p in ports if p.purpose == "metrics"} - shared
    plaintext = {(d.target.key, d.port) for d in graph.dependencies if d.plaintext}
    sidecar = {w.key for w, _ in graph.workloads if w.namespace in mesh.sidecar_namespaces}
    rows = {IstioRule(ANY, w.key, ANY, "none") for w, _ in graph.workloads if w.key not in sidecar}

    def mtls(key: str, port: int) -> str:
        return "PERMISSIVE" if (key, port) in scraped | plaintext else "STRICT"

    for workload, ports in graph.workloads:
        for port in ports:
            if workload.key not in sidecar:
                continue
            if port.purpose == "metrics" and mesh.metrics_scraper is not None:
                source = ANY if (workload.key, port.port) in scraped else mesh.metrics_scraper.principal
                rows.add(IstioRule(source, workload.key, str(port.port), mtls(workload.key, port.port)))
            elif port.purpose == "peer":
                rows.add(IstioRule(workload.principal, workload.key, str(port.port), mtls(workload.key, port.port)))
    for d in graph.dependencies:
        if d.target.key in sidecar:
            paths = tuple(sorted(p for prefix in d.paths for p in (prefix, prefix + "/*")))
            source = ANY if d.plaintext else d.source.principal
            rows.add(IstioRule(source, d.target.key, str(d.port), mtls(d.target.key, d.port), tuple(sorted(d.methods)), paths))
    return rows


def expected_sidecar_hosts(mesh: MeshPolicy) -> set[tuple[str, str]]:
    rows = set()
    for workload, ports in mesh.graph.workloads:
        if workload.namespace not in mesh.sidecar_namespaces:
            continue
        if workload.label_keys:  # Istio cannot select it: its proxy keeps the mesh-wide scope
            rows.add((workload.key, "*/*"))
            continue
        rows |= {(workload.key, "istio-system/*"), (workload.key, "kube-system/kube-dns.kube-system.svc.cluster.local")}
        if any(p.purpose == "peer" for p in ports):
            rows.add((workload.key, f"{workload.namespace}/{workload.peer_host}"))
        if any(e.source.key == workload.key and e.host == KUBERNETES_API for e in mesh.graph.egresses):
            rows.add((workload.key, "default/kubernetes.default.svc.cluster.local"))
    for d in mesh.graph.dependencies:
        if d.source.namespace in mesh.sidecar_namespaces and d.source.key in {w.key for w, _ in mesh.graph.workloads} and not d.source.label_keys:
            rows.add((d.source.key, f"{d.target.namespace}/{d.service_host}"))
    return rows


# -- tables read from the synthesized objects -----------------------------------------------


def registered(mesh: MeshPolicy) -> list:
    return [w for w, _ in mesh.graph.workloads]


def network_table(mesh: MeshPolicy, objects: list[dict]) -> set[NetworkFlow]:
    return NetworkPolicyLayer(objects).table(mesh.known_workloads(), {w.key for w in registered(mesh)})


def istio_table(mesh: MeshPolicy, objects: list[dict]) -> set[IstioRule]:
    return IstioLayer(objects).table(registered(mesh))


def diff(actual: set, expected: set) -> str:
    extra = "\n  ".join(str(r) for r in sorted(actual - expected))
    missing = "\n  ".join(str(r) for r in sorted(expected - actual))
    return f"allowed but not declared:\n  {extra or '-'}\ndeclared but not allowed:\n  {missing or '-'}"


@pytest.mark.parametrize("env", ENVIRONMENT_NAMES)
def test_network_policies_allow_exactly_the_declared_flows(env: str, charts: dict, synthesized: dict[str, Manifests]) -> None:
    chart, objects = charts[env], synthesized[env].objects
    actual, expected = network_table(chart.mesh, objects), expected_network_flows(chart.mesh)
    assert actual == expected, diff(actual, expected)
    assert len(actual) >= 20  # the four bridges, their scrapes, DNS and istiod


@pytest.mark.parametrize("env", ENVIRONMENT_NAMES)
def test_istio_allows_exactly_the_declared_flows(env: str, charts: dict, synthesized: dict[str, Manifests]) -> None:
    chart, objects = charts[env], synthesized[env].objects
    actual, expected = istio_table(chart.mesh, objects), expected_istio_rules(chart.mesh)
    assert actual == expected, diff(actual, expected)


@pytest.mark.parametrize("env", ENVIRONMENT_NAMES)
def test_sidecars_know_exactly_the_declared_dependencies(env: str, charts: dict, synthesized: dict[str, Manifests]) -> None:
    chart, objects = charts[env], synthesized[env].objects
    actual, expected = IstioLayer(objects).sidecar_table(registered(chart.mesh)), expected_sidecar_hosts(chart.mesh)
    assert actual == expected, diff(actual, expected)


@pytest.mark.parametrize("env", ENVIRONMENT_NAMES)
def test_every_policy_object_selects_a_declared_workload(env: str, charts: dict, synthesized: dict[str, Manifests]) -> None:
    """No policy aimed at pods the graph does not know (it would escape the tables above)."""
    workloads = registered(charts[env].mesh)
    stray, checked = [], set()
    for obj in synthesized[env].objects:
        if obj["kind"] not in MESH_KINDS:
            continue
        checked.add(obj["kind"])
        spec = obj["spec"]
        selector = spec.get("podSelector") or spec.get("selector") or (
            {"matchLabels": (spec.get("workloadSelector") or {}).get("labels")} if "workloadSelector" in spec else None
        )
        if obj["kind"] == "DestinationRule":
            selected = any(w.service_host == spec["host"] for w in workloads)
        elif selector is None:
            selected = obj["metadata"]["name"] in ("default", "default-deny")  # the namespace-wide two
        else:
            selected = any(w.namespace == obj["metadata"]["namespace"] and selector_matches(selector, w.labels) for w in workloads)
        if not selected:
            stray.append(f"{obj['kind']}/{obj['metadata']['namespace']}/{obj['metadata']['name']}")
    assert checked == MESH_KINDS, f"no {sorted(MESH_KINDS - checked)} synthesized: nothing to check"
    assert not stray, stray


@pytest.mark.parametrize("env", ENVIRONMENT_NAMES)
def test_synthesized_objects_pass_the_synth_time_check(env: str, charts: dict, synthesized: dict[str, Manifests]) -> None:
    assert charts[env].mesh.problems(synthesized[env].objects) == []


@pytest.mark.parametrize("env", ENVIRONMENT_NAMES)
def test_can_send_traces_from_every_instrumented_bridge_to_the_gateway(env: str, charts: dict, synthesized: dict[str, Manifests]) -> None:
    """Finding 9: the inject annotation is on every instrumented bridge, and each layer admits its
    OTLP flows to the trace gateway (whose Service the operator names <name>-collector)."""
    chart, objects = charts[env], synthesized[env].objects
    mesh, gateway = chart.mesh, "lighthouse-observability/traces-collector"
    network, istio = network_table(mesh, objects), istio_table(mesh, objects)
    sidecars = IstioLayer(objects).sidecar_table(registered(mesh))
    instrumented = [b for b in chart.bridges.values() if b.props.instrumentation]
    assert instrumented
    for bridge in instrumented:
        annotations = synthesized[env].get("Deployment", bridge.name)["spec"]["template"]["metadata"]["annotations"]
        assert annotations[f"instrumentation.opentelemetry.io/inject-{bridge.props.instrumentation}"] == \
            "lighthouse-observability/auto-instrumentation"
        # 4318 also takes the log agent's plaintext pushes (POST /v1/logs only), so the port is
        # PERMISSIVE; the bridges' rule still admits only their mTLS principals.
        for port, mode in (("4317", "STRICT"), ("4318", "PERMISSIVE")):
            assert NetworkFlow(bridge.workload.key, gateway, port, "TCP") in network
            assert IstioRule(bridge.workload.principal, gateway, port, mode) in istio
        assert (bridge.workload.key, "lighthouse-observability/traces-collector.lighthouse-observability.svc.cluster.local") in sidecars


@pytest.mark.parametrize("env", ["staging", "prod"])
def test_can_scrape_the_ingress_gateway_and_the_kubelets(env: str, charts: dict, synthesized: dict[str, Manifests]) -> None:
    """The edge SLI reads the gateway's Envoy stats and the volume alerts the kubelets' volume stats:
    Prometheus' egress admits both, and nothing else gains a way in."""
    chart, objects = charts[env], synthesized[env].objects
    mesh = chart.mesh
    network = network_table(mesh, objects)
    prometheus = mesh.metrics_scraper.key
    assert NetworkFlow(prometheus, "istio-ingress/istio-ingressgateway", "15090", "TCP") in network
    assert {NetworkFlow(prometheus, f"ipBlock {c}", "10250", "TCP") for c in mesh.props.kubelet_cidrs} <= network
    [monitor] = [o for o in objects if o["kind"] == "PodMonitor" and o["metadata"]["name"] == "ingress-istio-ingress"]
    assert monitor["spec"]["namespaceSelector"] == {"matchNames": ["istio-ingress"]}
    assert monitor["spec"]["selector"] == {"matchLabels": {"istio": "ingressgateway"}}
    assert monitor["spec"]["podMetricsEndpoints"][0]["port"] == "http-envoy-prom"


# -- a broken policy is caught ----------------------------------------------------------------


def without(objects: list[dict], kind: str, name: str, edit) -> list[dict]:
    broken = copy.deepcopy(objects)
    [target] = [o for o in broken if o["kind"] == kind and o["metadata"]["name"] == name]
    edit(target)
    return broken


def test_a_missing_network_policy_allow_is_caught(charts: dict, synthesized: dict[str, Manifests]) -> None:
    chart, objects = charts["prod"], synthesized["prod"].objects
    gateway = {"app.kubernetes.io/instance": "api-gateway", "app.kubernetes.io/name": "api-gateway"}

    def drop_gateway_ingress(policy: dict) -> None:
        rules = policy["spec"]["ingress"]
        rules[:] = [r for r in rules if r["from"][0]["podSelector"]["matchLabels"] != gateway]

    broken = without(objects, "NetworkPolicy", "allow-speed-layer", drop_gateway_ingress)
    assert expected_network_flows(chart.mesh) - network_table(chart.mesh, broken) == {
        NetworkFlow("lighthouse-bridge/api-gateway", "lighthouse-bridge/speed-layer", "8080", "TCP")
    }
    assert chart.mesh.problems(broken) == [
        "dependency lighthouse-bridge/api-gateway -> lighthouse-bridge/speed-layer:8080/TCP GET /v1/query: "
        "blocked by NetworkPolicy: ingress of lighthouse-bridge/speed-layer does not allow it"
    ]


def test_a_missing_authorization_rule_is_caught(charts: dict, synthesized: dict[str, Manifests]) -> None:
    chart, objects = charts["prod"], synthesized["prod"].objects
    gateway = "cluster.local/ns/lighthouse-bridge/sa/api-gateway"

    def drop_gateway_rule(policy: dict) -> None:
        rules = policy["spec"]["rules"]
        rules[:] = [r for r in rules if gateway not in json.dumps(r.get("from", []))]

    broken = without(objects, "AuthorizationPolicy", "allow-expert-agent-coordinator", drop_gateway_rule)
    missing = expected_istio_rules(chart.mesh) - istio_table(chart.mesh, broken)
    assert [str(r) for r in missing] == [
        f"{gateway} -> lighthouse-bridge/expert-agent-coordinator:8080 (mTLS STRICT) GET,POST /v1/agents,/v1/agents/*"
    ]
    assert chart.mesh.problems(broken) == [
        "dependency lighthouse-bridge/api-gateway -> lighthouse-bridge/expert-agent-coordinator:8080/TCP GET,POST /v1/agents: "
        f"blocked by Istio: no ALLOW rule admits {gateway} on port 8080 (GET /v1/agents); "
        "ALLOW policies: AuthorizationPolicy lighthouse-bridge/allow-expert-agent-coordinator, "
        "AuthorizationPolicy lighthouse-bridge/default-deny"
    ]


def test_an_allow_beyond_the_graph_is_caught(charts: dict, synthesized: dict[str, Manifests]) -> None:
    chart, objects = charts["prod"], synthesized["prod"].objects
    port = [{"port": 8080, "protocol": "TCP"}]
    event_processor = {"matchLabels": {"app.kubernetes.io/name": "event-processor"}}
    speed_layer = {"matchLabels": {"app.kubernetes.io/name": "speed-layer"}}

    def open_ingress(policy: dict) -> None:
        policy["spec"]["ingress"].append({"from": [{"podSelector": event_processor}], "ports": port})

    def open_egress(policy: dict) -> None:
        policy["spec"]["egress"].append({"to": [{"podSelector": speed_layer}], "ports": port})

    flow = NetworkFlow("lighthouse-bridge/event-processor", "lighthouse-bridge/speed-layer", "8080", "TCP")
    ingress_only = without(objects, "NetworkPolicy", "allow-speed-layer", open_ingress)
    assert flow not in network_table(chart.mesh, ingress_only), "the namespace default-deny still closes egress"
    both = without(ingress_only, "NetworkPolicy", "allow-event-processor", open_egress)
    assert network_table(chart.mesh, both) - expected_network_flows(chart.mesh) == {flow}
    assert chart.mesh.problems(both) == []  # more than declared blocks nothing: only the table shows it


def test_a_missing_sidecar_host_is_caught(charts: dict, synthesized: dict[str, Manifests]) -> None:
    chart, objects = charts["prod"], synthesized["prod"].objects
    host = "lighthouse-bridge/event-processor.lighthouse-bridge.svc.cluster.local"
    broken = without(objects, "Sidecar", "expert-agent-coordinator", lambda s: s["spec"]["egress"][0]["hosts"].remove(host))
    problems = chart.mesh.problems(broken)
    assert problems[0] == (
        "dependency lighthouse-bridge/expert-agent-coordinator -> lighthouse-bridge/event-processor:8080/TCP GET /v1/events: "
        "blocked by Istio: mTLS is STRICT on lighthouse-bridge/event-processor port 8080 and this flow arrives in plaintext "
        f"(lighthouse-bridge/expert-agent-coordinator's Sidecar does not list {host})"
    )
    assert len(problems) == 2  # the http and the gRPC port


# -- schemas and the picture --------------------------------------------------------------


def _strict(schema: dict) -> dict:
    """The CRD schema with unknown fields rejected (except where it preserves them)."""
    if isinstance(schema, dict):
        schema = {k: _strict(v) for k, v in schema.items()}
        if "properties" in schema and not schema.get("x-kubernetes-preserve-unknown-fields"):
            schema.setdefault("additionalProperties", False)
    elif isinstance(schema, list):
        schema = [_strict(v) for v in schema]
    return schema


def _crd_schemas() -> dict[tuple[str, str], dict]:
    schemas = {}
    for path in sorted((CRD_DIR / "istio").glob("*.yaml")):
        crd = yaml.safe_load(path.read_text())
        for version in crd["spec"]["versions"]:
            api_version = f"{crd['spec']['group']}/{version['name']}"
            schemas[(api_version, crd["spec"]["names"]["kind"])] = _strict(version["schema"]["openAPIV3Schema"])
    return schemas


@pytest.mark.skipif(not (CRD_DIR / "istio").is_dir(), reason=f"Istio CRDs not found in {CRD_DIR}")
def test_istio_objects_match_their_crd_schemas(synthesized: dict[str, Manifests]) -> None:
    import jsonschema

    schemas = _crd_schemas()
    errors, checked = [], set()
    for env, manifests in synthesized.items():
        for obj in manifests.objects:
            if obj["kind"] in MESH_KINDS - {"NetworkPolicy"}:
                checked.add((env, obj["kind"]))
                spec_schema = schemas[(obj["apiVersion"], obj["kind"])]["properties"]["spec"]
                for error in jsonschema.Draft7Validator(spec_schema).iter_errors(obj["spec"]):
                    errors.append(f"{env} {obj['kind']}/{obj['metadata']['name']}: {error.message} at {list(error.path)}")
    assert checked == {(env, kind) for env in synthesized for kind in MESH_KINDS - {"NetworkPolicy"}}, "some Istio kinds were not synthesized"
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("env", ENVIRONMENT_NAMES)
def test_network_policies_are_valid_kubernetes_objects(env: str, charts: dict, synthesized: dict[str, Manifests]) -> None:
    """Every registered workload's allow-<name> exists, and every NetworkPolicy is a strict 1.28 object."""
    import kubernetes_validate

    policies = synthesized[env].all("NetworkPolicy")
    names = {f"{p['metadata']['namespace']}/{p['metadata']['name']}" for p in policies}
    expected = {f"{w.namespace}/allow-{w.name}" for w in registered(charts[env].mesh)}
    assert len(expected) >= 10 and expected <= names, f"missing: {sorted(expected - names)}"
    for policy in policies:
        kubernetes_validate.validate(policy, "1.28", strict=True)


def test_dependency_graph_doc_is_fresh(charts: dict) -> None:
    committed = (ROOT / "docs" / "dependency-graph.md").read_text()
    assert committed == render_markdown({env: chart.mesh for env, chart in charts.items()}), (
        "docs/dependency-graph.md is stale: run `make docs` and commit it"
    )
