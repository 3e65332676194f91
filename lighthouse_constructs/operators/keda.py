"""KEDA: what its install creates and how it connects (kedacore/keda v2.20.2, config/ and cmd/).

KEDA serves the external metrics API and owns the HPA of every ScaledObject; the Prometheus
scaler runs in the operator, which queries Prometheus itself.
"""

from __future__ import annotations

from ..graph import Workload

REPO = "github.com/kedacore/keda"
TAG = "v2.20.2"

NAMESPACE = "keda"
"""The namespace of the default install (config/general/namespace.yaml)."""

OPERATOR = Workload(
    name="keda-operator",
    namespace=NAMESPACE,
    service_account="keda-operator",
    pod_labels=(("app", "keda-operator"),),
)
"""The operator (config/manager/manager.yaml: pods `app=keda-operator`, ServiceAccount keda-operator,
config/service_account/service_account.yaml). It runs the scalers, so it is the pod that queries
Prometheus for a prometheus trigger (pkg/scalers/prometheus_scaler.go `serverAddress`)."""

OPERATOR_GRPC_PORT = 9666
"""The operator's metrics service (Service keda-operator port `metricsservice`, config/manager/service.yaml;
cmd/operator/main.go `--metrics-service-bind-address=:9666`): the metrics server asks it for values
(cmd/adapter/main.go `keda-operator.<ns>.svc.cluster.local:9666`)."""

METRICS_APISERVER = Workload(
    name="keda-metrics-apiserver",
    namespace=NAMESPACE,
    service_account="keda-operator",
    pod_labels=(("app", "keda-metrics-apiserver"),),
)
"""The metrics server (config/metrics-server/deployment.yaml: pods `app=keda-metrics-apiserver`,
ServiceAccount keda-operator). The API server calls it for `v1beta1.external.metrics.k8s.io`
(config/metrics-server/api_service.yaml) through Service keda-metrics-apiserver 443 -> 6443
(config/metrics-server/service.yaml); it calls the operator on OPERATOR_GRPC_PORT. Both flows stay
inside KEDA's namespace and its install's policy; the charts add the one into theirs: operator ->
Prometheus."""

METRICS_APISERVER_PORT = 6443
"""The metrics server's https container port behind Service port 443 (config/metrics-server/service.yaml)."""


def hpa_name(scaled_object: str) -> str:
    """The HPA KEDA creates and owns for a ScaledObject without an explicit
    `advanced.horizontalPodAutoscalerConfig.name` (controllers/keda/hpa.go `getDefaultHpaName`)."""
    return f"keda-hpa-{scaled_object}"


SOURCES = {
    "NAMESPACE": "config/general/namespace.yaml",
    "OPERATOR": "config/manager/manager.yaml (pods app=keda-operator); config/service_account/service_account.yaml; "
    "pkg/scalers/prometheus_scaler.go (the operator queries serverAddress)",
    "OPERATOR_GRPC_PORT": "config/manager/service.yaml (metricsservice); cmd/operator/main.go "
    "(--metrics-service-bind-address=:9666); cmd/adapter/main.go",
    "METRICS_APISERVER": "config/metrics-server/deployment.yaml; config/metrics-server/api_service.yaml",
    "METRICS_APISERVER_PORT": "config/metrics-server/service.yaml (443 -> 6443)",
    "hpa_name": "controllers/keda/hpa.go (getDefaultHpaName)",
}
