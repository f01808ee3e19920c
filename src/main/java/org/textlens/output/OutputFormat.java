package org.textlens.output;

/** The formats commands write: rows in CSV, TSV, JSON or JSON Lines, and annotated documents in TimeML. */
public enum OutputFormat {
    CSV, TSV, JSON, JSONL,
    /** Documents written back with annotations inline; only commands that annotate spans (timeline) write it. */
    TIMEML
}
