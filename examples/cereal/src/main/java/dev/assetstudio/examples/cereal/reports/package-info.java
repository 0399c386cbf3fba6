/** Group {@code reports}: human-readable outputs, some written as files of their own. */
@Tag(key = "domain", value = "reporting")
@AssetGroup("reports")
package dev.assetstudio.examples.cereal.reports;

import dev.assetstudio.api.AssetGroup;
import dev.assetstudio.api.Tag;
