package org.careerroutes.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.careerroutes.app.ValidateCommand;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Runs {@code --validate=FILE} in this JVM, as the launcher does, and writes what it took to a
 * report file: the exit code, the time, the peak heap in use (the sum of each heap pool's peak,
 * garbage not yet collected included) and the most heap still in use after a collection.
 * Usage: {@code ValidateProbe FILE REPORT}. Started by {@link ContentValidationBenchmark}.
 */
public final class ValidateProbe {

    private ValidateProbe() {
    }

    public static void main(String[] args) throws Exception {
        AtomicLong mostAfterGc = new AtomicLong();
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    mostAfterGc.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        int code = ValidateCommand.run(Path.of(args[0]), System.out, System.err);
        long nanos = System.nanoTime() - start;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.flush();
        Thread.sleep(200);   // GC notifications arrive on another thread
        Files.writeString(Path.of(args[1]), "exit=" + code + "\nnanos=" + nanos + "\npeak=" + peak
                + "\nafter-gc=" + mostAfterGc.get() + "\n", StandardCharsets.UTF_8);
        System.exit(code);
    }
}
