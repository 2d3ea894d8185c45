/**
 * The {@code complaints} section of a scenario file as records: arrivals, the work of each
 * category, the promise and the roster. {@link org.anxin.staffing.scenario.ComplaintScenario#of}
 * binds and validates it; every mistake names its field under {@code complaints.}.
 */
package org.anxin.staffing.scenario;
