"""Facts about what each operator creates and how it connects, one module per operator, each fact
with the upstream source path (at the tag in ../shared/crds/SOURCES.md) it was read from."""
