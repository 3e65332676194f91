"""ObservabilityStack: metrics and alerts, and, opted into, dashboards, logs and traces."""

from __future__ import annotations

from functools import cache
from typing import Any, Callable, Literal, Mapping, Protocol, Sequence, cast

import cdk8s
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
from .props import INSTANCE_MAX_LENGTH, ObservabilityStackProps
from .tracing import Tempo, TraceGateway


class _Component(Protocol):
    """What the dependency graph reads off each component of the stack."""

    @property
    def service_account_name(self) -> str: ...

    @property
    def pod_labels(self) -> Mapping[str, str]: ...


class ObservabilityStack(constructs.Construct):
    """Prometheus, Alertmanager, kube-state-metrics, SLO burn-rate alerts and the generic platform
    alerts; Grafana, logs (Loki with a node log agent) and traces (Tempo with an OTLP gateway) when
    their props are given. Or, metrics-only (`existing_prometheus`), just the SLO rules and the
    ingress-gateway PodMonitors for a Prometheus that runs elsewhere.

    Selection is owned here: Prometheus selects every ServiceMonitor, PodMonitor and
    PrometheusRule labelled `MONITORING_LABEL` in the namespaces it governs (`governed_namespaces`),
    or in every namespace with `prometheus.cluster_wide`. Constructs put that label on what they
    emit and nothing else is needed. Every cluster-scoped or operator-derived name carries
    `instance` (default: the namespace's name), so stacks in two namespaces never clash; one
    namespace holds one stack.

    Wiring (keyword-only):
    - `namespace`: where everything but the log agent runs (restricted).
    - `log_agent_namespace`: with logs (`loki`) only, a namespace enforcing "privileged" holding only
      the log agent (it reads /var/log/pods through a hostPath; see `logs`).
    - `grafana_admin`: with `grafana` only, a Secret in `namespace` with keys admin-user and admin-password.
    - `slo_sources`: the workloads whose ServiceLevelObjective becomes recording rules and alerts.
    - `monitored_namespaces`: further namespaces whose monitors and rules Prometheus selects
      (besides its own, the log agent's and the SLO sources'). Default: none.
    - `priority_class`: the PriorityClass of every pod of the stack (Prometheus, Alertmanager,
      Grafana, Loki, Tempo, the collectors, kube-state-metrics), so that lower-priority pods cannot
      preempt the monitoring. Default: none (the cluster's default).
    """

    def __init__(self, scope: constructs.Construct, id: str, props: ObservabilityStackProps, *,
                 namespace: NamespaceHandle, log_agent_namespace: NamespaceHandle | None = None,
                 grafana_admin: SecretHandle | None = None, slo_sources: Sequence[SloSource] = (),
                 monitored_namespaces: Sequence[NamespaceHandle] = (),
                 priority_class: PriorityClassHandle | None = None) -> None:
        super().__init__(scope, id)
        ensure_unique_objects(self)
        self._check_wiring(props, namespace, log_agent_namespace, grafana_admin, monitored_namespaces)
        rules.validate_slo_sources(slo_sources)
        self.props = props
        self.namespace = namespace.name
        self.instance = props.instance or _instance_of(namespace.name)
        """What every cluster-scoped or operator-derived name of the stack carries."""
        self.slo_sources = tuple(slo_sources)
        self.metrics_only = props.existing_prometheus is not None
        self.selection_label = (props.existing_prometheus.label if props.existing_prometheus is not None
                                else dict(MONITORING_LABEL))
        """The label on every monitor and rule the stack emits (what its Prometheus selects)."""
        self.governed_namespaces: tuple[str, ...] = () if self.metrics_only else tuple(sorted(
            {namespace.name, *(n.name for n in monitored_namespaces), *(s.slo_namespace for s in self.slo_sources)}
            | ({log_agent_namespace.name} if log_agent_namespace is not None else set())))
        """Where Prometheus selects monitors and rules (unless `prometheus.cluster_wide`); none in metrics-only mode."""
        naming = _k8s.Naming(self.instance, self.selection_label)
        self._naming = naming
        ns = namespace.name
        images = props.images

        self.alertmanager: AlertmanagerCluster | None = None
        self.prometheus: PrometheusServer | None = None
        self.kube_state_metrics: KubeStateMetrics | None = None
        self.platform_rules = None
        if not self.metrics_only:
            self.alertmanager = AlertmanagerCluster(self, "Alertmanager", props.alertmanager, images, naming=naming,
                                                    namespace=ns)
            self.prometheus = PrometheusServer(
                self, "Prometheus", props.prometheus, images, naming=naming, namespace=ns,
                namespaces=None if props.prometheus.cluster_wide else self.governed_namespaces,
                alertmanager_service=alertmanager.SERVICE, alertmanager_port_name="web")
        self.loki = Loki(self, "Loki", props.loki, images, naming=naming, namespace=ns) if props.loki else None
        self.tempo = Tempo(self, "Tempo", props.tempo, images, naming=naming, namespace=ns) if props.tempo else None
        self.trace_gateway = (TraceGateway(
            self, "TraceGateway", props.tracing, images, naming=naming, namespace=ns,
            tempo_otlp_endpoint=self.tempo.otlp_grpc_endpoint if self.tempo else None,
            loki_otlp_endpoint=f"{self.loki.url}/otlp" if self.loki else None)
            if self.loki or self.tempo else None)
        self.log_agent = None
        if self.loki is not None and self.trace_gateway is not None and log_agent_namespace is not None:
            self.log_agent = LogAgent(self, "LogAgent", props.tracing.agent_resources, images, naming=naming,
                                      namespace=log_agent_namespace.name,
                                      otlp_endpoint=self.trace_gateway.otlp_http_endpoint)
        if not self.metrics_only:
            self.kube_state_metrics = KubeStateMetrics(self, "KubeStateMetrics", props.kube_state_metrics, images,
                                                       naming=naming, namespace=ns)
        self.grafana: Grafana | None = None
        if props.grafana is not None and grafana_admin is not None:
            latency_thresholds = sorted({s.slo.latency_threshold_ms for s in slo_sources}) or [100]
            self.grafana = Grafana(
                self, "Grafana", props.grafana, images, naming=naming, namespace=ns, admin=grafana_admin,
                prometheus_url=f"http://{prometheus.SERVICE}.{ns}.svc.cluster.local:{prometheus.PORT}",
                loki_url=self.loki.url if self.loki else None, tempo_url=self.tempo.url if self.tempo else None,
                latency_threshold_ms=latency_thresholds[0])

        if not self.metrics_only:
            parts = frozenset(part for part, on in (("logs", self.loki), ("traces", self.tempo),
                                                    ("gateway", self.trace_gateway)) if on is not None)
            self.platform_rules = self._rule(
                "PlatformRules", f"{self.instance}-platform-alerts",
                rules.platform_rule_group(props.alertmanager.replicas, props.runbook_base_url, instance=self.instance,
                                          parts=parts))
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
        self._register_graph(log_agent_namespace.name if log_agent_namespace is not None else None)
        assign_priority_class(self, priority_class)

    @staticmethod
    def _check_wiring(props: ObservabilityStackProps, namespace: NamespaceHandle,
                      log_agent_namespace: NamespaceHandle | None, grafana_admin: SecretHandle | None,
                      monitored_namespaces: Sequence[NamespaceHandle]) -> None:
        """Each wiring argument goes with the part that uses it: a missing one is an error, and so
        is one given to a part that is off (it would be silently unused)."""
        if props.loki is not None and log_agent_namespace is None:
            raise ValueError("ObservabilityStack: loki is set (logs on), so the log agent needs log_agent_namespace, "
                             "a namespace enforcing 'privileged'; pass one, or leave loki unset (no logs)")
        if props.loki is None and log_agent_namespace is not None:
            raise ValueError(f"ObservabilityStack: log_agent_namespace {log_agent_namespace.name!r} is given but logs are "
                             f"off (loki is not set), so it would stay empty; set loki, or pass no log_agent_namespace")
        if props.grafana is not None and grafana_admin is None:
            raise ValueError("ObservabilityStack: grafana is set, so Grafana needs grafana_admin, a Secret in the stack "
                             "namespace with keys admin-user and admin-password; pass one, or leave grafana unset")
        if props.grafana is None and grafana_admin is not None:
            raise ValueError(f"ObservabilityStack: grafana_admin {grafana_admin.namespace}/{grafana_admin.secret_name} "
                             f"is given but grafana is not set; set grafana, or pass no grafana_admin")
        if props.existing_prometheus is not None and monitored_namespaces:
            raise ValueError(f"ObservabilityStack: monitored_namespaces {[n.name for n in monitored_namespaces]} are given "
                             f"in metrics-only mode (existing_prometheus), where the existing Prometheus chooses its "
                             f"namespaces; pass none")
        if log_agent_namespace is not None:
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

    def _traces(self, what: str) -> TraceGateway:
        if self.tempo is None or self.trace_gateway is None:
            raise ValueError(f"ObservabilityStack {self.instance!r}: {what} needs traces, which are off (tempo is not set); "
                             f"set tempo in ObservabilityStackProps")
        return self.trace_gateway

    def instrumentation_for(self, language: str) -> str:
        """TraceSink: the Instrumentation that configures `language` (its image is set in `images`)."""
        gateway = self._traces(f"{language} auto-instrumentation")
        if language not in gateway.languages:
            raise ValueError(
                f"ObservabilityStack: no {language} auto-instrumentation is configured (set "
                f"images.{language}_autoinstrumentation); configured: {', '.join(gateway.languages)}"
            )
        return f"{self.namespace}/{gateway.instrumentation_name}"

    @property
    def trace_endpoints(self) -> tuple[Endpoint, ...]:
        """TraceSink: the gateway's OTLP ports. The injected SDKs export OTLP/HTTP; gRPC is there for
        apps that switch protocol (see operators.opentelemetry.INJECTED_PROTOCOL)."""
        self._traces("sending traces")
        gateway = self._workloads["gateway"]
        return (Endpoint(gateway, tracing.OTLP_GRPC_PORT, "grpc"), Endpoint(gateway, tracing.OTLP_HTTP_PORT, "http"))

    def connection(self, env_prefix: str) -> Connection:
        """For services that export OTLP themselves: the gateway's OTLP/HTTP endpoint."""
        gateway = self._traces("an OTLP connection")
        return Connection(env=((f"{env_prefix}OTLP_ENDPOINT", gateway.otlp_http_endpoint),),
                          endpoints=(Endpoint(self._workloads["gateway"], tracing.OTLP_HTTP_PORT, "http"),))

    def _ingress_monitor(self, gateway: IngressGateway) -> cdk8s.ApiObject:
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
        return cast(cdk8s.ApiObject, PodMonitor(
            self, f"IngressMonitor-{gateway.namespace}",
            metadata=self._naming.api_meta(f"ingress-{gateway.namespace}", self.namespace, "ingress", self.selection_label),
            spec=PodMonitorSpec(
                namespace_selector=PodMonitorSpecNamespaceSelector(match_names=[gateway.namespace]),
                selector=PodMonitorSpecSelector(match_labels=dict(gateway.pod_labels)),
                pod_metrics_endpoints=[PodMonitorSpecPodMetricsEndpoints(
                    port=port, path=path, interval="30s",
                    metric_relabelings=[PodMonitorSpecPodMetricsEndpointsMetricRelabelings(
                        source_labels=["__name__"], regex="istio_.*",
                        action=PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction.KEEP)])],
            ),
        ))

    def _rule(self, id: str, name: str, group: dict[str, Any]) -> cdk8s.ApiObject:
        from ..imports.monitoring.com.coreos.monitoring import (
            PrometheusRule,
            PrometheusRuleSpec,
            PrometheusRuleSpecGroups,
            PrometheusRuleSpecGroupsRules,
        )

        return cast(cdk8s.ApiObject, PrometheusRule(
            self, id, metadata=self._naming.api_meta(name, self.namespace, "alerting", self.selection_label),
            spec=PrometheusRuleSpec(groups=[PrometheusRuleSpecGroups(
                name=group["name"], interval=group.get("interval"),
                rules=[PrometheusRuleSpecGroupsRules(
                    expr=_rule_expr(r["expr"]),
                    record=r.get("record"), alert=r.get("alert"), for_=r.get("for"),
                    labels=r.get("labels"), annotations=r.get("annotations"))
                    for r in group["rules"]],
            )]),
        ))

    @property
    def metrics_scraper(self) -> Workload:
        """The Prometheus pods: MeshPolicy lets them reach every registered metrics port."""
        if "prometheus" not in self._workloads:
            raise ValueError(f"ObservabilityStack {self.instance!r} is metrics-only (existing_prometheus): its Prometheus "
                             f"runs elsewhere; wire MeshPolicy's metrics_scraper with a Workload of that Prometheus")
        return self._workloads["prometheus"]

    def _register_graph(self, log_agent_ns: str | None) -> None:
        """Record every workload, its ports and the flows between them, for MeshPolicy."""
        graph = DependencyGraph.of(self)
        ns = self.namespace

        def workload(name: str, component: _Component, namespace: str = ns, peer_service: str | None = None) -> Workload:
            return Workload(name=name, namespace=namespace, service_account=component.service_account_name,
                            pod_labels=tuple(sorted(component.pod_labels.items())), peer_service=peer_service)

        w: dict[str, Workload] = {}
        if self.prometheus is not None:
            w["prometheus"] = workload("prometheus", self.prometheus)
        if self.alertmanager is not None:
            # Peers gossip through the operator's governing Service, not ours.
            w["alertmanager"] = workload("alertmanager", self.alertmanager,
                                         peer_service=prometheus_operator.ALERTMANAGER_SERVICE)
        if self.grafana is not None:
            w["grafana"] = workload("grafana", self.grafana)
        # Replicas reach each other (gRPC, memberlist) through their headless Service.
        if self.loki is not None:
            w["loki"] = workload("loki", self.loki, peer_service=self.loki.headless_service.name)
        if self.tempo is not None:
            w["tempo"] = workload("tempo", self.tempo, peer_service=self.tempo.headless_service.name)
        if self.trace_gateway is not None:
            w["gateway"] = workload(tracing.GATEWAY_SERVICE, self.trace_gateway)
        if self.kube_state_metrics is not None:
            w["kube-state-metrics"] = workload("kube-state-metrics", self.kube_state_metrics)
        if self.log_agent is not None and log_agent_ns is not None:
            w["log-agent"] = workload(logs.AGENT, self.log_agent, log_agent_ns)
        self._workloads = w

        def memberlist(replicas: int) -> tuple[Port, ...]:
            return (Port("memberlist", _k8s.MEMBERLIST_PORT, "tcp", "peer"),) if replicas > 1 else ()

        ports: dict[str, Callable[[], tuple[Port, ...]]] = {
            "prometheus": lambda: (Port("web", prometheus.PORT, "http"), Port("metrics", prometheus.PORT, "http", "metrics")),
            "alertmanager": lambda: (Port("web", alertmanager.PORT, "http"), Port("metrics", alertmanager.PORT, "http", "metrics"),
                                     Port("mesh", alertmanager.CLUSTER_PORT, "tcp", "peer", udp=True)),
            "grafana": lambda: (Port("http", grafana.PORT, "http"), Port("metrics", grafana.PORT, "http", "metrics")),
            "loki": lambda: (Port("http", logs.LOKI_PORT, "http"), Port("metrics", logs.LOKI_PORT, "http", "metrics"),
                             Port("grpc", logs.LOKI_GRPC_PORT, "grpc", "peer")) + memberlist(self.props.loki.replicas if self.props.loki else 1),
            "tempo": lambda: (Port("http", tracing.TEMPO_HTTP_PORT, "http"), Port("metrics", tracing.TEMPO_HTTP_PORT, "http", "metrics"),
                              Port("otlp-grpc", tracing.OTLP_GRPC_PORT, "grpc"), Port("grpc", tracing.TEMPO_GRPC_PORT, "grpc", "peer"))
            + memberlist(self.props.tempo.replicas if self.props.tempo else 1),
            "gateway": lambda: (Port("otlp-grpc", tracing.OTLP_GRPC_PORT, "grpc"), Port("otlp-http", tracing.OTLP_HTTP_PORT, "http"),
                                Port("monitoring", tracing.GATEWAY_METRICS_PORT, "http", "metrics")),
            "kube-state-metrics": lambda: (Port("http-metrics", 8080, "http", "metrics"),),
            "log-agent": lambda: (Port("metrics", logs.AGENT_METRICS_PORT, "http", "metrics"),),
        }
        for key, workload_ in w.items():
            graph.add_workload(workload_, ports[key]())
        # Service discovery and object listing need the API server; notifications leave the cluster.
        if "prometheus" in w:
            graph.add_egress(Egress(w["prometheus"], KUBERNETES_API))
            if self.props.prometheus.scrape_kubelets:
                graph.add_egress(Egress(w["prometheus"], KUBELET, KUBELET_PORT))
        if "kube-state-metrics" in w:
            graph.add_egress(Egress(w["kube-state-metrics"], KUBERNETES_API))
        for gateway in self.ingress_monitors_for:
            graph.add_foreign_scrape(ForeignScrape(
                # The identity BridgeService records for the gateway -> bridge flow.
                Workload(name=gateway.service_account, namespace=gateway.namespace, service_account=gateway.service_account,
                         pod_labels=gateway.pod_labels),
                ENVOY_METRICS_PORT[1]))
        for key, settings in (("loki", self.props.loki), ("tempo", self.props.tempo)):
            if settings is not None and settings.object_storage is not None:
                graph.add_egress(Egress(w[key], settings.object_storage.host, settings.object_storage.port))
        if "alertmanager" in w and self.props.alertmanager.routing.notifiers:
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
            if source in w and target in w:
                graph.add_dependency(Dependency(source=w[source], target=w[target], port=port, protocol=protocol))
        # The log agent is outside the mesh: it pushes in plaintext, to the gateway's OTLP ingest
        # port only (Loki's API port admits mTLS principals only).
        if "log-agent" in w:
            graph.add_dependency(Dependency(source=w["log-agent"], target=w["gateway"], port=tracing.OTLP_HTTP_PORT,
                                            protocol="http", methods=("POST",), paths=("/v1/logs",), plaintext=True))


def _instance_of(namespace: str) -> str:
    """The default instance: the namespace's name, unique in the cluster."""
    if len(namespace) > INSTANCE_MAX_LENGTH:
        raise ValueError(
            f"ObservabilityStack: the default instance is the namespace name {namespace!r}, {len(namespace)} characters; "
            f"the operator's StatefulSet names allow at most {INSTANCE_MAX_LENGTH}: set ObservabilityStackProps.instance"
        )
    return namespace


@cache
def _rule_expr(expr: str) -> Any:
    """The rule expression's jsii value, built once per distinct expression: each `from_string` is
    a jsii round trip, and the environments share most rules (408 built, 144 distinct, over dev,
    staging and prod). The value is immutable, so sharing it writes the same JSON."""
    from ..imports.monitoring.com.coreos.monitoring import (
        PrometheusRuleSpecGroupsRulesExpr,
    )

    return PrometheusRuleSpecGroupsRulesExpr.from_string(expr)
