package org.textlens.timeline;

/** The tense of the clause around an expression, as far as the year or week choice needs it. */
enum Tense { PAST, PRESENT, FUTURE, NONE }
