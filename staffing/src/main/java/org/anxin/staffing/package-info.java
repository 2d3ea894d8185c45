/**
 * The 30124 staffing simulation: complaints from the simulated year of the liability scenario
 * ({@link org.anxin.staffing.arrivals}), a staffed queue on business calendars whose complaints the
 * {@code sla} module judges ({@link org.anxin.staffing.queue}), and the sweep over headcount that
 * finds the smallest roster keeping the promise with a chosen probability ({@link
 * org.anxin.staffing.run}). The settings are the scenario's {@code complaints} section ({@link
 * org.anxin.staffing.scenario}); docs/staffing.md is the manual.
 */
package org.anxin.staffing;
