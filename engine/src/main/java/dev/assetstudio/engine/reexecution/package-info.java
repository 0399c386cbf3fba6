/** Re-executing a recorded run: which steps and partitions run again, with the config it used. */
package dev.assetstudio.engine.reexecution;
