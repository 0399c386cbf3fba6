/** The rows and summaries the cereal assets produce: plain serializable records. */
package dev.assetstudio.examples.cereal.model;
