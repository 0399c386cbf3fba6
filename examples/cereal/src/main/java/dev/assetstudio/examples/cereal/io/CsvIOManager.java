package dev.assetstudio.examples.cereal.io;

import dev.assetstudio.api.InputContext;
import dev.assetstudio.api.OutputContext;
import dev.assetstudio.api.PathIOManager;
import dev.assetstudio.examples.cereal.model.Cereal;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Stores a {@code List<Cereal>} as a CSV file with the data set's columns, so the tables can be
 * opened in a spreadsheet; loads it back as a {@code List<Cereal>}. Asset {@code a/b} is the file
 * {@code <base>/a/b.csv}; partitions and loading several partitions as a map come from {@link
 * PathIOManager}, which also writes to a temporary file and moves it into place, so a reader
 * never sees half a table.
 *
 * <p>Used by assets declared with {@code @Asset(ioManager = "csv")}; registered under the resource
 * key {@code csv} by {@link dev.assetstudio.examples.cereal.CerealDefinitions}.
 */
public final class CsvIOManager extends PathIOManager {

    /** A manager that keeps its files under {@code baseDir}. */
    public CsvIOManager(Path baseDir) {
        super(baseDir);
    }

    @Override
    protected String extension() {
        return ".csv";
    }

    @Override
    protected void dumpToPath(OutputContext context, Object value, Path path) throws IOException {
        List<Cereal> cereals = cereals(value, context);
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            Csv.write(
                    out,
                    CerealRows.COLUMNS,
                    cereals.stream().map(CerealRows::toRow).toList());
        }
        context.log().info("wrote {} cereals as CSV", cereals.size());
        context.addOutputMetadata("csv_rows", cereals.size());
    }

    @Override
    protected Object loadFromPath(InputContext context, Path path) throws IOException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            List<Cereal> cereals =
                    Csv.read(in).stream().map(CerealRows::fromRow).toList();
            context.log().debug("read {} cereals from {}", cereals.size(), path);
            return cereals;
        }
    }

    private static List<Cereal> cereals(Object value, OutputContext context) {
        if (value instanceof List<?> list && list.stream().allMatch(Cereal.class::isInstance)) {
            return list.stream().map(Cereal.class::cast).toList();
        }
        throw new IllegalArgumentException("the csv I/O manager stores List<Cereal>; asset " + context.assetKey()
                + " returned " + (value == null ? "null" : value.getClass().getName()));
    }
}
