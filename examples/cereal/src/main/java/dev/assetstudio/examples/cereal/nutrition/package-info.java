/** Group {@code nutrition}: what is in the bowl, by cereal and by manufacturer. */
@AssetGroup("nutrition")
package dev.assetstudio.examples.cereal.nutrition;

import dev.assetstudio.api.AssetGroup;
