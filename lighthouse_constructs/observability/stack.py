"""ObservabilityStack: metrics, alerts, dashboards, logs and traces for Lighthouse."""

from __future__ import annotations

from typing import Literal, Sequence

import constructs

from ..conventions import MONITORING_LABEL
from ..graph import (
    KUBELET,
    KUBELET_PORT,
    KUBERNETES_API,
    Connection,
    Dependency,
    DependencyGraph,
    Egress,
    Endpoint,
    ForeignScrape,
    Port,
    Workload,
)
from ..handles import NamespaceHandle, PriorityClassHandle, SecretHandle, SloSource
from ..operators import prometheus_operator
from ..scheduling import assign_priority_class
from ..slo import ENVOY_METRICS_PORT, IngressGateway
from ..uniqueness import ensure_unique_objects
from . import _k8s, alertmanager, grafana, logs, prometheus, rules, tracing
from .alertmanager import AlertmanagerCluster
from .grafana import Grafana
from .kube_state_metrics import KubeStateMetrics
from .logs import LogAgent, Loki
from .prometheus import PrometheusServer
from .props import ObservabilityStackProps
from .tracing import Tempo, TraceGateway


class ObservabilityStack(constructs.Construct):
    """Prometheus, Alertmanager, Grafana, Loki with a node log agent, Tempo with an OTLP gateway,
    kube-state-metrics, SLO burn-rate alerts and the generic platform alerts.

    Selection is owned here: Prometheus selects every ServiceMonitor, PodMonitor and
    PrometheusRule labelled `MONITORING_LABEL`, in every namespace. Constructs put that label on
    what they emit and nothing else is needed.

    Wiring (keyword-only):
    - `namespace`: where everything but the log agent runs (restricted).
    - `log_agent_namespace`: a namespace enforcing "privileged", holding only the log agent
      (it reads /var/log/pods through a hostPath; see `logs`).
    - `grafana_admin`: a Secret in `namespace` with keys admin-user and admin-password.
    - `slo_sources`: the workloads whose ServiceLevelObjective becomes recording rules and alerts.
    - `priority_class`: the PriorityClass of every pod of the stack (Prometheus, Alertmanager,
      Grafana, Loki, Tempo, the collectors, kube-state-metrics), so that lower-priority pods cannot
      preempt the monitoring. Default: none (the cluster's default).
    """

    def __init__(self, scope: constructs.Construct, id: str, props: ObservabilityStackProps, *,
                 namespace: NamespaceHandle, log_agent_namespace: NamespaceHandle, grafana_admin: SecretHandle,
                 slo_sources: Sequence[SloSource] = (), priority_class: PriorityClassHandle | None = None) -> None:
        super().__init__(scope, id)
        ensure_unique_objects(self)
        if log_agent_namespace.enforce_level != "privileged":
            raise ValueError(
                f"log_agent_namespace {log_agent_namespace.name!r} enforces {log_agent_namespace.enforce_level!r}; "
                f"the log agent mounts /var/log/pods (hostPath), which only a namespace enforcing 'privileged' admits"
            )
        if log_agent_namespace.name == namespace.name:
            raise ValueError(
                f"log_agent_namespace must differ from namespace ({namespace.name!r}); the privileged namespace "
                f"holds the log agent alone"
            )
        rules.validate_slo_sources(slo_sources)
        self.props = props
        self.namespace = namespace.name
        self.slo_sources = tuple(slo_sources)
        ns = namespace.name

        self.alertmanager = AlertmanagerCluster(self, "Alertmanager", props.alertmanager, props.images, namespace=ns)
        self.prometheus = PrometheusServer(self, "Prometheus", props.prometheus, props.images, namespace=ns,
                                           alertmanager_service=alertmanager.SERVICE, alertmanager_port_name="web")
        self.loki = Loki(self, "Loki", props.loki, props.images, namespace=ns)
        self.tempo = Tempo(self, "Tempo", props.tempo, props.images, namespace=ns)
        self.trace_gateway = TraceGateway(self, "TraceGateway", props.tracing, props.images, namespace=ns,
                                          tempo_otlp_endpoint=self.tempo.otlp_grpc_endpoint,
                                          loki_otlp_endpoint=f"{self.loki.url}/otlp")
        self.log_agent = LogAgent(self, "LogAgent", props.tracing.agent_resources, props.images,
                                  namespace=log_agent_namespace.name, otlp_endpoint=self.trace_gateway.otlp_http_endpoint)
        self.kube_state_metrics = KubeStateMetrics(self, "KubeStateMetrics", props.kube_state_metrics, props.images,
                                                   namespace=ns)
        latency_thresholds = sorted({s.slo.latency_threshold_ms for s in slo_sources}) or [100]
        self.grafana = Grafana(self, "Grafana", props.grafana, props.images, namespace=ns, admin=grafana_admin,
                               prometheus_url=f"http://{prometheus.SERVICE}.{ns}.svc.cluster.local:{prometheus.PORT}",
                               loki_url=self.loki.url, tempo_url=self.tempo.url,
                               latency_threshold_ms=latency_thresholds[0])

        self.platform_rules = self._rule(
            "PlatformRules", "lighthouse-platform-alerts",
            rules.platform_rule_group(props.alertmanager.replicas, props.runbook_base_url))
        self.slo_rules = {
            (s.slo_namespace, s.slo_service): self._rule(
                f"SloRules-{s.slo_namespace}-{s.slo_service}", f"slo-{s.slo_namespace}-{s.slo_service}",
                rules.slo_rule_group(s, props.runbook_base_url))
            for s in self.slo_sources
        }
        gateways = sorted({s.slo_ingress for s in self.slo_sources if s.slo_ingress is not None},
                          key=lambda g: (g.namespace, g.pod_labels))
        if len({g.namespace for g in gateways}) < len(gateways):
            raise ValueError(f"ObservabilityStack: the SLO sources name different ingress gateway pods in one namespace "
                             f"({[(g.namespace, dict(g.pod_labels)) for g in gateways]}); one gateway per namespace")
        self.ingress_monitors_for = tuple(gateways)
        self.ingress_monitors = {g.namespace: self._ingress_monitor(g) for g in gateways}
        """PodMonitor per ingress gateway namespace (the edge SLIs' istio_requests_total)."""
        self._register_graph(log_agent_namespace.name)
        assign_priority_class(self, priority_class)

    def instrumentation_for(self, language: str) -> str:
        """TraceSink: the Instrumentation that configures `language` (its image is set in `images`)."""
        if language not in self.trace_gateway.languages:
            raise ValueError(
                f"ObservabilityStack: no {language} auto-instrumentation is configured (set "
                f"images.{language}_autoinstrumentation); configured: {', '.join(self.trace_gateway.languages)}"
            )
        return f"{self.namespace}/{self.trace_gateway.instrumentation_name}"

    @property
    def trace_endpoints(self) -> tuple[Endpoint, ...]:
        """TraceSink: the gateway's OTLP ports. The injected SDKs export OTLP/HTTP; gRPC is there for
        apps that switch protocol (see operators.opentelemetry.INJECTED_PROTOCOL)."""
        gateway = self._workloads["gateway"]
        return (Endpoint(gateway, tracing.OTLP_GRPC_PORT, "grpc"), Endpoint(gateway, tracing.OTLP_HTTP_PORT, "http"))

    def connection(self, env_prefix: str) -> Connection:
        """For services that export OTLP themselves: the gateway's OTLP/HTTP endpoint."""
        return Connection(env=((f"{env_prefix}OTLP_ENDPOINT", self.trace_gateway.otlp_http_endpoint),),
                          endpoints=(Endpoint(self._workloads["gateway"], tracing.OTLP_HTTP_PORT, "http"),))

    def _ingress_monitor(self, gateway: IngressGateway):
        """A PodMonitor on an ingress gateway's Envoy stats (only istio_* series): the edge SLI."""
        from ..imports.monitoring.com.coreos.monitoring import (
            PodMonitor,
            PodMonitorSpec,
            PodMonitorSpecNamespaceSelector,
            PodMonitorSpecPodMetricsEndpoints,
            PodMonitorSpecPodMetricsEndpointsMetricRelabelings,
            PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction,
            PodMonitorSpecSelector,
        )

        port, _, path = ENVOY_METRICS_PORT
        return PodMonitor(
            self, f"IngressMonitor-{gateway.namespace}",
            metadata=_k8s.api_meta(f"ingress-{gateway.namespace}", self.namespace, "ingress", MONITORING_LABEL),
            spec=PodMonitorSpec(
                namespace_selector=PodMonitorSpecNamespaceSelector(match_names=[gateway.namespace]),
                selector=PodMonitorSpecSelector(match_labels=dict(gateway.pod_labels)),
                pod_metrics_endpoints=[PodMonitorSpecPodMetricsEndpoints(
                    port=port, path=path, interval="30s",
                    metric_relabelings=[PodMonitorSpecPodMetricsEndpointsMetricRelabelings(
                        source_labels=["__name__"], regex="istio_.*",
                        action=PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction.KEEP)])],
            ),
        )

    def _rule(self, id: str, name: str, group: dict):
        from ..imports.monitoring.com.coreos.monitoring import (
            PrometheusRule,
            PrometheusRuleSpec,
            PrometheusRuleSpecGroups,
            PrometheusRuleSpecGroupsRules,
            PrometheusRuleSpecGroupsRulesExpr,
        )

        return PrometheusRule(
            self, id, metadata=_k8s.api_meta(name, self.namespace, "alerting", MONITORING_LABEL),
            spec=PrometheusRuleSpec(groups=[PrometheusRuleSpecGroups(
                name=group["name"], interval=group.get("interval"),
                rules=[PrometheusRuleSpecGroupsRules(
                    expr=PrometheusRuleSpecGroupsRulesExpr.from_string(r["expr"]),
                    record=r.get("record"), alert=r.get("alert"), for_=r.get("for"),
                    labels=r.get("labels"), annotations=r.get("annotations"))
                    for r in group["rules"]],
            )]),
        )

    @property
    def metrics_scraper(self) -> Workload:
        """The Prometheus pods: MeshPolicy lets them reach every registered metrics port."""
        return self._workloads["prometheus"]

    def _register_graph(self, log_agent_ns: str) -> None:
        """Record every workload, its ports and the flows between them, for MeshPolicy."""
        graph = DependencyGraph.of(self)
        ns = self.namespace

        def workload(name: str, component, namespace: str = ns, peer_service: str | None = None) -> Workload:
            return Workload(name=name, namespace=namespace, service_account=component.service_account_name,
                            pod_labels=tuple(sorted(component.pod_labels.items())), peer_service=peer_service)

        w = {
            "prometheus": workload("prometheus", self.prometheus),
            # Peers gossip through the operator's governing Service, not ours.
            "alertmanager": workload("alertmanager", self.alertmanager,
                                     peer_service=prometheus_operator.ALERTMANAGER_SERVICE),
            "grafana": workload("grafana", self.grafana),
            # Replicas reach each other (gRPC, memberlist) through their headless Service.
            "loki": workload("loki", self.loki, peer_service=self.loki.headless_service.name),
            "tempo": workload("tempo", self.tempo, peer_service=self.tempo.headless_service.name),
            "gateway": workload(tracing.GATEWAY_SERVICE, self.trace_gateway),
            "kube-state-metrics": workload("kube-state-metrics", self.kube_state_metrics),
            "log-agent": workload(logs.AGENT, self.log_agent, log_agent_ns),
        }
        self._workloads = w

        def memberlist(replicas: int) -> tuple[Port, ...]:
            return (Port("memberlist", _k8s.MEMBERLIST_PORT, "tcp", "peer"),) if replicas > 1 else ()

        ports = {
            "prometheus": (Port("web", prometheus.PORT, "http"), Port("metrics", prometheus.PORT, "http", "metrics")),
            "alertmanager": (Port("web", alertmanager.PORT, "http"), Port("metrics", alertmanager.PORT, "http", "metrics"),
                             Port("mesh", alertmanager.CLUSTER_PORT, "tcp", "peer", udp=True)),
            "grafana": (Port("http", grafana.PORT, "http"), Port("metrics", grafana.PORT, "http", "metrics")),
            "loki": (Port("http", logs.LOKI_PORT, "http"), Port("metrics", logs.LOKI_PORT, "http", "metrics"),
                     Port("grpc", logs.LOKI_GRPC_PORT, "grpc", "peer")) + memberlist(self.props.loki.replicas),
            "tempo": (Port("http", tracing.TEMPO_HTTP_PORT, "http"), Port("metrics", tracing.TEMPO_HTTP_PORT, "http", "metrics"),
                      Port("otlp-grpc", tracing.OTLP_GRPC_PORT, "grpc"), Port("grpc", tracing.TEMPO_GRPC_PORT, "grpc", "peer"))
            + memberlist(self.props.tempo.replicas),
            "gateway": (Port("otlp-grpc", tracing.OTLP_GRPC_PORT, "grpc"), Port("otlp-http", tracing.OTLP_HTTP_PORT, "http"),
                        Port("monitoring", tracing.GATEWAY_METRICS_PORT, "http", "metrics")),
            "kube-state-metrics": (Port("http-metrics", 8080, "http", "metrics"),),
            "log-agent": (Port("metrics", logs.AGENT_METRICS_PORT, "http", "metrics"),),
        }
        for key, workload_ in w.items():
            graph.add_workload(workload_, ports[key])
        # Service discovery and object listing need the API server; notifications leave the cluster.
        graph.add_egress(Egress(w["prometheus"], KUBERNETES_API))
        graph.add_egress(Egress(w["kube-state-metrics"], KUBERNETES_API))
        if self.props.prometheus.scrape_kubelets:
            graph.add_egress(Egress(w["prometheus"], KUBELET, KUBELET_PORT))
        for gateway in self.ingress_monitors_for:
            graph.add_foreign_scrape(ForeignScrape(
                # The identity BridgeService records for the gateway -> bridge flow.
                Workload(name=gateway.service_account, namespace=gateway.namespace, service_account=gateway.service_account,
                         pod_labels=gateway.pod_labels),
                ENVOY_METRICS_PORT[1]))
        for key, store in (("loki", self.props.loki.object_storage), ("tempo", self.props.tempo.object_storage)):
            if store is not None:
                graph.add_egress(Egress(w[key], store.host, store.port))
        if self.props.alertmanager.routing.notifiers:
            for host in sorted({n.host for n in self.props.alertmanager.routing.notifiers}):
                graph.add_egress(Egress(w["alertmanager"], host, 443))
        flows: tuple[tuple[str, str, int, Literal["http", "grpc", "tcp"]], ...] = (
            ("grafana", "prometheus", prometheus.PORT, "http"),
            ("grafana", "loki", logs.LOKI_PORT, "http"),
            ("grafana", "tempo", tracing.TEMPO_HTTP_PORT, "http"),
            ("prometheus", "alertmanager", alertmanager.PORT, "http"),
            ("gateway", "loki", logs.LOKI_PORT, "http"),
            ("gateway", "tempo", tracing.OTLP_GRPC_PORT, "grpc"),
        )
        for source, target, port, protocol in flows:
            graph.add_dependency(Dependency(source=w[source], target=w[target], port=port, protocol=protocol))
        # The log agent is outside the mesh: it pushes in plaintext, to the gateway's OTLP ingest
        # port only (Loki's API port admits mTLS principals only).
        graph.add_dependency(Dependency(source=w["log-agent"], target=w["gateway"], port=tracing.OTLP_HTTP_PORT,
                                        protocol="http", methods=("POST",), paths=("/v1/logs",), plaintext=True))
