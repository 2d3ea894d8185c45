/**
 * The staffed queue of one trial-year: the seats a headcount gives each team and shift ({@link
 * org.anxin.staffing.queue.StaffPlan}), and the discrete-event simulation that works the year's
 * complaints through them and has the {@code sla} module judge every one ({@link
 * org.anxin.staffing.queue.QueueSimulation}).
 */
package org.anxin.staffing.queue;
