"""The flow evaluator is the judge of the exactness tests: it must follow Kubernetes and Istio
semantics on hand-written objects, and refuse what it does not model."""

from __future__ import annotations

import pytest

from lighthouse_constructs.graph import Workload
from lighthouse_constructs.mesh_policy.flows import (
    ANY,
    Cidr,
    IstioLayer,
    NetworkFlow,
    NetworkPolicyLayer,
    Request,
    UnsupportedPolicy,
    port_allowed,
)

A = Workload("a", "ns1", "a", (("app", "a"),))
B = Workload("b", "ns1", "b", (("app", "b"),))
C = Workload("c", "ns2", "c", (("app", "b"),))  # same pod labels as b, other namespace
NAMESPACES = [{"kind": "Namespace", "metadata": {"name": n, "labels": {"istio-injection": "enabled"}}} for n in ("ns1", "ns2")]


def netpol(name: str, selector: dict, **spec: object) -> dict:
    return {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": name, "namespace": "ns1"},
            "spec": {"podSelector": {"matchLabels": selector}, **spec}}


def istio(kind: str, name: str, spec: dict, namespace: str = "ns1") -> dict:
    group = "networking" if kind == "Sidecar" else "security"
    return {"apiVersion": f"{group}.istio.io/v1", "kind": kind, "metadata": {"name": name, "namespace": namespace}, "spec": spec}


TCP_8080 = [{"port": 8080, "protocol": "TCP"}]


def test_can_follow_network_policy_isolation_and_selector_semantics() -> None:
    same_peer = netpol("b", {"app": "b"}, ingress=[{"from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "ns2"}},
                                                               "podSelector": {"matchLabels": {"app": "b"}}}], "ports": TCP_8080}])
    layer = NetworkPolicyLayer(NAMESPACES + [same_peer])
    assert layer.allowed(C, B) == frozenset({(8080, "TCP")})  # namespace AND pod labels
    assert layer.allowed(A, B) == frozenset()  # b is isolated for ingress
    assert layer.allowed(B, A) is None  # a is selected by nothing: open both ways
    two_peers = netpol("b", {"app": "b"}, ingress=[{"from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "ns2"}}},
                                                             {"podSelector": {"matchLabels": {"app": "a"}}}], "ports": TCP_8080}])
    layer = NetworkPolicyLayer(NAMESPACES + [two_peers])
    assert layer.allowed(A, B) == frozenset({(8080, "TCP")}) and layer.allowed(C, B) == frozenset({(8080, "TCP")})  # OR
    assert NetworkFlow(ANY, "ns1/a", ANY, ANY) in layer.table([A, B, C], {"ns1/a", "ns1/b"})


def test_can_tell_ip_blocks_that_reach_pods_from_those_that_name_hosts() -> None:
    def egress(block: dict) -> NetworkPolicyLayer:
        return NetworkPolicyLayer(NAMESPACES + [netpol("a", {"app": "a"}, policyTypes=["Egress"], egress=[{"to": [{"ipBlock": block}], "ports": TCP_8080}])])

    assert port_allowed(egress({"cidr": "0.0.0.0/0"}).egress(A, B), 8080, "TCP")
    assert not port_allowed(egress({"cidr": "0.0.0.0/0", "except": ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]}).egress(A, B), 8080, "TCP")
    assert not port_allowed(egress({"cidr": "10.0.0.1/32"}).egress(A, B), 8080, "TCP")
    assert port_allowed(egress({"cidr": "10.0.0.0/24"}).egress(A, Cidr("10.0.0.1/32")), 8080, "TCP")
    assert not port_allowed(egress({"cidr": "10.0.0.0/24", "except": ["10.0.0.0/28"]}).egress(A, Cidr("10.0.0.1/32")), 8080, "TCP")


def test_fails_if_a_network_policy_uses_what_the_evaluator_does_not_model() -> None:
    named = netpol("b", {"app": "b"}, ingress=[{"ports": [{"port": "http", "protocol": "TCP"}]}])
    with pytest.raises(UnsupportedPolicy, match="NetworkPolicy ns1/b: named port 'http'"):
        NetworkPolicyLayer([named]).allowed(A, B)


def test_can_follow_istio_mtls_and_authorization_semantics() -> None:
    deny_all = istio("AuthorizationPolicy", "deny", {})
    strict = istio("PeerAuthentication", "default", {"mtls": {"mode": "STRICT"}})
    allow = istio("AuthorizationPolicy", "allow-b", {"selector": {"matchLabels": {"app": "b"}}, "rules": [
        {"from": [{"source": {"principals": ["cluster.local/ns/ns1/sa/*"]}}],
         "to": [{"operation": {"ports": ["8080"], "methods": ["GET"], "paths": ["/v1/*"]}}]}]})
    open_layer = IstioLayer(NAMESPACES)
    assert open_layer.admits(B, Request(None, 8080)) is None  # no policy at all: PERMISSIVE, allow
    layer = IstioLayer(NAMESPACES + [deny_all, strict, allow])
    assert layer.admits(B, Request(A.principal, 8080, "GET", "/v1/x")) is None
    assert "no ALLOW rule admits" in layer.admits(B, Request(A.principal, 8080, "POST", "/v1/x"))
    assert "no ALLOW rule admits" in layer.admits(B, Request(A.principal, 8080))  # any method: more than GET
    assert "no ALLOW rule admits" in layer.admits(B, Request(C.principal, 8080, "GET", "/v1/x"))  # other namespace
    assert "mTLS is STRICT" in layer.admits(B, Request(None, 8080, "GET", "/v1/x"))
    assert "no ALLOW rule admits" in layer.admits(A, Request(B.principal, 8080))  # deny-all covers a


def test_can_apply_port_level_mtls_and_deny_rules() -> None:
    strict = istio("PeerAuthentication", "default", {"mtls": {"mode": "STRICT"}})
    scrape = istio("PeerAuthentication", "b-scrape", {"selector": {"matchLabels": {"app": "b"}}, "portLevelMtls": {"9090": {"mode": "PERMISSIVE"}}})
    deny_post = istio("AuthorizationPolicy", "no-post", {"action": "DENY", "rules": [{"to": [{"operation": {"methods": ["POST"]}}]}]})
    layer = IstioLayer(NAMESPACES + [strict, scrape, deny_post])
    assert layer.mtls(B, 9090) == "PERMISSIVE" and layer.mtls(B, 8080) == "STRICT" and layer.mtls(A, 9090) == "STRICT"
    assert layer.admits(B, Request(None, 9090, "GET")) is None
    assert "(DENY) matches it" in layer.admits(B, Request(A.principal, 8080))  # any method includes POST
    assert layer.admits(B, Request(A.principal, 8080, "GET")) is None


def test_can_read_sidecar_egress_scope() -> None:
    sidecar = istio("Sidecar", "a", {"workloadSelector": {"labels": {"app": "a"}}, "egress": [{"hosts": ["./b.ns1.svc.cluster.local", "istio-system/*"]}]})
    layer = IstioLayer(NAMESPACES + [sidecar])
    assert layer.knows(A, B) and not layer.knows(A, C)
    assert layer.knows(B, C)  # no Sidecar: the whole mesh


def test_fails_if_an_authorization_policy_uses_what_the_evaluator_does_not_model() -> None:
    conditional = istio("AuthorizationPolicy", "when", {"rules": [{"when": [{"key": "request.headers[x]", "values": ["1"]}]}]})
    with pytest.raises(UnsupportedPolicy, match=r"AuthorizationPolicy ns1/when: rule fields \['when'\]"):
        IstioLayer(NAMESPACES + [conditional]).admits(B, Request(A.principal, 8080))
