# Compute Atlas — the two commands a newcomer needs are `make run` and `make test`.
# Everything the build needs is installed by `make deps` from packaging/debian-packages.txt.

PRESET    ?= dev
BUILD_DIR ?= build
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PACKAGES  := $(shell grep -vE '^\s*(\#|$$)' packaging/debian-packages.txt)
BIN       := $(BUILD_DIR)/app/compute-atlas

.PHONY: all deps configure build run test bench package clean

all: build

# Installs only what is missing, so a second run does nothing (idempotent).
deps:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then echo "deps: every package in packaging/debian-packages.txt is installed"; \
	else echo "deps: installing$$missing"; \
	  $(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

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

package: build
	cd $(BUILD_DIR) && cpack

clean:
	rm -rf $(BUILD_DIR)
