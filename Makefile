# oorl developer entry points.  `make test` is what CI runs (via .ci/run).
SHELL := /bin/bash

VENV        := .venv
PY          := $(VENV)/bin/python
OORL        := $(VENV)/bin/oorl
DEMO_DIR    ?= runs/demo
ABLATION_DIR ?= runs/ablation
PYTEST_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help setup test demo ablation bench doctor clean distclean

help:
	@echo "make setup      install toolchains, npm tools and .venv (scripts/setup.sh; idempotent)"
	@echo "make test       run the test suite (PYTEST_ARGS='...' for extra pytest args)"
	@echo "make demo       run the demo into DEMO_DIR (default runs/demo)"
	@echo "make ablation   the paper's Table 4 in miniature into ABLATION_DIR (default runs/ablation)"
	@echo "make bench      run bench/exec_throughput.py"
	@echo "make doctor     check the executor's toolchains (oorl exec doctor)"
	@echo "make clean      remove build outputs, caches and runs/"
	@echo "make distclean  clean, and remove .venv too"

setup:
	bash scripts/setup.sh

test: setup
	$(PY) -m pytest -q $(PYTEST_ARGS)

demo: setup
	$(OORL) demo -o $(DEMO_DIR)

ablation: setup
	$(OORL) ablate -o $(ABLATION_DIR)

bench: setup
	$(PY) bench/exec_throughput.py

# doctor does not rerun setup every time, only when the venv is missing.
doctor: | $(OORL)
	$(OORL) exec doctor

$(OORL):
	bash scripts/setup.sh

clean:
	rm -rf build/ dist/ runs/ .pytest_cache/ *.egg-info/
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -print0 | xargs -0 rm -rf

distclean: clean
	rm -rf $(VENV)
