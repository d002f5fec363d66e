# The two commands of the README: `make site` and `make test`. Everything else lives in CMake.
BUILD_DIR ?= build
CMAKE_FLAGS ?=

.PHONY: site test build deps configure bench soak clean

site: build
	$(BUILD_DIR)/bin/nietpluis build --content content --out site
	@echo
	@echo "De voorbeeldsite staat in site/. Bekijk hem met:"
	@echo "  $(BUILD_DIR)/bin/nietpluis serve        (en open http://127.0.0.1:8000/)"

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j2

build: configure
	cmake --build $(BUILD_DIR) -j2

configure: deps
	@test -f $(BUILD_DIR)/build.ninja || cmake -S . -B $(BUILD_DIR) -G Ninja $(CMAKE_FLAGS)

deps:
	@scripts/install-deps.sh

bench: build
	bench/build_speed.sh
	$(BUILD_DIR)/bin/print_speed
	scripts/install-deps.sh --bench
	$(BUILD_DIR)/bin/kiosk_speed

# Issue 8's kill test at release length: 10,000 SIGKILLs instead of the 200 of `make test`.
soak: build
	NIETPLUIS_SOAK_KILLS=10000 $(BUILD_DIR)/bin/nietpluis_tests "[soak]"

clean:
	rm -rf $(BUILD_DIR)
