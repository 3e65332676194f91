"""What the OpenTelemetry operator creates and how it injects auto-instrumentation.

Read from open-telemetry/opentelemetry-operator at v0.158.0 (commit 7fb51384, the version in
../shared/crds/SOURCES.md).
"""

from __future__ import annotations

from typing import Literal

OTLP_GRPC_PORT = 4317
OTLP_HTTP_PORT = 4318
"""The otlp receiver's ports, which the operator publishes on the collector Service
(internal/components/receivers/helpers.go: "grpc" 4317, "http" 4318)."""

Language = Literal["java", "nodejs", "python", "dotnet", "go"]
"""Languages the operator auto-instruments through an inject annotation (internal/instrumentation/annotation.go)."""

INJECTED_PROTOCOL = "http/protobuf"
"""What every injected SDK of `Language` exports over by default, so the Instrumentation's
exporter endpoint is the collector's OTLP/HTTP port: Python is forced to it
(internal/instrumentation/python.go), Java, Node.js, .NET and Go default to it
(docs/rfcs/instrumentation-v1beta1.md, "Default OTLP Protocol"). An app may switch to gRPC with
OTEL_EXPORTER_OTLP_PROTOCOL=grpc, hence both ports are declared flows."""

PRIVILEGED_LANGUAGES = {"go": "a privileged eBPF sidecar running as root with a /sys/kernel/debug hostPath"}
"""Languages whose injection breaks Pod Security "restricted" (internal/instrumentation/golang.go:
securityContext runAsUser 0, privileged true, hostPath /sys/kernel/debug); go is also off unless
the operator runs with --enable-go-instrumentation (internal/config/config.go)."""


def collector_service(collector: str) -> str:
    """The Service the operator creates for an OpenTelemetryCollector named `collector`
    (internal/naming/main.go: Service -> "%s-collector"); the Deployment has the same name."""
    return f"{collector}-collector"


def collector_monitoring_service(collector: str) -> str:
    """The Service exposing the collector's own metrics (internal/naming/main.go: MonitoringService),
    labelled MONITORING_SERVICE_LABEL (internal/manifests/collector/service.go)."""
    return f"{collector_service(collector)}-monitoring"


MONITORING_SERVICE_LABEL = ("operator.opentelemetry.io/collector-service-type", "monitoring")


def inject_annotation(language: Language) -> str:
    """Pod annotation that asks for `language` auto-instrumentation; its value "<namespace>/<name>"
    names the Instrumentation (internal/instrumentation/podmutator.go, getInstrumentationInstance:
    strings.Cut(value, "/"))."""
    return f"instrumentation.opentelemetry.io/inject-{language}"


def container_names_annotation(language: Language) -> str:
    """Which containers get `language` injected. The operator reads the per-language annotation
    because multi-instrumentation is on by default (internal/config/config.go
    EnableMultiInstrumentation: true; podmutator.go setLanguageSpecificContainers); without it
    the first container is instrumented (internal/instrumentation/sdk.go)."""
    return f"instrumentation.opentelemetry.io/{language}-container-names"


OPERAND_NETWORK_POLICY_DEFAULT = True
"""The operator creates a NetworkPolicy `<collector>-collector-networkpolicy` admitting any source
on every collector port unless `spec.networkPolicy.enabled` is false: the feature gate
operand.networkpolicy is beta, so on (pkg/featuregate/featuregate.go; internal/webhook/collector_webhook.go
defaults Enabled to true; internal/manifests/collector/networkpolicy.go). MeshPolicy owns
NetworkPolicy, so the stack turns it off."""


def collector_pod_labels(namespace: str, collector: str) -> dict[str, str]:
    """Labels the operator selects a collector's pods by (internal/manifests/manifestutils/labels.go
    SelectorLabels; component "opentelemetry-collector" from internal/manifests/collector/collector.go)."""
    return {"app.kubernetes.io/component": "opentelemetry-collector", "app.kubernetes.io/instance": f"{namespace}.{collector}"}
