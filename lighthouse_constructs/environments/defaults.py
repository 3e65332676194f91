"""Lighthouse's own values for the library props whose defaults are neutral.

The constructs default to names that carry no Lighthouse value; the Lighthouse app sets these on
its charts and on every props model built from config/<env>.yaml, unless the config sets the field.
"""

from __future__ import annotations

from typing import TypeVar

from ..props import Props

PART_OF = "lighthouse"
"""`app.kubernetes.io/part-of` of every object in the Lighthouse charts (the chart's labels)."""
PLATFORM_NAME = "lighthouse"
"""The Platform's name: the prefix of its cluster-scoped names and of the namespace names."""

PROPS_DEFAULTS: dict[str, dict[str, object]] = {
    "BridgeServiceProps": {"secrets_dir": "/var/run/secrets/lighthouse"},
    "SentinelCacheProps": {
        "master_set_name": "lighthouse",
        "runbook_base_url": "https://runbooks.lighthouse.io/sentinel-cache",
    },
    "PostgresHAProps": {"alerts": {"runbook_base_url": "https://runbooks.lighthouse.internal/postgres"}},
    "FuseMountDaemonProps": {"name": "lighthouse-fuse", "runbook_base_url": "https://runbooks.lighthouse.io/fuse"},
    # The config section, not ObservabilityStackProps: its notifiers' `type` discriminator would not survive exclude_unset.
    "ObservabilityConfig": {"instance": "lighthouse", "runbook_base_url": "https://runbooks.lighthouse.example/alerts"},
}
"""Per props class, the fields Lighthouse sets when its config leaves them out."""

P = TypeVar("P", bound=Props)


def with_lighthouse_defaults(props: P) -> P:
    """`props` with Lighthouse's values for the fields its config did not set explicitly."""
    defaults = PROPS_DEFAULTS.get(type(props).__name__, {})
    data = props.model_dump(exclude_unset=True)
    changed = _fill(data, props, defaults)
    return type(props).model_validate(data) if changed else props


def _fill(data: dict[str, object], model: Props, defaults: dict[str, object]) -> bool:
    """Set each default the model's config left out; a dict default fills a nested model's fields."""
    changed = False
    for key, value in defaults.items():
        if isinstance(value, dict):
            nested = getattr(model, key)
            sub = data.setdefault(key, {})
            assert isinstance(sub, dict) and isinstance(nested, Props)
            changed |= _fill(sub, nested, value)
        elif key not in model.model_fields_set:
            data[key] = value
            changed = True
    return changed
