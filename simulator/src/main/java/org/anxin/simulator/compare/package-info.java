/**
 * Compares two runs of {@code anxin simulate} read back from their output directories: their
 * headline figures, the deltas B − A with intervals, the change per guarantee and both exceedance
 * curves, as {@code compare.json} and {@code compare.html}.
 */
package org.anxin.simulator.compare;
