/** Group {@code sales}: daily partitioned shelf prices and their rollups. */
@Tag(key = "domain", value = "sales")
@AssetGroup("sales")
package dev.assetstudio.examples.cereal.sales;

import dev.assetstudio.api.AssetGroup;
import dev.assetstudio.api.Tag;
