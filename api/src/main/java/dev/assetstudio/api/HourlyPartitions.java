package dev.assetstudio.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Partitions an asset hourly, one partition per hourly window from {@link #start()}.
 *
 * <pre>{@code
 * @Asset
 * @HourlyPartitions(start = "2022-01-01-00:00", timezone = "Europe/Paris")
 * public static List<String> hourlyWeather(AssetContext context) { ... }
 * }</pre>
 *
 * <p>Put it on the asset method. As in Dagster, a partition exists only once its window has
 * fully ended. See {@link PartitionsDefinition#fromAnnotation(java.lang.annotation.Annotation)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface HourlyPartitions {
    /** The first partition's start, {@code yyyy-MM-dd-HH:mm} (or {@code yyyy-MM-dd} for midnight). */
    String start();

    /** Where partitions stop (exclusive), same format as {@link #start()}; empty means open-ended. */
    String end() default "";

    /** The zone whose calendar cuts the windows, a {@link java.time.ZoneId} id. */
    String timezone() default "UTC";
}
