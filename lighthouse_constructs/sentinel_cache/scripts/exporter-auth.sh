# exporter-auth.sh: give redis_exporter a login of its own that no password rotation touches.
#
# redis_exporter reads its password once, at start (main.go, LoadPwdFile), so it cannot follow a
# rotation of the shared password. Instead this init container draws a random password for the
# user `exporter` of this pod's own server, which allows only the monitoring commands and no key
# (see exporter_user_rules in common.sh). It writes the password for the start script
# (EXPORTER_PASSWORD_FILE) and the password map the exporter reads (--redis.password-file), both
# in a memory volume that lives as long as the pod: never an env var, never the shared Secret.
#
# Inputs: EXPORTER_REDIS_ADDR (the URI the exporter scrapes, with the user, e.g.
# redis://exporter@localhost:6379), EXPORTER_PASSWORD_MAP and EXPORTER_PASSWORD_FILE (the files
# to write).

. "$(dirname "$0")/common.sh"
require EXPORTER_REDIS_ADDR EXPORTER_PASSWORD_MAP EXPORTER_PASSWORD_FILE
umask 077
PASSWORD=$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')
[ "${#PASSWORD}" -eq 64 ] || die "could not draw a random password from /dev/urandom"
printf '%s\n' "$PASSWORD" >"$EXPORTER_PASSWORD_FILE.new"
printf '{%s: %s}\n' "$(quote "$EXPORTER_REDIS_ADDR")" "$(quote "$PASSWORD")" >"$EXPORTER_PASSWORD_MAP.new"
mv "$EXPORTER_PASSWORD_FILE.new" "$EXPORTER_PASSWORD_FILE"
mv "$EXPORTER_PASSWORD_MAP.new" "$EXPORTER_PASSWORD_MAP"
