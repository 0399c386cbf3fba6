/**
 * Run config: an asset's config schema (its record type or, across the worker boundary, its field
 * list), its fields and defaults, and binding values typed in the launchpad or on the command line
 * to the record the asset method receives.
 */
package dev.assetstudio.engine.config;
