"""opentelemetry-operator: the Services and pod labels of an OpenTelemetryCollector, and how the
operator injects auto-instrumentation into annotated pods.

Read from github.com/open-telemetry/opentelemetry-operator at TAG (commit 7fb51384, the version in
../shared/crds/SOURCES.md); paths in SOURCES.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

REPO = "github.com/open-telemetry/opentelemetry-operator"
TAG = "v0.158.0"
API_GROUP = "opentelemetry.io"
COMPONENT = "opentelemetry-collector"

OTLP_GRPC_PORT = 4317
OTLP_HTTP_PORT = 4318
"""The otlp receiver's ports, which the operator publishes on the collector Service."""

Language = Literal["java", "nodejs", "python", "dotnet", "go"]
"""Languages the operator auto-instruments through an inject annotation."""

INJECTED_PROTOCOL = "http/protobuf"
"""What every injected SDK of `Language` exports over by default, so the Instrumentation's exporter
endpoint is the collector's OTLP/HTTP port. An app may switch to gRPC with
OTEL_EXPORTER_OTLP_PROTOCOL=grpc, hence both ports are declared flows."""

PRIVILEGED_LANGUAGES = {"go": "a privileged eBPF sidecar running as root with a /sys/kernel/debug hostPath"}
"""Languages whose injected agent breaks Pod Security "restricted" (go is also off unless the
operator runs with --enable-go-instrumentation)."""

MONITORING_SERVICE_LABEL = ("operator.opentelemetry.io/collector-service-type", "monitoring")
"""The label of the Service exposing the collector's own metrics."""

OPERAND_NETWORK_POLICY_DEFAULT = True
"""The operator creates a NetworkPolicy `<name>-collector-networkpolicy` admitting any source on
every collector port unless `spec.networkPolicy.enabled` is false (feature gate
operand.networkpolicy is beta, so on). MeshPolicy owns NetworkPolicy, so the stack turns it off."""

SOURCES = {
    "COMPONENT": "internal/manifests/collector/collector.go (ComponentOpenTelemetryCollector)",
    "collector_services": "internal/naming/main.go (Service, HeadlessService, MonitoringService: <name>-collector[-headless|-monitoring])",
    "collector_pod_labels": "internal/manifests/manifestutils/labels.go (SelectorLabels; Labels sets app.kubernetes.io/name "
    "to naming.Collector: <name>-collector)",
    "OTLP_GRPC_PORT": "internal/components/receivers/helpers.go (otlp: grpc 4317, http 4318)",
    "OTLP_HTTP_PORT": "internal/components/receivers/helpers.go (otlp: grpc 4317, http 4318)",
    "collector_selector": "internal/manifests/manifestutils/labels.go (SelectorLabels: component and instance)",
    "Language": "internal/instrumentation/annotation.go (annotationInject{Java,NodeJS,Python,DotNet,Go})",
    "INJECTED_PROTOCOL": "internal/instrumentation/python.go (forces http/protobuf); docs/rfcs/instrumentation-v1beta1.md "
    "(Default OTLP Protocol: Java, NodeJS, DotNet, Go http/protobuf on 4318)",
    "PRIVILEGED_LANGUAGES": "internal/instrumentation/golang.go (runAsUser 0, privileged true, hostPath /sys/kernel/debug); "
    "internal/config/config.go (EnableGoAutoInstrumentation: false)",
    "MONITORING_SERVICE_LABEL": "internal/manifests/collector/service.go (serviceTypeLabel)",
    "OPERAND_NETWORK_POLICY_DEFAULT": "pkg/featuregate/featuregate.go (operand.networkpolicy, StageBeta); "
    "internal/webhook/collector_webhook.go (defaults Enabled to true); internal/manifests/collector/networkpolicy.go",
    "inject_annotation": "internal/instrumentation/annotation.go; internal/instrumentation/podmutator.go "
    "(getInstrumentationInstance: a value <namespace>/<name> names the Instrumentation, strings.Cut on '/')",
    "container_names_annotation": "internal/config/config.go (EnableMultiInstrumentation: true); internal/instrumentation/"
    "podmutator.go (setLanguageSpecificContainers); internal/instrumentation/sdk.go (else the first container)",
}


def collector_services(name: str) -> tuple[str, ...]:
    service = f"{name}-collector"
    return (service, f"{service}-headless", f"{service}-monitoring")


def collector_pod_labels(name: str, namespace: str) -> dict[str, str]:
    return {
        "app.kubernetes.io/managed-by": "opentelemetry-operator",
        "app.kubernetes.io/instance": f"{namespace}.{name}"[:63],
        "app.kubernetes.io/part-of": "opentelemetry",
        "app.kubernetes.io/component": COMPONENT,
        "app.kubernetes.io/name": f"{name}-collector",
    }


def collector_selector(name: str, namespace: str) -> dict[str, str]:
    """The two of `collector_pod_labels` that tell one collector's pods apart (instance, component)."""
    labels = collector_pod_labels(name, namespace)
    return {k: labels[k] for k in ("app.kubernetes.io/component", "app.kubernetes.io/instance")}


def inject_annotation(language: Language) -> str:
    """Pod annotation that asks for `language` auto-instrumentation; its value is
    "<namespace>/<name>" of the Instrumentation."""
    return f"instrumentation.opentelemetry.io/inject-{language}"


def container_names_annotation(language: Language) -> str:
    """Which containers get `language` injected (without it, the first container)."""
    return f"instrumentation.opentelemetry.io/{language}-container-names"


def _is(obj: Mapping[str, Any], kind: str) -> bool:
    return obj.get("kind") == kind and str(obj.get("apiVersion", "")).startswith(f"{API_GROUP}/")


def created_services(obj: Mapping[str, Any]) -> tuple[str, ...]:
    if _is(obj, "OpenTelemetryCollector"):
        return collector_services(obj["metadata"]["name"])
    return ()


def created_pods(obj: Mapping[str, Any]) -> tuple[dict[str, str], ...]:
    if _is(obj, "OpenTelemetryCollector"):
        meta = obj["metadata"]
        extra = (obj.get("spec") or {}).get("podLabels") or {}
        return ({**extra, **collector_pod_labels(meta["name"], meta.get("namespace", ""))},)
    return ()
