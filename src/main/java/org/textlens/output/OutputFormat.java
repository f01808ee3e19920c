package org.textlens.output;

/** The formats every command writes. */
public enum OutputFormat { CSV, TSV, JSON, JSONL }
