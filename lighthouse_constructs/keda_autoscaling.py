"""KedaAutoscaling: KEDA as the custom-metrics adapter of BridgeService.

A Kubernetes HPA can only scale on a custom metric that some adapter serves; without one the metric
is never available and the HPA neither scales on it nor scales down. A bridge wired with
`custom_metrics=KedaAutoscaling(...)` whose autoscaling names a custom metric gets a KEDA
ScaledObject instead of an HPA: a cpu trigger (the same utilization target) and a prometheus trigger
on `sum(<metric>{namespace, service})` with metricType AverageValue, so the HPA holds the same
per-pod average a Pods metric would; min/max replicas and the scale-up/scale-down behaviour are the
bridge's. KEDA creates and owns that HPA (`keda-hpa-<bridge>`, operators/keda.py), so the bridge
emits none of its own: two HPAs on one Deployment would fight.

KEDA's operator runs the Prometheus query itself: `allow_queries_to(prometheus)` records the flow
keda-operator -> Prometheus in the DependencyGraph, so MeshPolicy admits it (KEDA's namespace must
be in the mesh for STRICT mTLS). Synthesis fails if bridges scale through KEDA but that flow was
never declared.
"""

from __future__ import annotations

import re
from typing import cast

import cdk8s
import constructs
import jsii

from .chart_objects import once_per_synth
from .graph import Dependency, DependencyGraph, Workload
from .handles import ScaleTarget
from .operators import keda
from .quantity import quantity_value
from .scheduling import SCALE_DOWN_POLICIES, SCALE_UP_POLICIES
from .uniqueness import ensure_unique_objects

METRIC_NAME_PATTERN = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:]*$")


class KedaAutoscaling(constructs.Construct):
    """The custom-metrics adapter: turns a bridge's autoscaling into a KEDA ScaledObject."""

    adapter = "KEDA"

    def __init__(self, scope: constructs.Construct, id: str, *, prometheus_url: str) -> None:
        super().__init__(scope, id)
        ensure_unique_objects(self)
        if not re.match(r"^https?://[a-z0-9.-]+(:[0-9]+)?$", prometheus_url):
            raise ValueError(f"KedaAutoscaling: prometheus_url {prometheus_url!r} must be http(s)://<host>[:<port>]")
        self.prometheus_url = prometheus_url
        """Where KEDA's operator queries Prometheus (the trigger's serverAddress)."""
        self.scaled: list[str] = []
        """The bridges ("namespace/name") scaled through KEDA."""
        self._prometheus: Workload | None = None
        self.node.add_validation(_QueriesAllowed(self))

    def allow_queries_to(self, prometheus: Workload) -> None:
        """Declare the flow keda-operator -> `prometheus` on the port of `prometheus_url`."""
        if prometheus.service_host not in self.prometheus_url:
            raise ValueError(
                f"KedaAutoscaling: prometheus_url {self.prometheus_url} does not name the Service of "
                f"{prometheus.key} ({prometheus.service_host})"
            )
        self._prometheus = prometheus
        port = int(self.prometheus_url.rsplit(":", 1)[1]) if self.prometheus_url.count(":") == 2 else 80
        DependencyGraph.of(self).add_dependency(Dependency(source=keda.OPERATOR, target=prometheus, port=port, protocol="http"))

    def autoscale(self, target: ScaleTarget) -> cdk8s.ApiObject:
        """The ScaledObject of `target` (a BridgeService with autoscaling and a custom metric)."""
        from .imports.keda.sh import keda as k

        autoscaling = target.autoscaling
        assert autoscaling.custom_metric is not None
        metric = autoscaling.custom_metric
        if not METRIC_NAME_PATTERN.match(metric.name):
            raise ValueError(
                f"bridge {target.name}: autoscaling.custom_metric.name {metric.name!r} is not a Prometheus metric name "
                f"({METRIC_NAME_PATTERN.pattern}); KEDA queries it from Prometheus"
            )
        query = f'sum({metric.name}{{namespace="{target.namespace}", service="{target.name}"}})'
        self.scaled.append(f"{target.namespace}/{target.name}")
        return cast(cdk8s.ApiObject, k.ScaledObject(
            cast(constructs.Construct, target),
            "ScaledObject",
            metadata=cdk8s.ApiObjectMetadata(name=target.name, namespace=target.namespace, labels=target.labels),
            spec=k.ScaledObjectSpec(
                scale_target_ref=k.ScaledObjectSpecScaleTargetRef(api_version="apps/v1", kind="Deployment", name=target.name),
                min_replica_count=target.min_replicas,
                max_replica_count=autoscaling.max_replicas,
                triggers=[
                    k.ScaledObjectSpecTriggers(
                        type="cpu", metric_type="Utilization", metadata={"value": str(autoscaling.target_cpu_utilization)}
                    ),
                    k.ScaledObjectSpecTriggers(
                        type="prometheus",
                        metric_type="AverageValue",
                        metadata={
                            "serverAddress": self.prometheus_url,
                            "query": query,
                            "threshold": format(quantity_value(metric.target_average_value), "g"),
                            "ignoreNullValues": "false",  # no data is an error, not zero load
                        },
                    ),
                ],
                advanced=k.ScaledObjectSpecAdvanced(
                    horizontal_pod_autoscaler_config=k.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig(
                        behavior=k.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior(
                            scale_up=k.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp(
                                stabilization_window_seconds=autoscaling.scale_up_stabilization_seconds,
                                select_policy="Max",
                                policies=[
                                    k.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies(
                                        type=t, value=v, period_seconds=s
                                    )
                                    for t, v, s in SCALE_UP_POLICIES
                                ],
                            ),
                            scale_down=k.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown(
                                stabilization_window_seconds=autoscaling.scale_down_stabilization_seconds,
                                select_policy="Min",
                                policies=[
                                    k.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies(
                                        type=t, value=v, period_seconds=s
                                    )
                                    for t, v, s in SCALE_DOWN_POLICIES
                                ],
                            ),
                        )
                    )
                ),
            ),
        ))


@jsii.implements(constructs.IValidation)
class _QueriesAllowed:
    def __init__(self, keda_autoscaling: KedaAutoscaling) -> None:
        self._keda = keda_autoscaling

    @once_per_synth
    def validate(self) -> list[str]:
        if self._keda.scaled and self._keda._prometheus is None:
            return [(
                f"KedaAutoscaling scales {', '.join(self._keda.scaled)} on Prometheus ({self._keda.prometheus_url}) "
                f"but no flow keda-operator -> Prometheus was declared; call allow_queries_to(<the Prometheus workload>)"
            )]
        return []
