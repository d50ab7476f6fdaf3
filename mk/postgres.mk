SYSTEM_DEPS += system-deps-postgres
# PostgreSQL server binaries for the store tests (tests/pgserver.py starts a throwaway server from them).
#
# `make system-deps-postgres` installs Debian's postgresql and postgresql-contrib packages when the
# binaries (/usr/lib/postgresql/<major>/bin/initdb and pg_ctl) are missing and either CI=true or make runs
# as root; it is a no-op when they are present. Elsewhere it only says that the PostgreSQL tests will be
# skipped. In CI those tests fail rather than skip when the binaries are missing.

PG_BINDIR_GLOB := /usr/lib/postgresql/*/bin

.PHONY: system-deps-postgres

system-deps-postgres:
	@if ls $(PG_BINDIR_GLOB)/initdb >/dev/null 2>&1 && ls $(PG_BINDIR_GLOB)/pg_ctl >/dev/null 2>&1; then \
		echo "system-deps-postgres: server binaries present in $$(ls -d $(PG_BINDIR_GLOB) | sort -V | tail -n 1)"; \
	elif [ "$${CI:-}" = "true" ] || [ "$$(id -u)" = "0" ]; then \
		if ! command -v apt-get >/dev/null 2>&1; then \
			echo "system-deps-postgres: no apt-get here; install the PostgreSQL server (initdb, pg_ctl) yourself" >&2; \
			exit 1; \
		fi; \
		if [ "$$(id -u)" = "0" ]; then sudo=""; else sudo="sudo"; fi; \
		echo "system-deps-postgres: installing postgresql and postgresql-contrib"; \
		$$sudo apt-get update -qq && \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			postgresql postgresql-contrib; \
	else \
		echo "system-deps-postgres: no PostgreSQL server binaries; the PostgreSQL store tests will be skipped" \
			"(install postgresql and postgresql-contrib, or run as root or with CI=true)"; \
	fi
