package dev.assetstudio.examples.cereal.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder where daily price files are dropped: {@code <home>/incoming/prices/YYYY-MM-DD.csv}, with
 * the columns of the bundled feed ({@code date,cereal,store,price,units}). A dropped file replaces the
 * bundled feed for its day; the {@code new_price_files} sensor watches the folder.
 */
public final class PriceDrops {
    private PriceDrops() {}

    /** {@code <home>/incoming/prices}. */
    public static Path folder() {
        return StudioHome.home().resolve("incoming").resolve("prices");
    }

    /** The day a file is for, if its name is {@code YYYY-MM-DD.csv}. */
    public static Optional<LocalDate> dayOf(String fileName) {
        if (!fileName.endsWith(".csv")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(fileName.substring(0, fileName.length() - 4)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The names of the dropped files, sorted (so by day). */
    public static List<String> fileNames() throws IOException {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> dayOf(n).isPresent())
                    .sorted()
                    .toList();
        }
    }

    /** The rows dropped for {@code day}, if a file for it is there. */
    public static Optional<List<Map<String, String>>> rows(LocalDate day) throws IOException {
        Path file = folder().resolve(day + ".csv");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Optional.of(Csv.read(in));
        }
    }
}
