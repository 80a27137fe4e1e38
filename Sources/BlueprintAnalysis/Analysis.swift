// Analysis: pure functions from a checked workspace to the figures tools report — acceptance-
// criteria coverage, research summaries, sampling, trace graphs, redaction. No I/O here; the
// emitters and BlueprintKit turn these values into text, CSV, JSON, HTML and diagrams.
import BlueprintModel
