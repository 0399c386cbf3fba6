/** Group {@code ingest}: raw CSV rows parsed into typed records. */
@AssetGroup("ingest")
package dev.assetstudio.examples.cereal.ingest;

import dev.assetstudio.api.AssetGroup;
