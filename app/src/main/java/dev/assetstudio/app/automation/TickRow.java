package dev.assetstudio.app.automation;

/**
 * One tick of the history list: when, whose, how it ended, and what it requested or skipped and why.
 *
 * @param lines one line per request: {@code requested raw as run …: cron tick …}
 */
public record TickRow(String time, String name, String status, String summary, String lines) {}
