"""Alerts as data, and the PrometheusRule that carries them: one shape for every construct.

Every alert the library emits has a severity label, summary and description annotations, and a
runbook_url annotation when the construct is given a runbook base URL; and its PrometheusRule carries MONITORING_LABEL so ObservabilityStack loads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

import cdk8s
import constructs

from .conventions import MONITORING_LABEL


@dataclass(frozen=True)
class Alert:
    """One alerting rule: PromQL `expr` true for `for_` fires it at `severity`."""

    name: str
    expr: str
    for_: str
    severity: str
    summary: str
    description: str


class AlertRules(constructs.Construct):
    """A PrometheusRule holding one group of `alerts`, selected by ObservabilityStack."""

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        labels: Mapping[str, str],
        group: str,
        alerts: Sequence[Alert],
        runbook_url: Callable[[str], str] | None,
        rule_labels: Mapping[str, str] | None = None,
    ) -> None:
        """`runbook_url(alert_name)` gives each alert's runbook (None: no runbook_url annotation);
        `rule_labels` go on every alert."""
        super().__init__(scope, id)
        from .imports.monitoring.com.coreos.monitoring import (
            PrometheusRule,
            PrometheusRuleSpec,
            PrometheusRuleSpecGroups,
            PrometheusRuleSpecGroupsRules,
            PrometheusRuleSpecGroupsRulesExpr,
        )

        self.alerts = tuple(alerts)
        self.rule = PrometheusRule(
            self,
            "Resource",
            metadata=cdk8s.ApiObjectMetadata(name=name, namespace=namespace, labels={**labels, **MONITORING_LABEL}),
            spec=PrometheusRuleSpec(
                groups=[
                    PrometheusRuleSpecGroups(
                        name=group,
                        rules=[
                            PrometheusRuleSpecGroupsRules(
                                alert=a.name,
                                expr=PrometheusRuleSpecGroupsRulesExpr.from_string(a.expr),
                                for_=a.for_,
                                labels={"severity": a.severity, **(rule_labels or {})},
                                annotations={
                                    "summary": a.summary,
                                    "description": a.description,
                                    **({"runbook_url": runbook_url(a.name)} if runbook_url else {}),
                                },
                            )
                            for a in self.alerts
                        ],
                    )
                ]
            ),
        )
