package dev.assetstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartitionsDefinitionTest {
    private static final LocalDate JAN_1 = LocalDate.of(2022, 1, 1);

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void dailyPartitionExistsOnlyOnceItsWindowEnded() {
        PartitionsDefinition days = PartitionsDefinition.daily(JAN_1);
        assertEquals(List.of("2022-01-01", "2022-01-02", "2022-01-03"), days.keys(at("2022-01-04T00:00:00Z")));
        assertEquals(List.of("2022-01-01", "2022-01-02"), days.keys(at("2022-01-03T23:59:59Z")));
        assertEquals(List.of(), days.keys(at("2022-01-01T12:00:00Z")));
        assertTrue(days.contains("2022-01-03", at("2022-01-04T00:00:00Z")));
        assertFalse(days.contains("2022-01-04", at("2022-01-04T00:00:00Z")));
        assertFalse(days.contains("2021-12-31", at("2022-01-04T00:00:00Z")));
        assertFalse(days.contains("2022-1-2", at("2022-01-04T00:00:00Z")));
        assertTrue(days.contains("2022-07-23"));
        assertTrue(days.keys().contains("2022-07-23"));
        assertTrue(days.isTimeBased());
    }

    @Test
    void dailyWindowsFollowTheZone() {
        PartitionsDefinition paris = PartitionsDefinition.daily(JAN_1, ZoneId.of("Europe/Paris"));
        assertEquals(
                Optional.of(new TimeWindow(at("2022-07-22T22:00:00Z"), at("2022-07-23T22:00:00Z"))),
                paris.timeWindow("2022-07-23"));
        PartitionsDefinition newYork = PartitionsDefinition.daily(JAN_1, ZoneId.of("America/New_York"));
        TimeWindow shortDay = newYork.timeWindow("2022-03-13").orElseThrow();
        assertEquals(at("2022-03-13T05:00:00Z"), shortDay.start());
        assertEquals(at("2022-03-14T04:00:00Z"), shortDay.end());
        assertEquals("daily from 2022-01-01 (America/New_York)", newYork.describe());
    }

    @Test
    void dailyEndIsExclusive() {
        PartitionsDefinition days = PartitionsDefinition.daily(JAN_1, LocalDate.of(2022, 1, 4));
        assertEquals(List.of("2022-01-01", "2022-01-02", "2022-01-03"), days.keys(at("2030-01-01T00:00:00Z")));
        assertFalse(days.contains("2022-01-04"));
        assertEquals("daily from 2022-01-01 to 2022-01-04 (UTC)", days.describe());
        assertThrows(IllegalArgumentException.class, () -> days.timeWindow("2022-01-04"));
    }

    @Test
    void keysBetweenIsInclusiveAndNamesBadKeys() {
        PartitionsDefinition days = PartitionsDefinition.daily(JAN_1);
        assertEquals(List.of("2022-07-01", "2022-07-02", "2022-07-03"), days.keysBetween("2022-07-01", "2022-07-03"));
        assertEquals(List.of("2022-07-01"), days.keysBetween("2022-07-01", "2022-07-01"));
        IllegalArgumentException before =
                assertThrows(IllegalArgumentException.class, () -> days.keysBetween("2021-12-31", "2022-01-02"));
        assertTrue(before.getMessage().contains("2021-12-31"), before.getMessage());
        IllegalArgumentException future = assertThrows(
                IllegalArgumentException.class,
                () -> days.keysBetween("2022-01-01", "2022-01-05", at("2022-01-05T00:00:00Z")));
        assertTrue(future.getMessage().contains("2022-01-05"), future.getMessage());
        assertThrows(IllegalArgumentException.class, () -> days.keysBetween("2022-07-03", "2022-07-01"));
    }

    @Test
    void weeklyPartitionsStartOnSunday() {
        PartitionsDefinition weeks = PartitionsDefinition.weekly(JAN_1); // a Saturday
        assertEquals(List.of("2022-01-02", "2022-01-09", "2022-01-16"), weeks.keys(at("2022-01-23T00:00:00Z")));
        assertEquals(List.of("2022-01-02", "2022-01-09"), weeks.keys(at("2022-01-22T23:00:00Z")));
        assertFalse(weeks.contains("2022-01-03"));
        assertFalse(weeks.contains("2022-01-01"));
        assertEquals(
                Optional.of(new TimeWindow(at("2022-01-09T00:00:00Z"), at("2022-01-16T00:00:00Z"))),
                weeks.timeWindow("2022-01-09"));
        assertEquals(List.of("2022-01-02", "2022-01-09", "2022-01-16"), weeks.keysBetween("2022-01-02", "2022-01-16"));
        assertEquals("weekly from 2022-01-02 (UTC)", weeks.describe());
    }

    @Test
    void monthlyPartitionsStartOnTheFirst() {
        PartitionsDefinition months = PartitionsDefinition.monthly(LocalDate.of(2022, 1, 15));
        assertEquals(List.of("2022-02-01", "2022-03-01", "2022-04-01"), months.keys(at("2022-05-01T00:00:00Z")));
        assertFalse(months.contains("2022-01-01"));
        assertFalse(months.contains("2022-02-02"));
        assertEquals(
                Optional.of(new TimeWindow(at("2022-02-01T00:00:00Z"), at("2022-03-01T00:00:00Z"))),
                months.timeWindow("2022-02-01"));
        assertEquals(List.of("2022-02-01", "2022-03-01"), months.keysBetween("2022-02-01", "2022-03-01"));
    }

    @Test
    void hourlyKeysUseHourMinuteFormat() {
        PartitionsDefinition hours = PartitionsDefinition.hourly(LocalDateTime.of(2022, 1, 1, 0, 0));
        assertEquals(
                List.of("2022-01-01-00:00", "2022-01-01-01:00", "2022-01-01-02:00"),
                hours.keys(at("2022-01-01T03:00:00Z")));
        assertTrue(hours.contains("2022-07-23-14:00"));
        assertFalse(hours.contains("2022-07-23-14:30"));
        assertFalse(hours.contains("2022-07-23-24:00"));
        assertFalse(hours.contains("2022-07-23"));
        assertEquals(
                Optional.of(new TimeWindow(at("2022-07-23T14:00:00Z"), at("2022-07-23T15:00:00Z"))),
                hours.timeWindow("2022-07-23-14:00"));
        assertEquals(
                List.of("2022-01-01-22:00", "2022-01-01-23:00", "2022-01-02-00:00"),
                hours.keysBetween("2022-01-01-22:00", "2022-01-02-00:00"));
        assertEquals("hourly from 2022-01-01-00:00 (UTC)", hours.describe());
    }

    @Test
    void hourlySkipsTheHourThatDaylightSavingRemoves() {
        PartitionsDefinition hours =
                PartitionsDefinition.hourly(LocalDateTime.of(2022, 3, 13, 0, 0), ZoneId.of("America/New_York"));
        assertEquals(
                List.of("2022-03-13-00:00", "2022-03-13-01:00", "2022-03-13-03:00", "2022-03-13-04:00"),
                hours.keysBetween("2022-03-13-00:00", "2022-03-13-04:00"));
        assertFalse(hours.contains("2022-03-13-02:00"));
    }

    @Test
    void staticPartitionsKeepOrder() {
        PartitionsDefinition regions = PartitionsDefinition.ofStatic("eu", "us", "apac");
        assertEquals(List.of("eu", "us", "apac"), regions.keys());
        assertEquals(List.of("us", "apac"), regions.keysBetween("us", "apac"));
        assertTrue(regions.contains("us"));
        assertFalse(regions.contains("mars"));
        assertFalse(regions.isTimeBased());
        assertEquals(Optional.empty(), regions.timeWindow("eu"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> regions.keysBetween("eu", "mars"));
        assertTrue(e.getMessage().contains("mars"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> regions.keysBetween("apac", "eu"));
        assertEquals("static: eu, us, apac", regions.describe());
        assertEquals(PartitionsDefinition.ofStatic("eu", "us", "apac"), regions);
        assertNotEquals(PartitionsDefinition.ofStatic("us", "eu", "apac"), regions);
    }

    @Test
    void staticPartitionsRefuseDuplicatesAndBlanks() {
        IllegalArgumentException dup =
                assertThrows(IllegalArgumentException.class, () -> PartitionsDefinition.ofStatic("a", "b", "a"));
        assertTrue(dup.getMessage().contains("'a'"), dup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PartitionsDefinition.ofStatic("a", " "));
        assertThrows(IllegalArgumentException.class, PartitionsDefinition::ofStatic);
    }

    @Test
    void equalityComparesUnitStartEndAndZone() {
        assertEquals(PartitionsDefinition.daily(JAN_1), PartitionsDefinition.daily(JAN_1));
        assertEquals(PartitionsDefinition.weekly(JAN_1), PartitionsDefinition.weekly(LocalDate.of(2022, 1, 2)));
        assertEquals(
                PartitionsDefinition.daily(JAN_1).hashCode(),
                PartitionsDefinition.daily(JAN_1).hashCode());
        assertNotEquals(PartitionsDefinition.daily(JAN_1), PartitionsDefinition.weekly(JAN_1));
        assertNotEquals(
                PartitionsDefinition.daily(JAN_1), PartitionsDefinition.daily(JAN_1, ZoneId.of("Europe/Paris")));
        assertNotEquals(PartitionsDefinition.daily(JAN_1), PartitionsDefinition.daily(JAN_1, LocalDate.of(2023, 1, 1)));
    }

    // ---- annotations ----

    @DailyPartitions(start = "2022-01-01")
    static void daily() {}

    @HourlyPartitions(start = "2022-01-01-06:00", timezone = "Europe/Paris")
    static void hourly() {}

    @WeeklyPartitions(start = "2022-01-01", end = "2022-02-01")
    static void weekly() {}

    @MonthlyPartitions(start = "2022-01-01", timezone = "Asia/Tokyo")
    static void monthly() {}

    @StaticPartitions({"eu", "us"})
    static void regions() {}

    @DailyPartitions(start = "2022-13-01")
    static void badStart() {}

    @DailyPartitions(start = "2022-01-01", timezone = "Mars/Olympus")
    static void badZone() {}

    @DailyPartitions(start = "2022-01-01", end = "soon")
    static void badEnd() {}

    @Asset(partitions = @DailyPartitions(start = "2022-03-01", timezone = "Europe/Paris"))
    static void viaAsset() {}

    private static Annotation annotationOf(String method) throws Exception {
        Annotation[] all =
                PartitionsDefinitionTest.class.getDeclaredMethod(method).getAnnotations();
        assertEquals(1, all.length);
        return all[0];
    }

    @Test
    void fromAnnotationConvertsEveryKind() throws Exception {
        assertEquals(PartitionsDefinition.daily(JAN_1), PartitionsDefinition.fromAnnotation(annotationOf("daily")));
        assertEquals(
                PartitionsDefinition.hourly(LocalDateTime.of(2022, 1, 1, 6, 0), ZoneId.of("Europe/Paris")),
                PartitionsDefinition.fromAnnotation(annotationOf("hourly")));
        assertEquals(
                PartitionsDefinition.weekly(JAN_1, LocalDate.of(2022, 2, 1)),
                PartitionsDefinition.fromAnnotation(annotationOf("weekly")));
        assertEquals(
                PartitionsDefinition.monthly(JAN_1, ZoneId.of("Asia/Tokyo")),
                PartitionsDefinition.fromAnnotation(annotationOf("monthly")));
        assertEquals(
                PartitionsDefinition.ofStatic("eu", "us"),
                PartitionsDefinition.fromAnnotation(annotationOf("regions")));
        Asset asset = (Asset) annotationOf("viaAsset");
        assertEquals(
                PartitionsDefinition.daily(LocalDate.of(2022, 3, 1), ZoneId.of("Europe/Paris")),
                PartitionsDefinition.fromAnnotation(asset.partitions()[0]));
    }

    @Test
    void fromAnnotationNamesTheBadValue() throws Exception {
        for (String[] badCase :
                new String[][] {{"badStart", "2022-13-01"}, {"badZone", "Mars/Olympus"}, {"badEnd", "soon"}}) {
            Annotation bad = annotationOf(badCase[0]);
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> PartitionsDefinition.fromAnnotation(bad));
            assertTrue(e.getMessage().contains(badCase[1]), e.getMessage());
            assertTrue(e.getMessage().contains("@DailyPartitions"), e.getMessage());
        }
        Annotation notPartitions = annotationOf("viaAsset");
        assertThrows(IllegalArgumentException.class, () -> PartitionsDefinition.fromAnnotation(notPartitions));
        assertTrue(PartitionsDefinition.isPartitionsAnnotation(StaticPartitions.class));
        assertFalse(PartitionsDefinition.isPartitionsAnnotation(Asset.class));
    }
}
