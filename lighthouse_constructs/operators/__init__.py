"""Facts about what each operator creates and how it connects, each with the upstream source path it was read from."""
