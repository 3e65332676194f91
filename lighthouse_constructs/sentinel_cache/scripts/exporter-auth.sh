# exporter-auth.sh: write the password map redis_exporter reads (--redis.password-file), so the
# password reaches the exporter through a file in a memory volume and never through an env var.
#
# Inputs: PASSWORD_FILE, EXPORTER_REDIS_ADDR (the URI the exporter scrapes, e.g.
# redis://localhost:6379), EXPORTER_PASSWORD_MAP (the file to write).

. "$(dirname "$0")/common.sh"
require PASSWORD_FILE EXPORTER_REDIS_ADDR EXPORTER_PASSWORD_MAP
PASSWORD=$(password) || exit 1
umask 077
printf '{%s: %s}\n' "$(quote "$EXPORTER_REDIS_ADDR")" "$(quote "$PASSWORD")" >"$EXPORTER_PASSWORD_MAP.new"
mv "$EXPORTER_PASSWORD_MAP.new" "$EXPORTER_PASSWORD_MAP"
