package org.textlens.timeline;

/** The four TimeML types of temporal expressions. */
public enum TimexType { DATE, TIME, DURATION, SET }
