# Folio — the two commands a user needs are `make demo` and `make test`.
SWIFT ?= swift
RELEASE_BIN = .build/release

.PHONY: demo test deps data build release bench notebooks clean

deps:
	@scripts/install-deps.sh

data: deps
	@scripts/fetch-data.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product folio

## Build Folio, fetch the 5k MNIST sample, run the tutorial notebook into results/.
demo: release data
	$(RELEASE_BIN)/folio run notebooks/quickstart.md --output results

## Build and run every test.
test: deps data
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-swift-testing
	scripts/playground-browser-test.sh

## Speed numbers for docs/benchmarks.md (release build; full MNIST in ../shared/data/mnist or data/mnist).
bench: deps
	$(SWIFT) build -c release --product folio-bench
	$(RELEASE_BIN)/folio-bench

## Every tutorial notebook into results/ (in file-name order: 03-train saves the model 04-evaluate loads).
notebooks: release data
	-@scripts/fetch-data.sh --fashion
	$(RELEASE_BIN)/folio run notebooks --output results

clean:
	rm -rf .build

## Fuzz the parsers and readers with libFuzzer (FUZZ_SECONDS per target; see docs/fuzzing.md).
.PHONY: fuzz
FUZZ_SECONDS ?= 60
fuzz:
	@scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)
