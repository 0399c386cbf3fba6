package dev.assetstudio.engine.cli;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.graph.KeySuggestions;

/** Asset keys typed by the user. */
final class Keys {
    private Keys() {}

    /** {@code text} as a key of {@code project}; a {@link CliException} with a "did you mean" otherwise. */
    static AssetKey known(Project project, String text) {
        AssetKey key;
        try {
            key = AssetKey.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new CliException("'" + text + "' is not an asset key: " + e.getMessage());
        }
        if (!project.assetKeys().contains(key)) {
            throw new CliException("no asset " + key + " in " + project.jar().getFileName()
                    + KeySuggestions.didYouMean(key, project.assetKeys()));
        }
        return key;
    }
}
