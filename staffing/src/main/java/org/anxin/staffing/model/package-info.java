/**
 * The {@code complaints} section compiled once per run against the simulated year: alias tables,
 * samplers, day types and the 30124 judges that the generator and the queue share.
 */
package org.anxin.staffing.model;
