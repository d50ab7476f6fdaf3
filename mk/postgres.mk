SYSTEM_DEPS += system-deps-postgres
# PostgreSQL server binaries for the store tests (tests/pgserver.py starts a throwaway server from them),
# and PostGIS for the radius-filter tests (tests/test_store_near.py).
#
# `make system-deps-postgres` installs Debian's postgresql and postgresql-contrib packages when the
# binaries (/usr/lib/postgresql/<major>/bin/initdb and pg_ctl) are missing, then Debian's PostGIS package
# for that server's major version (postgresql-<major>-postgis-3) when its extension file is missing, in
# both cases only when CI=true or make runs as root; it is a no-op when they are present. Elsewhere it only
# says which tests will be skipped. In CI those tests fail rather than skip when the binaries are missing.

PG_BINDIR_GLOB := /usr/lib/postgresql/*/bin

.PHONY: system-deps-postgres

system-deps-postgres:
	@may_install() { [ "$${CI:-}" = "true" ] || [ "$$(id -u)" = "0" ]; }; \
	apt_install() { \
		if ! command -v apt-get >/dev/null 2>&1; then \
			echo "system-deps-postgres: no apt-get here; install $$* yourself" >&2; return 1; \
		fi; \
		if [ "$$(id -u)" = "0" ]; then sudo=""; else sudo="sudo"; fi; \
		echo "system-deps-postgres: installing $$*"; \
		$$sudo apt-get update -qq && \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$$@"; \
	}; \
	if ls $(PG_BINDIR_GLOB)/initdb >/dev/null 2>&1 && ls $(PG_BINDIR_GLOB)/pg_ctl >/dev/null 2>&1; then \
		echo "system-deps-postgres: server binaries present in $$(ls -d $(PG_BINDIR_GLOB) | sort -V | tail -n 1)"; \
	elif may_install; then \
		apt_install postgresql postgresql-contrib || exit 1; \
	else \
		echo "system-deps-postgres: no PostgreSQL server binaries; the PostgreSQL store tests will be skipped" \
			"(install postgresql and postgresql-contrib, or run as root or with CI=true)"; \
		exit 0; \
	fi; \
	major=$$(ls -d $(PG_BINDIR_GLOB) 2>/dev/null | sort -V | tail -n 1 | sed -E 's|.*/([0-9]+)/bin$$|\1|'); \
	if [ -z "$$major" ]; then exit 0; fi; \
	if [ -f "/usr/share/postgresql/$$major/extension/postgis.control" ]; then \
		echo "system-deps-postgres: PostGIS present for PostgreSQL $$major"; \
	elif may_install; then \
		apt_install "postgresql-$$major-postgis-3" || exit 1; \
	else \
		echo "system-deps-postgres: no PostGIS for PostgreSQL $$major; the PostGIS radius tests will be skipped" \
			"(install postgresql-$$major-postgis-3, or run as root or with CI=true)"; \
	fi
