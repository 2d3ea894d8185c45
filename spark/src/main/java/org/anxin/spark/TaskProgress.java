package org.anxin.spark;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.apache.spark.Success$;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Tells a run's progress as its tasks finish. Tasks are grouped (a trial range: one task in a
 * liability run, one per headcount in a staffing sweep); a group's trials count once all its tasks
 * have succeeded, and a task counts once, however many attempts it took. A job here is one stage,
 * so a task's index is its partition's.
 */
final class TaskProgress extends SparkListener {

  private final int[] groupOfTask;
  private final int[] trialsOfGroup;
  private final AtomicIntegerArray taskDone;
  private final AtomicIntegerArray tasksLeft;
  private final AtomicIntegerArray reported;
  private final IntConsumer progress;

  private TaskProgress(int[] groupOfTask, int[] trialsOfGroup, IntConsumer progress) {
    this.groupOfTask = groupOfTask;
    this.trialsOfGroup = trialsOfGroup;
    this.taskDone = new AtomicIntegerArray(groupOfTask.length);
    int[] left = new int[trialsOfGroup.length];
    for (int group : groupOfTask) {
      left[group]++;
    }
    this.tasksLeft = new AtomicIntegerArray(left);
    this.reported = new AtomicIntegerArray(trialsOfGroup.length);
    this.progress = progress;
  }

  /**
   * Runs {@code job}, whose task {@code t} belongs to group {@code groupOfTask[t]} of {@code
   * trialsOfGroup[g]} trials, telling {@code progress} (when not null) of each group done.
   */
  static <T> T around(
      JavaSparkContext spark,
      int[] groupOfTask,
      int[] trialsOfGroup,
      IntConsumer progress,
      Supplier<T> job) {
    if (progress == null) {
      return job.get();
    }
    TaskProgress listener = new TaskProgress(groupOfTask, trialsOfGroup, progress);
    spark.sc().addSparkListener(listener);
    T result;
    try {
      result = job.get();
    } finally {
      spark.sc().removeSparkListener(listener);
    }
    // Spark tells listeners on its own thread, after the job may have returned: what it has not
    // told yet is done all the same.
    listener.finish();
    return result;
  }

  /** Reports every group not reported yet, once; the listener reports nothing after this. */
  private void finish() {
    for (int group = 0; group < trialsOfGroup.length; group++) {
      report(group);
    }
  }

  private void report(int group) {
    if (reported.compareAndSet(group, 0, 1)) {
      progress.accept(trialsOfGroup[group]);
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    int task = end.taskInfo().index();
    if (!(end.reason() instanceof Success$)
        || task < 0
        || task >= groupOfTask.length
        || !taskDone.compareAndSet(task, 0, 1)) {
      return;
    }
    int group = groupOfTask[task];
    if (tasksLeft.decrementAndGet(group) == 0) {
      report(group);
    }
  }
}
