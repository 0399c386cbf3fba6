package dev.assetstudio.examples.cereal;

import dev.assetstudio.api.Definitions;
import dev.assetstudio.api.DefinitionsProvider;
import dev.assetstudio.examples.cereal.automation.CerealAutomation;
import dev.assetstudio.examples.cereal.brands.BrandLineups;
import dev.assetstudio.examples.cereal.ingest.IngestAssets;
import dev.assetstudio.examples.cereal.io.BundledCsvSource;
import dev.assetstudio.examples.cereal.io.CsvIOManager;
import dev.assetstudio.examples.cereal.io.ReportDirectory;
import dev.assetstudio.examples.cereal.io.StudioHome;
import dev.assetstudio.examples.cereal.nutrition.NutritionAssets;
import dev.assetstudio.examples.cereal.reports.ReportAssets;
import dev.assetstudio.examples.cereal.sales.SalesAssets;
import dev.assetstudio.examples.cereal.warehouse.WarehouseAssets;

/**
 * Everything the cereal project defines, found by the studio through {@code
 * META-INF/services/dev.assetstudio.api.DefinitionsProvider}.
 *
 * <p>Resources:
 *
 * <ul>
 *   <li>{@code csv}: {@link CsvIOManager} under {@code $ASSET_STUDIO_HOME/storage} (else {@code
 *       ~/.asset-studio/storage}), for the cereal tables;
 *   <li>{@code csv_source}: {@link BundledCsvSource}, the source assets' loader;
 *   <li>{@code reports}: {@link ReportDirectory}, where the file-writing report assets write.
 * </ul>
 *
 * <p>{@code io_manager} is deliberately not defined: the studio supplies its default {@code
 * FilesystemIOManager}, which follows the same home convention (and the studio's own home
 * setting).
 */
public final class CerealDefinitions implements DefinitionsProvider {

    @Override
    public Definitions definitions() {
        return Definitions.builder()
                .sourceAsset(CerealSources.CEREAL_CSV)
                .sourceAsset(CerealSources.STORE_PRICES_CSV)
                .assets(IngestAssets.class)
                .assets(NutritionAssets.class)
                .assets(WarehouseAssets.class)
                .assets(SalesAssets.class)
                .assets(ReportAssets.class)
                .assets(CerealAutomation.class)
                .assets(BrandLineups.specs())
                .resource("csv", new CsvIOManager(StudioHome.storage()))
                .resource("csv_source", new BundledCsvSource(CerealSources.RESOURCES))
                .resource("reports", ReportDirectory.fromEnvironment())
                .build();
    }
}
