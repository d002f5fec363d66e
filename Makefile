# The two commands of the README: `make site` and `make test`. Everything else lives in CMake.
BUILD_DIR ?= build
CMAKE_FLAGS ?=
# The checked variants, each in a build folder of its own: the libFuzzer harnesses (clang) and the
# whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer.
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
ASAN_DIR ?= build-asan

.PHONY: site test build deps configure bench soak clean fuzz test-sanitizers deb

site: build
	$(BUILD_DIR)/bin/nietpluis build --content content --out site
	@echo
	@echo "De voorbeeldsite staat in site/, het taalverslag en het drukwerk in site-intern/. Bekijk ze met:"
	@echo "  $(BUILD_DIR)/bin/nietpluis serve        (en open http://127.0.0.1:8000/)"

test: build
	@scripts/install-deps.sh --deb
	cd $(BUILD_DIR) && ctest --output-on-failure -j2

# The two Debian packages, nietpluis and nietpluis-kiosk, into $(BUILD_DIR)/packages/ (packaging/README.md).
deb: build
	@scripts/install-deps.sh --deb
	cd $(BUILD_DIR) && cpack -G DEB -B packages
	@ls -1 $(BUILD_DIR)/packages/*.deb

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

fuzz:
	@scripts/install-deps.sh --fuzz
	@test -f $(FUZZ_DIR)/build.ninja || cmake -S . -B $(FUZZ_DIR) -G Ninja -DNIETPLUIS_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14
	cmake --build $(FUZZ_DIR) -j2
	scripts/fuzz.sh $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

test-sanitizers: deps
	@test -f $(ASAN_DIR)/build.ninja || cmake -S . -B $(ASAN_DIR) -G Ninja -DNIETPLUIS_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g"
	cmake --build $(ASAN_DIR) -j2
	scripts/test-sanitizers.sh $(ASAN_DIR)

clean:
	rm -rf $(BUILD_DIR)
