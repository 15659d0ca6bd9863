# Compute Atlas — the two commands a newcomer needs are `make run` and `make test`.
# Everything the build needs is installed by `make deps` from packaging/debian-packages.txt.

PRESET    ?= dev
BUILD_DIR ?= build
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN       := $(BUILD_DIR)/app/compute-atlas

.PHONY: all deps package-deps configure build run test bench package check-package sanitize clean

all: build

# Installs whatever of the packages listed in $(1) is missing, so a second run does nothing (idempotent).
define install_missing
	@missing=""; for p in $$(grep -vE '^\s*(#|$$)' $(1)); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then echo "deps: every package in $(1) is installed"; \
	else echo "deps: installing$$missing"; \
	  $(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi
endef

# What building, running and testing need.
deps:
	$(call install_missing,packaging/debian-packages.txt)

# What checking the Debian package needs (lintian, desktop-file-validate, appstreamcli): only for `check-package`.
package-deps:
	$(call install_missing,packaging/debian-packages-package.txt)

$(BUILD_DIR)/build.ninja:
	cmake --preset $(PRESET)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR)

run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
	  echo "run: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open."; \
	  echo "     Render a view headless:  $(BIN) --view compare --screenshot compare.png"; \
	  echo "     Or use the command line: $(BIN) --help"; \
	  exit 1; \
	fi
	$(BIN)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure

bench: build
	@for b in $(BUILD_DIR)/tests/bench/bench_*; do [ -x "$$b" ] && echo "== $$b" && "$$b"; done; true

# A stripped release build in its own folder, packaged as .deb and .tar.gz (CPack).
package: deps
	cmake --preset release
	cmake --build build-release
	cd build-release && rm -f compute-atlas_*.deb compute-atlas-*.tar.gz && cpack

# The package as a user gets it: lintian, desktop-file-validate, appstreamcli, and the unpacked program run.
check-package: package package-deps
	tests/package/check_package.sh build-release

# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer, in its own folder.
SANITIZER_ENV := ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
                 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitize/lsan.supp
sanitize: deps
	cmake --preset sanitize
	env $(SANITIZER_ENV) cmake --build build-sanitize
	cd build-sanitize && QT_QPA_PLATFORM=offscreen ctest --output-on-failure

clean:
	rm -rf $(BUILD_DIR) build-release build-sanitize
