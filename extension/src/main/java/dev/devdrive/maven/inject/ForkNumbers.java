package dev.devdrive.maven.inject;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The highest {@code ${surefire.forkNumber}} a fork can get, so that its directory can be made before it starts.
 * Surefire and Failsafe draw fork numbers from one pool per plugin for the whole Maven JVM
 * ({@code ForkNumberBucket}): a fork takes any number returned by an ended fork, and a new, higher one only when
 * every number so far is in use. Each execution holds at most {@code forkCount} numbers at once (it draws one
 * before each fork and returns it when that fork ends). So no fork gets a number above the most forks that the
 * running executions could hold at once, summed over all of them: under {@code -T 4} a module with the default
 * {@code forkCount=1} may get fork 4. The highest number never falls, because the pool hands out returned numbers
 * in any order.
 */
public final class ForkNumbers {

    private record Execution(String module, int forkCount) {}

    private final Map<Object, Execution> running = new IdentityHashMap<>();
    private int highest;

    /**
     * An execution is about to fork.
     *
     * @param execution identifies the execution until {@link #ended(Object)}
     * @param module    the module whose fork directories are needed
     * @param forkCount the execution's effective {@code forkCount}
     * @return the fork numbers whose directories each module in {@link #runningModules()} needs: 1 to this
     */
    public synchronized int started(Object execution, String module, int forkCount) {
        running.put(execution, new Execution(module, Math.max(forkCount, 0)));
        int atOnce = running.values().stream().mapToInt(Execution::forkCount).sum();
        highest = Math.max(highest, atOnce);
        return highest;
    }

    /** The execution's forks have ended and returned their numbers. */
    public synchronized void ended(Object execution) {
        running.remove(execution);
    }

    /** The modules of the executions that may still start forks. */
    public synchronized Set<String> runningModules() {
        Set<String> modules = new LinkedHashSet<>();
        running.values().forEach(execution -> modules.add(execution.module()));
        return modules;
    }
}
