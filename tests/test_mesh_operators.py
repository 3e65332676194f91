"""The connections the operators make (CloudNativePG, prometheus-operator) are allowed, and the
proof fails when a policy names a Service or pods that nothing creates (issue 13: findings 1,
2, 3, 8, 11 and the istiod webhook port)."""

from __future__ import annotations

import copy
import importlib
import re

import pytest
from cdk8s import App

from lighthouse_constructs.environments import LighthouseEnvironment, load_environment
from lighthouse_constructs.environments.config import ENVIRONMENT_NAMES
from lighthouse_constructs.graph import Workload
from lighthouse_constructs.mesh_policy.flows import (
    IstioLayer,
    NetworkPolicyLayer,
    Request,
    port_allowed,
)

from support import Manifests

DATA = "lighthouse-data"
OBS = "lighthouse-observability"
CLUSTER = "lighthouse-events"
API_PORTS = {"9093": "Alertmanager", "3100": "Loki", "3200": "Tempo", "3000": "Grafana", "9090": "Prometheus"}


@pytest.fixture(scope="module")
def prod() -> LighthouseEnvironment:
    return LighthouseEnvironment(App(), load_environment("prod"))


def hosts(manifests: Manifests, name: str, namespace: str = DATA) -> list[str]:
    return manifests.get("Sidecar", name, namespace)["spec"]["egress"][0]["hosts"]


def pod(name: str, namespace: str, labels: dict[str, str], service_account: str = "default") -> Workload:
    """A concrete pod as the operator creates it (exact labels)."""
    return Workload(name, namespace, service_account, tuple(sorted(labels.items())))


INSTANCE = pod("instance", DATA, {"cnpg.io/cluster": CLUSTER, "cnpg.io/podRole": "instance", "cnpg.io/instanceRole": "primary"}, CLUSTER)
OPERATOR = pod("operator", "cnpg-system", {"app.kubernetes.io/name": "cloudnative-pg"}, "cnpg-manager")


# -- finding 1: replication, join and PgBouncer go to the Services CloudNativePG creates ----------


def test_can_reach_the_services_cloudnative_pg_creates_from_instances_and_poolers(synthesized: dict[str, Manifests]) -> None:
    prod = synthesized["prod"]
    # Standbys stream from <cluster>-rw; each PgBouncer dials <cluster>-<type>.
    assert f"{DATA}/{CLUSTER}-rw.{DATA}.svc.cluster.local" in hosts(prod, CLUSTER)
    assert f"{DATA}/{CLUSTER}-rw.{DATA}.svc.cluster.local" in hosts(prod, f"{CLUSTER}-pooler-rw")
    assert f"{DATA}/{CLUSTER}-ro.{DATA}.svc.cluster.local" in hosts(prod, f"{CLUSTER}-pooler-ro")
    for name in (CLUSTER, f"{CLUSTER}-pooler-rw", f"{CLUSTER}-pooler-ro"):
        assert f"{DATA}/{CLUSTER}.{DATA}.svc.cluster.local" not in hosts(prod, name), "CloudNativePG creates no such Service"


def test_can_let_the_join_job_copy_the_primary(synthesized: dict[str, Manifests]) -> None:
    objects = synthesized["prod"].objects
    job = pod("join", DATA, {"cnpg.io/cluster": CLUSTER, "cnpg.io/jobRole": "join", "cnpg.io/instanceName": f"{CLUSTER}-2"}, CLUSTER)
    network = NetworkPolicyLayer(objects)
    assert port_allowed(network.egress(job, INSTANCE), 5432, "TCP")
    assert port_allowed(network.ingress(INSTANCE, job), 5432, "TCP")
    istio = IstioLayer(objects)
    assert istio.admits(INSTANCE, Request(job.principal, 5432)) is None
    assert istio.knows(job, INSTANCE, f"{CLUSTER}-rw.{DATA}.svc.cluster.local")


def test_can_offer_the_read_only_pooler_as_a_read_connection(prod: LighthouseEnvironment) -> None:
    target = prod.postgres.read_only
    assert target is not None
    connection = target.connection("READER")
    assert dict(connection.env)["READER_HOST"] == f"{CLUSTER}-pooler-ro.{DATA}.svc.cluster.local"
    assert [e.target.name for e in connection.endpoints] == [f"{CLUSTER}-pooler-ro"]


# -- finding 2: the operator's status calls ---------------------------------------------------


def test_can_let_the_operator_poll_instance_status_outside_mtls_from_its_namespace_only(synthesized: dict[str, Manifests]) -> None:
    prod = synthesized["prod"]
    objects = prod.objects
    plaintext = prod.get("PeerAuthentication", f"{CLUSTER}-plaintext", DATA)
    assert plaintext["spec"]["portLevelMtls"]["8000"] == {"mode": "PERMISSIVE"}
    istio = IstioLayer(objects)
    assert istio.admits(INSTANCE, Request(None, 8000)) is None, "the operator's plaintext status call is refused"
    assert istio.admits(INSTANCE, Request(None, 5432)) is not None, "only the status port is PERMISSIVE"
    network = NetworkPolicyLayer(objects)
    assert port_allowed(network.ingress(INSTANCE, OPERATOR), 8000, "TCP")
    for stranger in (pod("x", "lighthouse-bridge", {"app.kubernetes.io/name": "cloudnative-pg"}), pod("y", "cnpg-system", {"app": "other"})):
        assert not port_allowed(network.ingress(INSTANCE, stranger), 8000, "TCP"), stranger


def test_can_move_the_cloudnative_pg_operator_to_another_namespace() -> None:
    from lighthouse_constructs.postgres.props import PostgresHAProps

    config = load_environment("prod")
    moved = config.model_copy(update={"postgres": PostgresHAProps(**{**config.postgres.model_dump(), "operator_namespace": "db-operators"})})
    chart = LighthouseEnvironment(App(), moved)
    [status] = [d for d in chart.mesh.graph.dependencies if d.port == 8000]
    assert status.source.namespace == "db-operators" and status.plaintext
    with pytest.raises(ValueError, match="operator_namespace"):
        PostgresHAProps(name="pg", operator_namespace="Not_A_Namespace")


# -- finding 3: the operator's Job pods -------------------------------------------------------


@pytest.mark.parametrize("role", ["initdb", "join", "full-recovery"])
def test_can_let_cnpg_job_pods_reach_dns_istiod_the_api_server_and_the_primary(role: str, synthesized: dict[str, Manifests], prod: LighthouseEnvironment) -> None:
    objects = synthesized["prod"].objects
    job = pod(role, DATA, {"cnpg.io/cluster": CLUSTER, "cnpg.io/jobRole": role}, CLUSTER)
    network = NetworkPolicyLayer(objects)
    dns = pod("dns", "kube-system", {"k8s-app": "kube-dns"})
    istiod = pod("istiod", "istio-system", {"app": "istiod"})
    assert network.isolated(job, "Egress"), "the namespace default-deny applies to the Job pods"
    assert port_allowed(network.egress(job, dns), 53, "UDP") and port_allowed(network.egress(job, dns), 53, "TCP")
    assert port_allowed(network.egress(job, istiod), 15012, "TCP")
    assert port_allowed(network.egress(job, INSTANCE), 5432, "TCP")
    from lighthouse_constructs.mesh_policy.flows import Cidr

    for cidr in prod.mesh.props.kubernetes_api_cidrs:
        assert port_allowed(network.egress(job, Cidr(cidr)), 443, "TCP")


# -- finding 8: Alertmanager clustering -------------------------------------------------------


def test_can_cluster_alertmanager_over_tcp_and_udp_between_its_own_pods_only(synthesized: dict[str, Manifests]) -> None:
    prod = synthesized["prod"]
    assert f"{OBS}/alertmanager-operated.{OBS}.svc.cluster.local" in hosts(prod, "alertmanager", OBS)
    alertmanager = pod("am", OBS, {"app.kubernetes.io/name": "alertmanager", "alertmanager": "lighthouse"}, "alertmanager")
    prometheus = pod("prom", OBS, {"app.kubernetes.io/name": "prometheus", "operator.prometheus.io/name": "lighthouse"}, "prometheus")
    network = NetworkPolicyLayer(prod.objects)
    for protocol in ("TCP", "UDP"):
        assert port_allowed(network.egress(alertmanager, alertmanager), 9094, protocol)
        assert port_allowed(network.ingress(alertmanager, alertmanager), 9094, protocol)
        assert not port_allowed(network.ingress(alertmanager, prometheus), 9094, protocol)
    assert IstioLayer(prod.objects).admits(alertmanager, Request(prometheus.principal, 9094)) is not None


# -- finding 11: no rule without `from` on an API port ----------------------------------------


@pytest.mark.parametrize("env", ENVIRONMENT_NAMES)
def test_fails_if_a_rule_without_source_or_a_permissive_port_opens_an_api(env: str, synthesized: dict[str, Manifests]) -> None:
    open_rules = []
    for policy in synthesized[env].all("AuthorizationPolicy", OBS):
        for rule in policy["spec"].get("rules") or []:
            if not rule.get("from"):
                ports = {p for to in rule.get("to") or [{}] for p in (to.get("operation") or {}).get("ports") or ["*"]}
                open_rules += [f"{policy['metadata']['name']}: {API_PORTS.get(p, '*')} {p}" for p in ports if p in API_PORTS or p == "*"]
    assert not open_rules
    permissive = [
        f"{pa['metadata']['name']}: {port}"
        for pa in synthesized[env].all("PeerAuthentication", OBS)
        for port in (pa["spec"].get("portLevelMtls") or {})
        if port in API_PORTS
    ]
    assert not permissive


def test_can_scrape_an_api_port_by_the_scrapers_principal_only(synthesized: dict[str, Manifests], prod: LighthouseEnvironment) -> None:
    objects = synthesized["prod"].objects
    [loki] = [w for w, _ in prod.mesh.graph.workloads if w.key == f"{OBS}/loki"]
    istio = IstioLayer(objects)
    assert istio.admits(loki, Request("cluster.local/ns/lighthouse-observability/sa/prometheus", 3100, "GET", "/metrics")) is None
    assert istio.admits(loki, Request(None, 3100, "GET", "/loki/api/v1/query")) is not None
    assert istio.admits(loki, Request("cluster.local/ns/lighthouse-bridge/sa/api-gateway", 3100, "GET", "/metrics")) is not None


# -- minor: istiod's webhook port is the API server's -----------------------------------------


@pytest.mark.parametrize("env", ENVIRONMENT_NAMES)
def test_fails_if_any_pod_may_reach_istiods_webhook_port(env: str, synthesized: dict[str, Manifests]) -> None:
    reaching = [
        p["metadata"]["name"]
        for p in synthesized[env].all("NetworkPolicy")
        for rule in p["spec"].get("egress") or []
        for port in rule.get("ports") or []
        if port.get("port") == 15017
    ]
    assert not reaching


# -- the proof: what a policy names must exist --------------------------------------------------


def edited(objects: list[dict], kind: str, name: str, edit) -> list[dict]:
    broken = copy.deepcopy(objects)
    [target] = [o for o in broken if o["kind"] == kind and o["metadata"]["name"] == name]
    edit(target)
    return broken


def test_fails_if_a_sidecar_host_is_served_by_no_service(synthesized: dict[str, Manifests], prod: LighthouseEnvironment) -> None:
    """The old model: the instances' Sidecar listed a Service named like the cluster."""
    stale = f"{DATA}/{CLUSTER}.{DATA}.svc.cluster.local"

    def old_host(sidecar: dict) -> None:
        sidecar["spec"]["egress"][0]["hosts"] = [stale if h.startswith(f"{DATA}/{CLUSTER}-rw.") else h for h in sidecar["spec"]["egress"][0]["hosts"]]

    broken = edited(synthesized["prod"].objects, "Sidecar", CLUSTER, old_host)
    problems = [p for p in prod.mesh.problems(broken) if "egress host" in p]
    assert len(problems) == 1
    assert problems[0].startswith(f"Sidecar {DATA}/{CLUSTER}: egress host {stale} is served by no Service the chart or an operator creates; ")
    services = problems[0].split(f"Services in {DATA}: ")[1].split(", ")
    assert {f"{CLUSTER}-rw", f"{CLUSTER}-ro", f"{CLUSTER}-r", f"{CLUSTER}-pooler-rw", f"{CLUSTER}-pooler-ro"} <= set(services)


def test_fails_if_an_allow_selects_pods_that_nothing_creates(synthesized: dict[str, Manifests], prod: LighthouseEnvironment) -> None:
    """The old model: Job pods selected by cnpg.io/podRole, which only instances and poolers carry."""

    def pod_role(policy: dict) -> None:
        policy["spec"]["podSelector"] = {"matchLabels": {"cnpg.io/cluster": CLUSTER, "cnpg.io/podRole": "job"}}

    broken = edited(synthesized["prod"].objects, "NetworkPolicy", f"allow-{CLUSTER}-jobs", pod_role)
    problems = prod.mesh.problems(broken)
    assert any(
        p.startswith(f"NetworkPolicy {DATA}/allow-{CLUSTER}-jobs: podSelector {{cnpg.io/cluster={CLUSTER},cnpg.io/podRole=job}} "
                     f"in {DATA} selects no pod that the chart or an operator creates; pods there carry: ")
        and "cnpg.io/jobRole=initdb" in p
        for p in problems
    ), problems


def test_fails_synth_if_a_dependency_dials_a_service_that_does_not_exist() -> None:
    from test_mesh_policy import BRIDGE, Setup

    from lighthouse_constructs.graph import Dependency

    setup = Setup()
    setup.graph.add_dependency(Dependency(setup.api.workload, setup.events.workload, 8080, "http", service="events-canary"))
    setup.mesh()
    with pytest.raises(RuntimeError) as error:
        setup.synth()
    message = str(error.value)
    assert (
        f"Sidecar {BRIDGE}/api: egress host {BRIDGE}/events-canary.{BRIDGE}.svc.cluster.local is served by no Service "
        f"the chart or an operator creates; Services in {BRIDGE}: api, events"
    ) in message


# -- the facts themselves ---------------------------------------------------------------------


@pytest.mark.parametrize("module", ["cnpg", "prometheus_operator", "barman_cloud", "istio", "opentelemetry", "keda"])
def test_can_trace_every_operator_fact_to_its_upstream_source(module: str) -> None:
    facts = importlib.import_module(f"lighthouse_constructs.operators.{module}")
    assert re.match(r"^github\.com/[\w.-]+/[\w.-]+$", facts.REPO) and re.match(r"^v?\d+\.\d+\.\d+$", facts.TAG)
    public = {
        name for name, value in vars(facts).items()
        if not name.startswith("_") and name not in ("REPO", "TAG", "API_GROUP", "SOURCES", "annotations", "created_services", "created_pods")
        and getattr(value, "__module__", facts.__name__) == facts.__name__ and not isinstance(value, type(importlib))
        and name not in ("Any", "Literal", "Mapping")
    }
    missing = sorted(public - set(facts.SOURCES))
    assert not missing, f"{module}: facts without an upstream source path: {missing}"
    # `status_call` names a connection, not a constant; type aliases (Language) are facts too.
    assert not set(facts.SOURCES) - set(vars(facts)) - {"status_call"}, "SOURCES names facts that do not exist"


def test_can_list_what_cloudnative_pg_creates_for_a_cluster_and_a_pooler() -> None:
    from lighthouse_constructs.operators import created_pods, created_services

    cluster = {"apiVersion": "postgresql.cnpg.io/v1", "kind": "Cluster", "metadata": {"name": "pg"}, "spec": {}}
    pooler = {"apiVersion": "postgresql.cnpg.io/v1", "kind": "Pooler", "metadata": {"name": "pg-pooler-rw"}, "spec": {"cluster": {"name": "pg"}}}
    assert created_services(cluster) == ("pg-rw", "pg-ro", "pg-r")
    assert created_services(pooler) == ("pg-pooler-rw",)
    roles = {p.get("cnpg.io/jobRole") for p in created_pods(cluster)} - {None}
    assert {"initdb", "join", "full-recovery"} <= roles
    assert created_pods(pooler) == ({"cnpg.io/poolerName": "pg-pooler-rw", "cnpg.io/cluster": "pg", "cnpg.io/podRole": "pooler"},)


def test_can_scrape_api_ports_and_alert_with_prometheuss_own_mesh_certificate(synthesized: dict[str, Manifests]) -> None:
    """The other half of finding 11: an API port stays STRICT, so Prometheus must present its
    Istio certificate there (and to Alertmanager); dedicated metrics ports stay plain HTTP."""
    prod = synthesized["prod"]
    tls = {"caFile": "/etc/prom-certs/root-cert.pem", "certFile": "/etc/prom-certs/cert-chain.pem",
           "keyFile": "/etc/prom-certs/key.pem", "insecureSkipVerify": True}
    schemes = {m["metadata"]["name"]: (m["spec"]["endpoints"][0].get("scheme"), m["spec"]["endpoints"][0].get("tlsConfig"))
               for m in prod.all("ServiceMonitor", OBS)}
    for name in ("alertmanager", "grafana", "loki", "prometheus", "tempo"):
        assert schemes[name] == ("https", tls), name
    for name in ("kube-state-metrics", "traces-collector"):
        assert schemes[name] == (None, None), name
    spec = prod.get("Prometheus", "lighthouse", OBS)["spec"]
    annotations = spec["podMetadata"]["annotations"]
    assert annotations["traffic.sidecar.istio.io/includeOutboundIPRanges"] == ""
    assert "OUTPUT_CERTS" in annotations["proxy.istio.io/config"]
    assert "traffic.sidecar.istio.io/includeInboundPorts" not in annotations, "Grafana still reaches Prometheus over mTLS"
    assert spec["volumes"] == [{"name": "istio-certs", "emptyDir": {"medium": "Memory"}}]
    assert spec["volumeMounts"] == [{"name": "istio-certs", "mountPath": "/etc/prom-certs", "readOnly": True}]
    [alertmanager] = spec["alerting"]["alertmanagers"]
    assert (alertmanager["scheme"], alertmanager["tlsConfig"]) == ("https", tls)
