/**
 * Launching, following, cancelling and retrying backfills ({@link
 * dev.assetstudio.engine.backfill.launch.Backfills}); the backfill records they keep in history stay
 * in {@code engine.backfill}, below the history store.
 */
package dev.assetstudio.engine.backfill.launch;
