/** Group {@code ingest}: raw CSV rows parsed into typed records. */
@Tag(key = "domain", value = "ingest")
@AssetGroup("ingest")
package dev.assetstudio.examples.cereal.ingest;

import dev.assetstudio.api.AssetGroup;
import dev.assetstudio.api.Tag;
