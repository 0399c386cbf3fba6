package dev.assetstudio.examples.cereal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.AssetSpec;
import dev.assetstudio.api.Definitions;
import dev.assetstudio.api.DefinitionsProvider;
import dev.assetstudio.examples.cereal.brands.BrandLineups;
import dev.assetstudio.examples.cereal.model.Manufacturer;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class CerealDefinitionsTest {

    @Test
    void providerIsRegisteredAsAService() {
        List<DefinitionsProvider> providers = ServiceLoader.load(DefinitionsProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        assertEquals(1, providers.size());
        assertEquals(CerealDefinitions.class, providers.get(0).getClass());
        Definitions definitions = providers.get(0).definitions();
        assertEquals(6, definitions.assetClasses().size(), "five asset classes and the automation");
        assertEquals(3, definitions.assetSpecs().size());
        assertEquals(
                List.of("cereal_csv", "store_prices_csv"),
                definitions.sourceAssets().stream().map(s -> s.key().toString()).toList());
        assertEquals(
                List.of("csv", "csv_source", "reports"),
                List.copyOf(definitions.resources().keySet()));
    }

    @Test
    void brandFactoryMakesOneAssetPerFeaturedManufacturer() {
        List<AssetSpec> specs = BrandLineups.specs();
        assertEquals(
                List.of("kelloggs_lineup", "general_mills_lineup", "post_lineup"),
                specs.stream().map(s -> s.key().toString()).toList());
        assertTrue(specs.stream().allMatch(s -> s.ins().equals(List.of(AssetKey.of("cereals")))));
        assertEquals("brands", specs.get(0).group());
        assertEquals("general_mills_lineup", BrandLineups.keyOf(Manufacturer.GENERAL_MILLS));
        assertEquals(
                9,
                BrandLineups.lineup(TestData.context(), TestData.cereals(), Manufacturer.POST)
                        .size());
    }
}
