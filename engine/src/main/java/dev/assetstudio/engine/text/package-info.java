/** Texts the CLI and the studio write alike (durations), so both say the same thing the same way. */
package dev.assetstudio.engine.text;
