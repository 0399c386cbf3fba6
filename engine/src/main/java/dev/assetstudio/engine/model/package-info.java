/**
 * Values the engine's packages share (run and step identities and statuses, check keys and
 * evaluations, metadata values, the planning error): the bottom of the engine, so that {@code run},
 * {@code run.event}, {@code history} and {@code definitions} can all use them without reaching each
 * other or the {@code Project} facade.
 */
package dev.assetstudio.engine.model;
