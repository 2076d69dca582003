package dev.devdrive.maven.inject;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The highest {@code ${surefire.forkNumber}} a fork can get, so that its directory can be made before it starts.
 * Surefire and Failsafe draw fork numbers from one pool per plugin realm ({@code ForkNumberBucket}, static): a fork
 * takes any number returned by an ended fork, and a new, higher one only when every number so far is in use. Each
 * execution holds at most {@code forkCount} numbers at once (it draws one before each fork and returns it when
 * that fork ends). So no fork gets a number above the most forks that the running executions could hold at once,
 * summed over all of them: under {@code -T 4} a module with the default {@code forkCount=1} may get fork 4. The
 * highest number never falls, because the pool hands out returned numbers in any order; a daemon (mvnd) keeps the
 * plugin realm, and so the pool, from build to build, which is why a build starts from the highest so far.
 *
 * <p>One per build. Executions are keyed by their project: a project's mojos run one after another, so a new
 * execution replaces an earlier one whose end Maven did not report (it does not call {@code
 * afterExecutionFailure} for a failing test run), and nothing is kept once the build is over.
 *
 * @param <M> what identifies a module's fork directories
 */
public final class ForkNumbers<M> {

    private record Execution<M>(M module, int forkCount) {}

    private final Map<Object, Execution<M>> running = new IdentityHashMap<>();
    private int highest;

    /** @param highestSoFar the highest number the pool may already hand out (0 in a new JVM) */
    public ForkNumbers(int highestSoFar) {
        this.highest = Math.max(highestSoFar, 0);
    }

    /**
     * An execution of {@code project} is about to fork.
     *
     * @param project   identifies the execution's project until {@link #ended(Object)}
     * @param module    the module whose fork directories are needed
     * @param forkCount the execution's effective {@code forkCount}
     * @return the fork numbers whose directories each module in {@link #runningModules()} needs: 1 to this
     */
    public synchronized int started(Object project, M module, int forkCount) {
        running.put(project, new Execution<>(module, Math.max(forkCount, 0)));
        int atOnce = running.values().stream().mapToInt(Execution::forkCount).sum();
        highest = Math.max(highest, atOnce);
        return highest;
    }

    /** The project's execution has ended and returned its numbers. */
    public synchronized void ended(Object project) {
        running.remove(project);
    }

    /** The modules of the executions that may still start forks. */
    public synchronized Set<M> runningModules() {
        Set<M> modules = new LinkedHashSet<>();
        running.values().forEach(execution -> modules.add(execution.module()));
        return modules;
    }
}
