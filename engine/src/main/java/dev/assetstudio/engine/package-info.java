/** The engine: load asset jars, plan and run materializations, keep history. */
package dev.assetstudio.engine;
