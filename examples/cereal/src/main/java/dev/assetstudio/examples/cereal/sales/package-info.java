/** Group {@code sales}: daily partitioned shelf prices and their rollups. */
@AssetGroup("sales")
package dev.assetstudio.examples.cereal.sales;

import dev.assetstudio.api.AssetGroup;
