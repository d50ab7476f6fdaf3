# Browser for the web UI tests (tests/test_web_browser.py). Included by the top-level Makefile.
.PHONY: system-deps-browser
system-deps-browser:
	@if [ -x /usr/bin/chromium ]; then \
	  echo "chromium present: /usr/bin/chromium"; \
	elif [ "$${CI:-}" = "true" ] || [ "$$(id -u)" = "0" ]; then \
	  apt-get update && apt-get install -y --no-install-recommends chromium; \
	else \
	  echo "chromium missing: run 'sudo make system-deps-browser' (browser tests skip without it)"; \
	fi
SYSTEM_DEPS += system-deps-browser
