package dev.assetstudio.examples.cereal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
        assertNotNull(providers.get(0).definitions());
    }

    @Test
    void brandFactoryMakesOneAssetPerFeaturedManufacturer() {
        assertEquals(3, BrandLineups.specs().size());
        assertEquals("general_mills_lineup", BrandLineups.keyOf(Manufacturer.GENERAL_MILLS));
        assertEquals(
                9, BrandLineups.lineup(TestData.context(), Manufacturer.POST).size());
    }
}
