/**
 * The bundled example project: the classic "80 cereals" data set and two weeks of store prices,
 * as software-defined assets. {@link dev.assetstudio.examples.cereal.CerealDefinitions} is the
 * entry point.
 */
package dev.assetstudio.examples.cereal;
