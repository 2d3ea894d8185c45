/**
 * The simulator on Apache Spark: the trials cut into index ranges, one task per range, each task
 * building the engine from the scenario's text and returning its range's results, which the driver
 * joins in trial order into the local engine's results, byte for byte (docs/distributed.md).
 */
package org.anxin.spark;
