/** Group {@code nutrition}: what is in the bowl, by cereal and by manufacturer. */
@Tag(key = "domain", value = "nutrition")
@AssetGroup("nutrition")
package dev.assetstudio.examples.cereal.nutrition;

import dev.assetstudio.api.AssetGroup;
import dev.assetstudio.api.Tag;
