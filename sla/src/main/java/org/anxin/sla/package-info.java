/**
 * Complaint SLA handling: business calendars with China's statutory holidays ({@code calendar}),
 * SLA clocks ({@code clock}), complaints and work orders ({@code complaint}), the 30124 policy
 * ({@code policy}) and compliance reports ({@code report}). Everything is a pure function of its
 * inputs: no code here reads the machine's clock.
 */
package org.anxin.sla;
