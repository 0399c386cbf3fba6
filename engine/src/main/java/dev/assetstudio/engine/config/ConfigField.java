package dev.assetstudio.engine.config;

/**
 * One field of an asset's {@code Config} record, as the studio's launchpad form shows it.
 *
 * @param name the record component's name
 * @param typeName the type as written in Java source, simple names ({@code String}, {@code
 *     List<Integer>}, {@code int})
 * @param type the raw type
 */
public record ConfigField(String name, String typeName, Class<?> type) {}
