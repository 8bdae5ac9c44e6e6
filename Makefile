# Dedust — two commands do all set-up on a fresh Debian 12 machine with the Swift toolchain:
#   make run    installs the system libraries if missing, builds release, runs the carbide scenario
#   make test   installs the system libraries if missing, runs the whole test suite
# Both are idempotent and never prompt.

SHELL := /bin/bash
APT_PACKAGES := libopenblas-dev liblapacke-dev libsqlite3-dev pkg-config
SCENARIO ?= scenarios/carbide-furnace-81mva.yaml
REPORT_DIR ?= reports/carbide-furnace-81mva
SWIFT ?= swift
DEDUST ?= ./.build/release/dedust

# OpenBLAS 0.3.21 (Debian 12) does not recognise recent AMD cores and falls back to its AVX2
# ("Haswell") kernels; on a CPU with AVX-512 the SkylakeX kernels are correct and ~60 % faster.
# It must be set before the process starts (OpenBLAS picks kernels in its library constructor).
# An existing setting always wins.
ifeq ($(origin OPENBLAS_CORETYPE), undefined)
  ifneq ($(shell grep -m1 -o -w avx512f /proc/cpuinfo 2>/dev/null),)
    export OPENBLAS_CORETYPE := SkylakeX
  endif
endif
# OpenBLAS threads fight Dispatch workers on small machines; Dedust parallelises across size
# classes itself. (The library also calls openblas_set_num_threads(1) at start-up.)
export OPENBLAS_NUM_THREADS ?= 1

.PHONY: run study test deps build bench benchmarks docs clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "dedust: installing system packages:$$missing" >&2; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO="sudo"; \
	  { $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; } >&2; \
	fi

# The compiler's progress goes to stderr (and make echoes no recipe line), so that `make run > report.txt`
# holds the report and nothing else.
build: deps
	@echo "$(SWIFT) build -c release --product dedust" >&2
	@$(SWIFT) build -c release --product dedust >&2

run: build
	@mkdir -p $(REPORT_DIR)
	@if [ -f "$(SCENARIO)" ]; then \
	  $(DEDUST) run "$(SCENARIO)" --format all --output $(REPORT_DIR); \
	else \
	  $(DEDUST) --version && $(DEDUST) models; \
	fi

# The carbide study: P(compliance) of every configuration over the article's operating range (docs/study.md).
STUDY ?= scenarios/studies/carbide-furnace-study.yaml
STUDY_DIR ?= reports/carbide-furnace-study
study: build
	@mkdir -p $(STUDY_DIR)
	@echo "$(DEDUST) study $(STUDY) --format all --output $(STUDY_DIR)" >&2
	@$(DEDUST) study "$(STUDY)" --format all --output $(STUDY_DIR)

test: deps
	$(SWIFT) test -c release -Xswiftc -enable-testing 2>&1 | tee .test.log; exit $${PIPESTATUS[0]}

bench benchmarks: deps
	$(SWIFT) build -c release --product numerics-benchmark
	$(SWIFT) build -c release --product trajectory-benchmark
	$(SWIFT) build -c release --product scenario-benchmark
	$(SWIFT) build -c release --product study-benchmark
	./.build/release/numerics-benchmark
	./.build/release/trajectory-benchmark --numpy
	./.build/release/scenario-benchmark --runs 3
	./.build/release/study-benchmark

# The parameter tables of docs/scenario.md, regenerated from the model registry (a test checks them).
docs: build
	@python3 scripts/replace-generated.py docs/scenario.md "$$(./.build/release/dedust models --markdown)"

clean:
	rm -rf .build reports
