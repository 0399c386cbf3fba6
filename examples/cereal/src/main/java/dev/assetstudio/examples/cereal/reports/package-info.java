/** Group {@code reports}: human-readable outputs, some written as files of their own. */
@AssetGroup("reports")
package dev.assetstudio.examples.cereal.reports;

import dev.assetstudio.api.AssetGroup;
