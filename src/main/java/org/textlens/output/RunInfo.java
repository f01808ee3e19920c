package org.textlens.output;

import java.util.Map;

/** What the JSON envelope says about the run: the command, the version and the effective options. */
public record RunInfo(String command, String version, Map<String, Object> options) {
}
