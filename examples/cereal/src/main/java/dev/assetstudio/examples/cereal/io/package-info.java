/** CSV reading and writing, the project's I/O managers and resources. */
package dev.assetstudio.examples.cereal.io;
