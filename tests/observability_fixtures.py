"""Shared helpers for the ObservabilityStack tests: a fake SLO source and a stack on Testing.chart()."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from cdk8s import Testing

from lighthouse_constructs.handles import SecretRef
from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps
from lighthouse_constructs.observability import (
    GrafanaSettings,
    LokiSettings,
    ObservabilityStack,
    ObservabilityStackProps,
    TempoSettings,
)
from lighthouse_constructs.slo import IngressGateway, ServiceLevelObjective

NS = "obs"
AGENT_NS = "obs-agent"
GRAFANA_ADMIN = SecretRef("grafana-admin", NS, ("admin-user", "admin-password"))
RECEIVERS = SecretRef("am-receivers", NS, ("slack-url", "pd-key", "hook-token"))
RUNBOOKS = "https://runbooks.example.com/alerts"
FULL = ObservabilityStackProps(production=False, grafana=GrafanaSettings(fuse_dashboard=True), loki=LokiSettings(),
                               tempo=TempoSettings(), runbook_base_url=RUNBOOKS)
"""Every part on (dev: no receivers needed), as the Lighthouse app runs it."""


@dataclass(frozen=True)
class FakeBridge:
    """Stands in for BridgeService (built in parallel): an SloSource."""

    slo_service: str = "api-gateway"
    slo_namespace: str = "bridge"
    slo: ServiceLevelObjective = field(default_factory=ServiceLevelObjective)
    slo_ingress: IngressGateway | None = None


def build(props: ObservabilityStackProps | None = None, *, slo_sources: Sequence = (), agent_enforce: str = "privileged",
          agent_ns: str = AGENT_NS, grafana_admin=GRAFANA_ADMIN):
    """(stack, chart) on a fresh Testing.chart(), FULL unless `props`; call synth(chart) for the manifests.
    The log agent namespace and Grafana admin are wired only when their parts are on."""
    props = props or FULL
    chart = Testing.chart()
    namespace = LighthouseNamespace(chart, "Ns", NamespaceProps(name=NS, tier="observability"))
    agent = None
    if props.loki is not None:
        agent = (namespace if agent_ns == NS else
                 LighthouseNamespace(chart, "AgentNs", NamespaceProps(name=agent_ns, enforce=agent_enforce)))
    stack = ObservabilityStack(chart, "Observability", props, namespace=namespace, log_agent_namespace=agent,
                               grafana_admin=grafana_admin if props.grafana is not None else None,
                               slo_sources=slo_sources)
    return stack, chart


def full(**changes) -> ObservabilityStackProps:
    """FULL with `changes` (validated again)."""
    return ObservabilityStackProps.model_validate({**dict(FULL), **changes})


def synth(chart) -> list[dict]:
    return [o for o in Testing.synth(chart) if o]


def one(objects: list[dict], kind: str, name: str) -> dict:
    found = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind} {name}, found {len(found)}: {sorted((o['kind'], o['metadata']['name']) for o in objects)}"
    return found[0]
