/**
 * Automation (API.md section 6): the daemon that evaluates a project's schedules, sensors and asset
 * automation conditions on a tick, launches runs through {@link dev.assetstudio.engine.Project}, and
 * writes every tick to history; the lease that keeps it to one daemon per history database; and
 * the switches and status the CLI and the studio show. The studio and the CLI decide nothing here:
 * they turn switches and show what this package answers.
 */
package dev.assetstudio.engine.automation;
