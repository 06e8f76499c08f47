# dglint — thin wrappers over SwiftPM. `make demo` and `make test` work on a fresh Debian machine.
SWIFT ?= swift
PREFIX ?= /usr/local
CONFIG ?= debug
BENCH_COUNT ?= 10000
BIN = .build/$(CONFIG)/dglint
# Release builds link the Swift runtime statically: the binary runs without the toolchain's libraries, and
# starts about 3 ms sooner (no dynamic symbol binding for libswiftCore).
RELEASE_FLAGS ?= --static-swift-stdlib

.PHONY: all deps build release demo test lint format install bench check clean docs report-check fuzz

all: build

# Installs libyaml-dev when pkg-config cannot find yaml-0.1, and libmimalloc-dev (the allocator dglint links,
# see Package.swift) when the C compiler cannot link -lmimalloc: as root, or through sudo when there is one.
# DGLINT_SYSTEM_MALLOC=1 builds with glibc's malloc and needs no mimalloc.
deps:
	@missing=; \
	pkg-config --exists yaml-0.1 2>/dev/null || missing=" libyaml-dev pkg-config"; \
	if [ "$$DGLINT_SYSTEM_MALLOC" != 1 ] && ! printf 'int main(void){return 0;}' \
		| $(CC) -x c - -lmimalloc -o /dev/null >/dev/null 2>&1; then missing="$$missing libmimalloc-dev"; fi; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing…"; \
		SUDO=; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -q && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG)

release: deps
	$(SWIFT) build -c release $(RELEASE_FLAGS)

demo: build
	@echo "== dglint check fixtures/proposals/ (Thai) =="
	-$(BIN) check fixtures/proposals/
	@echo
	@echo "== the same in English, one file =="
	-$(BIN) check --lang en fixtures/proposals/

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --no-parallel
	$(BIN) packs test rules/

check: lint test

# Regenerates docs/rules/ from the built-in packs (a test fails when they are stale).
docs: build
	rm -rf docs/rules/th docs/rules/en
	$(BIN) packs doc --lang th --output docs/rules/th rules/
	$(BIN) packs doc --lang en --output docs/rules/en rules/

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/dglint
	install -m 755 .build/release/dglint $(DESTDIR)$(PREFIX)/bin/dglint
	rm -rf $(DESTDIR)$(PREFIX)/share/dglint/rules $(DESTDIR)$(PREFIX)/share/dglint/fixtures
	cp -R rules $(DESTDIR)$(PREFIX)/share/dglint/rules
	# The packs' tests use the sample proposals by relative path, so they run from the install too.
	install -d $(DESTDIR)$(PREFIX)/share/dglint/fixtures
	cp -R fixtures/proposals $(DESTDIR)$(PREFIX)/share/dglint/fixtures/proposals

# The figures of docs/performance.md: 10,000 generated proposals, --jobs 1 and 2, against libyaml alone
# (scripts/libyaml_baseline.c, built here), one proposal start to exit, and peak memory against 1,000 files.
bench: deps
	$(SWIFT) build -c release $(RELEASE_FLAGS)
	mkdir -p .build/bench
	$(CC) -O2 -o .build/bench/libyaml-baseline scripts/libyaml_baseline.c $$(pkg-config --cflags --libs yaml-0.1)
	python3 scripts/bench.py --dglint .build/release/dglint --count $(BENCH_COUNT) \
		--baseline .build/bench/libyaml-baseline --compare-count 1000 --keep

# Builds the libFuzzer targets of Tests/Fuzz (with AddressSanitizer) and runs each for FUZZ_SECONDS; stops at the
# first crash and says where its input is. FUZZ_TARGETS picks some of yaml jsonpath expression schema pack.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz: deps
	python3 scripts/fuzz.py --seconds $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# Renders the HTML report of the sample proposals in a real headless browser (Debian's chromium, with Thai
# fonts; installed when missing) and writes a screenshot to look at.
report-check: build
	@if ! command -v chromium >/dev/null 2>&1; then \
		SUDO=; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -q && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-thai-tlwg; \
	fi
	mkdir -p .build/report-check
	-$(BIN) check --format html --output .build/report-check/report.html fixtures/proposals/
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400 \
		--screenshot=.build/report-check/report.png file://$(CURDIR)/.build/report-check/report.html
	$(SWIFT) test --skip-build --filter HTMLReportBrowserTests
	@echo "screenshot: .build/report-check/report.png"

clean:
	rm -rf .build
