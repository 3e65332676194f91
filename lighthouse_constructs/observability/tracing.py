"""Traces: Tempo as the trace store, an OTLP gateway collector, and Python auto-instrumentation.

Tempo, not Jaeger: it stores traces in plain files (no Cassandra/Elasticsearch to run), speaks
OTLP natively, and Grafana links Tempo traces to Loki logs and Prometheus exemplars out of the box.
Like Loki it runs as one pod with a local volume, or as replicas on an S3 bucket.

Applications send OTLP to the gateway (`<gateway>-collector:4317/4318`), which batches, limits
memory and forwards traces to Tempo and logs to Loki. The Instrumentation points the operator's
injected SDKs at the gateway; a BridgeService opts in with its `instrumentation` prop and
`send_traces_to(stack)` (operator facts: lighthouse_constructs.operators.opentelemetry).
"""

from __future__ import annotations

from typing import Any

import constructs
import yaml
from cdk8s_plus_28 import k8s

from .. import restricted
from ..conventions import RESTRICTED_RUN_AS_USER
from ..operators import opentelemetry as otel
from ..quantity import Resources
from . import _k8s
from .props import Images, TempoSettings, TracingSettings

TEMPO = "tempo"
TEMPO_HTTP_PORT = 3200
TEMPO_GRPC_PORT = 9095
OTLP_GRPC_PORT = otel.OTLP_GRPC_PORT
OTLP_HTTP_PORT = otel.OTLP_HTTP_PORT
GATEWAY = "traces"
"""The gateway CR name; the operator names its Deployment and Service traces-collector."""
GATEWAY_SERVICE = otel.collector_services(GATEWAY)[0]
GATEWAY_METRICS_PORT = 8888
GATEWAY_HEALTH_PORT = 13133
INSTRUMENTATION = "auto-instrumentation"
"""The Instrumentation CR name: one CR configures every language whose image is set."""
INIT_RESOURCES = Resources(cpu_request="50m", memory_request="64Mi", cpu_limit="500m", memory_limit="128Mi")


def tempo_config(settings: TempoSettings, namespace: str) -> str:
    """One pod on its volume, or `replicas` pods in a memberlist ring sharing an S3 bucket."""
    storage = settings.object_storage
    if storage is None:
        trace: dict[str, Any] = {"backend": "local", "wal": {"path": "/var/tempo/wal"}, "local": {"path": "/var/tempo/blocks"}}
    else:
        trace = {"backend": "s3", "wal": {"path": "/var/tempo/wal"},
                 "s3": {**_k8s.s3_config(storage), "bucket": storage.bucket, "forcepathstyle": True}}
    config: dict[str, Any] = {
        "stream_over_http_enabled": True,
        "server": {"http_listen_port": TEMPO_HTTP_PORT, "grpc_listen_port": TEMPO_GRPC_PORT, "log_level": "info"},
        "distributor": {"receivers": {"otlp": {"protocols": {
            "grpc": {"endpoint": f"0.0.0.0:{OTLP_GRPC_PORT}"}, "http": {"endpoint": f"0.0.0.0:{OTLP_HTTP_PORT}"}}}}},
        "ingester": {"max_block_duration": "5m"},
        "compactor": {"compaction": {"block_retention": settings.retention}},
        "storage": {"trace": trace},
        "usage_report": {"reporting_enabled": False},
    }
    if settings.replicas > 1:
        config["ingester"]["lifecycler"] = {"ring": {"kvstore": {"store": "memberlist"},
                                                     "replication_factor": settings.replication_factor}}
        config["memberlist"] = {"bind_port": _k8s.MEMBERLIST_PORT,
                                "join_members": [f"{TEMPO}-headless.{namespace}.svc.cluster.local:{_k8s.MEMBERLIST_PORT}"]}
    return yaml.safe_dump(config, sort_keys=False)


class Tempo(constructs.Construct):
    """Tempo as a StatefulSet with a PersistentVolumeClaim per pod (one pod on local storage, or
    `replicas` on an S3 bucket with PDB and spread), Services and a ServiceMonitor."""

    def __init__(self, scope: constructs.Construct, id: str, settings: TempoSettings, images: Images, *,
                 naming: _k8s.Naming, namespace: str) -> None:
        super().__init__(scope, id)
        component = "traces"
        self.pod_labels = naming.pod_selector(TEMPO)
        self.service_account_name = TEMPO
        self.url = f"http://{TEMPO}.{namespace}.svc.cluster.local:{TEMPO_HTTP_PORT}"
        self.otlp_grpc_endpoint = f"{TEMPO}.{namespace}.svc.cluster.local:{OTLP_GRPC_PORT}"
        self.service_account = naming.service_account(self, "ServiceAccount", TEMPO, namespace, component)
        self.config = k8s.KubeConfigMap(self, "Config", metadata=naming.meta("tempo-config", namespace, component),
                                        data={"tempo.yaml": tempo_config(settings, namespace)})
        ports = [("http", TEMPO_HTTP_PORT), ("grpc", TEMPO_GRPC_PORT), ("otlp-grpc", OTLP_GRPC_PORT),
                 ("otlp-http", OTLP_HTTP_PORT)]
        if settings.replicas > 1:
            ports.append(("memberlist", _k8s.MEMBERLIST_PORT))
        self.headless_service = naming.service(self, "HeadlessService", "tempo-headless", namespace, component,
                                             self.pod_labels, ports, headless=True)
        # Clients never use the gossip port: the ClusterIP Service leaves it out.
        self.service = naming.service(self, "Service", TEMPO, namespace, component, self.pod_labels,
                                    [p for p in ports if p[0] != "memberlist"])
        self.stateful_set = naming.single_binary_stateful_set(
            self, TEMPO, namespace, component, image=images.tempo, ports=ports, http_port="http",
            resources_=settings.resources, storage=settings.storage, storage_class=settings.storage_class,
            replicas=settings.replicas, object_storage=settings.object_storage,
        )
        self.pdb = (naming.pdb(self, "PodDisruptionBudget", TEMPO, namespace, component, self.pod_labels)
                    if settings.replicas > 1 else None)
        self.service_monitor = naming.service_monitor(self, "ServiceMonitor", TEMPO, namespace, component,
                                                    naming.pod_selector(TEMPO), "http", mesh_tls=True)


class TraceGateway(constructs.Construct):
    """An OpenTelemetryCollector (v1beta1, deployment mode) receiving OTLP from applications,
    and the Instrumentation that points Python services at it.

    Pipelines follow the stores: traces to Tempo when `tempo_otlp_endpoint` is given (with the
    Instrumentation), logs to Loki when `loki_otlp_endpoint` is (the log agent ships through here)."""

    def __init__(self, scope: constructs.Construct, id: str, settings: TracingSettings, images: Images, *,
                 naming: _k8s.Naming, namespace: str, tempo_otlp_endpoint: str | None, loki_otlp_endpoint: str | None) -> None:
        super().__init__(scope, id)
        from ..imports.otel.io.opentelemetry import (
            Instrumentation,
            InstrumentationSpec,
            InstrumentationSpecDotnet,
            InstrumentationSpecDotnetResourceRequirements,
            InstrumentationSpecDotnetResourceRequirementsLimits,
            InstrumentationSpecDotnetResourceRequirementsRequests,
            InstrumentationSpecExporter,
            InstrumentationSpecJava,
            InstrumentationSpecJavaResources,
            InstrumentationSpecJavaResourcesLimits,
            InstrumentationSpecJavaResourcesRequests,
            InstrumentationSpecNodejs,
            InstrumentationSpecNodejsResourceRequirements,
            InstrumentationSpecNodejsResourceRequirementsLimits,
            InstrumentationSpecNodejsResourceRequirementsRequests,
            InstrumentationSpecPropagators,
            InstrumentationSpecPython,
            InstrumentationSpecPythonResourceRequirements,
            InstrumentationSpecPythonResourceRequirementsLimits,
            InstrumentationSpecPythonResourceRequirementsRequests,
            InstrumentationSpecSampler,
            InstrumentationSpecSamplerType,
            OpenTelemetryCollector,
            OpenTelemetryCollectorSpec,
            OpenTelemetryCollectorSpecConfig,
            OpenTelemetryCollectorSpecConfigService,
            OpenTelemetryCollectorSpecConfigServicePipelines,
            OpenTelemetryCollectorSpecMode,
            OpenTelemetryCollectorSpecNetworkPolicy,
            OpenTelemetryCollectorSpecPodDisruptionBudget,
            OpenTelemetryCollectorSpecPodDisruptionBudgetMaxUnavailable,
            OpenTelemetryCollectorSpecPodSecurityContext,
            OpenTelemetryCollectorSpecResources,
            OpenTelemetryCollectorSpecResourcesLimits,
            OpenTelemetryCollectorSpecResourcesRequests,
            OpenTelemetryCollectorSpecSecurityContext,
        )

        component = "traces"
        # The operator's pod labels (selected by its Service).
        self.pod_labels = otel.collector_selector(GATEWAY, namespace)
        self.namespace = namespace
        self.service_account_name = GATEWAY_SERVICE
        self.otlp_http_endpoint = f"http://{GATEWAY_SERVICE}.{namespace}.svc.cluster.local:{OTLP_HTTP_PORT}"
        self.service_account = naming.service_account(self, "ServiceAccount", GATEWAY_SERVICE, namespace, component)
        pipeline = OpenTelemetryCollectorSpecConfigServicePipelines
        exporters: dict[str, dict[str, Any]] = {}
        pipelines: dict[str, str] = {}
        if tempo_otlp_endpoint is not None:
            # In-cluster hops are encrypted by the mesh's mTLS, not by the exporters.
            exporters["otlp/tempo"] = {"endpoint": tempo_otlp_endpoint, "tls": {"insecure": True},
                                       "sending_queue": {"enabled": True, "queue_size": 5000}}
            pipelines["traces"] = "otlp/tempo"
        if loki_otlp_endpoint is not None:
            exporters["otlphttp/loki"] = {"endpoint": loki_otlp_endpoint, "sending_queue": {"enabled": True, "queue_size": 5000}}
            pipelines["logs"] = "otlphttp/loki"
        if not pipelines:
            raise ValueError("TraceGateway: neither tempo_otlp_endpoint nor loki_otlp_endpoint is set; a gateway would forward nothing")
        self.collector = OpenTelemetryCollector(
            self, "Collector", metadata=naming.api_meta(GATEWAY, namespace, component),
            spec=OpenTelemetryCollectorSpec(
                mode=OpenTelemetryCollectorSpecMode.DEPLOYMENT,
                image=images.collector,
                replicas=settings.gateway_replicas,
                service_account=GATEWAY_SERVICE,
                # MeshPolicy owns NetworkPolicy; the operator's own would admit any source (see operators.opentelemetry).
                network_policy=OpenTelemetryCollectorSpecNetworkPolicy(enabled=False),
                pod_disruption_budget=OpenTelemetryCollectorSpecPodDisruptionBudget(
                    max_unavailable=OpenTelemetryCollectorSpecPodDisruptionBudgetMaxUnavailable.from_number(1)),
                resources=settings.gateway_resources.struct(
                    OpenTelemetryCollectorSpecResources,
                    OpenTelemetryCollectorSpecResourcesRequests, OpenTelemetryCollectorSpecResourcesLimits),
                pod_security_context=OpenTelemetryCollectorSpecPodSecurityContext(
                    run_as_non_root=True, run_as_user=RESTRICTED_RUN_AS_USER, run_as_group=RESTRICTED_RUN_AS_USER,
                    fs_group=RESTRICTED_RUN_AS_USER, seccomp_profile={"type": "RuntimeDefault"}),
                security_context=OpenTelemetryCollectorSpecSecurityContext(**restricted.security_context_fields()),
                topology_spread_constraints=_k8s.spread_dicts(self.pod_labels),
                config=OpenTelemetryCollectorSpecConfig(
                    receivers={"otlp": {"protocols": {"grpc": {"endpoint": f"0.0.0.0:{OTLP_GRPC_PORT}"},
                                                      "http": {"endpoint": f"0.0.0.0:{OTLP_HTTP_PORT}"}}}},
                    processors={"memory_limiter": {"check_interval": "1s", "limit_percentage": 80,
                                                   "spike_limit_percentage": 20},
                                "batch": {"send_batch_size": 1024, "timeout": "5s"}},
                    exporters=exporters,
                    extensions={"health_check": {"endpoint": f"0.0.0.0:{GATEWAY_HEALTH_PORT}"}},
                    service=OpenTelemetryCollectorSpecConfigService(
                        extensions=["health_check"],
                        telemetry={"metrics": {"readers": [{"pull": {"exporter": {"prometheus": {
                            "host": "0.0.0.0", "port": GATEWAY_METRICS_PORT}}}}]}},
                        pipelines={
                            signal: pipeline(receivers=["otlp"], processors=["memory_limiter", "batch"], exporters=[exporter])
                            for signal, exporter in pipelines.items()
                        },
                    ),
                ),
            ),
        )
        self.service_monitor = naming.service_monitor(
            self, "ServiceMonitor", GATEWAY_SERVICE, namespace, component,
            {"app.kubernetes.io/instance": f"{namespace}.{GATEWAY}", otel.MONITORING_SERVICE_LABEL[0]: otel.MONITORING_SERVICE_LABEL[1]},
            "monitoring")

        self.instrumentation = None if tempo_otlp_endpoint is None else Instrumentation(
            self, "Instrumentation", metadata=naming.api_meta(INSTRUMENTATION, namespace, component),
            spec=InstrumentationSpec(
                exporter=InstrumentationSpecExporter(endpoint=self.otlp_http_endpoint),
                propagators=[InstrumentationSpecPropagators.TRACECONTEXT, InstrumentationSpecPropagators.BAGGAGE],
                sampler=InstrumentationSpecSampler(type=InstrumentationSpecSamplerType.PARENTBASED_UNDERSCORE_TRACEIDRATIO,
                                                   argument=f"{settings.sampling_ratio:g}"),
                init_container_security_context=restricted.security_context_fields(),
                python=InstrumentationSpecPython(
                    image=images.python_autoinstrumentation,
                    resource_requirements=INIT_RESOURCES.struct(
                        InstrumentationSpecPythonResourceRequirements,
                        InstrumentationSpecPythonResourceRequirementsRequests, InstrumentationSpecPythonResourceRequirementsLimits),
                ),
                java=InstrumentationSpecJava(
                    image=images.java_autoinstrumentation,
                    resources=INIT_RESOURCES.struct(
                        InstrumentationSpecJavaResources,
                        InstrumentationSpecJavaResourcesRequests, InstrumentationSpecJavaResourcesLimits),
                ) if images.java_autoinstrumentation else None,
                nodejs=InstrumentationSpecNodejs(
                    image=images.nodejs_autoinstrumentation,
                    resource_requirements=INIT_RESOURCES.struct(
                        InstrumentationSpecNodejsResourceRequirements,
                        InstrumentationSpecNodejsResourceRequirementsRequests, InstrumentationSpecNodejsResourceRequirementsLimits),
                ) if images.nodejs_autoinstrumentation else None,
                dotnet=InstrumentationSpecDotnet(
                    image=images.dotnet_autoinstrumentation,
                    resource_requirements=INIT_RESOURCES.struct(
                        InstrumentationSpecDotnetResourceRequirements,
                        InstrumentationSpecDotnetResourceRequirementsRequests, InstrumentationSpecDotnetResourceRequirementsLimits),
                ) if images.dotnet_autoinstrumentation else None,
            ),
        )
        self.instrumentation_name = INSTRUMENTATION
        self.languages = tuple(lang for lang in ("java", "nodejs", "python", "dotnet")
                               if getattr(images, f"{lang}_autoinstrumentation")) if self.instrumentation else ()
        """The languages the Instrumentation configures (an image is set for each); none without traces."""
