# Browser and fonts for the web UI, picture and PDF tests. Included by the top-level Makefile.
# A no-op when everything is present; installs Debian's packages when CI=true or when run as root.
BROWSER_PACKAGES := chromium fonts-dejavu-core

.PHONY: system-deps-browser
system-deps-browser:
	@if [ -x /usr/bin/chromium ] && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then \
	  echo "chromium and DejaVu fonts present"; \
	elif [ "$${CI:-}" = "true" ] || [ "$$(id -u)" = "0" ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(BROWSER_PACKAGES); \
	else \
	  echo "chromium or fonts missing: run 'sudo make system-deps-browser' (browser and PDF font tests skip without them)"; \
	fi
SYSTEM_DEPS += system-deps-browser
