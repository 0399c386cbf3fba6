package dev.assetstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutomationConditionTest {

    @Test
    void theStringFormReadsIntoTheSameTreeAsTheProgrammaticForm() {
        AutomationCondition parsed =
                AutomationCondition.parse("on_missing | eager & ~on_cron(0 6 * * *; Europe/Berlin)");
        AutomationCondition built = AutomationCondition.onMissing()
                .or(AutomationCondition.eager()
                        .and(AutomationCondition.onCron("0 6 * * *", "Europe/Berlin")
                                .not()));
        assertEquals(built, parsed, "~ binds tightest, & before |");
        assertEquals("on_missing | eager & ~on_cron(0 6 * * *; Europe/Berlin)", parsed.toString());
    }

    @Test
    void parenthesesGroupAndPrintBack() {
        AutomationCondition c = AutomationCondition.parse("(eager | on_missing) & ~(on_cron(0 * * * *) | eager())");
        AutomationCondition.And and = assertInstanceOf(AutomationCondition.And.class, c);
        assertInstanceOf(AutomationCondition.Or.class, and.left());
        assertEquals("(eager | on_missing) & ~(on_cron(0 * * * *) | eager)", c.toString());
        assertEquals(c, AutomationCondition.parse(c.toString()), "toString reads back");
        assertEquals(
                new AutomationCondition.OnCron("0 * * * *", "UTC"), AutomationCondition.parse("on_cron(0 * * * *)"));
    }

    @Test
    void mistakesNameThePositionAndWhatWasExpected() {
        assertMessage("eager &", "at position 8 (the end): expected a condition");
        assertMessage("eager && on_missing", "at position 8 ('&'): expected a condition");
        assertMessage(
                "eagr", "at position 1 ('e'): unknown condition 'eagr'; expected eager, on_missing or on_cron(...)");
        assertMessage("(eager | on_missing", "at position 20 (the end): expected ) to close");
        assertMessage("on_cron 0 6 * * *", "at position 9 ('0'): expected ( after on_cron");
        assertMessage("on_cron()", "expected a cron expression inside on_cron()");
        assertMessage("eager on_missing", "at position 7 ('o'): expected &, | or the end");
        assertMessage("  ", "automation condition is empty");
    }

    private static void assertMessage(String text, String fragment) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> AutomationCondition.parse(text));
        assertTrue(e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + e.getMessage());
    }

    @Test
    void schedulesSensorsAndRequestsAreImmutableValues() {
        ScheduleDefinition s = ScheduleDefinition.of("morning", "0 6 * * *", "group:sales");
        ScheduleDefinition berlin = s.withTimezone("Europe/Berlin").withPartitionKey("2024-01-01");
        assertEquals("UTC", s.timezone());
        assertEquals("Europe/Berlin", berlin.timezone());
        assertEquals("2024-01-01", berlin.partitionKey().orElseThrow());
        assertTrue(s.partitionKey().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ScheduleDefinition.of(" ", "0 6 * * *", "a"));

        MaterializeRequest r =
                MaterializeRequest.of("dailyPrices").partition("2024-01-15").runKey("f.csv");
        assertEquals("2024-01-15", r.partitionKey().orElseThrow());
        assertEquals("f.csv", r.runKey().orElseThrow());
        SensorResult result = SensorResult.of(r).withCursor("f.csv");
        assertEquals(List.of(r), result.requests());
        assertEquals("f.csv", result.cursor().orElseThrow());
        assertEquals(
                "nothing new", SensorResult.skip("nothing new").skipReason().orElseThrow());

        IllegalArgumentException tooFast = assertThrows(
                IllegalArgumentException.class,
                () -> SensorDefinition.of("fast", Duration.ofMillis(10), c -> SensorResult.skip("x")));
        assertTrue(tooFast.getMessage().contains("sensor fast"), tooFast.getMessage());
    }

    @Test
    void definitionsAndSpecsCarryAutomation() {
        SensorDefinition sensor = SensorDefinition.of("watch", Duration.ofSeconds(5), c -> SensorResult.skip("none"));
        Definitions d = Definitions.builder()
                .schedule(ScheduleDefinition.of("nightly", "0 2 * * *", "*"))
                .sensor(sensor)
                .build();
        assertEquals("nightly", d.schedules().get(0).name());
        assertEquals(List.of(sensor), d.sensors());
        AssetSpec spec = AssetSpec.of("report").automation(AutomationCondition.eager());
        assertEquals(AutomationCondition.eager(), spec.automation().orElseThrow());
        assertEquals(AutomationCondition.eager(), spec.group("g").automation().orElseThrow(), "copies keep it");
    }
}
