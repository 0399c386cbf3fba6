package dev.assetstudio.app.partitions;

import dev.assetstudio.app.feature.StudioContext;
import dev.assetstudio.app.feature.StudioFeature;
import dev.assetstudio.app.shell.DetailsTab;

/**
 * Partitions in the studio: the Partitions details tab, and the picker that Materialize asks for the partitions of
 * partitioned assets. The first screenshot waits for the focused asset's partitions.
 */
public final class PartitionsFeature implements StudioFeature {

    @Override
    public void install(StudioContext context) {
        var view = new PartitionsTabView(new PartitionsViewModel(context.session(), context.materializer()));
        context.window().details().setContent(DetailsTab.PARTITIONS, view);
        context.materializer()
                .setPartitionPicker(new PartitionPickerDialog(context.session().background(), context::stage));
        context.whenReady(() -> context.session().focused() == null || view.isReady());
    }
}
