"""MeshPolicy's Istio layer: the objects that make each sidecar accept and dial exactly the declared flows.

Per sidecar namespace: PeerAuthentication `default` (STRICT) and AuthorizationPolicy `default-deny`.
Per workload with a sidecar (and exact labels): AuthorizationPolicy `allow-<name>`, PeerAuthentication
`<name>-plaintext` for its plaintext ports, Sidecar `<name>`, DestinationRule `<name>` when it is an
http/grpc target, EnvoyFilter `<name>-ratelimit` when a rate limit names it. The package docstring
says why each looks the way it does.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, cast

import cdk8s
import constructs

from ..conventions import standard_labels
from ..graph import Port, Workload
from .declared import (
    COMPONENT,
    DeclaredFlow,
    DeclaredMesh,
    l7_traffic_ports,
    path_patterns,
)
from .props import CircuitBreaker, RateLimit


def metadata(name: str, namespace: str, app: str, instance: str | None = None) -> cdk8s.ApiObjectMetadata:
    return cdk8s.ApiObjectMetadata(name=name, namespace=namespace, labels=standard_labels(app, COMPONENT, instance))


class IstioObjects:
    """Writes the Istio objects into the scopes it is given and keeps them by namespace or workload key."""

    def __init__(self, mesh: DeclaredMesh) -> None:
        self.mesh = mesh
        self.peer_authentications: dict[str, constructs.Construct] = {}
        self.default_deny: dict[str, constructs.Construct] = {}
        self.authorization_policies: dict[str, constructs.Construct] = {}
        self.plaintext_peer_authentications: dict[str, constructs.Construct] = {}
        self.sidecars: dict[str, constructs.Construct] = {}
        self.destination_rules: dict[str, constructs.Construct] = {}
        self.rate_limits: dict[str, constructs.Construct] = {}

    def add_namespace(self, scope: constructs.Construct, namespace: str) -> None:
        """STRICT mTLS and deny-by-default for a sidecar namespace."""
        self.peer_authentications[namespace] = self._namespace_mtls(scope, namespace)
        self.default_deny[namespace] = self._default_deny(scope, namespace)

    def _namespace_mtls(self, scope: constructs.Construct, namespace: str) -> cdk8s.ApiObject:
        from ..imports.istio.io.istio.security import (
            PeerAuthentication,
            PeerAuthenticationSpec,
            PeerAuthenticationSpecMtls,
            PeerAuthenticationSpecMtlsMode,
        )

        return cast(cdk8s.ApiObject, PeerAuthentication(
            scope,
            "PeerAuthentication",
            metadata=metadata("default", namespace, COMPONENT, namespace),
            spec=PeerAuthenticationSpec(mtls=PeerAuthenticationSpecMtls(mode=PeerAuthenticationSpecMtlsMode.STRICT)),
        ))

    def _default_deny(self, scope: constructs.Construct, namespace: str) -> cdk8s.ApiObject:
        from ..imports.istio.io.istio.security import (
            AuthorizationPolicy,
            AuthorizationPolicySpec,
        )

        # An ALLOW policy without rules matches nothing: with it, a request to any pod of the
        # namespace is denied unless another ALLOW policy's rule matches it.
        return cast(cdk8s.ApiObject, AuthorizationPolicy(
            scope, "DefaultDeny", metadata=metadata("default-deny", namespace, COMPONENT, namespace), spec=AuthorizationPolicySpec()
        ))

    def add_workload(
        self,
        scope: constructs.Construct,
        workload: Workload,
        ports: tuple[Port, ...],
        inbound: list[DeclaredFlow],
        outbound: list[DeclaredFlow],
    ) -> None:
        """Authorization, plaintext ports, egress scope, circuit breaking and rate limit of one workload."""
        key = workload.key
        policy = self._authorization_policy(scope, workload, inbound)
        if policy is not None:
            self.authorization_policies[key] = policy
        plaintext = sorted({f.port for f in inbound if f.plaintext})
        if plaintext:
            self.plaintext_peer_authentications[key] = self._plaintext_mtls(scope, workload, plaintext)
        self.sidecars[key] = self._sidecar(scope, workload, outbound)
        if any(d.target.key == key and d.protocol in ("http", "grpc") for d in self.mesh.graph.dependencies):
            breaker = self.mesh.override(self.mesh.props.circuit_breakers, workload) or self.mesh.props.circuit_breaker
            self.destination_rules[key] = self._destination_rule(scope, workload, breaker)
        limit = self.mesh.override(self.mesh.props.rate_limits, workload)
        if limit is not None:
            self.rate_limits[key] = self._rate_limit(scope, workload, l7_traffic_ports(ports), limit)

    def _authorization_policy(self, scope: constructs.Construct, workload: Workload, inbound: list[DeclaredFlow]) -> cdk8s.ApiObject | None:
        from ..imports.istio.io.istio.security import (
            AuthorizationPolicy,
            AuthorizationPolicySpec,
            AuthorizationPolicySpecAction,
            AuthorizationPolicySpecRules,
            AuthorizationPolicySpecRulesFrom,
            AuthorizationPolicySpecRulesFromSource,
            AuthorizationPolicySpecRulesTo,
            AuthorizationPolicySpecRulesToOperation,
            AuthorizationPolicySpecSelector,
        )

        # One rule per (port, methods, paths), listing every principal allowed to send it. A
        # scrape of a port that is also an API (Prometheus 9090, Alertmanager 9093, ...) comes
        # with the scraper's principal; only dedicated plaintext ports get a rule without `from`.
        principals: dict[tuple[int, tuple[str, ...], tuple[str, ...]], set[str]] = defaultdict(set)
        plaintext: set[tuple[int, tuple[str, ...], tuple[str, ...]]] = set()
        for flow in inbound:
            if flow.protocol != "TCP" or flow.kind not in ("dependency", "peer", "metrics-scrape"):
                continue  # Istio does not proxy UDP
            paths = tuple(p for prefix in flow.paths for p in path_patterns(prefix))
            operation = (flow.port, tuple(sorted(flow.methods)), tuple(sorted(paths)))
            if flow.plaintext:
                plaintext.add(operation)
            else:
                principals[operation].add(flow.source.principal)

        def to(port: int, methods: tuple[str, ...], paths: tuple[str, ...]) -> list[Any]:
            return [
                AuthorizationPolicySpecRulesTo(
                    operation=AuthorizationPolicySpecRulesToOperation(ports=[str(port)], methods=list(methods) or None, paths=list(paths) or None)
                )
            ]

        rules = [
            AuthorizationPolicySpecRules(
                from_=[AuthorizationPolicySpecRulesFrom(source=AuthorizationPolicySpecRulesFromSource(principals=sorted(sources)))],
                to=to(*operation),
            )
            for operation, sources in sorted(principals.items())
        ]
        # Plaintext requests carry no identity: the operation is the only Istio-level condition,
        # and the NetworkPolicy narrows it to the declared source pods.
        rules += [AuthorizationPolicySpecRules(to=to(*operation)) for operation in sorted(plaintext)]
        if not rules:
            return None
        return cast(cdk8s.ApiObject, AuthorizationPolicy(
            scope,
            "AuthorizationPolicy",
            metadata=metadata(f"allow-{workload.name}", workload.namespace, workload.name),
            spec=AuthorizationPolicySpec(
                action=AuthorizationPolicySpecAction.ALLOW,
                selector=AuthorizationPolicySpecSelector(match_labels=workload.selector),
                rules=rules,
            ),
        ))

    def _plaintext_mtls(self, scope: constructs.Construct, workload: Workload, ports: list[int]) -> cdk8s.ApiObject:
        from ..imports.istio.io.istio.security import (
            PeerAuthentication,
            PeerAuthenticationSpec,
            PeerAuthenticationSpecPortLevelMtls,
            PeerAuthenticationSpecPortLevelMtlsMode,
            PeerAuthenticationSpecSelector,
        )

        # Port-level mTLS only takes effect in a PeerAuthentication with a workload selector;
        # without `mtls` the workload keeps the namespace's STRICT mode on every other port.
        return cast(cdk8s.ApiObject, PeerAuthentication(
            scope,
            "PlaintextPeerAuthentication",
            metadata=metadata(f"{workload.name}-plaintext", workload.namespace, workload.name),
            spec=PeerAuthenticationSpec(
                selector=PeerAuthenticationSpecSelector(match_labels=workload.selector),
                port_level_mtls={
                    str(p): PeerAuthenticationSpecPortLevelMtls(mode=PeerAuthenticationSpecPortLevelMtlsMode.PERMISSIVE) for p in ports
                },
            ),
        ))

    def _sidecar(self, scope: constructs.Construct, workload: Workload, outbound: list[DeclaredFlow]) -> cdk8s.ApiObject:
        from ..imports.istio.io.istio.networking import (
            Sidecar,
            SidecarSpec,
            SidecarSpecEgress,
            SidecarSpecWorkloadSelector,
        )

        hosts = {f"{self.mesh.props.istio_namespace}/*", f"{self.mesh.dns.namespace}/{self.mesh.dns.service_host}"}
        for flow in outbound:
            if flow.kind in ("dependency", "peer") and isinstance(flow.destination, Workload) and flow.protocol == "TCP":
                hosts.add(f"{flow.destination.namespace}/{flow.dialed_host}")
            elif flow.kind == "kubernetes-api":
                hosts.add("default/kubernetes.default.svc.cluster.local")
        return cast(cdk8s.ApiObject, Sidecar(
            scope,
            "Sidecar",
            metadata=metadata(workload.name, workload.namespace, workload.name),
            spec=SidecarSpec(
                workload_selector=SidecarSpecWorkloadSelector(labels=workload.selector),
                egress=[SidecarSpecEgress(hosts=sorted(hosts))],
            ),
        ))

    def _destination_rule(self, scope: constructs.Construct, workload: Workload, breaker: CircuitBreaker) -> cdk8s.ApiObject:
        from ..imports.istio.io.istio.networking import (
            DestinationRule,
            DestinationRuleSpec,
            DestinationRuleSpecTrafficPolicy,
            DestinationRuleSpecTrafficPolicyConnectionPool,
            DestinationRuleSpecTrafficPolicyConnectionPoolHttp,
            DestinationRuleSpecTrafficPolicyConnectionPoolTcp,
            DestinationRuleSpecTrafficPolicyOutlierDetection,
        )

        return cast(cdk8s.ApiObject, DestinationRule(
            scope,
            "DestinationRule",
            metadata=metadata(workload.name, workload.namespace, workload.name),
            spec=DestinationRuleSpec(
                host=workload.service_host,
                traffic_policy=DestinationRuleSpecTrafficPolicy(
                    connection_pool=DestinationRuleSpecTrafficPolicyConnectionPool(
                        tcp=DestinationRuleSpecTrafficPolicyConnectionPoolTcp(
                            max_connections=breaker.max_connections, connect_timeout=f"{breaker.connect_timeout_ms}ms"
                        ),
                        http=DestinationRuleSpecTrafficPolicyConnectionPoolHttp(
                            http1_max_pending_requests=breaker.max_pending_requests,
                            http2_max_requests=breaker.max_requests,
                            max_retries=breaker.max_retries,
                        ),
                    ),
                    outlier_detection=DestinationRuleSpecTrafficPolicyOutlierDetection(
                        consecutive5_xx_errors=breaker.consecutive_5xx_errors,
                        interval=f"{breaker.interval_seconds}s",
                        base_ejection_time=f"{breaker.base_ejection_seconds}s",
                        max_ejection_percent=breaker.max_ejection_percent,
                    ),
                ),
            ),
        ))

    def _rate_limit(self, scope: constructs.Construct, workload: Workload, ports: list[int], limit: RateLimit) -> cdk8s.ApiObject:
        from ..imports.istio.io.istio.networking import (
            EnvoyFilter,
            EnvoyFilterSpec,
            EnvoyFilterSpecConfigPatches,
            EnvoyFilterSpecConfigPatchesApplyTo,
            EnvoyFilterSpecConfigPatchesMatch,
            EnvoyFilterSpecConfigPatchesMatchContext,
            EnvoyFilterSpecConfigPatchesMatchListener,
            EnvoyFilterSpecConfigPatchesMatchListenerFilterChain,
            EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter,
            EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter,
            EnvoyFilterSpecConfigPatchesPatch,
            EnvoyFilterSpecConfigPatchesPatchOperation,
            EnvoyFilterSpecWorkloadSelector,
        )

        # Envoy's own JSON (snake_case) goes into `value` as is. The filter goes right before
        # the router, so requests that authorization already rejected use no tokens; on the
        # inbound listener `portNumber` selects the filter chain of that pod port.
        value = {
            "name": "envoy.filters.http.local_ratelimit",
            "typed_config": {
                "@type": "type.googleapis.com/envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit",
                "stat_prefix": "http_local_rate_limiter",
                "token_bucket": {"max_tokens": limit.burst, "tokens_per_fill": limit.requests_per_second, "fill_interval": "1s"},
                "filter_enabled": {"runtime_key": "local_rate_limit_enabled", "default_value": {"numerator": 100, "denominator": "HUNDRED"}},
                "filter_enforced": {"runtime_key": "local_rate_limit_enforced", "default_value": {"numerator": 100, "denominator": "HUNDRED"}},
                "response_headers_to_add": [{"append_action": "OVERWRITE_IF_EXISTS_OR_ADD", "header": {"key": "x-local-rate-limit", "value": "true"}}],
            },
        }
        patches = [
            EnvoyFilterSpecConfigPatches(
                apply_to=EnvoyFilterSpecConfigPatchesApplyTo.HTTP_UNDERSCORE_FILTER,
                match=EnvoyFilterSpecConfigPatchesMatch(
                    context=EnvoyFilterSpecConfigPatchesMatchContext.SIDECAR_UNDERSCORE_INBOUND,
                    listener=EnvoyFilterSpecConfigPatchesMatchListener(
                        port_number=port,
                        filter_chain=EnvoyFilterSpecConfigPatchesMatchListenerFilterChain(
                            filter=EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter(
                                name="envoy.filters.network.http_connection_manager",
                                sub_filter=EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter(
                                    name="envoy.filters.http.router"
                                ),
                            )
                        ),
                    ),
                ),
                patch=EnvoyFilterSpecConfigPatchesPatch(
                    operation=EnvoyFilterSpecConfigPatchesPatchOperation.INSERT_UNDERSCORE_BEFORE, value=value
                ),
            )
            for port in ports
        ]
        return cast(cdk8s.ApiObject, EnvoyFilter(
            scope,
            "RateLimit",
            metadata=metadata(f"{workload.name}-ratelimit", workload.namespace, workload.name),
            spec=EnvoyFilterSpec(workload_selector=EnvoyFilterSpecWorkloadSelector(labels=workload.selector), config_patches=patches),
        ))
