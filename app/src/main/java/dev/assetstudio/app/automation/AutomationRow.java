package dev.assetstudio.app.automation;

/**
 * One line of the Automation view, as the engine described it.
 *
 * @param switchName the switch that turns it on or off (an asset's is {@code declarative_automation})
 * @param kind {@code schedule}, {@code sensor} or {@code asset}
 * @param what its cron and selection, interval, or condition
 * @param nextTick when it is next evaluated, in words ({@code -} when off)
 * @param lastResult its last tick or evaluation, first line
 * @param details everything known about its last result (an asset's evaluated condition tree)
 */
public record AutomationRow(
        String name,
        String switchName,
        String kind,
        String what,
        boolean enabled,
        String nextTick,
        String lastResult,
        String details) {}
