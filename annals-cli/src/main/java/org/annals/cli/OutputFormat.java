package org.annals.cli;

/** How results are printed. */
enum OutputFormat {
    table, jsonl
}
