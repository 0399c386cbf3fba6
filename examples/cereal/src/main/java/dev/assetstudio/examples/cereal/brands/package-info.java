/** Group {@code brands}: assets made by a factory rather than annotations. */
package dev.assetstudio.examples.cereal.brands;
