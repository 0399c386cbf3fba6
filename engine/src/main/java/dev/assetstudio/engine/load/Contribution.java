package dev.assetstudio.engine.load;

import dev.assetstudio.api.AssetCheckSpec;
import dev.assetstudio.api.AssetSpec;
import dev.assetstudio.api.SourceAsset;
import java.util.List;
import java.util.Map;

/**
 * What one source of definitions gave: a {@code DefinitionsProvider}, or the scan of a jar without
 * providers. Annotated classes are already read; the rest is as the provider built it.
 *
 * @param origin the provider's class name, or a description of the scan, for messages
 * @param fromProvider whether {@code origin} is a provider class
 */
record Contribution(
        String origin,
        boolean fromProvider,
        List<MethodAsset> methods,
        List<AnnotatedAssetReader.FieldSource> fieldSources,
        List<AssetSpec> specs,
        List<SourceAsset> sources,
        Map<String, Object> resources,
        List<MethodCheck> checks,
        List<AssetCheckSpec> checkSpecs) {}
